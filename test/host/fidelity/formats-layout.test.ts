// The formatting and layout members the add-in's plan applies (src/excel/apply-plan.ts,
// apply-sheet-rules.ts, plan-bands.ts), each as its reference page says.
import { createHost } from "../index";

type H = Awaited<ReturnType<typeof createHost>>;
const run = async <T>(f: (context: Excel.RequestContext, host: H) => Promise<T>, level?: string): Promise<T> => {
  const host = await createHost({ displayLanguage: "en-US", ...(level ? { apiLevel: level } : {}) });
  return host.Excel.run((context) => f(context, host));
};

// https://learn.microsoft.com/javascript/api/excel/excel.rangefont, .../excel.rangefill#excel-excel-rangefill-color-member
// ("#RRGGBB"), .../excel.rangeformat (horizontalAlignment, verticalAlignment, wrapText, columnWidth and rowHeight in points).
test("font, fill, alignment, wrapping, column width and row height read back as set", async () => {
  const out = await run(async (context, host) => {
    const format = context.workbook.worksheets.getActiveWorksheet().getRange("B2").format;
    const font = format.font;
    const fill = format.fill;
    font.name = "Times New Roman";
    font.size = 13;
    font.bold = true;
    font.color = "#9C0006";
    fill.color = "#FFC7CE";
    format.horizontalAlignment = host.Excel.HorizontalAlignment.center;
    format.verticalAlignment = host.Excel.VerticalAlignment.center;
    format.wrapText = true;
    format.columnWidth = 120;
    format.rowHeight = 30;
    font.load("name,size,bold,color");
    fill.load("color");
    format.load("horizontalAlignment,verticalAlignment,wrapText,rowHeight");
    await context.sync();
    return [font.name, font.size, font.bold, font.color, fill.color, format.horizontalAlignment, format.verticalAlignment, format.wrapText, format.rowHeight];
  });
  expect(out).toEqual(["Times New Roman", 13, true, "#9C0006", "#FFC7CE", "Center", "Center", true, 30]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.rangeborder (style, color of one edge, by
// RangeBorderCollection.getItem(index)).
test("a border edge reads back with its style and colour", async () => {
  const out = await run(async (context, host) => {
    const edge = context.workbook.worksheets.getActiveWorksheet().getRange("B2:C3").format.borders.getItem(host.Excel.BorderIndex.edgeBottom);
    edge.style = host.Excel.BorderLineStyle.continuous;
    edge.color = "#000000";
    edge.load("style,color");
    await context.sync();
    return [edge.style, edge.color];
  });
  expect(out).toEqual(["Continuous", "#000000"]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1) (the
// merged area is one cell: its value is the top-left cell's) and #excel-excel-range-unmerge-member(1).
test("merge keeps the top-left value; unmerge splits the area again", async () => {
  const out = await run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.getRange("A1").values = [["BÁO CÁO"]];
    ws.getRange("A1:C1").merge();
    const merged = ws.getRange("A1:C1");
    merged.load("values");
    await context.sync();
    const before = merged.values[0];
    ws.getRange("A1:C1").unmerge();
    ws.getRange("B1").values = [["x"]];
    const after = ws.getRange("A1:C1");
    after.load("values");
    await context.sync();
    return [before, after.values[0]];
  });
  expect(out[0]![0]).toBe("BÁO CÁO");
  expect(out[1]).toEqual(["BÁO CÁO", "x", ""]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-protection-member
// (locked) with .../excel.worksheetprotection: a locked cell of a protected sheet refuses the add-in's write.
test("an unlocked cell of a protected sheet takes a write; a locked one refuses it with AccessDenied", async () => {
  const out = await run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.getRange("B2").format.protection.locked = false;
    ws.protection.protect();
    await context.sync();
    ws.getRange("B2").values = [[1]];
    const open = await context.sync().then(() => "written", (e: { code?: string }) => String(e.code));
    ws.getRange("C2").values = [[1]];
    const locked = await context.sync().then(() => "written", (e: { code?: string }) => String(e.code));
    return [open, locked];
  });
  expect(out).toEqual(["written", "AccessDenied"]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes (freezeRows, freezeAt,
// unfreeze, getLocationOrNullObject: "If nothing is frozen, returns a null object").
test("freeze panes: freezeRows and freezeAt report their location; unfreeze leaves a null object", async () => {
  const out = await run(async (context) => {
    const panes = context.workbook.worksheets.getActiveWorksheet().freezePanes;
    panes.freezeRows(10);
    const rows = panes.getLocationOrNullObject();
    rows.load("address");
    await context.sync();
    panes.unfreeze();
    panes.freezeAt(context.workbook.worksheets.getActiveWorksheet().getRange("A1:D10"));
    const both = panes.getLocationOrNullObject();
    both.load("address");
    await context.sync();
    panes.unfreeze();
    const none = panes.getLocationOrNullObject();
    none.load("address");
    await context.sync();
    return [rows.address, both.address, none.isNullObject];
  });
  expect(out).toEqual(["Sheet1!1:10", "Sheet1!A1:D10", true]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.pagelayout (ExcelApi 1.9: orientation, paperSize,
// margins in points, setPrintTitleRows, getPrintTitleRowsOrNullObject).
test("page layout: orientation, paper, margins and print title rows read back", async () => {
  const out = await run(async (context, host) => {
    const layout = context.workbook.worksheets.getActiveWorksheet().pageLayout;
    layout.orientation = host.Excel.PageOrientation.landscape;
    layout.paperSize = host.Excel.PaperType.a4;
    layout.topMargin = 56.7;
    layout.setPrintTitleRows("$10:$10");
    const titles = layout.getPrintTitleRowsOrNullObject();
    layout.load("orientation,paperSize,topMargin");
    titles.load("address");
    await context.sync();
    return [layout.orientation, layout.paperSize, layout.topMargin, titles.address];
  }, "1.9");
  expect(out).toEqual(["Landscape", "A4", 56.7, "Sheet1!10:10"]);
});
