// A target as planners write it, read into data: the one vocabulary the check, the sheet's
// formulas and the summary share. Read by targets/read-target.ts, graded by grading/.

/** "Trên 4" above, "Dưới 3" below, "Khoảng 4" about. */
export type Qualifier = "above" | "below" | "about";

/** "Tăng 7%" increase, "giảm 1,5%" decrease. */
export type ChangeDirection = "increase" | "decrease";
/** "tăng 7%": per cent of the base; "giảm 1 điểm %": percentage points of a rate. */
export type ChangeMeasure = "percent" | "points";

/**
 * - number: "920.000";
 * - range: "6,6-6,8", "từ 6,6 đến 6,8", "Khoảng 33-34" (met anywhere inside, bounds included);
 * - qualified: a floor ("Trên 4", "tối thiểu 90", "từ 8,5% trở lên"), a ceiling ("Dưới 3",
 *   "không quá 5", "< 7,6") or an approximate figure ("Khoảng 4"). `inclusive` tells "không dưới 90"
 *   (90 itself satisfies it) from "trên 90"; both grade Đạt at the bound itself (the ratio is 100,0 %);
 * - change: "Tăng 7%", "tăng 8% so với cùng kỳ", "giảm 1,5%", "tăng 7-7,5%", "giảm 1-1,5 điểm %":
 *   min..max of the change (min = max for one figure), against the same period last year.
 */
export type TargetSpec =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "range"; readonly min: number; readonly max: number }
  | { readonly kind: "qualified"; readonly qualifier: Qualifier; readonly value: number; readonly inclusive?: boolean }
  | { readonly kind: "change"; readonly change: ChangeDirection; readonly measure: ChangeMeasure; readonly min: number; readonly max: number };

/** The target as reported: the number that graded the figure, or the range. */
export type TargetValue = number | { readonly min: number; readonly max: number };

/** The number (or range) a target grades against, as reported in results. */
export function targetValue(t: TargetSpec): TargetValue {
  switch (t.kind) {
    case "range":
    case "change":
      return t.min === t.max ? t.min : { min: t.min, max: t.max };
    default:
      return t.value;
  }
}

/** The typed numbers of a target, for the number-type rules (a range has two; a change's are per cent, not the unit). */
export function targetNumbers(t: TargetSpec): readonly number[] {
  switch (t.kind) {
    case "range": return [t.min, t.max];
    case "change": return [];
    default: return [t.value];
  }
}
