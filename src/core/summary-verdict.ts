// The one-line verdict for the provincial committee, from the grades.
import type { Grade } from "./grade";
import type { IndicatorCode, Lang } from "./indicator";
import { catalog, type NamedIndicator } from "./i18n";
import { formatRatio } from "./numbers-format";
import type { Period } from "./period";
import { periodPhrase } from "./period-labels";
import type { Template } from "./template";
import { templateIndicators } from "./template-schema";

interface Graded {
  readonly code: IndicatorCode;
  readonly grade: Grade;
  readonly ratio: number | null;
}

/** The period inside the verdict: "quý I", "6 tháng đầu năm", "9 tháng", "năm 2020"; en "Q1", …, "the year 2020". */
export function verdictPeriod(p: Period, lang: Lang): string {
  if (p.kind === "Y") return lang === "vi" ? `năm ${p.year}` : `the year ${p.year}`;
  return periodPhrase(p.kind, lang);
}

/**
 * The seed's own sentence when no graded indicator falls short ("Nhìn chung, tình hình thực
 * hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra"); otherwise one naming those short
 * and those nearly met, in template order.
 */
export function verdict(template: Template, period: Period, indicators: readonly Graded[], lang: Lang): string {
  const names = new Map(templateIndicators(template).map((d) => [d.code as string, d.name[lang]]));
  const order = new Map(templateIndicators(template).map((d, i) => [d.code as string, i]));
  const sorted = [...indicators].sort((a, b) => (order.get(a.code) ?? 1e9) - (order.get(b.code) ?? 1e9) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const named = (g: Grade): NamedIndicator[] => sorted.filter((i) => i.grade === g).map((i) => ({
    name: names.get(i.code) ?? i.code,
    ratio: i.ratio === null ? "" : formatRatio(i.ratio, lang),
  }));
  const graded = sorted.filter((i) => i.grade !== "none");
  return catalog(lang).verdict({
    period: verdictPeriod(period, lang),
    graded: graded.length,
    short: named("shortfall"),
    near: named("near"),
    noneReached: graded.length > 0 && graded.every((i) => i.grade === "shortfall" || i.grade === "near"),
  });
}
