// The summary model for the provincial committee: one row per section and indicator, counts
// per grade and the verdict, with every number already written the reader's way.
import type { CheckResult, IndicatorResult } from "../check";
import { countGrades } from "../check";
import type { Grade } from "../grading/grade";
import type { TargetValue } from "../targets/target-spec";
import { catalog, gradeLabel } from "../i18n";
import type { IndicatorCode, Lang, SectionCode } from "../indicator";
import { formatNumber, formatRatio } from "../numbers/format-number";
import { periodLabel } from "../periods/period-labels";
import type { Template } from "../template/template";
import { verdict } from "./summary-verdict";

export interface SectionRow {
  readonly kind: "section";
  readonly code: SectionCode;
  readonly name: string;
}

export interface IndicatorRow {
  readonly kind: "indicator";
  readonly code: IndicatorCode;
  readonly name: string;
  readonly unit: string;
  /** Kế hoạch năm. */
  readonly plan: TargetValue | null;
  /** The target used for grading (Chỉ tiêu kỳ, or the pro-rated plan). */
  readonly target: TargetValue | null;
  readonly actual: number | null;
  readonly ytd: number | null;
  /** % chỉ tiêu kỳ, oriented so that above 1 is better. */
  readonly targetRatio: number | null;
  /** % kế hoạch năm. */
  readonly planRatio: number | null;
  readonly grade: Grade;
  /** "" for none: indicators without a target are reported, not graded. */
  readonly gradeLabel: string;
  readonly explanation: string;
  /** % so với cùng kỳ: Thực hiện ÷ Cùng kỳ năm trước; null without both. */
  readonly yoyRatio: number | null;
  /**
   * The plan and the target as the planner wrote them ("Trên 95", "Khoảng 4", "Tăng 7%"), never the
   * bare number; a derived target (pro-rated, a change resolved) with its qualifier ("trên 23,75").
   * null where the cell holds a plain number.
   */
  readonly written: { readonly plan: string | null; readonly target: string | null };
  /** The same figures written for the reader ("920.000", "100,5%"); "" when empty. */
  readonly text: {
    readonly plan: string;
    readonly target: string;
    readonly actual: string;
    readonly ytd: string;
    readonly targetRatio: string;
    readonly planRatio: string;
    readonly yoyRatio: string;
  };
}

export type SummaryRow = SectionRow | IndicatorRow;

export interface SummaryModel {
  readonly lang: Lang;
  readonly title: string;
  /** "Quý I năm 2020". */
  readonly periodLabel: string;
  readonly rows: readonly SummaryRow[];
  readonly counts: Readonly<Record<Grade, number>>;
  readonly verdict: string;
}

const num = (x: number | null, lang: Lang): string => (x === null ? "" : formatNumber(x, lang));
const target = (t: TargetValue | null, lang: Lang): string =>
  t === null ? "" : typeof t === "number" ? formatNumber(t, lang) : `${formatNumber(t.min, lang)}-${formatNumber(t.max, lang)}`;
const ratio = (r: number | null, lang: Lang): string => (r === null ? "" : formatRatio(r, lang));

/** The target that graded as written: the cell's text, or a derived floor, ceiling or approximate figure with its word. */
function writtenTarget(r: IndicatorResult | undefined, lang: Lang): string | null {
  const w = r?.written ?? null;
  if (r === undefined || r.target === null || w === null) return null;
  if (w.target !== null) return w.target;
  if (w.targetQualifier === null) return null;
  return `${catalog(lang).qualifier[w.targetQualifier]} ${target(r.target, lang)}`;
}

function indicatorRow(code: IndicatorCode, name: string, unit: string, r: IndicatorResult | undefined, lang: Lang): IndicatorRow {
  const g = r?.grade ?? "none";
  const row = {
    plan: r?.plan ?? null, target: r?.target ?? null, actual: r?.value ?? null, ytd: r?.ytd ?? null,
    targetRatio: r?.ratio ?? null, planRatio: r?.planRatio ?? null,
  };
  const written = { plan: r?.written?.plan ?? null, target: writtenTarget(r, lang) };
  const yoyRatio = r?.yoyRatio ?? null;
  return {
    kind: "indicator", code, name, unit, ...row, grade: g, gradeLabel: g === "none" ? "" : gradeLabel(g, lang),
    explanation: r?.explanation ?? "",
    yoyRatio,
    written,
    text: {
      plan: written.plan ?? target(row.plan, lang), target: written.target ?? target(row.target, lang), actual: num(row.actual, lang), ytd: num(row.ytd, lang),
      targetRatio: ratio(row.targetRatio, lang), planRatio: ratio(row.planRatio, lang), yoyRatio: ratio(yoyRatio, lang),
    },
  };
}

/** Rows in template order (indicators missing from the sheet appear empty), counts and verdict. */
export function buildSummary(template: Template, result: CheckResult, lang: Lang): SummaryModel {
  const byCode = new Map<string, IndicatorResult>(result.indicators.map((i) => [i.code, i]));
  const rows: SummaryRow[] = [];
  for (const s of template.sections) {
    rows.push({ kind: "section", code: s.code, name: s.name[lang] });
    for (const d of s.indicators) rows.push(indicatorRow(d.code, d.name[lang], d.unit[lang], byCode.get(d.code), lang));
  }
  return {
    lang,
    title: template.title[lang],
    periodLabel: periodLabel(result.period, lang),
    rows,
    counts: countGrades(result.indicators),
    verdict: verdict(template, result.period, result.indicators, lang),
  };
}
