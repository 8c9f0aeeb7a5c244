// A change target ("Tăng 7%", "giảm 1-1,5 điểm %") is graded as the level it asks for, against
// its base: the same period last year (for a year, last year's result). "Tăng 7%" on 100 is 107,
// graded as any number target; "tăng 7-7,5%" is the range 107-107,5; "giảm 1 điểm %" of a rate
// of 5 is 4, lower being better.
import type { Direction } from "../indicator";
import type { TargetSpec } from "../targets/target-spec";

export interface ResolvedTarget {
  /** A number or a range of levels (never a change). */
  readonly target: TargetSpec;
  /** The direction it grades in: an increase is higher-is-better, a decrease lower-is-better. */
  readonly direction: Direction;
}

/** The level a change of `amount` makes of `base`; × (100 ± p) ÷ 100 keeps 100 × 7 % at exactly 107. */
function level(base: number, amount: number, measure: "percent" | "points", sign: 1 | -1): number {
  return measure === "points" ? base + sign * amount : (base * (100 + sign * amount)) / 100;
}

/**
 * The target as levels in the row's unit, and its direction; a target that is no change is
 * returned as it is. Null for a change without a base: nothing to grade against.
 */
export function resolveTarget(t: TargetSpec, direction: Direction, base: number | null, growthRate = false): ResolvedTarget | null {
  if (t.kind !== "change") return { target: t, direction };
  // A growth-rate indicator's figures are % changes already: "tăng khoảng 6,8%" is the rate 6,8.
  if (growthRate && t.measure === "percent") {
    const [min, max] = t.change === "increase" ? [t.min, t.max] : [-t.max, -t.min];
    return { target: min === max ? { kind: "number", value: min } : { kind: "range", min, max }, direction };
  }
  if (base === null) return null;
  const sign = t.change === "increase" ? 1 : -1;
  const a = level(base, t.min, t.measure, sign);
  const b = level(base, t.max, t.measure, sign);
  const resolved: TargetSpec = a === b ? { kind: "number", value: a } : { kind: "range", min: Math.min(a, b), max: Math.max(a, b) };
  return { target: resolved, direction: direction === "informational" ? direction : t.change === "increase" ? "higher" : "lower" };
}
