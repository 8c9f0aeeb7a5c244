// Excel reads a string written through Range.values/formulas the way it reads typing: "1"
// becomes the number 1, "1/2" a date, "TRUE" a boolean, "#N/A" an error, "=…" a formula; and
// "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
// interprets this value as a formula" (Range.values, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member),
// as "@…" opens one (implicit intersection): "- Lưu: VT." would become a broken formula.
// ExcelJS (and so src/xlsx) stores the same string as text. For the two adapters to agree, a
// plan's text that Excel would convert is written while its cell is formatted as text ("@"),
// then the cell gets its planned format back: the stored type does not change with the format.

/** Only digits, signs, separators, %, currency, exponent, date and time marks: Excel may take it for a number or a date. */
const NUMBER_LIKE = /^[\s\d.,:/%+\-eE$€₫()]*\d[\s\d.,:/%+\-eE$€₫()]*$/;

export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@#]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  return NUMBER_LIKE.test(t);
}
