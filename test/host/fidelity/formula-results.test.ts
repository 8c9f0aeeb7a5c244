// Formula results as Excel computes them, through Range.values
// (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member:
// "the raw values of the specified range"; a formula cell's value is its result).
import { createHost } from "../index";
import { numberValue } from "../engine/calc";

async function results(inputs: (string | number)[], formulas: string[]): Promise<unknown[]> {
  const host = await createHost({ displayLanguage: "en-US" });
  let out: unknown[] = [];
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    if (inputs.length) ws.getRangeByIndexes(0, 0, 1, inputs.length).values = [inputs];
    const range = ws.getRangeByIndexes(1, 0, 1, formulas.length);
    range.formulas = [formulas];
    range.load("values");
    await context.sync();
    out = range.values[0]!;
  });
  return out;
}

// An empty text and FALSE are results like any other: ExcelJS drops them from a cell's cached result.
test('a formula whose result is "" or FALSE reads back as "" and false, not 0', async () => {
  expect(await results([5], ['=IF(A1>9,"big","")', "=A1>9", "=AND(A1>0,A1<3)", "=NOT(TRUE)", "=FALSE"])).toEqual(["", false, false, false, false]);
});

// https://support.microsoft.com/office/int-function-a6c4af9e-356d-4369-ab6a-cb1fd9d343ef,
// https://support.microsoft.com/office/n-function-a624cad1-3635-4208-b54a-29733d1278c9,
// https://support.microsoft.com/office/sign-function-109c932d-fcdc-4023-91f1-2dd0e916a1d8
test("INT, N and SIGN, used by the add-in's own sheet formulas, evaluate", async () => {
  expect(await results([-7.5, "text", 3], ["=INT(A1)", "=N(B1)", "=N(C1)", "=SIGN(A1)", "=SIGN(0)", "=1E9+1", "=1E-6*2"])).toEqual([-8, 0, 3, -1, 0, 1000000001, 0.000002]);
});

// The text functions the sheet's target formulas parse with:
// https://support.microsoft.com/office/numbervalue-function-1b05c8cf-2bfa-4437-af70-596c7ea7d879,
// https://support.microsoft.com/office/search-function-9ab04538-0e55-4719-a72e-b6f54513b495,
// https://support.microsoft.com/office/mid-midb-functions-d5f9e25c-d7d6-472e-b568-4ecb12433028
test("NUMBERVALUE, SEARCH, MID, SUBSTITUTE, LEFT, VALUE and ISERROR evaluate", async () => {
  expect(
    await results(["6,6-6,8", "1.234,5"], [
      '=NUMBERVALUE(B1,",",".")',
      '=SEARCH("-",A1)',
      '=MID(A1,SEARCH("-",A1)+1,9)',
      '=NUMBERVALUE(LEFT(A1,SEARCH("-",A1)-1),",")',
      '=SUBSTITUTE(A1,",",".")',
      '=ISERROR(SEARCH("x",A1))',
      '=VALUE("12")',
      '=NUMBERVALUE("5%")',
    ]),
  ).toEqual([1234.5, 4, "6,8", 6.6, "6.6-6.8", true, 12, 0.05]);
});

test("NUMBERVALUE reads separators as Excel documents, and refuses what it documents as #VALUE!", () => {
  expect(numberValue("2.500,27", ",", ".")).toBe(2500.27);
  expect(numberValue(" 3 . 5 % ", ".", ",")).toBeCloseTo(0.035);
  expect(numberValue("", ".", ",")).toBe(0);
  // "If a group separator occurs after the decimal separator, NUMBERVALUE returns #VALUE!";
  // so does a decimal separator used more than once.
  expect(numberValue("1,5.000", ",", ".")).toBeUndefined();
  expect(numberValue("1.5.0", ".", ",")).toBeUndefined();
});

test("an unknown function shows #NAME? and a division by zero #DIV/0!, never a crash", async () => {
  expect(await results([], ["=NOSUCHFUNCTION(1)", "=1/0"])).toEqual(["#NAME?", "#DIV/0!"]);
});
