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

/** The forms, as the millions of a code (FORM_UNIT). */
export const FORM = { number: 0, floor: 1, ceiling: 2, about: 3, range: 4 } as const;
export const FORM_UNIT = 1e6;
const RANGE_CODE = FORM.range * FORM_UNIT;
/** Positions in a code are below a thousand: longer texts are not read. */
const MAX_TEXT = 999;

export type TargetCellKey = "plan" | "periodTarget";

/** The helper columns of one target cell. */
export const TARGET_HELPERS: Readonly<Record<TargetCellKey, {
  readonly text: ColumnKey; readonly word: ColumnKey; readonly code: ColumnKey;
  readonly lowText: ColumnKey; readonly highText: ColumnKey;
  readonly low: ColumnKey; readonly high: ColumnKey;
}>> = {
  plan: { text: "planText", word: "planWord", code: "planCode", lowText: "planLowText", highText: "planHighText", low: "planLow", high: "planHigh" },
  periodTarget: { text: "targetText", word: "targetWord", code: "targetCode", lowText: "targetLowText", highText: "targetHighText", low: "targetLow", high: "targetHigh" },
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
).flatMap(([words, form]) => words.map((w) => [w, form * FORM_UNIT + w.length] as const));

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

/** word: the qualifier that starts the text, form × 1E6 + its length, the longest of the lexicon's; 0 for none. */
export function targetWordFormula(cell: TargetCellKey, row: number): string {
  const t = ref(TARGET_HELPERS[cell].text, row);
  const codes = array(QUALIFIER_WORDS.map(([, code]) => code));
  const lengths = array(QUALIFIER_WORDS.map(([w]) => w.length));
  const words = array(QUALIFIER_WORDS.map(([w]) => w));
  return `=IF(${t}="",0,SUMPRODUCT(MAX(${codes}*(LEFT(${t},${lengths})=${words}))))`;
}

/**
 * code: a range when, after the qualifier (or "từ"), a digit starts two numbers around a
 * separator ("Khoảng 33-34" is the range itself, as in the check): 4E6 + the separator's position
 * × 1000 + where the number starts; else the qualifier's word code; 0 for a plain number.
 */
export function targetCodeFormula(cell: TargetCellKey, row: number): string {
  const h = TARGET_HELPERS[cell];
  const t = ref(h.text, row);
  const w = ref(h.word, row);
  const o = `IF(${w}>0,MOD(${w},1000),${openerLength(t)})`;
  const p = separatorAt(t, `${o}+1`);
  const digitFirst = `ISNUMBER(FIND(LEFT(TRIM(MID(${t},${o}+1,${MAX_TEXT}))&"_",1),"0123456789"))`;
  const range = `AND(${p}<=LEN(${t}),${digitFirst})`;
  return `=IF(ISNUMBER(${ref(cell, row)}),0,IF(OR(${t}="",LEN(${t})>${MAX_TEXT}),"",IF(${range},${RANGE_CODE}+${p}*1000+${o},${w})))`;
}

/** A number text trimmed, its one trailing "%" dropped; "?" when a "%" sits anywhere else. */
const numberText = (x: string): string =>
  `IF(ISNUMBER(FIND("%",LEFT(${x},LEN(${x})-1))),"?",TRIM(SUBSTITUTE(${x},"%","")))`;

/** low text: the number after a qualifier, the range's left number, or the whole text. */
export function targetLowTextFormula(cell: TargetCellKey, row: number): string {
  const h = TARGET_HELPERS[cell];
  const t = ref(h.text, row);
  const k = ref(h.code, row);
  const o = `MOD(${k},1000)`;
  const p = `INT(MOD(${k},${FORM_UNIT})/1000)`;
  const part = `TRIM(IF(${k}>=${RANGE_CODE},MID(${t},${o}+1,${p}-${o}-1),MID(${t},${o}+1,${MAX_TEXT})))`;
  // A number cell (code 0, no text) and nothing to read (code "") have no low text.
  return `=IF(OR(${k}="",ISNUMBER(${ref(cell, row)})),"",${numberText(part)})`;
}

/** high text: a range's right number (it must start with a digit, as in the check); else "". */
export function targetHighTextFormula(cell: TargetCellKey, row: number): string {
  const h = TARGET_HELPERS[cell];
  const t = ref(h.text, row);
  const k = ref(h.code, row);
  const p = `INT(MOD(${k},${FORM_UNIT})/1000)`;
  const right = `TRIM(MID(${t},${p}+${separatorLength(t, p)},${MAX_TEXT}))`;
  return `=IF(${k}="","",IF(${k}<${RANGE_CODE},"",IF(ISNUMBER(FIND(LEFT(${right}&"_",1),"0123456789")),${numberText(right)},"?")))`;
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

/** The seven helper formulas of a target cell, by column. */
export function targetHelperFormulas(cell: TargetCellKey, row: number): readonly (readonly [ColumnKey, string])[] {
  const h = TARGET_HELPERS[cell];
  return [
    [h.text, targetTextFormula(cell, row)],
    [h.word, targetWordFormula(cell, row)],
    [h.code, targetCodeFormula(cell, row)],
    [h.lowText, targetLowTextFormula(cell, row)],
    [h.highText, targetHighTextFormula(cell, row)],
    [h.low, targetLowFormula(cell, row)],
    [h.high, targetHighFormula(cell, row)],
  ];
}
