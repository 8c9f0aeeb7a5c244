// The formulas of an indicator row. Every one is guarded (ISNUMBER, IF) so that no cell ever
// shows #DIV/0! or #VALUE!, and uses only functions that Excel and LibreOffice both evaluate.
// They grade exactly as src/core/grading/grading.ts does: the target that grades (period target, else
// the plan, pro rata for a flow), the ratio oriented so above 1 is better, rounded half up to
// 0,1 percentage point (ROUND(ROUND(…*1000, 6), 0) in per mille, as roundPerMille), the bands
// > 1000, = 1000, ≥ near. % so với cùng kỳ is Thực hiện ÷ Cùng kỳ năm trước, as the check's yoyRatio.
import type { IndicatorDef, Lang } from "../indicator";
import type { Period } from "../periods/period";
import { quartersInPeriod } from "../periods/period-labels";
import { letter, type ColumnKey } from "./columns";
import { gradeWord } from "./labels";
import { carriesYtd } from "./table-rows";
import { DEFAULT_GRADING, type GradingRules } from "../grading/grading-rules";
import { ABSURD_FACTOR } from "../rules/assess";

export const ref = (key: ColumnKey, row: number): string => `${letter(key)}${row}`;
export const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
/** Per mille rounded as grading.ts's roundPerMille: to 6 decimals first (binary noise), then whole. */
export const perMille = (x: string): string => `ROUND(ROUND(${x},6),0)`;

/** Lũy kế: a flow adds the earlier quarters (carried) to this one; a stock or rate is its latest value. */
export function ytdFormula(indicator: IndicatorDef, period: Period, row: number): string {
  const i = ref("actual", row);
  if (carriesYtd(indicator, period)) return `=IF(ISNUMBER(${i}),${i}+N(${ref("carriedYtd", row)}),"")`;
  return `=IF(ISNUMBER(${i}),${i},"")`;
}

/**
 * The target that grades: the period target when filled (text such as a range "6,6-6,8" gives no
 * formula grade: the check grades it), else the annual plan, × quarters ÷ 4 for a flow.
 */
export function gradeTargetFormula(indicator: IndicatorDef, period: Period, row: number, rules: GradingRules = DEFAULT_GRADING): string {
  // A row whose targets are text grades through the target helpers instead (form-formulas.ts).
  const f = ref("periodTarget", row);
  const e = ref("plan", row);
  const quarters = quartersInPeriod(period);
  // Pro-rating off: a flow's annual plan grades only the year; earlier periods show % kế hoạch năm only.
  if (indicator.kind === "flow" && quarters !== 4 && !rules.prorate) return `=IF(ISNUMBER(${f}),${ifValid(indicator, f, f)},"")`;
  // (plan × quarters) ÷ 4, multiplied first as grading.ts does, so 4 × 1 ÷ 4 stays exactly 1.
  const plan = indicator.kind === "flow" && quarters !== 4 ? `${e}*${quarters}/4` : e;
  // A target that fails the number type leaves nothing to grade against (ifValid).
  return `=IF(ISNUMBER(${f}),${ifValid(indicator, f, f)},IF(AND(ISBLANK(${f}),ISNUMBER(${e})),${ifValid(indicator, e, plan)},""))`;
}

/**
 * % chỉ tiêu kỳ: the grading ratio itself (oriented so that above 100 % is better, rounded to
 * 0,1 pp), as the summary for the committee shows it; empty where grading has no finite ratio.
 */
export function pctPeriodFormula(row: number): string {
  const r = ref("ratio", row);
  return `=IF(ISNUMBER(${r}),IF(ABS(${r})<1E8,${r}/1000,""),"")`;
}

/**
 * Wraps a grading formula so that a figure or a target failing the indicator's number type
 * (cell-rules.ts's numberTypeRules: a negative or fractional count or sum of money, a percent
 * outside 0..100) grades nothing, as in the check (rules/assess.ts): the cell is coloured as an
 * error, not graded "Chưa đạt". Used only where the cell is already known to be a number.
 */
export function ifValid(indicator: IndicatorDef, cell: string, then: string): string {
  switch (indicator.numberType) {
    case "integer":
    case "money":
      return `IF(AND(${cell}>=0,${cell}=INT(${cell})),${then},"")`;
    case "percent":
      return `IF(AND(${cell}>=0,${cell}<=100),${then},"")`;
    case "decimal":
      return then;
  }
}

/**
 * The absurd helper of a row: TRUE when a positive Thực hiện is beyond ABSURD_FACTOR × (or under
 * 1/ABSURD_FACTOR of) the number it is weighed against, the previous period or the same period
 * last year, as rules/assess.ts's guard: "139.774 tỷ đồng" typed in đồng. Far under a ceiling is
 * good, not absurd. `weighed` is an expression that is always a number (0 for none); `ceiling`
 * one that is TRUE or FALSE. Written short, as it sits on every row: "under" is one comparison
 * with the largest reference (MAX skips text and blanks); N() reads text and blanks as 0; an
 * error value in a reference makes it FALSE (the check reports that cell itself).
 */
export function absurdFormula(row: number, weighed: string, ceiling: string): string {
  const x = ref("actual", row);
  const k = ABSURD_FACTOR;
  const earlier = `${ref("previousPeriod", row)}:${ref("samePeriodLastYear", row)}`;
  const lowest = ceiling === "TRUE" ? "" : ceiling === "FALSE" ? `,${weighed}` : `,IF(${ceiling},0,${weighed})`;
  const over = (r: string): string => `AND(${r}>0,${x}>${r}*${k})`;
  const n = (key: ColumnKey): string => `N(${ref(key, row)})`;
  const tests = [`${x}*${k}<MAX(${earlier}${lowest})`, over(weighed), over(n("previousPeriod")), over(n("samePeriodLastYear"))];
  return `=AND(ISNUMBER(${x}),IFERROR(AND(${x}>0,OR(${tests.join(",")})),FALSE))`;
}

/**
 * The number a row of plain targets weighs its figure against: the grading target; where the
 * annual plan grades nothing (a flow with pro-rating off, before the year's end), the plan, as
 * assess.ts; 0 for none. A ceiling: lower is better.
 */
export function plainAbsurdFormula(indicator: IndicatorDef, period: Period, row: number, rules: GradingRules = DEFAULT_GRADING): string {
  const g = ref("gradeTarget", row);
  const planOnly = indicator.kind === "flow" && quartersInPeriod(period) !== 4 && !rules.prorate;
  const weighed = planOnly ? `IF(ISNUMBER(${g}),${g},N(${ref("plan", row)}))` : `N(${g})`;
  return absurdFormula(row, weighed, indicator.direction === "lower" ? "TRUE" : "FALSE");
}

/** An absurd figure grades nothing, and has no % kế hoạch năm: only its error is shown. */
export const unlessAbsurd = (row: number, then: string): string => `IF(${ref("absurd", row)}=TRUE,"",${then})`;

/**
 * % kế hoạch năm: Lũy kế against the annual plan, oriented and rounded the same way (for a stock
 * or a rate Lũy kế is Thực hiện itself). Against a zero plan only zero has a ratio (100 %).
 */
export function pctYearFormula(indicator: IndicatorDef, row: number): string {
  const j = ref("ytd", row);
  const e = ref("plan", row);
  const [num, den] = indicator.direction === "lower" ? [e, j] : [j, e];
  const ratio = `IF(${den}<>0,${perMille(`${num}*1000/${den}`)}/1000,IF(${num}=0,1,""))`;
  // Lũy kế is a number only when Thực hiện is (ytdFormula), so the test of Thực hiện is safe here.
  return `=IF(COUNT(${j},${e})=2,${unlessAbsurd(row, ifValid(indicator, ref("actual", row), ifValid(indicator, e, ratio)))},"")`;
}

/**
 * % so với cùng kỳ: Thực hiện ÷ Cùng kỳ năm trước, rounded to 0,1 pp as the check's yoyRatio
 * (rules/assess.ts), whatever the indicator's direction; empty unless both are numbers and
 * Cùng kỳ năm trước is above zero.
 */
export function yoyFormula(row: number): string {
  const i = ref("actual", row);
  const h = ref("samePeriodLastYear", row);
  return `=IF(COUNT(${i},${h})=2,IF(${h}>0,${perMille(`${i}*1000/${h}`)}/1000,""),"")`;
}

/**
 * The oriented ratio in per mille, as grading.ts computes it: result ÷ target (lower is better:
 * target ÷ result), rounded half up. Against zero nothing divides: equal is met (1000), more is
 * better than any ratio (1000 + 1E9), less worse (1000 − 1E9), the same bands grading.ts gives.
 */
export function ratioFormula(indicator: IndicatorDef, row: number): string {
  const i = ref("actual", row);
  const t = ref("gradeTarget", row);
  const [num, den] = indicator.direction === "lower" ? [t, i] : [i, t];
  const ratio = `IF(${den}<>0,${perMille(`${num}*1000/${den}`)},1000+SIGN(${num})*1E9)`;
  return `=IF(COUNT(${i},${t})=2,${unlessAbsurd(row, ifValid(indicator, i, ratio))},"")`;
}

/** The near threshold in per mille, rounded as grading.ts rounds it. */
export const nearPerMille = (indicator: IndicatorDef, templateNear: number): number =>
  Math.round((indicator.nearThreshold ?? templateNear) * 1000);

/** Đánh giá: Vượt / Đạt / Gần đạt / Chưa đạt from the ratio; empty without a target or a figure. */
export function gradeFormula(row: number, nearThreshold: number, lang: Lang, rules: GradingRules = DEFAULT_GRADING): string {
  const r = ref("ratio", row);
  return `=IF(ISNUMBER(${r}),${bandsExpr(r, nearThreshold, lang, rules)},"")`;
}

/**
 * The grade word of a per-mille ratio r: the bands of grading.ts's gradeFromPerMille. Above
 * 100,0 % is Vượt, or from `exceededFrom` when the template says so (Đạt below it); three bands
 * have no Gần đạt: everything short is the shortfall grade.
 */
export function bandsExpr(r: string, nearThreshold: number, lang: Lang, rules: GradingRules = DEFAULT_GRADING): string {
  const w = (k: Parameters<typeof gradeWord>[0]): string => q(gradeWord(k, lang));
  const short = rules.bands === "three" ? w("shortfall") : `IF(${r}>=${nearThreshold},${w("near")},${w("shortfall")})`;
  if (rules.exceededFrom !== undefined) {
    const from = Math.max(1001, Math.round(rules.exceededFrom * 1000));
    return `IF(${r}>=${from},${w("exceeded")},IF(${r}>=1000,${w("met")},${short}))`;
  }
  return `IF(${r}>1000,${w("exceeded")},IF(${r}=1000,${w("met")},${short}))`;
}

/** The actual cells of some rows, as COUNT/SUM arguments: a range when they are consecutive rows. */
function actualList(rows: readonly number[]): string {
  const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (consecutive && rows.length > 1) return `${ref("actual", rows[0])}:${ref("actual", rows[rows.length - 1])}`;
  return rows.map((r) => ref("actual", r)).join(",");
}

/** Equal up to the floating-point noise of decimal parts, as the check's sameAmount. */
const EPSILON = "1E-6";

/**
 * A sum rule seen from its total's row, as the check judges it: with every part filled they must
 * add up to the total; with only some filled, they must not add up to more than it. COUNT and
 * SUM skip text and blanks; an error in a part (coloured itself) makes this FALSE, never an error.
 */
export function sumMismatchExpr(totalRow: number, partRows: readonly number[]): string {
  const total = ref("actual", totalRow);
  const parts = actualList(partRows);
  const sum = `SUM(${parts})`;
  const count = `COUNT(${parts})`;
  return `IF(ISNUMBER(${total}),IF(ISERROR(${sum}),FALSE,IF(${count}=${partRows.length},ABS(${total}-${sum})>${EPSILON},IF(${count}>0,${sum}-${total}>${EPSILON},FALSE))),FALSE)`;
}

/** A subset seen from its own row: TRUE when both are numbers and the subset is larger. */
export function exceedsExpr(subsetRow: number, setRow: number): string {
  const sub = ref("actual", subsetRow);
  const set = ref("actual", setRow);
  return `IF(COUNT(${sub},${set})=2,${sub}-${set}>${EPSILON},FALSE)`;
}

/** The consistency helper of one row: any of its rules broken. */
export const consistencyFormula = (exprs: readonly string[]): string =>
  exprs.length === 1 ? `=${exprs[0]}` : `=OR(${exprs.join(",")})`;
