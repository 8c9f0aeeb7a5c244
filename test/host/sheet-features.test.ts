// Conditional formats, data validation with a typing user, protection, freeze panes and page layout,
// checked in the ExcelJS workbook behind the client.
import ExcelJS from "exceljs";
import { createHost, type Host } from "./index";
import { storedCell } from "./stored";

type Rule = { formulae?: string[]; priority?: number; stopIfTrue?: boolean; style?: { fill?: { bgColor?: { argb: string } }; font?: { color?: { argb: string } } } };
const rulesOf = (host: Host, sheet: string): { ref: string; rules: Rule[] }[] =>
  (host.workbook.getWorksheet(sheet) as unknown as { conditionalFormattings: { ref: string; rules: Rule[] }[] }).conditionalFormattings;

// Installed as globals, the way src/excel's tests use the host.
let host: Host;
beforeEach(async () => {
  host = await createHost();
  host.install();
});
afterEach(() => host.uninstall());

// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#custom-conditional-format
test("custom conditional formats keep formula, colours, priority and stopIfTrue", async () => {
  let loaded: { priority: number; stopIfTrue: boolean; formula: string }[] = [];
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("D5:D20");
    const shortfall = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    shortfall.custom.rule.formula = "=AND(ISNUMBER(D5),D5<E5)";
    shortfall.custom.format.fill.color = "#FFC7CE";
    shortfall.custom.format.font.color = "#9C0006";
    shortfall.stopIfTrue = true;
    const error = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    error.custom.rule.formula = "=ISERROR(D5)";
    error.custom.format.fill.color = "#FF0000";
    error.priority = 0;
    error.stopIfTrue = true;
    const formats = context.workbook.worksheets.getActiveWorksheet().getRange("D5:D20").conditionalFormats;
    formats.load("items/priority,items/stopIfTrue,items/custom/rule/formula");
    await context.sync();
    loaded = formats.items.map((f) => ({ priority: f.priority, stopIfTrue: f.stopIfTrue, formula: f.custom.rule.formula }));
  });
  expect(loaded).toEqual([
    { priority: 0, stopIfTrue: true, formula: "=ISERROR(D5)" },
    { priority: 1, stopIfTrue: true, formula: "=AND(ISNUMBER(D5),D5<E5)" },
  ]);
  const stored = rulesOf(host, "Trang_tính1").flatMap((e) => e.rules.map((r) => ({ ref: e.ref, ...r })));
  const shortfall = stored.find((r) => r.formulae?.[0] === "AND(ISNUMBER(D5),D5<E5)")!;
  expect(shortfall).toMatchObject({ ref: "D5:D20", priority: 2, stopIfTrue: true });
  expect(shortfall.style?.fill?.bgColor?.argb).toBe("FFFFC7CE");
  expect(shortfall.style?.font?.color?.argb).toBe("FF9C0006");
});

// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
test("a whole-number rule with a stop alert rejects a typed entry; a warning alert lets it in; paste bypasses both", async () => {
  await Excel.run(async (context) => {
    const strict = context.workbook.worksheets.getActiveWorksheet().getRange("B2:B4").dataValidation;
    strict.rule = { wholeNumber: { formula1: 0, operator: Excel.DataValidationOperator.greaterThanOrEqualTo } };
    strict.errorAlert = { showAlert: true, style: Excel.DataValidationAlertStyle.stop, title: "Sai", message: "Nhập số nguyên không âm" };
    const lenient = context.workbook.worksheets.getActiveWorksheet().getRange("C2:C4").dataValidation;
    lenient.rule = { decimal: { formula1: 0, operator: Excel.DataValidationOperator.greaterThanOrEqualTo } };
    lenient.errorAlert = { showAlert: true, style: Excel.DataValidationAlertStyle.warning, title: "Kiểm tra", message: "Số âm?" };
    await context.sync();
  });
  const rejected = await host.user.type("Trang_tính1", "B3", "-2");
  expect(rejected).toEqual({ accepted: false, alert: { style: "Stop", title: "Sai", message: "Nhập số nguyên không âm" } });
  expect(storedCell(host, 0, "B3").value).toBeNull();
  // A vi-VN workbook: the decimal separator is a comma.
  const warned = await host.user.type("Trang_tính1", "C3", "-1,5");
  expect(warned).toMatchObject({ accepted: true, alert: { style: "Warning" } });
  expect(storedCell(host, 0, "C3").value).toBe(-1.5);
  await host.user.paste("Trang_tính1", "B2", [[-7]]);
  expect(storedCell(host, 0, "B2").value).toBe(-7);
  let type = "";
  await Excel.run(async (context) => {
    const dv = context.workbook.worksheets.getActiveWorksheet().getRange("B2:B4").dataValidation;
    dv.load("type");
    await context.sync();
    type = dv.type;
  });
  expect(type).toBe("WholeNumber");
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1)
test("protect without a password, unlocked entry cells, freeze rows and page layout", async () => {
  let state = { protected: false, locked: true };
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const entry = ws.getRange("D5:D9");
    entry.format.protection.locked = false;
    ws.protection.protect();
    ws.freezePanes.freezeRows(4);
    ws.pageLayout.orientation = Excel.PageOrientation.landscape;
    ws.pageLayout.paperSize = Excel.PaperType.a4;
    ws.pageLayout.leftMargin = 36;
    ws.pageLayout.setPrintTitleRows("$1:$4");
    ws.protection.load("protected");
    entry.format.protection.load("locked");
    await context.sync();
    state = { protected: ws.protection.protected, locked: entry.format.protection.locked };
  });
  expect(state).toEqual({ protected: true, locked: false });
  const ws = host.workbook.worksheets[0]!;
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "1:4" });
  expect(ws.pageSetup.margins?.left).toBeCloseTo(0.5);
  expect(storedCell(host, 0, "D5").protection?.locked).toBe(false);
});

// https://learn.microsoft.com/javascript/api/excel/excel.headerfootergroup (ExcelApi 1.9)
test("headers and footers: page numbers from page 2 reach the saved file and read back by section", async () => {
  let read = { state: "", center: "", first: "", left: "" };
  await Excel.run(async (context) => {
    const group = context.workbook.worksheets.getActiveWorksheet().pageLayout.headersFooters;
    group.state = Excel.HeaderFooterState.firstAndDefault;
    group.defaultForAllPages.leftHeader = "Dự thảo";
    group.defaultForAllPages.centerHeader = "&P";
    group.firstPage.centerHeader = "";
    group.load("state");
    group.defaultForAllPages.load("centerHeader,leftHeader");
    group.firstPage.load("centerHeader");
    await context.sync();
    read = { state: group.state, center: group.defaultForAllPages.centerHeader, first: group.firstPage.centerHeader, left: group.defaultForAllPages.leftHeader };
  });
  expect(read).toEqual({ state: "FirstAndDefault", center: "&P", first: "", left: "Dự thảo" });
  const saved = await host.save();
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(saved as unknown as ExcelJS.Buffer);
  expect(reopened.worksheets[0]!.headerFooter).toMatchObject({ differentFirst: true, oddHeader: "&LDự thảo&C&P" });
  expect(reopened.worksheets[0]!.headerFooter.firstHeader ?? "").toBe("");
});

// https://learn.microsoft.com/javascript/api/excel/excel.namedItemcollection#excel-excel-nameditemcollection-add-member(1)
test("names and comments are stored in the workbook", async () => {
  let found = false;
  await Excel.run(async (context) => {
    context.workbook.names.add("Bang_chi_tieu", context.workbook.worksheets.getActiveWorksheet().getRange("A5:N40"));
    context.workbook.comments.add("Trang_tính1!D7", "Thấp hơn kế hoạch");
    const name = context.workbook.names.getItemOrNullObject("Bang_chi_tieu");
    await context.sync();
    found = !name.isNullObject;
  });
  expect(found).toBe(true);
  expect(storedCell(host, 0, "D7").note).toBe("Thấp hơn kế hoạch");
});

// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-comments#get-comments
test("a comment on an empty cell is listed by the comment collection, so a second check finds its own comment", async () => {
  let listed: string[] = [];
  await Excel.run(async (context) => {
    context.workbook.comments.add("Trang_tính1!I30", "Chưa nhập Thực hiện");
    await context.sync();
  });
  await Excel.run(async (context) => {
    const comments = context.workbook.comments;
    comments.load("items/content");
    await context.sync();
    listed = comments.items.map((c) => c.content);
  });
  expect(listed).toEqual(["Chưa nhập Thực hiện"]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.commentcollection#excel-excel-commentcollection-add-member(1):
// "If it's a string, it must contain the full address, including the sheet name. An InvalidArgument
// error is thrown if the provided range is larger than one cell."
test("a comment's cell must name its sheet and be one cell, or the add fails with InvalidArgument", async () => {
  const add = (address: string): Promise<void> =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().comments.add(address, "x");
      await context.sync();
    });
  await expect(add("D7")).rejects.toMatchObject({ code: "InvalidArgument" });
  await expect(add("Trang_tính1!D7:D8")).rejects.toMatchObject({ code: "InvalidArgument" });
  await add("Trang_tính1!D7");
  expect(storedCell(host, 0, "D7").note).toBe("x");
});

// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection
test("a protected sheet refuses edits of locked cells and formatting, from the add-in and the user; unlocked cells stay editable", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.getRange("B2:B4").format.protection.locked = false;
    ws.protection.protect();
    await context.sync();
  });
  const write = (address: string, apply: (range: Excel.Range) => void) =>
    Excel.run(async (context) => {
      apply(context.workbook.worksheets.getActiveWorksheet().getRange(address));
      await context.sync();
    });
  await expect(write("A1", (r) => void (r.values = [["khóa"]]))).rejects.toMatchObject({ code: "AccessDenied" });
  await expect(write("B2", (r) => void (r.format.fill.color = "#FF0000"))).rejects.toMatchObject({ code: "AccessDenied" });
  await write("B2", (r) => void (r.values = [[5]]));
  expect(storedCell(host, 0, "B2").value).toBe(5);
  expect(await host.user.type("Trang_tính1", "A1", "x")).toMatchObject({ accepted: false, alert: { style: "Stop" } });
  expect(await host.user.type("Trang_tính1", "B3", "7")).toEqual({ accepted: true });
  expect(await host.user.insertRows("Trang_tính1", 2)).toEqual({ accepted: false });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().protection.unprotect();
    await context.sync();
  });
  await write("A1", (r) => void (r.values = [["mở"]]));
  expect(storedCell(host, 0, "A1").value).toBe("mở");
});

// https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-clearall-member(1)
// https://learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-clear-member(1)
test("clearAll removes the range's conditional formats and clear removes its validation", async () => {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("C3:C8");
    range.conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula = "=C3<0";
    context.workbook.worksheets.getActiveWorksheet().getRange("C3:C8").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
    await context.sync();
    context.workbook.worksheets.getActiveWorksheet().getRange("C3:C8").conditionalFormats.clearAll();
    context.workbook.worksheets.getActiveWorksheet().getRange("C3:C8").dataValidation.clear();
    await context.sync();
  });
  expect(rulesOf(host, "Trang_tính1")).toEqual([]);
  expect(await host.user.type("Trang_tính1", "C4", "-3")).toEqual({ accepted: true });
});

// https://support.microsoft.com/office/insert-or-delete-cells-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246
// (Excel adjusts references when rows are inserted or deleted)
test("inserting and deleting rows moves values, formulas' references, conditional formats and validation", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.getRange("A1:C3").formulas = [[1, 2, "=A1+B1"], [3, 4, "=SUM(A1:A3)"], [5, 6, "=A3*B3"]];
    ws.getRange("A1:A3").conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula = "=A1>B1";
    context.workbook.worksheets.getActiveWorksheet().getRange("B2").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
    await context.sync();
  });
  expect(await host.user.insertRows("Trang_tính1", 2, 2)).toEqual({ accepted: true });
  let formulas: unknown[][] = [];
  let values: unknown[][] = [];
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("C1:C5");
    range.load(["formulas", "values"]);
    await context.sync();
    formulas = range.formulas;
    values = range.values;
  });
  expect(formulas).toEqual([["=A1+B1"], [""], [""], ["=SUM(A1:A5)"], ["=A5*B5"]]);
  expect(values).toEqual([[3], [""], [""], [9], [30]]);
  expect(rulesOf(host, "Trang_tính1")[0]).toMatchObject({ ref: "A1:A5", rules: [{ formulae: ["A1>B1"] }] });
  expect(await host.user.type("Trang_tính1", "B4", "-1")).toMatchObject({ accepted: false });
  await host.user.deleteRows("Trang_tính1", 1);
  let after: unknown[][] = [];
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("C3:C4");
    range.load("formulas");
    await context.sync();
    after = range.formulas;
  });
  expect(after).toEqual([["=SUM(A1:A4)"], ["=A4*B4"]]);
});
