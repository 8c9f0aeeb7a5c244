// The grading formulas of a row whose targets are written as text ("6,6-6,8", "Trên 4",
// "Khoảng 4"): the same grading as formulas.ts, against the bounds and form that the target
// helpers (target-formulas.ts) read, exactly as grading.ts's grade() treats each form. A row
// whose targets are numbers keeps formulas.ts's shorter formulas (a plan of 5,000 indicators
// stays small); these also grade numbers, so a row typed back to a number grades the same.
import type { IndicatorDef } from "../indicator";
import type { Period } from "../periods/period";
import { quartersInPeriod } from "../periods/period-labels";
import { ifValid, perMille, ref } from "./formulas";
import { FORM } from "./target-formulas";

/**
 * A bound of the target that grades, read by the helpers into a low and a high (equal but for a
 * range): the period target's when that cell is filled (text it cannot read grades nothing, as
 * in the check), else the annual plan's, × quarters ÷ 4 for a flow. A range typed the other way
 * round ("6,8-6,6") is the same range. A bound that fails the number type grades nothing.
 */
function gradeBoundFormula(indicator: IndicatorDef, period: Period, row: number, bound: "MIN" | "MAX"): string {
  const f = ref("periodTarget", row);
  const [fl, fh] = [ref("targetLow", row), ref("targetHigh", row)];
  const [el, eh] = [ref("planLow", row), ref("planHigh", row)];
  const quarters = quartersInPeriod(period);
  // (plan × quarters) ÷ 4, multiplied first as grading.ts does, so 4 × 1 ÷ 4 stays exactly 1.
  const prorate = indicator.kind === "flow" && quarters !== 4 ? `*${quarters}/4` : "";
  const pick = (lo: string, hi: string, scale: string): string =>
    `IF(COUNT(${lo},${hi})=2,${ifValid(indicator, lo, ifValid(indicator, hi, `${bound}(${lo},${hi})${scale}`))},"")`;
  return `=IF(ISBLANK(${f}),${pick(el, eh, prorate)},${pick(fl, fh, "")})`;
}

/** The grading target's lower bound (the target itself but for a range), in the gradeTarget column. */
export const formGradeTargetFormula = (indicator: IndicatorDef, period: Period, row: number): string =>
  gradeBoundFormula(indicator, period, row, "MIN");

/** The grading target's upper bound. */
export const gradeTargetHighFormula = (indicator: IndicatorDef, period: Period, row: number): string =>
  gradeBoundFormula(indicator, period, row, "MAX");

/** The form code of the cell that grades (FORM × 1000 + a position). */
export const gradeCodeFormula = (row: number): string =>
  `=IF(ISBLANK(${ref("periodTarget", row)}),${ref("planCode", row)},${ref("targetCode", row)})`;

/**
 * The oriented ratio of x against a target of any form, in per mille (÷ 1000 with `scale`), as
 * grade() does: a range is met anywhere inside it, bounds included, and graded against the
 * nearer bound outside it; a floor ("Trên") grades higher-is-better and a ceiling ("Dưới")
 * lower-is-better whatever the indicator's direction; a number or "Khoảng" keeps it. Lower is
 * better: target ÷ result. Against zero nothing divides: `zero(num)` says what it is.
 */
function formRatio(indicator: IndicatorDef, x: string, lo: string, hi: string, code: string, zero: (num: string) => string, scale: string): string {
  const range = `${code}>=${FORM.range * 1000}`;
  const bound = `IF(AND(${range},${x}>${hi}),${hi},${lo})`;
  const floor = `AND(${code}>=${FORM.floor * 1000},${code}<${FORM.ceiling * 1000})`;
  const ceiling = `AND(${code}>=${FORM.ceiling * 1000},${code}<${FORM.about * 1000})`;
  const higher = indicator.direction === "lower" ? floor : `NOT(${ceiling})`;
  const oriented = (num: string, den: string): string => `IF(${den}<>0,${perMille(`${num}*1000/${den}`)}${scale},${zero(num)})`;
  return `IF(AND(${range},${x}>=${lo},${x}<=${hi}),1000${scale},IF(${higher},${oriented(x, bound)},${oriented(bound, x)}))`;
}

/** % kế hoạch năm against a plan of any form: Lũy kế against the whole year's plan. */
export function formPctYearFormula(indicator: IndicatorDef, row: number): string {
  const j = ref("ytd", row);
  const [el, eh] = [ref("planLow", row), ref("planHigh", row)];
  const ratio = formRatio(indicator, j, `MIN(${el},${eh})`, `MAX(${el},${eh})`, ref("planCode", row), (num) => `IF(${num}=0,1,"")`, "/1000");
  // Lũy kế is a number only when Thực hiện is (ytdFormula), so the test of Thực hiện is safe here.
  return `=IF(COUNT(${j},${el},${eh})=3,${ifValid(indicator, ref("actual", row), ifValid(indicator, el, ifValid(indicator, eh, ratio)))},"")`;
}

/** The grading ratio in per mille against a target of any form; the bands of formulas.ts's ratioFormula. */
export function formRatioFormula(indicator: IndicatorDef, row: number): string {
  const i = ref("actual", row);
  const [lo, hi] = [ref("gradeTarget", row), ref("gradeTargetHigh", row)];
  const ratio = formRatio(indicator, i, lo, hi, ref("gradeCode", row), (num) => `1000+SIGN(${num})*1E9`, "");
  return `=IF(COUNT(${i},${lo},${hi})=3,${ifValid(indicator, i, ratio)},"")`;
}
