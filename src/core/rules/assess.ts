// What the figures of one indicator amount to: the value, Lũy kế, the target that grades it,
// the ratio and the grade, under the grading rules the template states.
import { resolveTarget } from "../grading/change";
import type { Grade } from "../grading/grade";
import { grade, gradeTarget, roundPerMille, type ChosenTarget } from "../grading/grading";
import type { IndicatorKind, NumberType } from "../indicator";
import type { Period } from "../periods/period";
import { TARGET_LEXICON } from "../targets/target-lexicon";
import type { TargetSpec } from "../targets/target-spec";
import { failsNumberType } from "./cell-rules";
import { numberOf, type ReadInputs, type TargetRole } from "./inputs";

/** Beyond 1000 × (or under 1/1000) its target or the previous period, a figure cannot be right: it grades nothing. */
export const ABSURD_FACTOR = 1000;

/** Why a graded indicator has no grade although it has a figure and a target: each is an error finding. */
export type Ungraded =
  | { readonly why: "absurd"; readonly reference: "target" | "previousPeriod" | "samePeriodLastYear"; readonly referenceValue: number; readonly low: boolean }
  | { readonly why: "no-base"; readonly text: string }
  | { readonly why: "qualitative"; readonly text: string };

export interface Assessment {
  readonly value: number | null;
  readonly ytd: number | null;
  /** Kế hoạch năm as read. */
  readonly plan: TargetSpec | null;
  /** The target that grades, a change already resolved to levels against its base. */
  readonly chosen: ChosenTarget | null;
  readonly grade: Grade;
  /** Oriented so that above 1 is better; rounded to 0,1 pp. */
  readonly ratio: number | null;
  /** Growth graded by points: result − target in percentage points; null otherwise. */
  readonly points: number | null;
  /** Lũy kế against the (whole) annual plan, same orientation; null without a plan. */
  readonly planRatio: number | null;
  /** % so với cùng kỳ: Thực hiện ÷ Cùng kỳ năm trước, rounded to 0,1 pp; null without both. */
  readonly yoyRatio: number | null;
  /** A target cell holds something (even unreadable): the indicator "has a target". */
  readonly hasTarget: boolean;
  readonly ungraded: Ungraded | null;
}

const targetOf = (r: ReadInputs, role: TargetRole): TargetSpec | null => {
  const t = r.targets[role]?.read;
  return t !== undefined && t.kind === "target" ? t.target : null;
};

/** A target cell's text as typed: a target's, or words that are none ("Hoàn thành" for a qualitative indicator). */
const targetTextOf = (r: ReadInputs, role: TargetRole): string => {
  const t = r.targets[role]?.read;
  if (t === undefined) return "";
  if (t.kind === "target") return t.text ?? "";
  return t.kind === "not-a-number" ? t.text : "";
};

/** Lũy kế: a flow adds the earlier quarters carried into the sheet; a stock or a rate is its latest value. */
export function yearToDate(kind: IndicatorKind, actual: number | null, carried: number | null): number | null {
  if (actual === null) return null;
  return kind === "flow" && carried !== null ? carried + actual : actual;
}

function ratioOf(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b <= 0) return null;
  const perMille = roundPerMille((a * 1000) / b);
  return Number.isFinite(perMille) ? perMille / 1000 : null;
}

/** The number a figure is weighed against for the absurd-ratio guard. */
const reference = (t: TargetSpec): number | null => (t.kind === "range" ? t.min : t.kind === "change" ? null : t.value);

/**
 * A figure beyond 1000 × (or under 1/1000 of) its target, the previous period or the same period
 * last year: "139.774 tỷ đồng" read in đồng, a unit or three zeros lost. Zero and negative figures
 * (a growth rate) are deliberate, and far under a ceiling is good, not absurd.
 */
function absurd(r: ReadInputs, value: number | null, target: TargetSpec | null, ceiling: boolean): Ungraded | null {
  if (value === null || value <= 0) return null;
  // Spelled out rather than a list of references: this runs for every graded row.
  const t = target === null ? null : reference(target);
  if (t !== null && !(ceiling && value < t) && beyond(value, t)) return { why: "absurd", reference: "target", referenceValue: t, low: value < t };
  const p = numberOf(r, "previousPeriod");
  if (p !== null && beyond(value, p)) return { why: "absurd", reference: "previousPeriod", referenceValue: p, low: value < p };
  const s = numberOf(r, "samePeriodLastYear");
  if (s !== null && beyond(value, s)) return { why: "absurd", reference: "samePeriodLastYear", referenceValue: s, low: value < s };
  return null;
}

/** A target whose numbers break the number type (a plan of −4 inspections); a change is in per cent, never tested. */
function invalidTarget(numberType: NumberType, t: TargetSpec | null): boolean {
  // Spelled out (no list of a target's numbers): this runs twice for every row.
  return t !== null && t.kind !== "change"
    && (t.kind === "range" ? failsNumberType(numberType, t.min) || failsNumberType(numberType, t.max) : failsNumberType(numberType, t.value));
}

const beyond = (value: number, ref: number): boolean => ref > 0 && (value > ref * ABSURD_FACTOR || value * ABSURD_FACTOR < ref);

const lower = (s: string): string => s.normalize("NFC").toLowerCase().trim();

/** A qualitative result: Vượt or Đạt by its words (the lexicon's, the template's, or the target's own text). */
function qualitativeGrade(r: ReadInputs, words: string): Grade | null {
  const w = lower(words);
  const def = r.def;
  const exceeded = [...TARGET_LEXICON.qualitative.exceeded, ...(def.exceeding ?? [])].map(lower);
  const met = [...TARGET_LEXICON.qualitative.met, ...(def.accepted ?? []), targetTextOf(r, "periodTarget"), targetTextOf(r, "plan")].map(lower).filter((x) => x !== "");
  if (exceeded.includes(w)) return "exceeded";
  if (met.includes(w)) return "met";
  return null;
}

export function assess(r: ReadInputs, period: Period, templateNear: number): Assessment {
  const rules = r.facts.rules;
  // The definition's fields as the facts table holds them (one shape for every row: faster to read).
  const def = r.facts;
  const near = def.nearThreshold ?? templateNear;
  const value = numberOf(r, "actual");
  const ytd = yearToDate(def.kind, value, numberOf(r, "carriedYtd"));
  const plan = targetOf(r, "plan");
  const base = numberOf(r, "samePeriodLastYear");
  const yoyRatio = ratioOf(value, base);
  const planCell = r.targets.plan?.read;
  const periodCell = r.targets.periodTarget?.read;
  const hasTarget = def.direction !== "informational"
    && ((planCell !== undefined && planCell.kind !== "empty") || (periodCell !== undefined && periodCell.kind !== "empty"));
  // Built only on the paths that grade nothing: the graded path, most rows, allocates one object.
  const none = (): Assessment => ({ value, ytd, plan, chosen: null, grade: "none", ratio: null, points: null, planRatio: null, yoyRatio, hasTarget, ungraded: null });
  if (def.direction === "informational") return none();
  // A Thực hiện that fails its number type (−1 inspections, 2,5 people, 120 %) is an error the
  // clerk must fix, not a result: grading it would report "đạt −100,0 %", ask for an explanation
  // and name it short in the committee's verdict. Like an unreadable figure it grades nothing
  // (the sheet's ratio formula applies the same test), and the verdict lists it with the
  // indicators that have no figure to grade yet.
  // The same for a target that fails it (a plan of −4 inspections): the figure has nothing valid
  // to be weighed against. Tested before pro-rating, as the cell was typed.
  const numberType = def.numberType;
  const invalid = value !== null && failsNumberType(numberType, value);
  // A period target cell that holds something unreadable (text, #REF!) is still "filled in": it,
  // not the plan, grades the figure, so nothing grades until it is fixed (the sheet's formula
  // falls back to the plan only when that cell is blank, too).
  const periodUnreadable = periodCell !== undefined && periodCell.kind !== "empty" && periodCell.kind !== "target";
  const chosen = periodUnreadable ? null : gradeTarget(def.kind, period, targetOf(r, "periodTarget"), plan, rules.prorate);
  const planInvalid = invalidTarget(numberType, plan);
  const chosenInvalid = chosen !== null && (chosen.source === "plan" ? planInvalid : invalidTarget(numberType, targetOf(r, "periodTarget")));
  // % kế hoạch năm: the year so far against the whole year's plan (a change plan against last year's result).
  // An indicator graded as a growth rate (the template says how: ratio or points) is one whose figures are % changes.
  const growthRate = r.facts.growthRate;
  let planRatio: number | null = null;
  if (plan !== null && !planInvalid) {
    const p = plan.kind === "change" ? resolveTarget(plan, def.direction, base, growthRate) : null;
    if (plan.kind !== "change") planRatio = grade(ytd, plan, def.direction, near, rules).ratio;
    else if (p !== null) planRatio = grade(ytd, p.target, p.direction, near, rules).ratio;
  }
  if (r.words !== null) {
    // Words are graded where there is something to grade against: a target, or the plan's own words.
    const against = chosen !== null || targetTextOf(r, "periodTarget") !== "" || targetTextOf(r, "plan") !== "";
    const g = against ? qualitativeGrade(r, r.words.read) : null;
    if (g !== null) return { ...none(), chosen, grade: g };
    return { ...none(), chosen, ungraded: against ? { why: "qualitative", text: r.words.read } : null };
  }
  // The target stays reported, so the verdict names the indicator among those with nothing to grade.
  if (invalid || chosenInvalid) return { ...none(), chosen, planRatio: invalid ? null : planRatio };
  // Without a target nothing grades, but an absurd figure is still an error: against the annual
  // plan where it grades nothing (pro-rating off, an unreadable period target), else against the
  // previous period. So "139.774 tỷ đồng" read in đồng never shows a % kế hoạch năm of 17 billion.
  if (chosen === null) {
    const weighed = plan === null || planInvalid ? null : plan;
    const ceiling = weighed?.kind === "qualified" ? weighed.qualifier === "below" : def.direction === "lower";
    const wrong = absurd(r, value, weighed, ceiling);
    return { ...none(), planRatio: wrong === null ? planRatio : null, ungraded: wrong };
  }
  // A level target grades as it is (no resolved object for it: most rows); a change is resolved against its base.
  const resolved = chosen.target.kind === "change" ? resolveTarget(chosen.target, def.direction, base, growthRate) : null;
  if (resolved === null && chosen.target.kind === "change") {
    return { ...none(), chosen, planRatio, ungraded: value === null ? null : { why: "no-base", text: targetTextOf(r, chosen.source) } };
  }
  const target = resolved === null ? chosen.target : resolved.target;
  const direction = resolved === null ? def.direction : resolved.direction;
  const graded: ChosenTarget = target === chosen.target ? chosen : { target, source: chosen.source };
  const ceiling = target.kind === "qualified" ? target.qualifier === "below" : direction === "lower";
  const wrong = absurd(r, value, target, ceiling);
  // An absurd figure reaches neither the grade nor % kế hoạch năm: only its error is reported.
  if (wrong !== null) return { ...none(), chosen: graded, ungraded: wrong };
  const outcome = grade(value, target, direction, near, rules);
  return { value, ytd, plan, chosen: graded, grade: outcome.grade, ratio: outcome.ratio, points: outcome.points ?? null, planRatio, yoyRatio, hasTarget, ungraded: null };
}
