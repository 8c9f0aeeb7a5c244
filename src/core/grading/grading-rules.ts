// The grading rules a template states, per template and per indicator, with the defaults of
// national and provincial practice.
import type { IndicatorDef } from "../indicator";
import type { Template } from "../template/template";

/**
 * four: Vượt / Đạt / Gần đạt / Chưa đạt (the near threshold splits what falls short);
 * three: Vượt / Đạt / Không đạt (no near band: everything short is Không đạt).
 */
export type Bands = "four" | "three";
/** How a growth-rate indicator (a % change, which may be 0 or negative) is weighed against its target. */
export type GrowthGrading = "ratio" | "points";

export interface TemplateGrading {
  readonly bands?: Bands;
  /**
   * true (default): a flow without a period target is graded each period against its annual plan
   * × quarters ÷ 4; false: only the year is graded, earlier periods report "% kế hoạch năm" only.
   */
  readonly prorate?: boolean;
  /**
   * Ratio (> 1) from which a result is Vượt; between 100 % and it, Đạt (Thừa Thiên Huế calls
   * 104,8 % Đạt and 108 % Vượt). Absent: anything above 100,0 % is Vượt.
   */
  readonly exceededFrom?: number;
}

export interface IndicatorGrading extends TemplateGrading {
  /**
   * The indicator is a growth rate (its figures are % changes, "Tốc độ tăng GDP"): a target "tăng
   * 6,8%" is the rate 6,8 itself. ratio: graded result ÷ target; points: result − target in
   * percentage points. Absent: not a growth rate, graded by ratio.
   */
  readonly growth?: GrowthGrading;
}

/** The rules that apply to one indicator: its own, else the template's, else the defaults. */
export interface GradingRules {
  readonly bands: Bands;
  readonly prorate: boolean;
  readonly growth: GrowthGrading;
  readonly exceededFrom?: number;
}

export const DEFAULT_GRADING: GradingRules = { bands: "four", prorate: true, growth: "ratio" };

export const BANDS: readonly Bands[] = ["four", "three"];
export const GROWTH_GRADINGS: readonly GrowthGrading[] = ["ratio", "points"];

export function gradingRules(template: Pick<Template, "grading">, def: Pick<IndicatorDef, "grading">): GradingRules {
  const t = template.grading;
  const i = def.grading;
  // Format 1 templates state no rules: the defaults, without an object per indicator (10,000 rows).
  if (t === undefined && i === undefined) return DEFAULT_GRADING;
  const exceededFrom = i?.exceededFrom ?? t?.exceededFrom;
  return {
    bands: i?.bands ?? t?.bands ?? DEFAULT_GRADING.bands,
    prorate: i?.prorate ?? t?.prorate ?? DEFAULT_GRADING.prorate,
    growth: i?.growth ?? DEFAULT_GRADING.growth,
    ...(exceededFrom === undefined ? {} : { exceededFrom }),
  };
}
