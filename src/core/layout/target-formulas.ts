// The formulas that read a target cell (Kế hoạch năm, Chỉ tiêu kỳ) as the check's parser
// (targets/read-target.ts) does, built from the same lexicon: "Trên 4", "Dưới 3", "Khoảng 4",
// "6,6-6,8", "từ 6,6 đến 6,8", a number typed as text. Each target cell gets six hidden helpers:
//   text      the text, lower case, spaces tidied (no-break spaces too), as normalizeText leaves it;
//   code      what was written: form × 1000 + where the number starts (a qualifier's length) or
//             where the range separator is; 0 for a plain number; "" for nothing to read;
//   low/high  the number texts (high only for a range), a trailing "%" dropped;
//   low/high  their values, or "" when the text is not a number the check reads.
// Numbers are read with NUMBERVALUE(text, ",", "."), whatever the reader's locale, and accepted
// only when the text is exactly how that value is written the Vietnamese way (1.234,5 or
// 1234,5), re-rendered with FIXED and the locale's own separators swapped back: so "87.5",
// "920,000" or "12.3456.789", which the check refuses, never grade in the sheet either. What the
// sheet cannot read it leaves ungraded (the check still grades it): never a different grade.
// Functions: Excel 2013+ for NUMBERVALUE and UNICHAR; no LET, LAMBDA or dynamic arrays.
import { TARGET_LEXICON } from "../targets/target-lexicon";
import { letter, type ColumnKey } from "./columns";

/** The forms, as the thousands of a code. */
export const FORM = { number: 0, floor: 1, ceiling: 2, about: 3, range: 4 } as const;
const RANGE_CODE = FORM.range * 1000;

export type TargetCellKey = "plan" | "periodTarget";

/** The helper columns of one target cell. */
export const TARGET_HELPERS: Readonly<Record<TargetCellKey, {
  readonly text: ColumnKey; readonly code: ColumnKey;
  readonly lowText: ColumnKey; readonly highText: ColumnKey;
  readonly low: ColumnKey; readonly high: ColumnKey;
}>> = {
  plan: { text: "planText", code: "planCode", lowText: "planLowText", highText: "planHighText", low: "planLow", high: "planHigh" },
  periodTarget: { text: "targetText", code: "targetCode", lowText: "targetLowText", highText: "targetHighText", low: "targetLow", high: "targetHigh" },
};

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const array = (xs: readonly (string | number)[]): string => `{${xs.map((x) => (typeof x === "number" ? String(x) : q(x))).join(",")}}`;

/**
 * The qualifier words with their codes, floors then ceilings then "about", each list longest
 * first, as read-target tries them. No word of one list starts a word of another (a unit test
 * says so), and none starts with a digit, so the largest code that matches is the check's reading.
 */
const QUALIFIER_WORDS: readonly (readonly [string, number])[] = (
  [
    [TARGET_LEXICON.floor.prefixes, FORM.floor],
    [TARGET_LEXICON.ceiling.prefixes, FORM.ceiling],
    [TARGET_LEXICON.about.prefixes, FORM.about],
  ] as const
).flatMap(([words, form]) => words.map((w) => [w, form * 1000 + w.length] as const));

const ref = (key: ColumnKey, row: number): string => `${letter(key)}${row}`;

/** text: the cell's text as the parser sees it; "" for a number, a blank, an error or a logical. */
export function targetTextFormula(cell: TargetCellKey, row: number): string {
  const c = ref(cell, row);
  return `=IF(ISTEXT(${c}),LOWER(TRIM(SUBSTITUTE(${c},UNICHAR(160)," "))),"")`;
}

/** The length of the range opener ("từ ") that starts a text, or 0. */
const openerLength = (t: string): string =>
  TARGET_LEXICON.range.openers.reduceRight(
    (rest, w) => `IF(LEFT(${t},${w.length + 1})=${q(`${w} `)},${w.length + 1},${rest})`,
    "0",
  );

/** The position of the first range separator in a text (past its end when there is none). */
const separatorAt = (t: string): string => {
  const seps = TARGET_LEXICON.range.separators;
  return `SUMPRODUCT(MIN(FIND(${array(seps)},${t}&${q(seps.join(""))})))`;
};

/** The length of the separator at a position (the lexicon's words, longest first). */
const separatorLength = (t: string, at: string): string =>
  [...TARGET_LEXICON.range.separators]
    .filter((w) => w.length > 1)
    .sort((a, b) => b.length - a.length)
    .reduceRight((rest, w) => `IF(MID(${t},${at},${w.length})=${q(w)},${w.length},${rest})`, "1");

/**
 * code: a qualifier's form × 1000 + its length; a range (a digit first, after the opener, and a
 * separator after it) 4000 + where its separator is; 0 for anything else, read as a plain number.
 */
export function targetCodeFormula(cell: TargetCellKey, row: number): string {
  const h = TARGET_HELPERS[cell];
  const t = ref(h.text, row);
  const qualifier = `SUMPRODUCT(MAX(${array(QUALIFIER_WORDS.map(([, code]) => code))}*(LEFT(${t},${array(QUALIFIER_WORDS.map(([w]) => w.length))})=${array(QUALIFIER_WORDS.map(([w]) => w))})))`;
  const o = openerLength(t);
  const p = separatorAt(t);
  const range = `IF(AND(${p}>${o}+1,${p}<=LEN(${t}),ISNUMBER(FIND(MID(${t},${o}+1,1),"0123456789"))),${RANGE_CODE}+${p},0)`;
  return `=IF(ISNUMBER(${ref(cell, row)}),0,IF(${t}="","",${qualifier}+${range}))`;
}

/** A number text trimmed, its one trailing "%" dropped; "?" when a "%" sits anywhere else. */
const numberText = (x: string): string =>
  `IF(ISNUMBER(FIND("%",LEFT(${x},LEN(${x})-1))),"?",TRIM(SUBSTITUTE(${x},"%","")))`;

/** low text: the number after a qualifier, the range's left number, or the whole text. */
export function targetLowTextFormula(cell: TargetCellKey, row: number): string {
  const h = TARGET_HELPERS[cell];
  const t = ref(h.text, row);
  const k = ref(h.code, row);
  const o = openerLength(t);
  const part = `TRIM(IF(${k}>=${RANGE_CODE},MID(${t},${o}+1,${k}-${RANGE_CODE}-${o}-1),IF(${k}>=1000,MID(${t},MOD(${k},1000)+1,999),${t})))`;
  // A number cell (code 0, no text) and nothing to read (code "") have no low text.
  return `=IF(OR(${k}="",ISNUMBER(${ref(cell, row)})),"",${numberText(part)})`;
}

/** high text: a range's right number (it must start with a digit, as in the check); else "". */
export function targetHighTextFormula(cell: TargetCellKey, row: number): string {
  const h = TARGET_HELPERS[cell];
  const t = ref(h.text, row);
  const k = ref(h.code, row);
  const p = `(${k}-${RANGE_CODE})`;
  const right = `TRIM(MID(${t},${p}+${separatorLength(t, p)},999))`;
  return `=IF(${k}="","",IF(${k}<${RANGE_CODE},"",IF(ISNUMBER(FIND(LEFT(${right},1),"0123456789")),${numberText(right)},"?")))`;
}

/**
 * A number text's value when it is written exactly the Vietnamese way (grouped "1.234,5" or
 * not "1234,5"), else "". "920,000" (three decimals, no dot, 1 ≤ |x| < 1000) is refused as the
 * check refuses it: English thousands or Vietnamese 920, never guessed.
 */
export function vietnameseNumberExpr(u: string): string {
  const v = `NUMBERVALUE(${u},",",".")`;
  const k = `LEN(MID(${u},FIND(",",${u}&",")+1,99))`;
  // The reader's own separators, from what FIXED writes for ½ and a thousand.
  const dec = `MID(FIXED(0.5,1,TRUE),2,1)`;
  const grp = `MID(FIXED(1000,0,FALSE),2,1)`;
  const plain = `SUBSTITUTE(FIXED(${v},${k},TRUE),${dec},",")`;
  const grouped = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(FIXED(${v},${k},FALSE),${grp},"_"),${dec},","),"_",".")`;
  return `IFERROR(IF(AND(OR(${u}=${plain},${u}=${grouped}),OR(${k}<>3,ABS(${v})<1,ABS(${v})>=1000)),${v},""),"")`;
}

/** low: the number cell itself, or the low text read. */
export function targetLowFormula(cell: TargetCellKey, row: number): string {
  const h = TARGET_HELPERS[cell];
  const c = ref(cell, row);
  return `=IF(ISNUMBER(${c}),${c},${vietnameseNumberExpr(ref(h.lowText, row))})`;
}

/** high: a range's right number read; for every other form the low. */
export function targetHighFormula(cell: TargetCellKey, row: number): string {
  const h = TARGET_HELPERS[cell];
  const k = ref(h.code, row);
  return `=IF(ISNUMBER(${k}),IF(${k}>=${RANGE_CODE},${vietnameseNumberExpr(ref(h.highText, row))},${ref(h.low, row)}),"")`;
}

/** The six helper formulas of a target cell, by column. */
export function targetHelperFormulas(cell: TargetCellKey, row: number): readonly (readonly [ColumnKey, string])[] {
  const h = TARGET_HELPERS[cell];
  return [
    [h.text, targetTextFormula(cell, row)],
    [h.code, targetCodeFormula(cell, row)],
    [h.lowText, targetLowTextFormula(cell, row)],
    [h.highText, targetHighTextFormula(cell, row)],
    [h.low, targetLowFormula(cell, row)],
    [h.high, targetHighFormula(cell, row)],
  ];
}
