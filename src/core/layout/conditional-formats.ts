// The conditional formats that colour problems in the Thực hiện cells, live, in Excel and in
// LibreOffice, with or without the add-in. Three rules over the whole column, each relative to
// its top-left cell, in a fixed precedence: error over shortfall over near, the first that
// holds wins (priority + stopIfTrue). Cells that are fine stay uncoloured.
import type { Lang } from "../indicator";
import type { ConditionalFormatPlan, Highlight } from "../sheet-plan";
import { rangeAddress } from "./a1";
import { col, letter } from "./columns";
import { gradeWord } from "./labels";
import { HIGHLIGHT_COLORS, HIGHLIGHT_PRECEDENCE } from "./palette";
import { WORDS } from "./words-formulas";

/**
 * Error: an Excel error value; text its row's helpers read no number from, but a qualitative
 * row's words the check accepts; a negative but of a decimal; a fraction where whole numbers are required (a blank number-type helper
 * means a whole count); a percent above 100; a broken
 * consistency rule (the helper column says so on the total's or the subset's row); a figure
 * off by over 1000 times (the absurd helper); a logical;
 * or empty while a target is set or the indicator is required. IF guards keep an error value
 * from reaching a comparison, which would make the whole rule an error (and so not apply).
 */
export function errorRuleFormula(row: number): string {
  const i = `${letter("actual")}${row}`;
  const h = (key: Parameters<typeof letter>[0]): string => `$${letter(key)}${row}`;
  const numberProblems = (x: string): string => [
    // A decimal may be negative (a growth rate of −4,13), as numberTypeRules says; no other type.
    `AND(${h("numberType")}<>"decimal",${x}<0)`,
    `AND(OR(${h("numberType")}="",${h("numberType")}="integer",${h("numberType")}="money"),${x}<>INT(${x}))`,
    `AND(${h("numberType")}="percent",${x}>100)`,
    `${h("consistency")}=TRUE`,
    `${h("absurd")}=TRUE`,
  ].join(",");
  const emptyProblems = [`NOT(ISBLANK(${i}))`, `${h("required")}=1`, `NOT(ISBLANK(${h("plan")}))`, `NOT(ISBLANK(${h("periodTarget")}))`].join(",");
  // Text is an error unless the row's figure helpers read a number from it (figure-formulas.ts:
  // "139.774 tỷ đồng", which the check reads with a warning); then that number is judged.
  // A qualitative row's words are no error unless the check finds none of them it knows (words-formulas.ts).
  const v = h("actualValue");
  const w = h("actualWords");
  const text = `IF(ISNUMBER(${v}),OR(${numberProblems(v)}),NOT(OR(${w}=${WORDS.ungraded},${w}=${WORDS.met},${w}=${WORDS.exceeded})))`;
  return `=IF(ISERROR(${i}),TRUE,IF(ISTEXT(${i}),${text},IF(ISNUMBER(${i}),OR(${numberProblems(i)}),OR(${emptyProblems}))))`;
}

/** Shortfall and near are exactly what the Đánh giá formula says. */
export const gradeRuleFormula = (row: number, word: string): string => `=$${letter("grade")}${row}="${word.replace(/"/g, '""')}"`;

export function planConditionalFormats(firstRow: number, lastRow: number, lang: Lang): readonly ConditionalFormatPlan[] {
  if (lastRow < firstRow) return [];
  const range = rangeAddress(col("actual"), firstRow, col("actual"), lastRow);
  const formula = (h: Highlight): string =>
    h === "error" ? errorRuleFormula(firstRow) : gradeRuleFormula(firstRow, gradeWord(h, lang));
  return HIGHLIGHT_PRECEDENCE.map((highlight, priority) => ({
    range,
    formula: formula(highlight),
    highlight,
    fill: HIGHLIGHT_COLORS[highlight].fill,
    fontColor: HIGHLIGHT_COLORS[highlight].font,
    priority,
    stopIfTrue: true,
  }));
}
