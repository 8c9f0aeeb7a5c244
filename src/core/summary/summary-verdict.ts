// The one-line verdict for the provincial committee, from the grades.
import type { Grade } from "../grading/grade";
import type { TargetValue } from "../targets/target-spec";
import type { IndicatorCode, IndicatorDef, Lang } from "../indicator";
import { catalog, type NamedIndicator } from "../i18n";
import { formatRatio } from "../numbers/format-number";
import type { Period } from "../periods/period";
import { periodPhrase } from "../periods/period-labels";
import type { Template } from "../template/template";
import { templateIndicators } from "../template/template-schema";

interface Graded {
  readonly code: IndicatorCode;
  readonly grade: Grade;
  readonly ratio: number | null;
  /** The target that graded it (null: none), to tell "no targets" from "no figures yet". */
  readonly target: TargetValue | null;
}

/** The period inside the verdict: "quý I", "6 tháng đầu năm", "9 tháng", "năm 2020"; en "Q1", …, "the year 2020". */
export function verdictPeriod(p: Period, lang: Lang): string {
  if (p.kind === "Y") return lang === "vi" ? `năm ${p.year}` : `the year ${p.year}`;
  return periodPhrase(p.kind, lang);
}

interface Positioned { readonly index: number; readonly def: IndicatorDef }
const positioned = new WeakMap<Template, ReadonlyMap<string, Positioned>>();

/** Each indicator's place in the template, computed once per (immutable) template. */
function positions(template: Template): ReadonlyMap<string, Positioned> {
  let map = positioned.get(template);
  if (map === undefined) {
    map = new Map(templateIndicators(template).map((def, index) => [def.code as string, { index, def }]));
    positioned.set(template, map);
  }
  return map;
}

/**
 * The seed's own sentence when no graded indicator falls short ("Nhìn chung, tình hình thực
 * hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra"); otherwise one naming those short
 * and those nearly met, in template order. Indicators with a target but no figure yet are
 * named after them, so that "all met" is never said of figures nobody has typed.
 *
 * Data errors and the verdict: a graded indicator whose figure or target fails validation (−1
 * inspections, a plan of 2,5 people, 120 %) is not graded (rules/assess.ts), so it is named here
 * among those with nothing to grade, never as short or met. Other errors do not change the
 * sentence: those on informational indicators (C.2's total ≠ its parts, an empty required C.5)
 * grade nothing the sentence speaks of, and a total ≠ parts on a graded indicator says which
 * cell is wrong no more than that the total is. The export step warns the clerk before sending
 * that data errors remain ("Trang còn N lỗi dữ liệu…"), which is where a fix belongs; the
 * sentence stays a statement about grades, fit to send once those errors are fixed.
 */
export function verdict(template: Template, period: Period, indicators: readonly Graded[], lang: Lang): string {
  const defs = positions(template);
  const position = (i: Graded): number => defs.get(i.code)?.index ?? Number.MAX_SAFE_INTEGER;
  // Only the indicators the sentence names need ordering; the rest are only counted.
  const named = (g: Grade): NamedIndicator[] => indicators
    .filter((i) => i.grade === g)
    .sort((a, b) => position(a) - position(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((i) => ({ name: defs.get(i.code)?.def.name[lang] ?? i.code, ratio: i.ratio === null ? "" : formatRatio(i.ratio, lang) }));
  const missing = indicators
    .filter((i) => i.grade === "none" && i.target !== null)
    .sort((a, b) => position(a) - position(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((i) => ({ name: defs.get(i.code)?.def.name[lang] ?? i.code, ratio: "" }));
  const short = named("shortfall");
  const near = named("near");
  const graded = indicators.reduce((n, i) => (i.grade === "none" ? n : n + 1), 0);
  return catalog(lang).verdict({
    period: verdictPeriod(period, lang),
    graded,
    short,
    near,
    missing,
    noneReached: graded > 0 && short.length + near.length === graded,
    ...(graded === 0 ? { ungraded: indicators.some((i) => i.target !== null) ? "no-figures" as const : "no-targets" as const } : {}),
  });
}
