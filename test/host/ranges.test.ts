// Range geometry, selection, used range, hidden rows, borders, merge and clear.
import { createHost } from "./index";
import { storedCell } from "./stored";

// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getresizedrange-member(1)
test("derived ranges report Excel's addresses and indexes", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  let out: unknown[] = [];
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const base = ws.getRange("B3:C4");
    const resized = base.getResizedRange(2, 1);
    const offset = base.getOffsetRange(1, -1);
    const cell = base.getCell(1, 1);
    [resized, offset, cell].forEach((r) => r.load(["address", "rowIndex", "columnIndex", "rowCount", "columnCount"]));
    await context.sync();
    out = [resized, offset, cell].map((r) => [r.address, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]);
  });
  expect(out).toEqual([
    ["Sheet1!B3:D6", 2, 1, 4, 3],
    ["Sheet1!A4:B5", 3, 0, 2, 2],
    ["Sheet1!C4", 3, 2, 1, 1],
  ]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
test("range.select moves the selection the user sees; getSelectedRange reads the user's selection", async () => {
  const host = await createHost();
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("D7").select();
    await context.sync();
  });
  expect(host.user.selection()).toBe("Trang_tính1!D7");
  await host.user.select("Trang_tính1", "E2:F3");
  let address = "";
  await host.Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address");
    await context.sync();
    address = selected.address;
  });
  expect(address).toBe("Trang_tính1!E2:F3");
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)
test("the used range of an empty sheet is a null object; after writing it spans the written cells", async () => {
  const host = await createHost();
  let empty: boolean | undefined;
  let used = "";
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const before = ws.getUsedRangeOrNullObject(true);
    await context.sync();
    empty = before.isNullObject;
    ws.getRange("C2").values = [[1]];
    ws.getRange("E9").values = [["x"]];
    const after = ws.getUsedRangeOrNullObject(true);
    after.load("address");
    await context.sync();
    used = after.address;
  });
  expect(empty).toBe(true);
  expect(used).toBe("Trang_tính1!C2:E9");
});

// https://learn.microsoft.com/javascript/api/excel/excel.rangeborder
test("borders, hidden rows, merge and clear reach the stored cells", async () => {
  const host = await createHost();
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const table = ws.getRange("A1:B2");
    table.values = [["a", "b"], ["c", "d"]];
    table.format.borders.getItem("EdgeBottom").style = "Continuous";
    table.format.borders.getItem("InsideVertical").style = "Continuous";
    ws.getRange("5:6").rowHidden = true;
    ws.getRange("D1:F1").merge();
    ws.getRange("B2").clear("Contents");
    await context.sync();
  });
  const sheet = host.workbook.worksheets[0]!;
  expect(storedCell(host, 0, "A2").border?.bottom?.style).toBe("thin");
  expect(storedCell(host, 0, "A1").border?.right?.style).toBe("thin");
  expect(storedCell(host, 0, "A1").border?.bottom).toBeUndefined();
  expect(sheet.getRow(5).hidden && sheet.getRow(6).hidden).toBe(true);
  expect(storedCell(host, 0, "E1").isMerged).toBe(true);
  expect(storedCell(host, 0, "B2").value).toBeNull();
  expect(storedCell(host, 0, "A2").value).toBe("c");
});

// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins:
// "A range is limited to 5,000,000 cells for read operations." (RangeExceedsLimit, application-specific-api-error-handling)
test("reading more than 5,000,000 cells fails with RangeExceedsLimit; a whole column is within the limit", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  const read = (address: string): Promise<unknown> =>
    host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange(address);
      range.load("values");
      await context.sync();
      const values = range.values;
      return values.length;
    });
  await expect(read("A:E")).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  await expect(read("A:A")).resolves.toBeGreaterThan(0);
});
