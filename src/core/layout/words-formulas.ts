// A qualitative indicator's result written as words ("Xuất siêu", "Hoàn thành"), graded in the
// sheet as rules/assess.ts's qualitativeGrade does: a word of the lexicon's or the template's
// `exceeding` list is Vượt; of the `met` list, `accepted`, or the target's own text, Đạt; other
// words, where there is a target to grade against, are the check's qualitative-unknown error.
// Without a target, words are accepted and graded nothing. A text with a digit is left to the
// figure helpers (it may be a figure, or English-style "87.5", which the check refuses), so the
// sheet never accepts as words what the check calls an error.
import type { IndicatorDef, Lang } from "../indicator";
import { TARGET_LEXICON } from "../targets/target-lexicon";
import { letter, type ColumnKey } from "./columns";
import { gradeWord } from "./labels";

const ref = (key: ColumnKey, row: number): string => `${letter(key)}${row}`;
const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const lower = (s: string): string => s.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
const tidy = (c: string): string => `LOWER(TRIM(SUBSTITUTE(${c},UNICHAR(160)," ")))`;
const anyOf = (x: string, words: readonly string[]): string =>
  words.length === 0 ? "FALSE" : `SUMPRODUCT(--(${x}={${[...new Set(words.map(lower))].map(q).join(",")}}))>0`;

/** The words helper's codes: what the text in Thực hiện is, as words. */
export const WORDS = { none: 0, ungraded: 1, met: 2, exceeded: 3, unknown: 4 } as const;

/** The words helper of a qualitative row: WORDS.none for no words (a number, a blank, a text with a digit). */
export function wordsFormula(ind: IndicatorDef, row: number): string {
  const i = ref("actual", row);
  const w = tidy(i);
  const text = (key: ColumnKey): string => `IF(ISTEXT(${ref(key, row)}),${tidy(ref(key, row))},"")`;
  const exceeded = anyOf(w, [...TARGET_LEXICON.qualitative.exceeded, ...(ind.exceeding ?? [])]);
  const met = `OR(${anyOf(w, [...TARGET_LEXICON.qualitative.met, ...(ind.accepted ?? [])])},${w}=${text("plan")},${w}=${text("periodTarget")})`;
  // Something to grade against: a target that grades, or a target cell's own text.
  const against = `OR(ISNUMBER(${ref("gradeTarget", row)}),ISTEXT(${ref("plan", row)}),ISTEXT(${ref("periodTarget", row)}))`;
  const digitless = `SUMPRODUCT(--ISNUMBER(FIND({0,1,2,3,4,5,6,7,8,9},${i})))=0`;
  const graded = `IF(${exceeded},${WORDS.exceeded},IF(${met},${WORDS.met},${WORDS.unknown}))`;
  return `=IF(AND(ISTEXT(${i}),${digitless}),IF(${against},${graded},${WORDS.ungraded}),${WORDS.none})`;
}

/** Đánh giá of a qualitative row: by its words while Thực hiện is words, else the figure's formula. */
export function wordsGradeFormula(row: number, lang: Lang, figureGrade: string): string {
  const i = ref("actual", row);
  const w = ref("actualWords", row);
  const byWords = `IF(${w}=${WORDS.exceeded},${q(gradeWord("exceeded", lang))},IF(${w}=${WORDS.met},${q(gradeWord("met", lang))},""))`;
  return `=IF(AND(ISTEXT(${i}),NOT(ISNUMBER(${ref("actualValue", row)}))),${byWords},${figureGrade.replace(/^=/, "")})`;
}
