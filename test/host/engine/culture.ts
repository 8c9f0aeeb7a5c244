// The workbook's regional format, as Excel uses it to read what is typed, to show numbers
// (Range.text), and for the *Local properties (numberFormatLocal, formulasLocal): the separators
// of Excel.CultureInfo (https://learn.microsoft.com/javascript/api/excel/excel.numberformatinfo)
// and its date order. Two cultures matter here: vi-VN (the clerks) and en-US.

export interface Culture {
  readonly name: string;
  /** NumberFormatInfo.numberDecimalSeparator. */
  readonly decimal: string;
  /** NumberFormatInfo.numberGroupSeparator. */
  readonly group: string;
  /** The list separator of formulas in formulasLocal (";" where the decimal separator is ","). */
  readonly list: string;
  readonly currency: string;
  readonly currencyAfter: boolean;
  /** Day/month order of dates typed as numbers separated by "/". */
  readonly dateOrder: "DMY" | "MDY";
  /** The number format Excel gives a cell when a date is typed into it. */
  readonly shortDate: string;
}

const EN_US: Culture = { name: "en-US", decimal: ".", group: ",", list: ",", currency: "$", currencyAfter: false, dateOrder: "MDY", shortDate: "m/d/yyyy" };
const VI_VN: Culture = { name: "vi-VN", decimal: ",", group: ".", list: ";", currency: "₫", currencyAfter: true, dateOrder: "DMY", shortDate: "dd/mm/yyyy" };

/** The culture of a language tag: vi-* is vi-VN; anything else reads as en-US. */
export const cultureOf = (tag: string): Culture => (tag.toLowerCase().startsWith("vi") ? VI_VN : EN_US);

/** Swaps "." and "," outside quoted text, as a number format code reads in a culture with a decimal comma. */
const swapSeparators = (code: string): string =>
  code
    .split(/("[^"]*"|\\.)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[.,]/g, (c) => (c === "." ? "," : "."))))
    .join("");

/** Range.numberFormatLocal from numberFormat ("#,##0.0" → "#.##0,0" in vi-VN). */
export const numberFormatToLocal = (code: string, culture: Culture): string => (culture.decimal === "," ? swapSeparators(code) : code);
/** Range.numberFormat from numberFormatLocal. */
export const numberFormatFromLocal = (code: string, culture: Culture): string => (culture.decimal === "," ? swapSeparators(code) : code);

/** Rewrites the separators of a formula outside string literals: `,` ↔ list, `.` ↔ decimal in numbers. */
const mapFormula = (formula: string, list: [string, string], decimal: [string, string]): string =>
  formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = "";
      for (let k = 0; k < part.length; k++) {
        const c = part[k]!;
        const inNumber = /\d/.test(part[k - 1] ?? "") && /\d/.test(part[k + 1] ?? "") && !/[A-Za-z$]/.test(leadingWord(part, k));
        if (c === decimal[0] && inNumber) out += decimal[1];
        else if (c === list[0]) out += list[1];
        else out += c;
      }
      return out;
    })
    .join("");

/** The run of letters, digits and $ just before index k (to tell "1.5" from a sheet or cell name). */
const leadingWord = (text: string, k: number): string => {
  let j = k - 1;
  while (j >= 0 && /[\w$]/.test(text[j]!)) j--;
  return text.slice(j + 1, k).replace(/\d+$/, "");
};

/** Range.formulasLocal from formulas: "=ROUND(A1,2)+1.5" → "=ROUND(A1;2)+1,5" in vi-VN (function names stay English there). */
export const formulaToLocal = (formula: string, culture: Culture): string =>
  culture.list === "," ? formula : mapFormula(formula, [",", culture.list], [".", culture.decimal]);
/** Range.formulas from formulasLocal. */
export const formulaFromLocal = (formula: string, culture: Culture): string =>
  culture.list === "," ? formula : mapFormula(formula, [culture.list, ","], [culture.decimal, "."]);
