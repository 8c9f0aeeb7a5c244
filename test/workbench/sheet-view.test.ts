// What the workbench grid draws of a sheet: the text Excel would show (number formats and dates
// in the workbook's regional format, formula results that are errors or empty), conditional
// fills, and merged areas as one cell. Before, "% kế hoạch năm" showed "[object Object]" and a
// report date 43910.
import { createHost } from "../host";
import { gridView } from "./sheet-view";

test("the grid shows formatted numbers, dates, formula results and conditional fills, and merges as one cell", async () => {
  const host = await createHost({ displayLanguage: "vi-VN" });
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.getRange("A1:C1").values = [["BÁO CÁO", "", ""]];
    ws.getRange("A1:C1").merge();
    const figures = ws.getRange("A2:E2");
    figures.formulas = [[43910, 950000, "=B2/1000000", "=B2/0", '=IF(B2>1,"","x")']];
    figures.numberFormat = [["dd/mm/yyyy", "#,##0", "0.0%", "General", "General"]];
    const cf = ws.getRange("B2").conditionalFormats.add(host.Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = "=B2>900000";
    cf.custom.format.fill.color = "#F8CBAD";
    cf.custom.format.font.color = "#833C0B";
    await context.sync();
  });
  const ws = host.workbook.worksheets[0]!;
  const view = gridView(host, ws);
  const row1 = view.rows.find((r) => r.row === 1)!.cells;
  const row2 = view.rows.find((r) => r.row === 2)!.cells;
  expect(row1[0]).toMatchObject({ address: "A1", text: "BÁO CÁO", span: { rows: 1, columns: 3 } });
  expect(row1.map((c) => c.address).slice(0, 2)).toEqual(["A1", "D1"]);
  expect(row2.slice(0, 5).map((c) => c.text)).toEqual(["20/03/2020", "950.000", "95,0%", "#DIV/0!", ""]);
  expect(row2[1]).toMatchObject({ fill: "#F8CBAD", fontColor: "#833C0B" });
  expect(row2[0]!.fill).toBeNull();
});
