// The worksheet and range members the add-in calls (src/excel: load-template, read-sheet, check,
// export-summary, review-store), each as its reference page says.
import { createHost } from "../index";

const run = async <T>(f: (context: Excel.RequestContext, host: Awaited<ReturnType<typeof createHost>>) => Promise<T>, level?: string): Promise<T> => {
  const host = await createHost({ displayLanguage: "en-US", ...(level ? { apiLevel: level } : {}) });
  return host.Excel.run((context) => f(context, host));
};

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)
// ("Gets a worksheet object using its name or ID"; a missing one is ItemNotFound) and
// #excel-excel-worksheetcollection-getitemornullobject-member(1) (isNullObject instead of a throw).
test("worksheets.getItem of a missing sheet fails with ItemNotFound; getItemOrNullObject gives isNullObject", async () => {
  const out = await run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Quý I-2020");
    const present = context.workbook.worksheets.getItemOrNullObject("sheet1"); // names are case-insensitive
    missing.load("name");
    present.load("name");
    await context.sync();
    const code = await (async () => {
      context.workbook.worksheets.getItem("Quý I-2020").load("name");
      return context.sync().then(() => "found", (e: { code?: string }) => String(e.code));
    })();
    return [missing.isNullObject, present.isNullObject, present.name, code];
  });
  expect(out).toEqual([true, false, "Sheet1", "ItemNotFound"]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)
// (a name already taken fails: ItemAlreadyExists), .../excel.worksheet#excel-excel-worksheet-activate-member(1).
test("worksheets.add with a name, a taken name refused; activate makes it the active sheet", async () => {
  const out = await run(async (context) => {
    const added = context.workbook.worksheets.add("Quý I-2020");
    added.activate();
    await context.sync();
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    context.workbook.worksheets.add("quý i-2020");
    const code = await context.sync().then(() => "added", (e: { code?: string }) => String(e.code));
    return [active.name, code];
  });
  expect(out).toEqual(["Quý I-2020", "ItemAlreadyExists"]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1):
// "If the worksheet is blank, this function will return a null object"; valuesOnly "considers only cells with values as used cells".
test("getUsedRangeOrNullObject: a null object on a blank sheet; valuesOnly ignores formatted empty cells", async () => {
  const out = await run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const blank = ws.getUsedRangeOrNullObject();
    blank.load("address");
    await context.sync();
    ws.getRange("B2:C3").values = [[1, 2], [3, ""]];
    ws.getRange("E9").format.fill.color = "#FFFF00";
    const values = ws.getUsedRangeOrNullObject(true);
    const all = ws.getUsedRangeOrNullObject();
    values.load("address");
    all.load("address");
    await context.sync();
    return [blank.isNullObject, values.address, all.address];
  });
  expect(out).toEqual([true, "Sheet1!B2:C3", "Sheet1!B2:E9"]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member (a single value
// sets every cell; a 2D array must match the range), #excel-excel-range-valuetypes-member, #excel-excel-range-address-member.
test("values: a 2D array must match the range's size; valueTypes names each cell's type; address is qualified", async () => {
  const out = await run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const r = ws.getRange("A1:D1");
    r.values = [[1, "text", true, "=1/0"]];
    r.load(["valueTypes", "address"]);
    await context.sync();
    ws.getRange("A2:B2").values = [[1, 2, 3]];
    const code = await context.sync().then(() => "written", (e: { code?: string }) => String(e.code));
    return [r.valueTypes[0], r.address, code];
  });
  expect(out).toEqual([["Double", "String", "Boolean", "Error"], "Sheet1!A1:D1", "InvalidArgument"]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-clear-member(1):
// "Formats" clears the formatting and keeps the values; "Contents" the values and keeps the formatting.
test('clear("Formats") keeps values, clear("Contents") keeps formats', async () => {
  const out = await run(async (context, host) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const a = ws.getRange("A1");
    const b = ws.getRange("B1");
    for (const r of [a, b]) {
      r.values = [[5]];
      r.format.font.bold = true;
    }
    a.clear(host.Excel.ClearApplyTo.formats);
    b.clear(host.Excel.ClearApplyTo.contents);
    a.load(["values", "format/font/bold"]);
    b.load(["values", "format/font/bold"]);
    await context.sync();
    return [a.values[0]![0], a.format.font.bold, b.values[0]![0], b.format.font.bold];
  });
  expect(out).toEqual([5, false, "", true]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1) and
// .../excel.workbook#excel-excel-workbook-getselectedrange-member(1).
test("Range.select moves the selection that getSelectedRange reports", async () => {
  const out = await run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("C7").select();
    const selected = context.workbook.getSelectedRange();
    selected.load("address");
    await context.sync();
    return selected.address;
  });
  expect(out).toBe("Sheet1!C7");
});
