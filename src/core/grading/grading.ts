// Grading a result against its target, exactly as the domain brief says: which target grades a
// figure, the ratio rounded to 0,1 percentage point, and the grade bands.
import type { Direction, IndicatorKind } from "../indicator";
import type { Grade } from "./grade";
import type { Period, PeriodKind } from "../periods/period";
import { quartersInPeriod } from "../periods/period-labels";
import type { TargetSpec } from "../targets/target-spec";
import type { Bands, GrowthGrading } from "./grading-rules";

/** Default ratio (0..1) from which a result below target is Gần đạt rather than Chưa đạt. */
export const DEFAULT_NEAR_THRESHOLD = 0.9;
/** Ratios are rounded to 3 decimals of the fraction, i.e. 0,1 percentage point (per mille rounded to a whole, see roundPerMille). */
export const RATIO_DIGITS = 3;
const PER_MILLE = 10 ** RATIO_DIGITS;

export type TargetSource = "periodTarget" | "plan";

export interface ChosenTarget {
  readonly target: TargetSpec;
  readonly source: TargetSource;
}

function prorate(t: TargetSpec, quarters: number): TargetSpec {
  if (quarters === 4) return t;
  // Multiply before dividing so that 4 × 1 ÷ 4 stays exactly 1; divide first only where the
  // product would overflow (a plan near 1,8 × 10³⁰⁸ is unreadable, but its target stays a number).
  const s = (x: number): number => (Number.isFinite(x * quarters) ? (x * quarters) / 4 : (x / 4) * quarters);
  switch (t.kind) {
    case "number": return { kind: "number", value: s(t.value) };
    case "range": return { kind: "range", min: s(t.min), max: s(t.max) };
    case "qualified": return { ...t, value: s(t.value) };
    // A change is against the same period last year, already the period's own size.
    case "change": return t;
  }
}

/**
 * Which target grades a figure: the period target when one is filled in; otherwise, for a flow,
 * the annual plan × (quarters in the period ÷ 4), counted in quarters, never in days; for a stock
 * or a rate, the annual plan. Null when neither is filled, and for a flow before the year's end
 * when the template does not pro-rate (the department reports only "% kế hoạch năm" then).
 */
export function gradeTarget(
  kind: IndicatorKind,
  period: Period | PeriodKind,
  periodTarget: TargetSpec | null,
  annualPlan: TargetSpec | null,
  prorating = true,
): ChosenTarget | null {
  if (periodTarget !== null) return { target: periodTarget, source: "periodTarget" };
  if (annualPlan === null) return null;
  if (kind !== "flow") return { target: annualPlan, source: "plan" };
  const quarters = quartersInPeriod(period);
  if (!prorating && quarters !== 4) return null;
  return { target: prorate(annualPlan, quarters), source: "plan" };
}

export interface GradeOutcome {
  readonly grade: Grade;
  /** Result against target, rounded to 0,1 pp, oriented so that above 1 is better; null when it cannot be a finite number. */
  readonly ratio: number | null;
  /** Growth graded by points: result − target in percentage points (oriented, rounded to 0,01); absent otherwise. */
  readonly points?: number;
}

/** How bands are drawn (grading-rules.ts): the indicator's rules with its near threshold. */
export interface BandRules {
  readonly bands?: Bands;
  readonly growth?: GrowthGrading;
  /** Ratio (> 1) from which a result is Vượt; between 100 % and it, Đạt. Absent: anything above 100,0 %. */
  readonly exceededFrom?: number;
}

const NONE: GradeOutcome = { grade: "none", ratio: null };

/**
 * The grade of a ratio already rounded (in per mille of the target: 1005 = 100,5 %). Three bands
 * have no Gần đạt: everything short is Không đạt (the grade "shortfall", labelled so).
 */
export function gradeFromPerMille(perMille: number, nearThreshold: number, rules: BandRules = {}): Grade {
  const exceededFrom = rules.exceededFrom === undefined ? PER_MILLE : Math.round(rules.exceededFrom * PER_MILLE);
  if (perMille > PER_MILLE) return perMille >= exceededFrom ? "exceeded" : "met";
  if (perMille === PER_MILLE) return "met";
  if (rules.bands === "three") return "shortfall";
  return perMille >= Math.round(nearThreshold * PER_MILLE) ? "near" : "shortfall";
}

/**
 * Per mille rounded to a whole, as the sheet's ROUND(ROUND(x, 6), 0) does it. The quotient of
 * decimal figures often lands a hair under an exact half in binary (0,10005 ÷ 0,1 gives
 * 1000,4999999999999 for 1000,5), so it is first rounded to 6 decimals, which brings back the
 * half a clerk computes on paper; then halves go away from zero, as spreadsheet ROUND does.
 */
export function roundPerMille(x: number): number {
  const a = Math.abs(x);
  // Beyond 1E9 every double is already whole to well under 10^-6: nothing to bring back.
  const tidy = a < 1e9 ? Math.round(a * 1e6) / 1e6 : a;
  // "+ 0" turns the -0 of a tiny negative into 0, which JSON can carry.
  return (x < 0 ? -Math.round(tidy) : Math.round(tidy)) + 0;
}

/** better ÷ worse, rounded half up to 0,1 pp; multiplying first keeps 1999/2000 at exactly 999,5 ‰. */
function orientedRatio(numerator: number, denominator: number, near: number, rules: BandRules): GradeOutcome {
  if (denominator === 0) {
    // Against zero nothing can be divided: equal is met, more is better than any ratio says.
    if (numerator === 0) return { grade: "met", ratio: 1 };
    return { grade: numerator > 0 ? "exceeded" : "shortfall", ratio: null };
  }
  const perMille = roundPerMille((numerator * PER_MILLE) / denominator);
  if (!Number.isFinite(perMille)) return { grade: perMille > 0 ? "exceeded" : "shortfall", ratio: null };
  return { grade: gradeFromPerMille(perMille, near, rules), ratio: perMille / PER_MILLE };
}

/**
 * A growth rate graded by points: the difference, not the ratio, since a growth of 0 or below
 * makes a ratio meaningless (−4,13 % against 2,28 %). Above is Vượt, equal Đạt; below, Gần đạt
 * while the gap is within (1 − near) of the target's size, as a ratio would be for a positive target.
 */
function pointsOutcome(result: number, target: number, direction: "higher" | "lower", near: number, rules: BandRules): GradeOutcome {
  const diff = Math.round((direction === "higher" ? result - target : target - result) * 100 * 1e6) / 1e6;
  const points = (diff < 0 ? -Math.round(-diff) : Math.round(diff)) / 100 + 0;
  const ratio = gradeAgainst(result, target, direction, near, { ...rules, growth: "ratio" }).ratio;
  if (points > 0) return { grade: "exceeded", ratio, points };
  if (points === 0) return { grade: "met", ratio, points };
  const nearBand = rules.bands !== "three" && -points <= Math.round((1 - near) * Math.abs(target) * 100) / 100;
  return { grade: nearBand ? "near" : "shortfall", ratio, points };
}

/** One number target in one direction. Lower-is-better inverts: target ÷ result. */
function gradeAgainst(result: number, target: number, direction: "higher" | "lower", near: number, rules: BandRules): GradeOutcome {
  if (rules.growth === "points") return pointsOutcome(result, target, direction, near, rules);
  if (direction === "higher") return orientedRatio(result, target, near, rules);
  // Lower is better: reaching zero against a positive target is the best possible result.
  if (result === 0) return target > 0 ? { grade: "exceeded", ratio: null } : orientedRatio(target, result, near, rules);
  return orientedRatio(target, result, near, rules);
}

/**
 * A floor ("Trên 4", "tối thiểu 90") or a ceiling ("Dưới 3", "không quá 5"): satisfied is Đạt, as
 * national and provincial reports grade it (3,1 against "Dưới 4" is Đạt), the ratio still shown;
 * not satisfied grades by the ratio to the bound into Gần đạt or Chưa đạt.
 */
function gradeBound(result: number, bound: number, side: "higher" | "lower", near: number, rules: BandRules): GradeOutcome {
  const outcome = gradeAgainst(result, bound, side, near, rules);
  const satisfied = side === "higher" ? result >= bound : result <= bound;
  return satisfied ? { ...outcome, grade: "met" } : outcome;
}

/**
 * Grades a result against the target that grades it. Informational indicators, a missing result
 * or a missing target give "none". A range is met anywhere inside it (bounds included); beyond its
 * better end it is Vượt, below its worse end it grades by the ratio to that end. "Trên" is a floor
 * and "Dưới" a ceiling whatever the indicator's direction, since the planner said which side is
 * good; "Khoảng" keeps the direction. A change target must be resolved against its base first
 * (change.ts): alone it grades nothing.
 */
export function grade(
  result: number | null, target: TargetSpec | null, direction: Direction, nearThreshold = DEFAULT_NEAR_THRESHOLD, rules: BandRules = {},
): GradeOutcome {
  if (direction === "informational" || result === null || target === null || !Number.isFinite(result)) return NONE;
  switch (target.kind) {
    case "number":
      return gradeAgainst(result, target.value, direction, nearThreshold, rules);
    case "qualified":
      if (target.qualifier === "about") return gradeAgainst(result, target.value, direction, nearThreshold, rules);
      return gradeBound(result, target.value, target.qualifier === "above" ? "higher" : "lower", nearThreshold, rules);
    case "range": {
      if (result >= target.min && result <= target.max) return { grade: "met", ratio: 1 };
      const bound = result < target.min ? target.min : target.max;
      return gradeAgainst(result, bound, direction, nearThreshold, rules);
    }
    case "change":
      return NONE;
  }
}

/** The percentage a ratio shows, rounded to 0,1: 1.005 → 100.5. */
export const ratioPercent = (ratio: number): number => Math.round(ratio * PER_MILLE) / (PER_MILLE / 100);
