// The grading formulas of a row whose targets are written as text ("6,6-6,8", "Trên 4",
// "Khoảng 4", "Tăng 7%"): the same grading as formulas.ts, against the bounds and form that the target
// helpers (target-formulas.ts) read, exactly as grading.ts's grade() treats each form. A row
// whose targets are numbers keeps formulas.ts's shorter formulas (a plan of 5,000 indicators
// stays small); these also grade numbers, so a row typed back to a number grades the same.
import type { IndicatorDef, Lang } from "../indicator";
import type { Period } from "../periods/period";
import { quartersInPeriod } from "../periods/period-labels";
import { DEFAULT_GRADING, type GradingRules } from "../grading/grading-rules";
import { absurdFormula, bandsExpr, ifValid, perMille, q, ref, unlessAbsurd } from "./formulas";
import { gradeWord } from "./labels";
import { FORM, formOf, rangeOf } from "./target-formulas";

/** A change target ("Tăng 7%"): its levels are never pro-rated nor held to the number type (the check's targetNumbers has none). */
const isChangeCode = (code: string): string => `${formOf(code)}>=${FORM.increase}`;

/**
 * A bound of the target that grades, read by the helpers into a low and a high (equal but for a
 * range): the period target's when that cell is filled (text it cannot read grades nothing, as
 * in the check), else the annual plan's, × quarters ÷ 4 for a flow. A range typed the other way
 * round ("6,8-6,6") is the same range. A bound that fails the number type grades nothing. A
 * change's levels are already the period's size (against the same period last year).
 */
function gradeBoundFormula(indicator: IndicatorDef, period: Period, row: number, bound: "MIN" | "MAX", rules: GradingRules): string {
  const f = ref("periodTarget", row);
  const [fl, fh] = [ref("targetLow", row), ref("targetHigh", row)];
  const [el, eh] = [ref("planLow", row), ref("planHigh", row)];
  const quarters = quartersInPeriod(period);
  // (plan × quarters) ÷ 4, multiplied first as grading.ts does, so 4 × 1 ÷ 4 stays exactly 1.
  const prorate = indicator.kind === "flow" && quarters !== 4 ? `*${quarters}/4` : "";
  const pick = (lo: string, hi: string, code: string, scale: string): string => {
    const plain = ifValid(indicator, lo, ifValid(indicator, hi, `${bound}(${lo},${hi})${scale}`));
    return `IF(COUNT(${lo},${hi})=2,IF(${isChangeCode(code)},${bound}(${lo},${hi}),${plain}),"")`;
  };
  // Pro-rating off: a flow's annual plan grades only the year.
  const fromPlan = indicator.kind === "flow" && quarters !== 4 && !rules.prorate ? `""` : pick(el, eh, ref("planCode", row), prorate);
  return `=IF(ISBLANK(${f}),${fromPlan},${pick(fl, fh, ref("targetCode", row), "")})`;
}

/** The grading target's lower bound (the target itself but for a range), in the gradeTarget column. */
export const formGradeTargetFormula = (indicator: IndicatorDef, period: Period, row: number, rules: GradingRules = DEFAULT_GRADING): string =>
  gradeBoundFormula(indicator, period, row, "MIN", rules);

/** The grading target's upper bound. */
export const gradeTargetHighFormula = (indicator: IndicatorDef, period: Period, row: number, rules: GradingRules = DEFAULT_GRADING): string =>
  gradeBoundFormula(indicator, period, row, "MAX", rules);

/** The form code of the cell that grades (target-formulas.ts's code). */
export const gradeCodeFormula = (row: number): string =>
  `=IF(ISBLANK(${ref("periodTarget", row)}),${ref("planCode", row)},${ref("targetCode", row)})`;

/** A floor or a ceiling of one number (a qualifier before two numbers is the range itself). */
const isFloor = (code: string): string => `AND(${rangeOf(code)}=0,${formOf(code)}=${FORM.floor})`;
const isCeiling = (code: string): string => `AND(${rangeOf(code)}=0,${formOf(code)}=${FORM.ceiling})`;

/**
 * The oriented ratio of x against a target of any form, in per mille (÷ 1000 with `scale`), as
 * grade() does: a range is met anywhere inside it, bounds included, and graded against the
 * nearer bound outside it; a floor ("Trên") grades higher-is-better and a ceiling ("Dưới")
 * lower-is-better whatever the indicator's direction, and so do an increase and a decrease
 * (change.ts), but for a growth-rate indicator's per-cent change, which is the rate itself; a
 * number or "Khoảng" keeps the direction. Lower is better: target ÷ result. Against zero nothing
 * divides: `zero(num)` says what it is.
 */
interface Orientation {
  /** TRUE when the target is a range. */
  readonly range: string;
  /** The bound x is weighed against: a range's nearer end, else the target. */
  readonly bound: string;
  /** TRUE when higher is better for this target. */
  readonly higher: string;
}

function orientation(indicator: IndicatorDef, x: string, lo: string, hi: string, code: string): Orientation {
  const range = `${rangeOf(code)}=1`;
  const bound = `IF(AND(${range},${x}>${hi}),${hi},${lo})`;
  return { range, bound, higher: higherIsBetter(indicator, code) };
}

/** TRUE when higher is better against a target of this form code (see orientation). */
const higherIsBetter = (indicator: IndicatorDef, code: string): string =>
  indicator.direction === "lower" ? upward(indicator, code) : `NOT(${downward(indicator, code)})`;

/** TRUE when lower is better against it: the target is a ceiling (the negation of higherIsBetter). */
const lowerIsBetter = (indicator: IndicatorDef, code: string): string =>
  indicator.direction === "lower" ? `NOT(${upward(indicator, code)})` : downward(indicator, code);

/** A floor, or a change upwards (but a growth rate's per-cent change, which is the rate itself). */
function upward(indicator: IndicatorDef, code: string): string {
  const forms = [FORM.pointsUp, ...(indicator.grading?.growth !== undefined ? [] : [FORM.increase])].map((f) => `${formOf(code)}=${f}`);
  return `OR(${isFloor(code)},${forms.join(",")})`;
}

/** A ceiling, or a change downwards. */
function downward(indicator: IndicatorDef, code: string): string {
  const forms = [FORM.pointsDown, ...(indicator.grading?.growth !== undefined ? [] : [FORM.decrease])].map((f) => `${formOf(code)}=${f}`);
  return `OR(${isCeiling(code)},${forms.join(",")})`;
}

/**
 * The absurd helper of a row with text targets: the figure weighed against the grading target's
 * lower bound, else the annual plan's where it grades nothing (never a change's: it has no level
 * without its base), as assess.ts; a ceiling where lower is better against the grading form.
 */
export function formAbsurdFormula(indicator: IndicatorDef, row: number): string {
  const g = ref("gradeTarget", row);
  const [el, eh, planCode] = [ref("planLow", row), ref("planHigh", row), ref("planCode", row)];
  const plan = `IF(COUNT(${el},${eh})=2,IF(${isChangeCode(planCode)},0,MIN(${el},${eh})),0)`;
  return absurdFormula(row, `IF(ISNUMBER(${g}),${g},${plan})`, lowerIsBetter(indicator, ref("gradeCode", row)));
}

function formRatio(indicator: IndicatorDef, x: string, lo: string, hi: string, code: string, zero: (num: string) => string, scale: string): string {
  const { range, bound, higher } = orientation(indicator, x, lo, hi, code);
  const oriented = (num: string, den: string): string => `IF(${den}<>0,${perMille(`${num}*1000/${den}`)}${scale},${zero(num)})`;
  return `IF(AND(${range},${x}>=${lo},${x}<=${hi}),1000${scale},IF(${higher},${oriented(x, bound)},${oriented(bound, x)}))`;
}

/** % kế hoạch năm against a plan of any form: Lũy kế against the whole year's plan. */
export function formPctYearFormula(indicator: IndicatorDef, row: number): string {
  const j = ref("ytd", row);
  const [el, eh] = [ref("planLow", row), ref("planHigh", row)];
  const ratio = formRatio(indicator, j, `MIN(${el},${eh})`, `MAX(${el},${eh})`, ref("planCode", row), (num) => `IF(${num}=0,1,"")`, "/1000");
  // Lũy kế is a number only when Thực hiện is (ytdFormula), so the test of Thực hiện is safe here.
  const plan = `IF(${isChangeCode(ref("planCode", row))},${ratio},${ifValid(indicator, el, ifValid(indicator, eh, ratio))})`;
  return `=IF(COUNT(${j},${el},${eh})=3,${unlessAbsurd(row, ifValid(indicator, ref("actual", row), plan))},"")`;
}

/** The grading ratio in per mille against a target of any form; the bands of formulas.ts's ratioFormula. */
export function formRatioFormula(indicator: IndicatorDef, row: number): string {
  const i = ref("actual", row);
  const [lo, hi] = [ref("gradeTarget", row), ref("gradeTargetHigh", row)];
  const ratio = formRatio(indicator, i, lo, hi, ref("gradeCode", row), (num) => `1000+SIGN(${num})*1E9`, "");
  return `=IF(COUNT(${i},${lo},${hi})=3,${unlessAbsurd(row, ifValid(indicator, i, ratio))},"")`;
}

/**
 * Đánh giá against a target of any form: a floor or a ceiling that is satisfied is Đạt, whatever
 * the ratio (3,1 against "Dưới 4"; 5 against "Trên 4" shows 125,0 % and Đạt), as grade() says;
 * everything else by the ratio's bands.
 */
export function formGradeFormula(row: number, nearThreshold: number, lang: Lang, rules: GradingRules = DEFAULT_GRADING): string {
  const [r, i, lo, code] = [ref("ratio", row), ref("actual", row), ref("gradeTarget", row), ref("gradeCode", row)];
  const satisfied = `OR(AND(${isFloor(code)},${i}>=${lo}),AND(${isCeiling(code)},${i}<=${lo}))`;
  return `=IF(ISNUMBER(${r}),IF(${satisfied},${q(gradeWord("met", lang))},${bandsExpr(r, nearThreshold, lang, rules)}),"")`;
}

/**
 * Đánh giá of a growth rate graded by points (the template says growth: points), as grading.ts's
 * pointsOutcome: the oriented difference rounded to 0,01 point; above is Vượt, equal Đạt; below,
 * Gần đạt while the gap is within (1 − near) of the target's size (four bands), else the
 * shortfall grade. Inside a range, or a floor or a ceiling satisfied, is Đạt.
 */
export function pointsGradeFormula(indicator: IndicatorDef, row: number, near: number, lang: Lang, rules: GradingRules): string {
  const [r, i, lo, hi, code] = [ref("ratio", row), ref("actual", row), ref("gradeTarget", row), ref("gradeTargetHigh", row), ref("gradeCode", row)];
  const { range, bound, higher } = orientation(indicator, i, lo, hi, code);
  const w = (g: Parameters<typeof gradeWord>[0]): string => q(gradeWord(g, lang));
  const d = `ROUND(ROUND(IF(${higher},${i}-${bound},${bound}-${i})*100,6),0)`;
  const short = rules.bands === "three" ? w("shortfall") : `IF(-${d}<=ROUND((1-${near})*ABS(${bound})*100,0),${w("near")},${w("shortfall")})`;
  const met = `OR(AND(${range},${i}>=${lo},${i}<=${hi}),AND(${isFloor(code)},${i}>=${lo}),AND(${isCeiling(code)},${i}<=${lo}))`;
  return `=IF(ISNUMBER(${r}),IF(${met},${w("met")},IF(${d}>0,${w("exceeded")},IF(${d}=0,${w("met")},${short}))),"")`;
}
