// The template's sections and indicators as table rows: which row each one gets, its TT,
// and which input cells it has (the layout's answer to "does this indicator have a plan?").
import type { IndicatorDef, SectionDef } from "../indicator";
import type { Period } from "../periods/period";
import { previousPeriods } from "../periods/period-labels";
import type { InputRole } from "../reading";
import type { Template } from "../template/template";
import { FIRST_BODY_ROW } from "./geometry";

export type TableRow =
  | { readonly kind: "section"; readonly row: number; readonly tt: string; readonly section: SectionDef }
  | { readonly kind: "indicator"; readonly row: number; readonly tt: string; readonly indicator: IndicatorDef };

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** I, II, … XX, then plain numbers (no template has that many sections, but never throw). */
const roman = (n: number): string => (n <= 10 ? ROMAN[n - 1] : n <= 20 ? `X${ROMAN[n - 11]}` : String(n));

/** Sections get roman numerals, top-level indicators 1, 2, … within their section, "Trong đó" parts "-". */
export function tableRows(template: Template, firstRow = FIRST_BODY_ROW): readonly TableRow[] {
  const out: TableRow[] = [];
  let row = firstRow;
  template.sections.forEach((section, s) => {
    out.push({ kind: "section", row: row++, tt: roman(s + 1), section });
    let n = 0;
    for (const indicator of section.indicators) {
      const tt = indicator.parent === undefined ? String(++n) : "-";
      out.push({ kind: "indicator", row: row++, tt, indicator });
    }
  });
  return out;
}

/** A flow in Q2..Q4 adds the earlier quarters (carried or typed) to make its Lũy kế. */
export const carriesYtd = (indicator: IndicatorDef, period: Period): boolean =>
  indicator.kind === "flow" && previousPeriods(period).length > 0;

/** Informational indicators are reported, never planned: they have no plan or target cells. */
export const hasTargets = (indicator: IndicatorDef): boolean => indicator.direction !== "informational";

/** The inputs this indicator's row has, in this period. */
export function inputRoles(indicator: IndicatorDef, period: Period): readonly InputRole[] {
  const roles: InputRole[] = [];
  if (hasTargets(indicator)) roles.push("plan", "periodTarget");
  roles.push("previousPeriod", "samePeriodLastYear", "actual", "explanation");
  if (carriesYtd(indicator, period)) roles.push("carriedYtd");
  return roles;
}
