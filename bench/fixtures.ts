// Synthetic, deterministic inputs for the benchmarks: templates of any size made of copies of
// the built-in template's indicators (their kinds, directions, number types and rules), and
// readings with realistic figures, a tenth of them carrying a planted error.
import type { QualifiedAddress } from "../src/core/finding";
import { indicatorCode, type IndicatorCode, type IndicatorDef, type SectionCode, type SectionDef } from "../src/core/indicator";
import type { Period } from "../src/core/periods/period";
import type { IndicatorInputs, InputRole, SheetReading } from "../src/core/reading";
import type { SnapshotCell } from "../src/core/snapshot";
import type { ConsistencyRule, Template } from "../src/core/template/template";
import { defaultTemplate } from "../src/core/template/template-builtin";
import { letter, ROLE_COLUMN } from "../src/core/layout/columns";

export const BENCH_PERIOD: Period = { year: 2020, kind: "Q1" };

/** Figures of the example workbook per built-in code, used as the "clean" value of each copy. */
const CLEAN: Readonly<Record<string, Partial<Record<InputRole, SnapshotCell>>>> = {
  "A.1": { plan: 950000, periodTarget: 915000, previousPeriod: 905000, samePeriodLastYear: 880000, actual: 920000 },
  "A.1.1": { previousPeriod: 850000, actual: 865000 },
  "A.1.2": { previousPeriod: 55000, actual: 55000 },
  "A.2": { plan: 120000, periodTarget: 105000, previousPeriod: 100000, actual: 110000 },
  "B.1": { plan: 100, previousPeriod: 100, actual: 100 },
  "B.2": { plan: 80, previousPeriod: 85, actual: 87 },
  "C.1": { plan: 4, actual: 1, previousPeriod: 2 },
  "C.2": { actual: 28 },
  "C.2.1": { actual: 6 },
  "C.2.2": { actual: 3 },
  "C.2.3": { actual: 1 },
  "C.2.4": { actual: 18 },
  "C.3": { actual: 3 },
  "C.4": { actual: 7000000 },
  "C.5": { actual: 20 },
};

/** Planted errors, one kind per erroneous indicator in turn: each trips a rule of the engine. */
const PLANTED: readonly SnapshotCell[] = ["abc", -5, 2.5, "1,234.5", { error: "#DIV/0!" }, null, "920.000", 150];

const prefixed = (copy: number, code: string): string => `${copy}.${code}`;

/** A template of exactly `count` indicators: copies of the built-in one, with codes "17.A.1". */
export function syntheticTemplate(count: number): Template {
  const base = defaultTemplate();
  const sections: SectionDef[] = [];
  const rules: ConsistencyRule[] = [];
  const codes = new Set<string>();
  for (let copy = 0; codes.size < count; copy += 1) {
    for (const section of base.sections) {
      const indicators: IndicatorDef[] = [];
      for (const def of section.indicators) {
        if (codes.size >= count) break;
        const code = indicatorCode(prefixed(copy, def.code));
        codes.add(code);
        indicators.push({ ...def, code, parent: def.parent === undefined ? undefined : indicatorCode(prefixed(copy, def.parent)) });
      }
      if (indicators.length > 0) sections.push({ ...section, code: prefixed(copy, section.code) as SectionCode, indicators });
    }
    for (const rule of base.rules) {
      const copied: ConsistencyRule = rule.kind === "sum"
        ? { kind: "sum", total: indicatorCode(prefixed(copy, rule.total)), parts: rule.parts.map((p) => indicatorCode(prefixed(copy, p))) }
        : { kind: "not-exceed", subset: indicatorCode(prefixed(copy, rule.subset)), set: indicatorCode(prefixed(copy, rule.set)) };
      const refs = copied.kind === "sum" ? [copied.total, ...copied.parts] : [copied.subset, copied.set];
      if (refs.every((code) => codes.has(code))) rules.push(copied);
    }
  }
  return { ...base, sections, rules };
}

const ROLE_LETTER: Readonly<Record<InputRole, string>> = Object.fromEntries(
  Object.entries(ROLE_COLUMN).map(([role, key]) => [role, letter(key)]),
) as Record<InputRole, string>;

/** The base built-in code of a synthetic one: "17.A.1" → "A.1". */
export const baseCode = (code: string): string => code.slice(code.indexOf(".") + 1);

/** A reading of the synthetic template: clean figures, and a planted error in every tenth indicator's actual. */
export function syntheticReading(template: Template, sheetName = "Quý I-2020"): SheetReading {
  const indicators: IndicatorInputs[] = [];
  let row = 12;
  let planted = 0;
  template.sections.forEach((section) => {
    row += 1; // the section row
    section.indicators.forEach((def) => {
      const clean = CLEAN[baseCode(def.code)] ?? {};
      const cells: Partial<Record<InputRole, { address: QualifiedAddress; value: SnapshotCell }>> = {};
      for (const role of Object.keys(ROLE_LETTER) as InputRole[]) {
        let value: SnapshotCell = clean[role] ?? null;
        if (role === "actual" && indicators.length % 10 === 9) {
          value = PLANTED[planted % PLANTED.length];
          planted += 1;
        }
        cells[role] = { address: `'${sheetName}'!${ROLE_LETTER[role]}${row}` as QualifiedAddress, value };
      }
      indicators.push({ code: def.code as IndicatorCode, cells });
      row += 1;
    });
  });
  return {
    sheetName,
    template: { id: template.id, version: template.version },
    period: BENCH_PERIOD,
    details: { number: "15/BC-STTTT", place: "Hà Nam", date: "2020-03-20", estimate: true, signerTitle: "GIÁM ĐỐC", signerName: "", recipients: [] },
    indicators,
  };
}
