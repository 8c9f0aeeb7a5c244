// What the figures of one indicator amount to: the value, Lũy kế, the target that grades it,
// the ratio and the grade.
import type { Grade } from "../grading/grade";
import { grade, gradeTarget, type ChosenTarget } from "../grading/grading";
import { targetNumbers, type TargetSpec } from "../targets/target-spec";
import type { Period } from "../periods/period";
import { numberTypeRules } from "./cell-rules";
import { numberOf, type ReadInputs, type TargetRole } from "./inputs";

export interface Assessment {
  readonly value: number | null;
  readonly ytd: number | null;
  /** Kế hoạch năm as read. */
  readonly plan: TargetSpec | null;
  readonly chosen: ChosenTarget | null;
  readonly grade: Grade;
  /** Oriented so that above 1 is better; rounded to 0,1 pp. */
  readonly ratio: number | null;
  /** Lũy kế against the (whole) annual plan, same orientation; null without a plan. */
  readonly planRatio: number | null;
  /** A target cell holds something (even unreadable): the indicator "has a target". */
  readonly hasTarget: boolean;
}

const targetOf = (r: ReadInputs, role: TargetRole): TargetSpec | null => {
  const t = r.targets[role]?.read;
  return t !== undefined && t.kind === "target" ? t.target : null;
};

/** Lũy kế: a flow adds the earlier quarters carried into the sheet; a stock or a rate is its latest value. */
export function yearToDate(kind: ReadInputs["def"]["kind"], actual: number | null, carried: number | null): number | null {
  if (actual === null) return null;
  return kind === "flow" && carried !== null ? carried + actual : actual;
}

export function assess(r: ReadInputs, period: Period, templateNear: number): Assessment {
  const def = r.def;
  const near = def.nearThreshold ?? templateNear;
  const value = numberOf(r, "actual");
  const ytd = yearToDate(def.kind, value, numberOf(r, "carriedYtd"));
  const plan = targetOf(r, "plan");
  const hasTarget = def.direction !== "informational"
    && [r.targets.plan?.read, r.targets.periodTarget?.read].some((t) => t !== undefined && t.kind !== "empty");
  // A Thực hiện that fails its number type (−1 inspections, 2,5 people, 120 %) is an error the
  // clerk must fix, not a result: grading it would report "đạt −100,0 %", ask for an explanation
  // and name it short in the committee's verdict. Like an unreadable figure it grades nothing
  // (the sheet's ratio formula applies the same test), and the verdict lists it with the
  // indicators that have no figure to grade yet.
  // The same for a target that fails it (a plan of −4 inspections): the figure has nothing valid
  // to be weighed against. Tested before pro-rating, as the cell was typed.
  const fails = (x: number): boolean => numberTypeRules(def.numberType, x).length > 0;
  const invalidTarget = (t: TargetSpec | null): boolean =>
    t !== null && targetNumbers(t).some(fails);
  const invalid = value !== null && fails(value);
  if (def.direction === "informational") {
    return { value, ytd, plan, chosen: null, grade: "none", ratio: null, planRatio: null, hasTarget };
  }
  // A period target cell that holds something unreadable (text, #REF!) is still "filled in": it,
  // not the plan, grades the figure, so nothing grades until it is fixed (the sheet's formula
  // falls back to the plan only when that cell is blank, too).
  const periodCell = r.targets.periodTarget?.read;
  const periodUnreadable = periodCell !== undefined && periodCell.kind !== "empty" && periodCell.kind !== "target";
  const chosen = periodUnreadable ? null : gradeTarget(def.kind, period, targetOf(r, "periodTarget"), plan);
  // The target stays reported, so the verdict names the indicator among those with nothing to grade.
  if (invalid) return { value, ytd, plan, chosen, grade: "none", ratio: null, planRatio: null, hasTarget };
  const planInvalid = invalidTarget(plan);
  const chosenInvalid = chosen !== null && (chosen.source === "plan" ? planInvalid : invalidTarget(targetOf(r, "periodTarget")));
  const outcome = chosenInvalid ? { grade: "none" as const, ratio: null } : grade(value, chosen?.target ?? null, def.direction, near);
  // % kế hoạch năm: the year so far against the whole year's plan.
  const planRatio = plan === null || planInvalid ? null : grade(ytd, plan, def.direction, near).ratio;
  return { value, ytd, plan, chosen, grade: outcome.grade, ratio: outcome.ratio, planRatio, hasTarget };
}
