// Consolidation: many workbooks of one template and period (the departments of a province, the
// districts of a department) into one table. Per file: its unit, status, completeness and errors;
// per indicator: each unit's figure side by side, the total where the indicator's kind allows it
// (flows and stocks add up; rates never do), and the grade of the total against the units' targets
// added up. Files of another template or period are listed and left out, never mixed in.
//
// A wrong grade reaching the committee is the worst bug: a total missing a unit's figure (empty,
// or wrong data) is shown as partial and graded nothing, and a total is graded only when every
// unit has a plain number (or range) as its grading target.
import type { CheckResult } from "../check";
import type { Finding } from "../finding";
import { GRADES, type Grade } from "../grading/grade";
import { grade, gradeTarget } from "../grading/grading";
import { gradingRules } from "../grading/grading-rules";
import { targetValue, type TargetSpec, type TargetValue } from "../targets/target-spec";
import type { Direction, IndicatorCode, IndicatorKind, LocalText } from "../indicator";
import { periodId, type Period } from "../periods/period";
import type { IndicatorInputs, SheetReading } from "../reading";
import type { ReportState, StatusEvent } from "../status/report-status";
import { statusViewOf } from "../status/status-view";
import { readCellTarget } from "../targets/read-target";
import type { Template, TemplateId } from "../template/template";

export type ConsolidationSource =
  | {
      readonly kind: "report";
      readonly file: string;
      /** The unit the file reports for (the CLI: the file's name without .xlsx). */
      readonly unit: string;
      readonly template: Template;
      readonly reading: SheetReading;
      readonly result: CheckResult;
      readonly history: readonly StatusEvent[];
    }
  | { readonly kind: "unusable"; readonly file: string; readonly unit: string; readonly error: string };

export type Exclusion = "other-template" | "other-period" | "unusable";

export interface ConsolidatedFile {
  readonly file: string;
  readonly unit: string;
  readonly included: boolean;
  readonly excluded?: Exclusion;
  /** unusable: why; other-template / other-period: what the file holds ("stttt-quarterly", "2020-Q2"). */
  readonly detail?: string;
  readonly templateId: TemplateId | null;
  readonly period: Period | null;
  readonly state: ReportState | null;
  /** Approved, and a figure changed since. */
  readonly changedAfterApproval: boolean;
  /** Indicators with a usable Thực hiện, of all the template's indicators. */
  readonly filled: number;
  readonly indicators: number;
  /** Error findings (wrong data). */
  readonly errors: number;
}

export interface ConsolidatedIndicator {
  readonly kind: "indicator";
  readonly code: IndicatorCode;
  readonly name: LocalText;
  readonly unit: LocalText;
  readonly indicatorKind: IndicatorKind;
  readonly direction: Direction;
  /** One per included file, in the files' order: the usable Thực hiện, or null (empty or wrong). */
  readonly values: readonly (number | null)[];
  /** "sum": flows and stocks add up; "rate": a rate is never summed (no total). */
  readonly rule: "sum" | "rate";
  /** The sum of the values there are; null for a rate or when no unit has a figure. */
  readonly total: number | null;
  /** Included units without a usable figure: the total is partial and graded nothing. */
  readonly missing: number;
  /** The units' grading targets added up; null unless every unit has one that adds up. */
  readonly target: TargetValue | null;
  readonly ratio: number | null;
  readonly grade: Grade;
}

export interface ConsolidatedSection {
  readonly kind: "section";
  readonly code: string;
  readonly name: LocalText;
}

export type ConsolidatedRow = ConsolidatedSection | ConsolidatedIndicator;

export type Consolidation =
  | {
      readonly ok: true;
      readonly template: Template;
      readonly period: Period;
      readonly files: readonly ConsolidatedFile[];
      readonly rows: readonly ConsolidatedRow[];
      readonly counts: Readonly<Record<Grade, number>>;
    }
  /** No file is a report this add-in can read. */
  | { readonly ok: false; readonly reason: "no-report"; readonly files: readonly ConsolidatedFile[] };

type Report = Extract<ConsolidationSource, { kind: "report" }>;

const keyOf = (r: Report): string => `${r.template.id}\u0000${periodId(r.reading.period)}`;

/** The template and period most files share; on a tie, the first file's. */
function referenceKey(reports: readonly Report[]): string | null {
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
  let best: string | null = null;
  for (const r of reports) if (best === null || (counts.get(keyOf(r)) ?? 0) > (counts.get(best) ?? 0)) best = keyOf(r);
  return best;
}

/** Thực hiện of each code, or null where it is empty or carries an error finding (wrong data adds nothing). */
function usableValues(result: CheckResult): Map<string, number | null> {
  const wrong = new Set(result.findings.filter((f: Finding) => f.severity === "error").map((f) => f.cell as string));
  return new Map(result.indicators.map((i) => {
    const cell = i.cells.actual;
    return [i.code as string, i.value === null || (cell !== undefined && wrong.has(cell)) ? null : i.value];
  }));
}

/** The target that grades one unit's figure, as its cells hold it; undefined when a cell is unreadable. */
function unitTarget(cellsByCode: ReadonlyMap<string, IndicatorInputs["cells"]>, report: Report, code: string, kind: IndicatorKind, prorate: boolean): TargetSpec | null | undefined {
  const cells = cellsByCode.get(code);
  const read = (v: Parameters<typeof readCellTarget>[0]): TargetSpec | null | undefined => {
    const t = readCellTarget(v);
    return t.kind === "empty" ? null : t.kind === "target" ? t.target : undefined;
  };
  const periodTarget = read(cells?.periodTarget?.value ?? null);
  const plan = read(cells?.plan?.value ?? null);
  if (periodTarget === undefined || (periodTarget === null && plan === undefined)) return undefined;
  return gradeTarget(kind, report.reading.period, periodTarget, plan ?? null, prorate)?.target ?? null;
}

/** Float noise off a sum of decimals (0,1 + 0,2): six decimals, as the sheet rounds. */
const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Targets added up: all numbers, or all ranges; anything else (a qualifier, one unit without) adds to nothing. */
function sumTargets(targets: readonly (TargetSpec | null | undefined)[]): TargetSpec | null {
  if (targets.length === 0 || targets.some((t) => t === null || t === undefined)) return null;
  const specs = targets as readonly TargetSpec[];
  if (specs.every((t) => t.kind === "number")) return { kind: "number", value: tidy(specs.reduce((s, t) => s + (t.kind === "number" ? t.value : 0), 0)) };
  if (specs.every((t) => t.kind === "range")) {
    const min = specs.reduce((s, t) => s + (t.kind === "range" ? t.min : 0), 0);
    const max = specs.reduce((s, t) => s + (t.kind === "range" ? t.max : 0), 0);
    return { kind: "range", min: tidy(min), max: tidy(max) };
  }
  return null;
}

export function consolidate(sources: readonly ConsolidationSource[]): Consolidation {
  const reports = sources.filter((s): s is Report => s.kind === "report");
  const reference = referenceKey(reports);
  const files: ConsolidatedFile[] = sources.map((s) => {
    if (s.kind === "unusable") {
      return { file: s.file, unit: s.unit, included: false, excluded: "unusable", detail: s.error, templateId: null, period: null, state: null, changedAfterApproval: false, filled: 0, indicators: 0, errors: 0 };
    }
    const status = statusViewOf(s.history, s.reading, s.result);
    const values = usableValues(s.result);
    const base = {
      file: s.file, unit: s.unit, templateId: s.template.id, period: s.reading.period,
      state: status.status.state, changedAfterApproval: status.integrity.kind === "changed",
      filled: [...values.values()].filter((v) => v !== null).length, indicators: s.result.indicators.length,
      errors: s.result.findings.filter((f) => f.severity === "error").length,
    };
    if (keyOf(s) === reference) return { ...base, included: true };
    const otherTemplate = reference !== null && !reference.startsWith(`${s.template.id}\u0000`);
    return { ...base, included: false, excluded: otherTemplate ? "other-template" : "other-period", detail: otherTemplate ? s.template.id : periodId(s.reading.period) };
  });
  const included = reports.filter((r) => keyOf(r) === reference);
  if (included.length === 0) return { ok: false, reason: "no-report", files };

  const template = included[0].template;
  const period = included[0].reading.period;
  const values = included.map((r) => usableValues(r.result));
  const cellsByCode = included.map((r) => new Map(r.reading.indicators.map((i) => [i.code as string, i.cells])));
  const rows: ConsolidatedRow[] = [];
  for (const section of template.sections) {
    rows.push({ kind: "section", code: section.code, name: section.name });
    for (const def of section.indicators) {
      const figures = values.map((v) => v.get(def.code) ?? null);
      const present = figures.filter((v): v is number => v !== null);
      const missing = figures.length - present.length;
      const rule = def.kind === "rate" ? "rate" : "sum";
      const total = rule === "rate" || present.length === 0 ? null : tidy(present.reduce((s, v) => s + v, 0));
      // The template's grading rules for this indicator (bands, pro-rating), as each unit's check applies them.
      const rules = gradingRules(template, def);
      const bands = { bands: rules.bands, growth: rules.growth, ...(rules.exceededFrom === undefined ? {} : { exceededFrom: rules.exceededFrom }) };
      const target = rule === "rate" ? null : sumTargets(included.map((r, i) => unitTarget(cellsByCode[i], r, def.code, def.kind, rules.prorate)));
      const graded = total !== null && missing === 0 ? grade(total, target, def.direction, def.nearThreshold ?? template.nearThreshold, bands) : { grade: "none" as Grade, ratio: null };
      rows.push({
        kind: "indicator", code: def.code, name: def.name, unit: def.unit, indicatorKind: def.kind, direction: def.direction,
        values: figures, rule, total, missing, target: target === null ? null : targetValue(target), ratio: graded.ratio, grade: graded.grade,
      });
    }
  }
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const r of rows) if (r.kind === "indicator") counts[r.grade]++;
  return { ok: true, template, period, files, rows, counts };
}
