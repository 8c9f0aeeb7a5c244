// The shape the LibreOffice grading tests share: one indicator per case, coded K.1, K.2, …, in a
// small format-2 template, found again on the planned sheet by its code; and the check's result
// written as the sheet would show it.
import type { IndicatorResult } from "../../src/core/check";
import { gradeLabel } from "../../src/core/i18n";
import { letter } from "../../src/core/layout";
import { HIGHLIGHT_COLORS } from "../../src/core/layout/palette";
import type { SheetPlan } from "../../src/core/sheet-plan";
import type { Template } from "../../src/core/template/template";
import { template, type IndicatorSpec } from "../core/template-builder";

export const caseCode = (i: number): string => `K.${i + 1}`;

/** A template of one indicator per case, K.1, K.2, …, in order. */
export const caseTemplate = (specs: readonly Omit<IndicatorSpec, "code">[]): Template =>
  template(specs.map((s, i) => ({ name: { vi: `Trường hợp ${i + 1}`, en: `Case ${i + 1}` }, ...s, code: caseCode(i) })));

/** The row of each case: where the plan put its code. */
export function caseRows(plan: SheetPlan, count: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    const cell = plan.cells.find((c) => c.value === caseCode(i) && c.address.startsWith(letter("code")));
    if (cell === undefined) throw new Error(`no row for ${caseCode(i)}`);
    return Number(cell.address.slice(letter("code").length));
  });
}

/** What one row shows: % chỉ tiêu kỳ, % kế hoạch năm, Đánh giá, and the colour of Thực hiện. */
export interface Shown {
  readonly pctPeriod: string;
  readonly pctYear: string;
  readonly grade: string;
  readonly fill: string | null;
}

/** A ratio as LibreOffice's HTML shows the 0.0% format, with a point. */
export const pct = (r: number | null): string => (r === null ? "" : `${(r * 100).toFixed(1)}%`);

/** What the check says, as the sheet would show it; `error` when the check finds an error on Thực hiện. */
export function shownByCheck(r: IndicatorResult, error = false): Shown {
  const fill = error ? HIGHLIGHT_COLORS.error.fill : r.grade === "shortfall" || r.grade === "near" ? HIGHLIGHT_COLORS[r.grade].fill : null;
  return { pctPeriod: pct(r.ratio), pctYear: pct(r.planRatio), grade: r.grade === "none" ? "" : gradeLabel(r.grade, "vi"), fill };
}
