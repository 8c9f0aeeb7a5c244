// The check of a filled sheet: every indicator of the template read, graded and validated,
// with findings in sheet order. Pure and total: it never throws on what staff typed.
import type { Finding, QualifiedAddress } from "./finding";
import type { Grade } from "./grading/grade";
import { GRADES } from "./grading/grade";
import { targetValue, type Qualifier, type TargetValue } from "./targets/target-spec";
import type { ChosenTarget } from "./grading/grading";
import type { IndicatorCode, LocalText } from "./indicator";
import type { Period } from "./periods/period";
import type { IndicatorInputs, SheetReading } from "./reading";
import type { Template, TemplateId } from "./template/template";
import { assess, type Assessment } from "./rules/assess";
import { cellRules } from "./rules/cell-rules";
import { consistencyRules } from "./rules/consistency";
import { readInputs, type ReadInputs } from "./rules/inputs";
import { compareAddresses, sortFindings } from "./rules/order";
import { belowTargetRule, explanationRule, outlierRule, requiredRule, ungradedRule } from "./rules/target-rules";
import { indicatorFacts } from "./template/indicator-facts";
import { verdict } from "./summary/summary-verdict";

/** The input cells reported per indicator (carried Lũy kế is internal to the sheet). */
export type ReportedRole = "actual" | "plan" | "periodTarget" | "previousPeriod" | "samePeriodLastYear" | "explanation";
export const REPORTED_ROLES: readonly ReportedRole[] = ["actual", "plan", "periodTarget", "previousPeriod", "samePeriodLastYear", "explanation"];

export interface IndicatorResult {
  readonly code: IndicatorCode;
  /** Only the inputs the sheet's layout has. */
  readonly cells: Readonly<Partial<Record<ReportedRole, QualifiedAddress>>>;
  /** Thực hiện as read, or null (empty or unreadable). */
  readonly value: number | null;
  /** Lũy kế: a flow adds the carried earlier quarters; a stock or a rate is the value. */
  readonly ytd: number | null;
  /** Kế hoạch năm as read (a number or a range), or null. */
  readonly plan: TargetValue | null;
  /** The target that graded the value (pro-rated for a flow without a period target), or a range. */
  readonly target: TargetValue | null;
  /** Oriented so that above 1 is better, rounded to 0,1 pp. */
  readonly ratio: number | null;
  /** Lũy kế against the whole annual plan, same orientation (% kế hoạch năm). */
  readonly planRatio: number | null;
  /** % so với cùng kỳ: Thực hiện ÷ Cùng kỳ năm trước (not oriented: 0,963 is a fall of 3,7 %); null without both. */
  readonly yoyRatio: number | null;
  /** Growth graded by points (template format 2): result − target in percentage points; null otherwise. */
  readonly points: number | null;
  /** What was written rather than typed as a number; null for a row of plain numbers (most rows). */
  readonly written: WrittenForms | null;
  readonly grade: Grade;
  /** Giải trình as typed (NFC), "" when empty or absent. */
  readonly explanation: string;
}

/** The target language of a row as its cells wrote it. */
export interface WrittenForms {
  /** Kế hoạch năm as written ("Trên 95", "Khoảng 4", "Tăng 7%"); null for a number (even typed as text) or none. */
  readonly plan: string | null;
  /** Chỉ tiêu kỳ as written, the same way. */
  readonly periodTarget: string | null;
  /**
   * The target that graded, as written when it is the cell as typed (a Chỉ tiêu kỳ, a plan not
   * pro-rated); null when it was derived (pro-rated, a change resolved to a level) or a number.
   */
  readonly target: string | null;
  /** Whether the target that graded is a floor, a ceiling or approximate, for writing a derived target ("trên 1"). */
  readonly targetQualifier: Qualifier | null;
  /** A qualitative result's words ("Xuất siêu"); null for a figure. */
  readonly words: string | null;
}

export interface CheckSummary {
  readonly counts: Readonly<Record<Grade, number>>;
  readonly verdict: LocalText;
}

export interface CheckResult {
  readonly template: { readonly id: TemplateId; readonly version: string };
  readonly period: Period;
  readonly indicators: readonly IndicatorResult[];
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
}

export interface CheckOptions {
  /** Overrides the template's near threshold (0..1). */
  readonly nearThreshold?: number;
}

const firstAddress = (i: IndicatorInputs): string =>
  Object.values(i.cells).map((c) => c?.address ?? "").filter((a) => a !== "").sort(compareAddresses)[0] ?? "";

/** A total order on two readings of one code: the upper row first, then (for identical rows) by content. */
function comesFirst(a: IndicatorInputs, b: IndicatorInputs): boolean {
  const byRow = compareAddresses(firstAddress(a), firstAddress(b));
  if (byRow !== 0) return byRow < 0;
  const key = (i: IndicatorInputs): string => JSON.stringify(Object.entries(i.cells).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return key(a) < key(b);
}

/** One reading per code; if a code was read twice, the row nearer the top wins, whatever the order given. */
function byCode(reading: SheetReading): Map<string, IndicatorInputs> {
  const map = new Map<string, IndicatorInputs>();
  for (const i of reading.indicators) {
    const seen = map.get(i.code);
    if (seen === undefined || comesFirst(i, seen)) map.set(i.code, i);
  }
  return map;
}

/** The written forms of a row, or null when every cell is a plain number (no object for those rows). */
function writtenForms(r: ReadInputs, a: Assessment): WrittenForms | null {
  const plan = writtenText(r, "plan");
  const periodTarget = writtenText(r, "periodTarget");
  const targetQualifier = a.chosen !== null && a.chosen.target.kind === "qualified" ? a.chosen.target.qualifier : null;
  const words = r.words?.read ?? null;
  if (plan === null && periodTarget === null && targetQualifier === null && words === null) return null;
  return { plan, periodTarget, target: a.chosen === null ? null : typedTarget(r, a.chosen), targetQualifier, words };
}

/** The text of the target that graded, when it is the typed cell itself (not pro-rated, not resolved). */
function typedTarget(r: ReadInputs, chosen: ChosenTarget): string | null {
  const t = r.targets[chosen.source]?.read;
  return t !== undefined && t.kind === "target" && t.target === chosen.target && t.target.kind !== "number" ? t.text : null;
}

/** A target cell's text as written, when it was text. */
function writtenText(r: ReadInputs, role: "plan" | "periodTarget"): string | null {
  const t = r.targets[role]?.read;
  // A number stays a number ("920.000" typed as text is 920000): only a written form is kept as text.
  return t !== undefined && t.kind === "target" && t.target.kind !== "number" ? t.text : null;
}

/**
 * The reported input cells the layout has, in REPORTED_ROLES order. Spelled out role by role:
 * stores under a variable key into a new object are the slow kind, and this runs for every row.
 */
function reportedCells(at: ReadInputs["addresses"]): Partial<Record<ReportedRole, QualifiedAddress>> {
  const cells: { -readonly [R in ReportedRole]?: QualifiedAddress } = {};
  if (at.actual !== undefined) cells.actual = at.actual;
  if (at.plan !== undefined) cells.plan = at.plan;
  if (at.periodTarget !== undefined) cells.periodTarget = at.periodTarget;
  if (at.previousPeriod !== undefined) cells.previousPeriod = at.previousPeriod;
  if (at.samePeriodLastYear !== undefined) cells.samePeriodLastYear = at.samePeriodLastYear;
  if (at.explanation !== undefined) cells.explanation = at.explanation;
  return cells;
}

/** The rules weighing one row's figures, in order (one list, not one per row). */
const ROW_RULES: readonly ((r: ReadInputs, a: Assessment) => Finding[])[] = [requiredRule, ungradedRule, outlierRule, belowTargetRule, explanationRule];

export function countGrades(indicators: readonly { readonly grade: Grade }[]): Record<Grade, number> {
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const i of indicators) counts[i.grade]++;
  return counts;
}

export function checkReading(template: Template, reading: SheetReading, options: CheckOptions = {}): CheckResult {
  const near = options.nearThreshold ?? template.nearThreshold;
  const inputs = byCode(reading);
  const read = new Map<IndicatorCode, ReadInputs>();
  for (const facts of indicatorFacts(template)) {
    const code = facts.code;
    const i = inputs.get(code);
    if (i !== undefined && !read.has(code)) read.set(code, readInputs(facts.def, i, facts));
  }
  const findings: Finding[] = [];
  const indicators: IndicatorResult[] = [];
  for (const r of read.values()) {
    const a = assess(r, reading.period, near);
    cellRules(r, findings);
    for (const rule of ROW_RULES) {
      for (const f of rule(r, a)) findings.push(f);
    }
    const cells = reportedCells(r.addresses);
    indicators.push({
      code: r.facts.code, cells, value: a.value, ytd: a.ytd, plan: a.plan === null ? null : targetValue(a.plan), target: a.chosen === null ? null : targetValue(a.chosen.target),
      ratio: a.ratio, planRatio: a.planRatio, grade: a.grade, explanation: r.explanation?.read ?? "",
      yoyRatio: a.yoyRatio, points: a.points, written: writtenForms(r, a),
    });
  }
  for (const f of consistencyRules(template, read)) findings.push(f);
  const counts = countGrades(indicators);
  return {
    template: { id: template.id, version: template.version },
    period: reading.period,
    indicators,
    findings: sortFindings(findings),
    summary: { counts, verdict: { vi: verdict(template, reading.period, indicators, "vi"), en: verdict(template, reading.period, indicators, "en") } },
  };
}
