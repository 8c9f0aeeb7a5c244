// Formula cells carry a computed result, as Excel's automatic calculation gives Range.values.
import { createHost } from "./index";

// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member (values of formula cells are their results)
test("formulas written by the add-in read back as computed values, errors included", async () => {
  const host = await createHost();
  let values: unknown[][] = [];
  let types: string[][] = [];
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.getRange("A1:B1").values = [[1234.5, 2]];
    const results = ws.getRange("C1:H1");
    results.formulas = [["=A1/B1", '=IF(B1=0,"",ROUND(A1/B1*100,1))', "=SUM(A1:B1)-1", "=A1/0", '=IFERROR(A1/0,"-")', '=AND(ISNUMBER(A1),A1>B1)']];
    results.load(["values", "valueTypes"]);
    await context.sync();
    values = results.values;
    types = results.valueTypes;
  });
  expect(values).toEqual([[617.25, 61725, 1235.5, "#DIV/0!", "-", true]]);
  expect(types).toEqual([["Double", "Double", "Double", "Error", "String", "Boolean"]]);
});

test("a user's edit recalculates dependent formulas", async () => {
  const host = await createHost();
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("A1:C1").formulas = [[10, 4, "=A1-B1"]];
    await context.sync();
  });
  await host.user.type("Trang_tính1", "B1", "7");
  let value: unknown;
  await host.Excel.run(async (context) => {
    const c1 = context.workbook.worksheets.getActiveWorksheet().getRange("C1");
    c1.load("values");
    await context.sync();
    value = c1.values[0]![0];
  });
  expect(value).toBe(3);
});

// https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculationmode-member (automatic calculation)
test("a file saved without cached results (as ExcelJS writes it) opens with its formulas calculated", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Số liệu");
  sheet.getCell("A1").value = 40;
  sheet.getCell("A2").value = 60;
  sheet.getCell("A3").value = { formula: "SUM(A1:A2)" } as never;
  const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  const host = await createHost({ workbook: bytes });
  let total: unknown;
  await host.Excel.run(async (context) => {
    const a3 = context.workbook.worksheets.getItem("Số liệu").getRange("A3");
    a3.load("values");
    await context.sync();
    total = a3.values[0]![0];
  });
  expect(total).toBe(100);
});
