// Entries as Excel reads them, in the workbook's regional format, and the *Local properties:
// - Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
//   Excel interprets this value as a formula" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
// - the culture's separators (https://learn.microsoft.com/javascript/api/excel/excel.numberformatinfo);
// - numberFormatLocal: "based on the language settings of the user"
//   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformatlocal-member);
// - formulasLocal: "in the user's language and number-formatting locale. For example, the English
//   "=SUM(A1, 1.5)" formula would become "=SUMME(A1; 1,5)" in German"
//   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulaslocal-member);
// - text: the values as shown (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member).
import { createHost } from "../index";

async function written(locale: string, entries: string[]): Promise<{ values: unknown[]; formats: unknown[]; text: string[] }> {
  const host = await createHost({ displayLanguage: locale });
  let out = { values: [] as unknown[], formats: [] as unknown[], text: [] as string[] };
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, entries.length);
    range.values = [entries];
    range.load(["values", "numberFormat", "text"]);
    await context.sync();
    out = { values: range.values[0]!, formats: range.numberFormat[0]!, text: range.text[0]! };
  });
  return out;
}

test("strings written through values are converted as Excel converts an entry (en-US)", async () => {
  const r = await written("en-US", ["2020-03-20", "1,000", "$120", "(5)", "+1", "-1", "5%", "TRUE", "950.000", "3/20/2020", "-", "A.1", "1,00", "'0123"]);
  expect(r.values).toEqual([43910, 1000, 120, -5, 1, -1, 0.05, true, 950, 43910, "-", "A.1", "1,00", "0123"]);
  expect(r.text).toEqual(["2020-03-20", "1,000", "$120", "-5", "1", "-1", "5%", "TRUE", "950", "3/20/2020", "-", "A.1", "1,00", "0123"]);
});

test('"950.000" is 950000 in a vi-VN workbook and 950 in en-US; "87,5" is 87.5 in vi-VN only', async () => {
  const vi = await written("vi-VN", ["950.000", "87,5", "1.234.567,5", "20/03/2020", "120 ₫", "1.5"]);
  expect(vi.values).toEqual([950000, 87.5, 1234567.5, 43910, 120, "1.5"]);
  expect(vi.text).toEqual(["950.000", "87,5", "1.234.567,50", "20/03/2020", "120 ₫", "1.5"]);
  const en = await written("en-US", ["950.000", "87,5"]);
  expect(en.values).toEqual([950, "87,5"]);
});

test("the user's typing is read the same way, and a cell formatted as text keeps what was typed", async () => {
  const host = await createHost({ displayLanguage: "vi-VN" });
  const sheet = host.workbook.worksheets[0]!.name;
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("B1").numberFormat = [["@"]];
    await context.sync();
  });
  await host.user.type(sheet, "A1", "950.000");
  await host.user.type(sheet, "B1", "950.000");
  let values: unknown[] = [];
  await host.Excel.run(async (context) => {
    const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
    r.load("values");
    await context.sync();
    values = r.values[0]!;
  });
  expect(values).toEqual([950000, "950.000"]);
});

test("numberFormatLocal, formulasLocal and text follow the culture; the locale forms can be written too", async () => {
  const host = await createHost({ displayLanguage: "vi-VN" });
  let read = { local: [] as unknown[], formulas: [] as unknown[], formulasLocal: [] as unknown[], text: [] as string[] };
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const r = ws.getRange("A1:C1");
    r.values = [[1234.5, 0.875, 43910]];
    r.numberFormat = [["#,##0.0#", "0.0%", "dd/mm/yyyy"]];
    ws.getRange("D1").formulasLocal = [["=ROUND(A1;1)+1,5"]];
    const all = ws.getRange("A1:D1");
    all.load(["numberFormatLocal", "formulas", "formulasLocal", "text"]);
    await context.sync();
    read = { local: all.numberFormatLocal[0]!, formulas: all.formulas[0]!, formulasLocal: all.formulasLocal[0]!, text: all.text[0]! };
  });
  expect(read.local.slice(0, 3)).toEqual(["#.##0,0#", "0,0%", "dd/mm/yyyy"]);
  expect(read.formulas[3]).toBe("=ROUND(A1,1)+1.5");
  expect(read.formulasLocal[3]).toBe("=ROUND(A1;1)+1,5");
  expect(read.text).toEqual(["1.234,5", "87,5%", "20/03/2020", "1236"]);
});
