// The readable report of `chitieu check`: per file, a table of graded indicators (Vietnamese
// numbers by default), the findings with their cells, the counts and the verdict.
import type { CheckResult, IndicatorResult } from "../core/check";
import type { Catalog } from "../core/i18n/catalog";
import type { Lang } from "../core/indicator";
import { formatNumber, formatRatio } from "../core/numbers/format-number";
import { periodLabel } from "../core/periods/period-labels";
import type { Template } from "../core/template/template";
import { templateIndicators } from "../core/template/template-schema";
import { GRADES } from "../core/grading/grade";
import { writtenTarget } from "../core/summary/summary";

const HEADINGS: Readonly<Record<Lang, readonly string[]>> = {
  vi: ["Mã", "Chỉ tiêu", "Thực hiện", "Chỉ tiêu so sánh", "Tỷ lệ", "Đánh giá"],
  en: ["Code", "Indicator", "Actual", "Target", "Ratio", "Grade"],
};
const WORDS = {
  vi: { template: "mẫu", findings: "Kết quả kiểm tra", noFinding: "Không phát hiện sai sót nào.", counts: "Số chỉ tiêu" },
  en: { template: "template", findings: "Findings", noFinding: "No problem found.", counts: "Indicators" },
} as const;

const NAME_WIDTH = 44;

const shorten = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

function targetText(indicator: IndicatorResult, lang: Lang): string {
  const target = indicator.target;
  if (target === null) return "";
  // As the planner wrote it ("Dưới 4", "Khoảng 4"), as the summary shows it.
  const written = writtenTarget(indicator, lang);
  if (written !== null) return written;
  if (typeof target === "number") return formatNumber(target, lang);
  return `${formatNumber(target.min, lang)}-${formatNumber(target.max, lang)}`;
}

function indicatorRows(template: Template, result: CheckResult, catalog: Catalog, lang: Lang): string[][] {
  const names = new Map(templateIndicators(template).map((def) => [def.code as string, def.name[lang]]));
  return result.indicators.map((indicator) => [
    indicator.code,
    shorten(names.get(indicator.code) ?? "", NAME_WIDTH),
    indicator.value === null ? indicator.written?.words ?? "" : formatNumber(indicator.value, lang),
    targetText(indicator, lang),
    indicator.ratio === null ? "" : formatRatio(indicator.ratio, lang),
    indicator.grade === "none" ? "" : catalog.grade[indicator.grade],
  ]);
}

/** Columns padded to their widest cell; numbers right-aligned. */
function layout(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join("  ")
      .trimEnd(),
  );
}

export function checkTable(
  file: string,
  template: Template,
  result: CheckResult,
  catalog: Catalog,
  message: (finding: CheckResult["findings"][number]) => string,
  lang: Lang,
): string {
  const words = WORDS[lang];
  const lines: string[] = [];
  lines.push(`${file}: ${periodLabel(result.period, lang)} (${words.template} ${result.template.id} ${result.template.version})`);
  lines.push("");
  const rows = [HEADINGS[lang], ...indicatorRows(template, result, catalog, lang)];
  const table = layout(rows, new Set([2, 3, 4]));
  lines.push(table[0], "-".repeat(Math.max(...table.map((line) => line.length))), ...table.slice(1));
  lines.push("");
  lines.push(`${words.findings}:`);
  if (result.findings.length === 0) lines.push(`  ${words.noFinding}`);
  for (const finding of result.findings) {
    lines.push(`  [${catalog.severity[finding.severity]}] ${finding.cell} ${finding.code}: ${message(finding)}`);
  }
  lines.push("");
  const counts = GRADES.filter((grade) => grade !== "none" || result.summary.counts.none > 0)
    .map((grade) => `${grade === "none" ? catalog.grade.none : catalog.grade[grade]} ${result.summary.counts[grade]}`)
    .join(" · ");
  lines.push(`${words.counts}: ${counts}`);
  lines.push(result.summary.verdict[lang]);
  return `${lines.join("\n")}\n`;
}
