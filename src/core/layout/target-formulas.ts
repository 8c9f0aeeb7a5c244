// The formulas that read a target cell (Kế hoạch năm, Chỉ tiêu kỳ) as the check's parser
// (targets/read-target.ts) does, built from the same lexicon: "Trên 4", "Dưới 3", "Khoảng 4",
// "6,6-6,8", "từ 6,6 đến 6,8", "Khoảng 33-34", "Tăng 7%", "giảm 1-1,5 điểm %", a number typed as
// text. Each target cell gets eleven hidden helpers, and a twelfth for its unit where the row has one:
//   unit      the unit or scale word it ends with ("tỷ usd" in a triệu USD row), length × 100 + shift;
//   text      the text, lower case, spaces tidied (no-break spaces too), as normalizeText leaves it;
//   word      the word that starts it: its form × 1E7 + its length; 0 for none;
//   body      what follows the word; for a change, up to "so với …";
//   amount    the body, a change's "điểm %" dropped: the number or the two numbers;
//   code      form × 1E7 + range × 1E6 + where the separator is × 1000 + where the number starts;
//             0 for a number cell; "" for nothing to read;
//   lowText/highText      the number texts (high only for a range), a trailing "%" dropped;
//   lowNumber/highNumber  their values, or "" when not written as the check reads numbers;
//   low/high              the bounds graded against (a change's as levels against Cùng kỳ năm trước).
// Numbers are read with NUMBERVALUE(text, ",", "."), whatever the reader's locale, and accepted
// only when the text is exactly how that value is written the Vietnamese way (1.234,5 or
// 1234,5), re-rendered with FIXED and the locale's own separators swapped back: so "87.5",
// "920,000" or "12.3456.789", which the check refuses, never grade in the sheet either. What the
// sheet cannot read it leaves ungraded (the check still grades it): never a different grade.
// Functions: Excel 2013+ for NUMBERVALUE and UNICHAR; no LET, LAMBDA or dynamic arrays.
import type { IndicatorDef } from "../indicator";
import { TARGET_LEXICON } from "../targets/target-lexicon";
import { reconcile } from "../units/reconcile";
import { unitSuffixes, type UnitSuffix } from "../units/unit-suffixes";
import { letter, type ColumnKey } from "./columns";

/**
 * The forms, as the digit of FORM_UNIT in a code: a change says per cent (increase, decrease) or
 * points (pointsUp, pointsDown). A range of any form has the RANGE_UNIT digit set too.
 */
export const FORM = { number: 0, floor: 1, ceiling: 2, about: 3, increase: 5, decrease: 6, pointsUp: 7, pointsDown: 8 } as const;
export const FORM_UNIT = 1e7;
export const RANGE_UNIT = 1e6;
/** Positions in a code are below a thousand: longer texts are not read. */
const MAX_TEXT = 999;

/** A cell read in the target language: a target, or Thực hiện typed as text (figure-formulas.ts). */
export type TargetCellKey = "plan" | "periodTarget" | "actual";

type HelperPart = "unit" | "text" | "word" | "body" | "amount" | "code" | "lowText" | "highText" | "lowNumber" | "highNumber" | "low" | "high";

const PREFIX: Readonly<Record<TargetCellKey, "plan" | "target" | "actual">> = { plan: "plan", periodTarget: "target", actual: "actual" };
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** The helper column of one part of a target cell: planText, targetLow, … */
export const helperKey = (cell: TargetCellKey, part: HelperPart): ColumnKey => `${PREFIX[cell]}${cap(part)}` as ColumnKey;

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const array = (xs: readonly (string | number)[]): string => `{${xs.map((x) => (typeof x === "number" ? String(x) : q(x))).join(",")}}`;
const ref = (key: ColumnKey, row: number): string => `${letter(key)}${row}`;

/** The form of a code (or "" when it is ""), and whether it is a range. */
export const formOf = (code: string): string => `INT(${code}/${FORM_UNIT})`;
export const rangeOf = (code: string): string => `MOD(INT(${code}/${RANGE_UNIT}),10)`;

/**
 * The words that start a target, with their codes: a change word (with the space the check
 * requires after it), then floors, ceilings and "about", as read-target tries them. No word of
 * one list starts a word of another and none starts with a digit or a range opener (a unit test
 * says so), so the longest word that matches is the check's reading.
 */
export const LEADING_WORDS: readonly (readonly [string, number])[] = (
  [
    [TARGET_LEXICON.change.increase.map((w) => `${w} `), FORM.increase],
    [TARGET_LEXICON.change.decrease.map((w) => `${w} `), FORM.decrease],
    [TARGET_LEXICON.floor.prefixes, FORM.floor],
    [TARGET_LEXICON.ceiling.prefixes, FORM.ceiling],
    [TARGET_LEXICON.about.prefixes, FORM.about],
  ] as const
).flatMap(([words, form]) => words.map((w) => [w, form * FORM_UNIT + w.length] as const));

const isChange = (form: string): string => `${form}>=${FORM.increase}`;

/** The cell's text lower case, spaces tidied (no-break spaces too), as normalizeText leaves it. */
const tidyText = (c: string): string => `LOWER(TRIM(SUBSTITUTE(${c},UNICHAR(160)," ")))`;

/** The suffixes the unit helper can tell apart: a code is length × 100 + shift (|shift| < 50). */
const suffixesOf = (unit: string): readonly UnitSuffix[] => unitSuffixes(unit).filter((s) => Math.abs(s.shift) < 50 && s.text.length < 100);

/** A unit code's power of ten (0 for none) and the length of its suffix. */
const shiftOf = (u: string): string => `(MOD(${u}+50,100)-50)`;
const suffixLengthOf = (u: string): string => `ROUND(${u}/100,0)`;

/**
 * unit: the unit or scale word the text ends with, of those the check reads in the row's unit
 * (units/unit-suffixes.ts: "tỷ usd" in a triệu USD row, "nghìn tấn", "7 triệu"), as its length ×
 * 100 + the power of ten into the row's unit; 0 for none. The longest that follows a number
 * (a digit before it, a space between or none: "12ha", "11,3 tỷ USD"), so "5% tỷ đồng", which
 * the check refuses, is read as no unit. Null where the row has none to read (a rate: "%" is the
 * number texts').
 */
export function targetUnitFormula(cell: TargetCellKey, row: number, unit: string): string | null {
  const suffixes = suffixesOf(unit);
  if (suffixes.length === 0) return null;
  const c = ref(cell, row);
  const t = tidyText(c);
  const pad = Math.max(...suffixes.map((s) => s.text.length)) + 1;
  const lens = array(suffixes.map((s) => s.text.length));
  const before = `RIGHT(TRIM(LEFT(REPT(" ",${pad})&${t},${pad}+LEN(${t})-${lens})),1)`;
  const match = `(RIGHT(${t},${lens})=${array(suffixes.map((s) => s.text))})*ISNUMBER(FIND(${before},"0123456789"))`;
  return `=IF(ISTEXT(${c}),SUMPRODUCT(MAX(${match}*${array(suffixes.map((s) => s.text.length * 100 + s.shift))})),0)`;
}

/**
 * text: the cell's text as the parser sees it; "" for a number, a blank, an error or a logical.
 * The unit the unit helper found is dropped: the number texts are read in it and shifted into the
 * row's unit. A unit it does not know ("11,3 tỷ USD" in a đồng row, which the check refuses)
 * stays, so the sheet cannot read it and grades nothing, never a number in the wrong unit.
 */
export function targetTextFormula(cell: TargetCellKey, row: number, unit = ""): string {
  const c = ref(cell, row);
  const t = tidyText(c);
  if (suffixesOf(unit).length === 0) return `=IF(ISTEXT(${c}),${t},"")`;
  const u = ref(helperKey(cell, "unit"), row);
  return `=IF(ISTEXT(${c}),IF(${u}>0,TRIM(LEFT(${t},LEN(${t})-${suffixLengthOf(u)})),${t}),"")`;
}

/** word: the word that starts the text, form × 1E7 + its length, the longest of the lexicon's; 0 for none. */
export function targetWordFormula(cell: TargetCellKey, row: number): string {
  const t = ref(helperKey(cell, "text"), row);
  const codes = array(LEADING_WORDS.map(([, code]) => code));
  const lengths = array(LEADING_WORDS.map(([w]) => w.length));
  const words = array(LEADING_WORDS.map(([w]) => w));
  return `=IF(${t}="",0,SUMPRODUCT(MAX(${codes}*(LEFT(${t},${lengths})=${words}))))`;
}

/** The shortest reference phrase: every other one starts with it (a unit test says so). */
const REFERENCE = [...TARGET_LEXICON.change.reference].sort((a, b) => a.length - b.length)[0];

/**
 * body: what follows the word; for a change, only up to the reference ("tăng 8% so với cùng kỳ"
 * states 8%), which the check cuts where its phrase is followed by a space or the end.
 */
export function targetBodyFormula(cell: TargetCellKey, row: number): string {
  const t = ref(helperKey(cell, "text"), row);
  const w = ref(helperKey(cell, "word"), row);
  const o = `MOD(${w},1000)`;
  const cut = `FIND(${q(`${REFERENCE} `)},${t}&${q(` ${REFERENCE} `)},${o}+1)`;
  return `=IF(${t}="","",IF(${isChange(formOf(w))},TRIM(MID(${t},${o}+1,${cut}-${o}-1)),TRIM(MID(${t},${o}+1,${MAX_TEXT}))))`;
}

/** amount: the body, a change's points word at its end dropped ("1,5 điểm %" is 1,5 points). */
export function targetAmountFormula(cell: TargetCellKey, row: number): string {
  const b = ref(helperKey(cell, "body"), row);
  const w = ref(helperKey(cell, "word"), row);
  const points = [...TARGET_LEXICON.change.points].sort((x, y) => y.length - x.length);
  const strip = points.reduceRight(
    (rest, p) => `IF(RIGHT(${b},${p.length})=${q(p)},TRIM(LEFT(${b},LEN(${b})-${p.length})),${rest})`,
    b,
  );
  return `=IF(${isChange(formOf(w))},${strip},${b})`;
}

/** The length of the range opener ("từ ") that starts a text, or 0. */
const openerLength = (t: string): string =>
  TARGET_LEXICON.range.openers.reduceRight(
    (rest, w) => `IF(LEFT(${t},${w.length + 1})=${q(`${w} `)},${w.length + 1},${rest})`,
    "0",
  );

/** The position of the first range separator after `from` (past the text's end when there is none). */
const separatorAt = (t: string, from: string): string => {
  const seps = TARGET_LEXICON.range.separators;
  return `SUMPRODUCT(MIN(FIND(${array(seps)},${t}&${q(seps.join(""))},${from})))`;
};

/** The length of the separator at a position (the lexicon's words, longest first). */
const separatorLength = (t: string, at: string): string =>
  [...TARGET_LEXICON.range.separators]
    .filter((w) => w.length > 1)
    .sort((a, b) => b.length - a.length)
    .reduceRight((rest, w) => `IF(MID(${t},${at},${w.length})=${q(w)},${w.length},${rest})`, "1");

/**
 * code: the word's form (a change in points when its amount lost a points word); a range when,
 * after an optional "từ", a digit starts two numbers around a separator ("Khoảng 33-34" is the
 * range itself, as in the check). A change in per cent that writes no "%" reads nothing ("tăng
 * 7" could be 7 of anything).
 */
export function targetCodeFormula(cell: TargetCellKey, row: number): string {
  const [t, w, b, a] = (["text", "word", "body", "amount"] as const).map((p) => ref(helperKey(cell, p), row));
  const form = `(${formOf(w)}+IF(AND(${isChange(formOf(w))},${b}<>${a}),2,0))`;
  const o = openerLength(a);
  const p = separatorAt(a, `${o}+1`);
  const digitFirst = `ISNUMBER(FIND(LEFT(TRIM(MID(${a},${o}+1,${MAX_TEXT}))&"_",1),"0123456789"))`;
  const range = `AND(${p}<=LEN(${a}),${digitFirst})`;
  const noPercent = `AND(${isChange(formOf(w))},${b}=${a},ISERROR(FIND("%",${a})))`;
  return `=IF(ISNUMBER(${ref(cell, row)}),0,IF(OR(${t}="",LEN(${t})>${MAX_TEXT},${noPercent}),"",${form}*${FORM_UNIT}+IF(${range},${RANGE_UNIT}+${p}*1000+${o},0)))`;
}

/**
 * A number text trimmed, its one trailing "%" dropped; "?" when a "%" sits anywhere else, or at
 * all where the row's unit takes none ("17,4%" in a tỷ đồng row is the check's unit-mismatch) and
 * the text is no change (a change says per cent in any row).
 */
function numberText(x: string, percent: boolean, code: string): string {
  const read = `IF(ISNUMBER(FIND("%",LEFT(${x},LEN(${x})-1))),"?",TRIM(SUBSTITUTE(${x},"%","")))`;
  return percent ? read : `IF(AND(ISNUMBER(FIND("%",${x})),NOT(${isChange(formOf(code))})),"?",${read})`;
}

/** Whether the check reads "%" in a row of this unit ("%", "% GDP", or none) as the row's own. */
export const takesPercent = (unit: string): boolean => reconcile("%", unit).ok;

const separatorOf = (k: string): string => `MOD(INT(${k}/1000),1000)`;

/** low text: the amount, or a range's left number. */
export function targetLowTextFormula(cell: TargetCellKey, row: number, unit = ""): string {
  const a = ref(helperKey(cell, "amount"), row);
  const k = ref(helperKey(cell, "code"), row);
  const o = `MOD(${k},1000)`;
  const part = `TRIM(IF(${rangeOf(k)}=1,MID(${a},${o}+1,${separatorOf(k)}-${o}-1),${a}))`;
  // A number cell (code 0, no text) and nothing to read (code "") have no low text.
  return `=IF(OR(${k}="",ISNUMBER(${ref(cell, row)})),"",${numberText(part, takesPercent(unit), k)})`;
}

/** high text: a range's right number (it must start with a digit, as in the check); else "". */
export function targetHighTextFormula(cell: TargetCellKey, row: number, unit = ""): string {
  const a = ref(helperKey(cell, "amount"), row);
  const k = ref(helperKey(cell, "code"), row);
  const p = separatorOf(k);
  const right = `TRIM(MID(${a},${p}+${separatorLength(a, p)},${MAX_TEXT}))`;
  return `=IF(${k}="","",IF(${rangeOf(k)}<>1,"",IF(ISNUMBER(FIND(LEFT(${right}&"_",1),"0123456789")),${numberText(right, takesPercent(unit), k)},"?")))`;
}

/**
 * A number text's value when it is written exactly the Vietnamese way (grouped "1.234,5" or
 * not "1234,5"), else "". "920,000" (three decimals, no dot, 1 ≤ |x| < 1000) is refused as the
 * check refuses it: English thousands or Vietnamese 920, never guessed.
 */
export function vietnameseNumberExpr(u: string, shift?: string): string {
  const v = `NUMBERVALUE(${u},",",".")`;
  const k = `LEN(MID(${u},FIND(",",${u}&",")+1,99))`;
  // Shifted by a unit's power of ten, rounded to the decimals that leaves ("1,1 nghìn" is 1100,
  // not 1100,0000000000002), as the check's decimal exponent gives it exactly.
  const value = shift === undefined ? v : `ROUND(${v}*10^${shift},${k}-${shift})`;
  // The reader's own separators, from what FIXED writes for ½ and a thousand.
  const dec = `MID(FIXED(0.5,1,TRUE),2,1)`;
  const grp = `MID(FIXED(1000,0,FALSE),2,1)`;
  const plain = `SUBSTITUTE(FIXED(${v},${k},TRUE),${dec},",")`;
  const grouped = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(FIXED(${v},${k},FALSE),${grp},"_"),${dec},","),"_",".")`;
  return `IFERROR(IF(AND(OR(${u}=${plain},${u}=${grouped}),OR(${k}<>3,ABS(${v})<1,ABS(${v})>=1000)),${value},""),"")`;
}

/**
 * A change's amount as the level it asks for, as grading/change.ts resolves it: "tăng 7%" of
 * Cùng kỳ năm trước 100 is 100 × (100 + 7) ÷ 100 = 107; "giảm 1 điểm %" of 5 is 4. For a
 * growth-rate indicator a change in per cent is the rate itself ("tăng 6,8%" is 6,8; "giảm 1%"
 * is −1). No base, no level: nothing grades.
 */
function levelExpr(ind: IndicatorDef, v: string, form: string, base: string): string {
  const growthRate = ind.grading?.growth !== undefined;
  const percent = growthRate
    ? `IF(${form}=${FORM.increase},${v},-${v})`
    : `IF(ISNUMBER(${base}),${base}*(100+IF(${form}=${FORM.increase},${v},-${v}))/100,"")`;
  const points = `IF(ISNUMBER(${base}),${base}+IF(${form}=${FORM.pointsUp},${v},-${v}),"")`;
  return `IF(${form}<${FORM.pointsUp},${percent},${points})`;
}

/** lowNumber / highNumber: the number text read (high only for a range). */
export function targetNumberFormula(cell: TargetCellKey, row: number, end: "low" | "high", unit = ""): string {
  const k = ref(helperKey(cell, "code"), row);
  const shift = suffixesOf(unit).length === 0 ? undefined : shiftOf(ref(helperKey(cell, "unit"), row));
  const v = vietnameseNumberExpr(ref(helperKey(cell, end === "low" ? "lowText" : "highText"), row), shift);
  return end === "low" ? `=IF(${k}="","",${v})` : `=IF(ISNUMBER(${k}),IF(${rangeOf(k)}=1,${v},""),"")`;
}

/** low: the number cell itself, or the number read, a change's as its level. */
export function targetLowFormula(ind: IndicatorDef, cell: TargetCellKey, row: number): string {
  const c = ref(cell, row);
  const k = ref(helperKey(cell, "code"), row);
  const n = ref(helperKey(cell, "lowNumber"), row);
  return `=IF(ISNUMBER(${c}),${c},IF(ISNUMBER(${n}),IF(${isChange(formOf(k))},${levelExpr(ind, n, formOf(k), ref("samePeriodLastYear", row))},${n}),""))`;
}

/** high: a range's right number, a change's as its level; for every other form the low. */
export function targetHighFormula(ind: IndicatorDef, cell: TargetCellKey, row: number): string {
  const k = ref(helperKey(cell, "code"), row);
  const n = ref(helperKey(cell, "highNumber"), row);
  const level = `IF(ISNUMBER(${n}),IF(${isChange(formOf(k))},${levelExpr(ind, n, formOf(k), ref("samePeriodLastYear", row))},${n}),"")`;
  return `=IF(ISNUMBER(${k}),IF(${rangeOf(k)}=1,${level},${ref(helperKey(cell, "low"), row)}),"")`;
}

/** The helper formulas of a target cell, by column: eleven, and the unit's where the row has units to read. */
export function targetHelperFormulas(ind: IndicatorDef, cell: TargetCellKey, row: number): readonly (readonly [ColumnKey, string])[] {
  const unit = ind.unit.vi;
  const unitFormula = targetUnitFormula(cell, row, unit);
  return [
    ...(unitFormula === null ? [] : [[helperKey(cell, "unit"), unitFormula] as const]),
    [helperKey(cell, "text"), targetTextFormula(cell, row, unit)],
    [helperKey(cell, "word"), targetWordFormula(cell, row)],
    [helperKey(cell, "body"), targetBodyFormula(cell, row)],
    [helperKey(cell, "amount"), targetAmountFormula(cell, row)],
    [helperKey(cell, "code"), targetCodeFormula(cell, row)],
    [helperKey(cell, "lowText"), targetLowTextFormula(cell, row, unit)],
    [helperKey(cell, "highText"), targetHighTextFormula(cell, row, unit)],
    [helperKey(cell, "lowNumber"), targetNumberFormula(cell, row, "low", unit)],
    [helperKey(cell, "highNumber"), targetNumberFormula(cell, row, "high", unit)],
    [helperKey(cell, "low"), targetLowFormula(ind, cell, row)],
    [helperKey(cell, "high"), targetHighFormula(ind, cell, row)],
  ];
}
