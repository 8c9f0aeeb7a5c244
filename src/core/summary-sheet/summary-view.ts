// What the summary document shows, already decided by the summary (src/core/summary.ts):
// the sheet layout only places these facts on an ND 30 page and never grades anything itself.
import type { Grade } from "../grading/grade";

/** A figure as the summary reports it: a number, a target written as text ("6,6-6,8", "Trên 4"), or nothing. */
export type SummaryFigure = number | string | null;

export interface SummarySectionLine {
  readonly kind: "section";
  /** TT column: "A", "I". */
  readonly number: string;
  readonly name: string;
}

export interface SummaryIndicatorLine {
  readonly kind: "indicator";
  readonly number: string;
  readonly name: string;
  readonly unit: string;
  /** "integer" and "money" print whole, the others with their decimals. */
  readonly numberType: "integer" | "decimal" | "percent" | "money";
  readonly plan: SummaryFigure;
  /** The target that graded the figure (period target, or the plan pro rata). */
  readonly target: SummaryFigure;
  readonly actual: SummaryFigure;
  readonly ytd: SummaryFigure;
  /** Percentages as the summary rounded them (100,5 % is 100.5), or null. */
  readonly percentOfTarget: number | null;
  readonly percentOfPlan: number | null;
  /** % so với cùng kỳ: Thực hiện ÷ Cùng kỳ năm trước, rounded the same way; null without a same-period figure. */
  readonly percentOfSamePeriod: number | null;
  readonly grade: Grade;
  /** "Vượt", "Đạt", …; "" when there is no grade. */
  readonly gradeLabel: string;
  readonly explanation: string;
}

export type SummaryLine = SummarySectionLine | SummaryIndicatorLine;

export interface SummaryView {
  readonly lines: readonly SummaryLine[];
  /** How many graded indicators fell in each grade ("none" counts the ungraded). */
  readonly counts: Readonly<Record<Grade, number>>;
  /** "Nhìn chung, tình hình thực hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra". */
  readonly verdict: string;
}
