// The table body: one row per section and indicator, with its values, formulas and hidden
// helpers as cells, and its styling as range formats (runs of rows), so the plan stays small.
import type { IndicatorDef, Lang } from "../indicator";
import type { Period } from "../periods/period";
import type { InputRole, SheetReading } from "../reading";
import { isErrorValue, type SnapshotCell } from "../snapshot";
import type { CellAddress, PlannedCell, PlannedValue, RangeFormatPlan } from "../sheet-plan";
import type { Template } from "../template/template";
import { DEFAULT_GRADING, gradingRules, type GradingRules } from "../grading/grading-rules";
import { cellAddress, rangeAddress } from "./a1";
import type { CarriedInputs } from "./carried";
import { col, LAST_COLUMN, LAST_VISIBLE_COLUMN, ROLE_COLUMN, type ColumnKey } from "./columns";
import {
  consistencyFormula, exceedsExpr, gradeFormula, gradeTargetFormula, nearPerMille, pctPeriodFormula, pctYearFormula,
  plainAbsurdFormula, ratioFormula, sumMismatchExpr, ytdFormula, yoyFormula,
} from "./formulas";
import { formAbsurdFormula, pointsGradeFormula, formGradeFormula, formGradeTargetFormula, formPctYearFormula, formRatioFormula, gradeCodeFormula, gradeTargetHighFormula } from "./form-formulas";
import { targetHelperFormulas } from "./target-formulas";
import { figureHelperFormulas, weighingFigureRead } from "./figure-formulas";
import { wordsFormula, wordsGradeFormula } from "./words-formulas";
import { rowRuns } from "./row-runs";
import { NUMBER_FORMATS, RATIO_FORMAT, TEXT_FORMAT } from "./styles";
import { carriesYtd, hasTargets, inputRoles, type TableRow } from "./table-rows";

export interface BodyPlan {
  readonly cells: readonly PlannedCell[];
  readonly formats: readonly RangeFormatPlan[];
}

/** What a kept cell becomes when written back: an error value is kept as its text, so it is seen, not lost. */
export function plannedValueOf(cell: SnapshotCell | undefined): PlannedValue | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (isErrorValue(cell)) return cell.error;
  if (typeof cell === "string" && cell === "") return undefined;
  return cell;
}

/** Typed values of the existing sheet, by code and role. */
export type KeptValues = ReadonlyMap<string, Partial<Record<InputRole, PlannedValue>>>;

/** The sheet's own cells win over values kept from an earlier template version. */
export function keptValuesOf(existing: SheetReading | undefined): KeptValues {
  const out = new Map<string, Partial<Record<InputRole, PlannedValue>>>();
  for (const ind of [...(existing?.indicators ?? []), ...(existing?.kept ?? [])]) {
    const values = out.get(ind.code) ?? {};
    for (const [role, cell] of Object.entries(ind.cells) as [InputRole, { value: SnapshotCell } | undefined][]) {
      const v = plannedValueOf(cell?.value);
      if (v !== undefined && values[role] === undefined) values[role] = v;
    }
    out.set(ind.code, values);
  }
  return out;
}

/**
 * The helper expressions of the consistency rules, on the row of the total (sum) or the subset
 * (not-exceed). A "Trong đó" part is a subset of its parent even when no rule says so (rates
 * are shares, not subsets), exactly as the check reads the template.
 */
function consistencyByRow(template: Template, rowOf: ReadonlyMap<string, number>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (row: number, expr: string): void => { out.set(row, [...(out.get(row) ?? []), expr]); };
  const subsets = new Set<string>();
  const exceeds = (subsetCode: string, setCode: string): void => {
    const subset = rowOf.get(subsetCode);
    const set = rowOf.get(setCode);
    const key = `${subsetCode}>${setCode}`;
    if (subset === undefined || set === undefined || subsets.has(key)) return;
    subsets.add(key);
    add(subset, exceedsExpr(subset, set));
  };
  for (const rule of template.rules) {
    if (rule.kind === "sum") {
      const total = rowOf.get(rule.total);
      const parts = rule.parts.map((p) => rowOf.get(p));
      if (total === undefined || parts.length === 0 || parts.some((p) => p === undefined)) continue;
      add(total, sumMismatchExpr(total, parts as number[]));
    } else {
      exceeds(rule.subset, rule.set);
    }
  }
  const defs = new Map(template.sections.flatMap((s) => s.indicators.map((i) => [i.code as string, i] as const)));
  for (const ind of defs.values()) {
    const parent = ind.parent === undefined ? undefined : defs.get(ind.parent);
    if (parent !== undefined && ind.kind !== "rate" && parent.kind !== "rate") exceeds(ind.code, parent.code);
  }
  return out;
}

/** Đánh giá: by points for a growth rate the template grades so, else by the ratio's bands. */
function gradeCellFormula(ind: IndicatorDef, row: number, near: number, lang: Lang, text: boolean, rules: GradingRules): string {
  const figure = rules.growth === "points"
    ? pointsGradeFormula(ind, row, (ind.nearThreshold ?? near / 1000), lang, rules)
    : (text ? formGradeFormula : gradeFormula)(row, near, lang, rules);
  // A qualitative result may be words ("Xuất siêu"): graded by them while it is.
  return ind.qualitative === true ? wordsGradeFormula(row, lang, figure) : figure;
}

/**
 * The grading cells of an indicator row with targets: % chỉ tiêu kỳ, % kế hoạch năm, Đánh giá,
 * the grading target and ratio; with `text`, the form-aware ones and the helpers that read each
 * target cell as the check does (a row typed with text targets, also rewritten by a check).
 */
export function gradingCells(
  ind: IndicatorDef, period: Period, row: number, near: number, lang: Lang, text: boolean, rules: GradingRules = DEFAULT_GRADING, textActual = false,
): PlannedCell[] {
  const cells = gradingCellsOf(ind, period, row, near, lang, text, rules);
  return textActual ? cells.map((c) => ({ ...c, formula: c.formula === undefined ? undefined : weighingFigureRead(c.formula, row) })) : cells;
}

/**
 * The cells of a row whose Thực hiện holds text: the helpers that read it, and Lũy kế and % so
 * với cùng kỳ weighing what they read (gradingCells with textActual does the same for the rest).
 */
export function figureCells(ind: IndicatorDef, period: Period, row: number): PlannedCell[] {
  const at = (key: ColumnKey): CellAddress => cellAddress(col(key), row);
  return [
    { address: at("ytd"), formula: weighingFigureRead(ytdFormula(ind, period, row), row) },
    { address: at("yoy"), formula: weighingFigureRead(yoyFormula(row), row) },
    ...figureHelperFormulas(ind, row).map(([key, formula]) => ({ address: at(key), formula })),
  ];
}

function gradingCellsOf(
  ind: IndicatorDef, period: Period, row: number, near: number, lang: Lang, text: boolean, rules: GradingRules,
): PlannedCell[] {
  // A growth rate graded by points weighs against the form's bound: it takes the full set too.
  const full = text || rules.growth === "points";
  const at = (key: ColumnKey): CellAddress => cellAddress(col(key), row);
  const cells: PlannedCell[] = [
    { address: at("pctPeriod"), formula: pctPeriodFormula(row) },
    { address: at("pctYear"), formula: (full ? formPctYearFormula : pctYearFormula)(ind, row) },
    { address: at("grade"), formula: gradeCellFormula(ind, row, near, lang, full, rules) },
    { address: at("gradeTarget"), formula: (full ? formGradeTargetFormula : gradeTargetFormula)(ind, period, row, rules) },
    { address: at("ratio"), formula: (full ? formRatioFormula : ratioFormula)(ind, row) },
    { address: at("absurd"), formula: full ? formAbsurdFormula(ind, row) : plainAbsurdFormula(ind, period, row, rules) },
  ];
  if (!full) return cells;
  for (const target of ["plan", "periodTarget"] as const) {
    for (const [key, formula] of targetHelperFormulas(ind, target, row)) cells.push({ address: at(key), formula });
  }
  cells.push({ address: at("gradeTargetHigh"), formula: gradeTargetHighFormula(ind, period, row, rules) });
  cells.push({ address: at("gradeCode"), formula: gradeCodeFormula(row) });
  return cells;
}

/**
 * The formulas of an indicator row (consistency aside, which weighs other rows): Lũy kế, % so
 * với cùng kỳ, the grading cells where it has targets, a qualitative result's words. With
 * `textTargets`, the ones that read targets written as text; with `textActual`, a Thực hiện
 * written as text ("139.774 tỷ đồng") is read by its helpers, and weighed as read.
 */
export function rowFormulaCells(
  ind: IndicatorDef, period: Period, row: number, template: Template, lang: Lang,
  text: { readonly textTargets: boolean; readonly textActual: boolean },
): PlannedCell[] {
  const at = (key: ColumnKey): CellAddress => cellAddress(col(key), row);
  const cells: PlannedCell[] = text.textActual
    ? figureCells(ind, period, row)
    : [
        { address: at("ytd"), formula: ytdFormula(ind, period, row) },
        // Every indicator row, targets or not: the committee's summary shows it for each.
        { address: at("yoy"), formula: yoyFormula(row) },
      ];
  if (hasTargets(ind)) {
    cells.push(...gradingCells(ind, period, row, nearPerMille(ind, template.nearThreshold), lang, text.textTargets, gradingRules(template, ind), text.textActual));
  }
  if (ind.qualitative === true) cells.push({ address: at("actualWords"), formula: wordsFormula(ind, row) });
  return cells;
}

export interface BodyInput {
  readonly template: Template;
  readonly period: Period;
  readonly lang: Lang;
  readonly rows: readonly TableRow[];
  readonly carried: CarriedInputs;
  readonly kept: KeptValues;
}

export function planBody({ template, period, lang, rows, carried, kept }: BodyInput): BodyPlan {
  const cells: PlannedCell[] = [];
  const at = (key: ColumnKey, row: number): ReturnType<typeof cellAddress> => cellAddress(col(key), row);
  const rowOf = new Map(rows.filter((r) => r.kind === "indicator").map((r) => [r.indicator.code as string, r.row]));
  const consistency = consistencyByRow(template, rowOf);

  // No cell names its lock: the range formats below give exactly the entry cells unlocked.
  for (const r of rows) {
    cells.push({ address: at("tt", r.row), value: r.tt });
    if (r.kind === "section") {
      cells.push({ address: at("code", r.row), value: r.section.code });
      cells.push({ address: at("name", r.row), value: r.section.name[lang] });
      continue;
    }
    const ind = r.indicator;
    cells.push({ address: at("code", r.row), value: ind.code });
    cells.push({ address: at("name", r.row), value: ind.name[lang] });
    if (ind.unit[lang] !== "") cells.push({ address: at("unit", r.row), value: ind.unit[lang] });
    const keptHere = kept.get(ind.code) ?? {};
    const carriedHere = carried[ind.code] ?? {};
    for (const role of inputRoles(ind, period)) {
      const value = keptHere[role] ?? (role === "actual" || role === "explanation" ? undefined : carriedHere[role]);
      if (value !== undefined) cells.push({ address: at(ROLE_COLUMN[role], r.row), value });
    }
    // Targets written as text grade through the target helpers; numbers keep the short formulas.
    const written = (role: "plan" | "periodTarget") => keptHere[role] ?? carriedHere[role];
    const textTargets = typeof written("plan") === "string" || typeof written("periodTarget") === "string";
    cells.push(...rowFormulaCells(ind, period, r.row, template, lang, { textTargets, textActual: typeof keptHere.actual === "string" }));
    // Blank means a whole count, the common case: the plan stays small at thousands of rows.
    if (ind.numberType !== "integer") cells.push({ address: at("numberType", r.row), value: ind.numberType });
    if (ind.required) cells.push({ address: at("required", r.row), value: 1 });
    const exprs = consistency.get(r.row);
    if (exprs !== undefined) cells.push({ address: at("consistency", r.row), formula: consistencyFormula(exprs) });
  }
  return { cells, formats: planBodyFormats(rows, period) };
}

/** Styling in layers: the whole body, then columns, then runs of number types, then section and not-applicable rows. */
function planBodyFormats(rows: readonly TableRow[], period: Period): RangeFormatPlan[] {
  if (rows.length === 0) return [];
  const first = rows[0].row;
  const last = rows[rows.length - 1].row;
  const span = (from: ColumnKey, to: ColumnKey, a = first, b = last) => rangeAddress(col(from), a, col(to), b);
  const f: RangeFormatPlan[] = [
    { range: span("tt", LAST_VISIBLE_COLUMN), style: "cell", locked: true },
    { range: span("tt", "code"), style: "cellCenter" },
    { range: span("unit", "unit"), style: "cellCenter" },
    { range: span("grade", "grade"), style: "cellCenter" },
    { range: span("status", "status"), style: "cellCenter" },
    { range: span("code", "name"), numberFormat: TEXT_FORMAT },
    { range: span("pctPeriod", "yoy"), numberFormat: RATIO_FORMAT },
    { range: span("plan", "actual"), locked: false },
    { range: span("explanation", "explanation"), locked: false, numberFormat: TEXT_FORMAT },
    { range: span("carriedYtd", LAST_COLUMN), style: "helper", locked: true },
  ];
  // Number formats: section rows are neutral (they join the run around them: fewer ranges).
  const formatKeys = rows.map((r) => ({ row: r.row, key: r.kind === "indicator" ? NUMBER_FORMATS[r.indicator.numberType] : null }));
  for (const run of rowRuns(formatKeys)) {
    f.push({ range: span("plan", "ytd", run.from, run.to), numberFormat: run.key });
    f.push({ range: span("carriedYtd", "carriedYtd", run.from, run.to), numberFormat: run.key });
  }
  // Locks: section rows break runs, so that exactly the entry cells end up unlocked.
  const flagRuns = (flag: (ind: IndicatorDef) => boolean) =>
    rowRuns(rows.map((r) => ({ row: r.row, key: r.kind === "indicator" && flag(r.indicator) ? "yes" : "no" }))).filter((run) => run.key === "yes");
  for (const run of flagRuns((ind) => carriesYtd(ind, period))) {
    f.push({ range: span("carriedYtd", "carriedYtd", run.from, run.to), locked: false });
  }
  for (const run of flagRuns((ind) => !hasTargets(ind))) {
    f.push({ range: span("plan", "periodTarget", run.from, run.to), style: "notApplicable", locked: true });
  }
  for (const r of rows) {
    if (r.kind === "section") f.push({ range: span("tt", LAST_VISIBLE_COLUMN, r.row, r.row), style: "section", locked: true });
  }
  return f;
}
