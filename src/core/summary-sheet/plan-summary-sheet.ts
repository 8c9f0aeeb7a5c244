// From a checked reading to the summary document: the summary model (src/core/summary.ts)
// turned into the lines the ND 30 layout places, then the SheetPlan both adapters apply.
import type { CheckResult } from "../check";
import type { TargetValue } from "../targets/target-spec";
import type { Lang } from "../indicator";
import { formatNumber } from "../numbers/format-number";
import { periodId, type Period } from "../periods/period";
import type { SheetReading } from "../reading";
import type { SheetPlan } from "../sheet-plan";
import { buildSummary } from "../summary/summary";
import type { Template } from "../template/template";
import { templateIndicators } from "../template/template-schema";
import { summaryTitle } from "./summary-header";
import { planSummaryDocument } from "./summary-document";
import type { SummaryFigure, SummaryLine, SummaryView } from "./summary-view";

/** A target as the table shows it: a number stays a number; a range is written "6,6-6,8" the reader's way. */
function figureOf(value: TargetValue | null, lang: Lang): SummaryFigure {
  if (value === null) return null;
  if (typeof value === "number") return value;
  return `${formatNumber(value.min, lang)}-${formatNumber(value.max, lang)}`;
}

/** A ratio (1.005) as the percentage the table prints (100.5), without binary noise (100.49999…). */
const percentOf = (ratio: number | null): number | null => (ratio === null ? null : Math.round(ratio * 1000) / 10);

/** The sentence as a document prints it: ending with a full stop. */
const sentence = (s: string): string => {
  const t = s.trim();
  return t === "" || /[.!?…]$/.test(t) ? t : `${t}.`;
};

/** The summary's facts for the document, in template order. */
export function summaryViewOf(template: Template, result: CheckResult, lang: Lang): SummaryView {
  const model = buildSummary(template, result, lang);
  const types = new Map(templateIndicators(template).map((d) => [d.code as string, d.numberType]));
  const lines: SummaryLine[] = model.rows.map((row) =>
    row.kind === "section"
      ? { kind: "section", number: row.code, name: row.name }
      : {
          kind: "indicator",
          number: row.code,
          name: row.name,
          unit: row.unit,
          numberType: types.get(row.code) ?? "decimal",
          // The plan as the planner wrote it ("Trên 95", "Tăng 7%"), never the bare number.
          plan: row.written.plan ?? figureOf(row.plan, lang),
          target: row.written.target ?? figureOf(row.target, lang),
          actual: row.actual,
          ytd: row.ytd,
          percentOfTarget: percentOf(row.targetRatio),
          percentOfPlan: percentOf(row.planRatio),
          percentOfSamePeriod: percentOf(row.yoyRatio),
          grade: row.grade,
          gradeLabel: row.gradeLabel,
          explanation: row.explanation,
        },
  );
  return { lines, counts: model.counts, verdict: sentence(model.verdict) };
}

/**
 * The summary for the provincial committee of one checked report sheet, as a SheetPlan (values only).
 * `unverifiedErrors`: the user chose to export although the check found that many errors;
 * `status`: the report's status sentence (who approved it, or that it is not approved).
 */
export function planSummarySheet(
  template: Template, reading: SheetReading, result: CheckResult, lang: Lang = "vi",
  extras: { readonly unverifiedErrors?: number; readonly status?: string } = {},
): SheetPlan {
  return planSummaryDocument({
    template,
    period: result.period,
    details: reading.details,
    view: summaryViewOf(template, result, lang),
    lang,
    ...(extras.unverifiedErrors === undefined ? {} : { unverifiedErrors: extras.unverifiedErrors }),
    ...(extras.status === undefined ? {} : { status: extras.status }),
  });
}

/** "tong-hop-2020-Q1.xlsx": plain ASCII, so that every mail client and file system keeps the name. */
export const summaryFileName = (period: Period): string => `tong-hop-${periodId(period)}.xlsx`;

/** What the pane previews before anything is written: the document's own title, verdict and counts. */
export interface SummaryDigest {
  readonly title: string;
  readonly verdict: string;
  readonly counts: SummaryView["counts"];
  readonly graded: number;
  readonly estimate: boolean;
  readonly fileName: string;
}

export function summaryDigest(template: Template, reading: SheetReading, result: CheckResult, lang: Lang = "vi"): SummaryDigest {
  const view = summaryViewOf(template, result, lang);
  const c = view.counts;
  return {
    title: summaryTitle(template, result.period, reading.details.estimate, lang),
    verdict: view.verdict,
    counts: c,
    graded: c.exceeded + c.met + c.near + c.shortfall,
    estimate: reading.details.estimate,
    fileName: summaryFileName(result.period),
  };
}
