// Builds SheetReadings for the engine tests the way the layout reads them: one row per
// indicator, fixed columns per input role.
import type { QualifiedAddress } from "../../../src/core/finding";
import { indicatorCode } from "../../../src/core/indicator";
import type { Period } from "../../../src/core/periods/period";
import type { IndicatorInputs, InputRole, SheetReading } from "../../../src/core/reading";
import type { SnapshotCell } from "../../../src/core/snapshot";
import type { Template } from "../../../src/core/template/template";
import { builtinTemplate } from "../../../src/core/template/template-builtin";
import { templateIndicators } from "../../../src/core/template/template-schema";
import { EXAMPLE_FIGURES } from "../../../src/cli/example-ha-nam";
import { letter, ROLE_COLUMN } from "../../../src/core/layout/columns";

export const SHEET = "Quý I-2020";
export const Q1_2020: Period = { year: 2020, kind: "Q1" };

/** Column letters per role, as in the sheet's columns (E Kế hoạch năm … O Giải trình). */
export const COLUMN: Readonly<Record<InputRole, string>> = Object.fromEntries(
  Object.entries(ROLE_COLUMN).map(([role, key]) => [role, letter(key)]),
) as Record<InputRole, string>;

export type Row = Partial<Record<InputRole, SnapshotCell>>;

export const stttt = (): Template => {
  const t = builtinTemplate("stttt-quarterly");
  if (t === null) throw new Error("built-in template missing");
  return t;
};

export const addr = (role: InputRole, row: number, sheet = SHEET): QualifiedAddress => `'${sheet}'!${COLUMN[role]}${row}` as QualifiedAddress;

/** Rows start at 9 in template order; every role of the layout is present (empty unless given). */
export function reading(rows: Readonly<Record<string, Row>>, options: { template?: Template; period?: Period; roles?: readonly InputRole[] } = {}): SheetReading {
  const template = options.template ?? stttt();
  const roles = options.roles ?? (["plan", "periodTarget", "previousPeriod", "samePeriodLastYear", "actual", "explanation"] as InputRole[]);
  const indicators: IndicatorInputs[] = templateIndicators(template).map((d, i) => {
    const row = 9 + i;
    const given = rows[d.code] ?? {};
    const cells: Partial<Record<InputRole, { address: QualifiedAddress; value: SnapshotCell }>> = {};
    const present = new Set<InputRole>([...roles, ...(Object.keys(given) as InputRole[])]);
    for (const role of present) cells[role] = { address: addr(role, row), value: given[role] ?? null };
    return { code: indicatorCode(d.code), cells };
  });
  return {
    sheetName: SHEET,
    template: { id: template.id, version: template.version },
    period: options.period ?? Q1_2020,
    details: { number: "", place: "Hà Nam", date: "", estimate: true, signerTitle: "", signerName: "", recipients: [] },
    indicators,
  };
}

/** The seed's Q1/2020 figures with the example plans of the domain brief (the example workbook's data). */
export const SEED_ROWS: Readonly<Record<string, Row>> = Object.fromEntries(EXAMPLE_FIGURES);

export const seedReading = (): SheetReading => reading(SEED_ROWS);

export const ROW_OF = (code: string, template: Template = stttt()): number =>
  9 + templateIndicators(template).findIndex((d) => d.code === code);
