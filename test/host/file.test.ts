// save() gives real .xlsx bytes: LibreOffice opens them, and a new host opened from them finds
// what the add-in stored (hidden and very hidden sheets, settings, conditional formats, validation).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createHost } from "./index";

jest.setTimeout(600_000);

const hasSoffice = (): boolean => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
};

// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets (add, write; the file a user keeps)
test("the saved workbook opens in LibreOffice with the values the add-in wrote", async () => {
  if (!hasSoffice()) throw new Error("LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui");
  const host = await createHost();
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.getRange("A1:C2").values = [["Mã", "Chỉ tiêu", "Kế hoạch"], ["I.1", "Thu ngân sách", 1250.5]];
    await context.sync();
  });
  const dir = mkdtempSync(join(tmpdir(), "host-file-"));
  try {
    writeFileSync(join(dir, "book.xlsx"), await host.save());
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir, join(dir, "book.xlsx")], { stdio: "ignore", timeout: 150_000 });
    const csv = readFileSync(join(dir, "book.csv"), "utf8");
    expect(csv).toContain("Thu ngân sách");
    expect(csv).toContain("1250.5");
    expect(csv.split("\n")[0]).toBe("Mã,Chỉ tiêu,Kế hoạch");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Office.js shows and takes formulas without the file's "_xlfn." prefix of functions newer than
// Excel 2007 (https://learn.microsoft.com/office/troubleshoot/excel/xlfn-appears-formula); the file
// must carry it, or LibreOffice and Excel read NUMBERVALUE as an unknown name (#NAME?).
test("a formula with NUMBERVALUE is saved with the file's _xlfn. prefix and reopens without it", async () => {
  const host = await createHost();
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").formulas = [['=NUMBERVALUE("1,5",",",".")*2', '=UNICHAR(65)&"B"']];
    await context.sync();
  });
  const bytes = await host.save();
  // The file as any spreadsheet reads it (a cached result would hide an unknown name: read the formula itself).
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const stored = (a: string) => (file.worksheets[0]!.getCell(a).value as ExcelJS.CellFormulaValue).formula;
  expect([stored("A1"), stored("B1")]).toEqual(['_xlfn.NUMBERVALUE("1,5",",",".")*2', '_xlfn.UNICHAR(65)&"B"']);
  const reopened = await createHost({ workbook: bytes });
  let formulas: unknown;
  await reopened.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
    range.load("formulas");
    await context.sync();
    formulas = range.formulas;
  });
  expect(formulas).toEqual([['=NUMBERVALUE("1,5",",",".")*2', '=UNICHAR(65)&"B"']]);
  // The host that saved keeps its formulas as Office.js shows them.
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
    range.load("formulas");
    await context.sync();
    expect(range.formulas).toEqual([['=NUMBERVALUE("1,5",",",".")*2']]);
  });
  host.uninstall();
  reopened.uninstall();
});

// https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility (Hidden, VeryHidden)
// https://learn.microsoft.com/javascript/api/office/office.settings (document settings: only saveAsync persists them)
test("hidden and very hidden sheets, settings, stopIfTrue and validation survive save and reopen", async () => {
  const first = await createHost();
  await first.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.add("Ẩn").visibility = "Hidden";
    const marks = sheets.add("_review");
    marks.getRange("A1:B1").values = [["D7", "Đã xem"]];
    marks.visibility = "VeryHidden";
    const cf = sheets.getItem("Trang_tính1").getRange("B2:B9").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=B2<0";
    cf.custom.format.fill.color = "#FFC7CE";
    cf.stopIfTrue = true;
    context.workbook.worksheets.getItem("Trang_tính1").getRange("B2:B9").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    await context.sync();
  });
  first.Office.context.document.settings.set("reviewer", { name: "Lan", role: "Trưởng phòng" });
  await new Promise((resolve) => first.Office.context.document.settings.saveAsync(resolve));
  first.Office.context.document.settings.set("draft", "not saved with saveAsync");
  const bytes = await first.save();

  const second = await createHost({ workbook: bytes });
  let seen: { names: string[]; visibility: string[]; marks: unknown[][]; stop: boolean; formula: string; dv: string } = { names: [], visibility: [], marks: [], stop: false, formula: "", dv: "" };
  await second.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const marks = sheets.getItem("_review").getRange("A1:B1");
    marks.load("values");
    const formats = context.workbook.worksheets.getItem("Trang_tính1").getRange("B2:B9").conditionalFormats;
    formats.load("items/stopIfTrue,items/custom/rule/formula");
    const dv = context.workbook.worksheets.getItem("Trang_tính1").getRange("B2:B9").dataValidation;
    dv.load("type");
    await context.sync();
    seen = {
      names: sheets.items.map((s) => s.name),
      visibility: sheets.items.map((s) => s.visibility),
      marks: marks.values,
      stop: formats.items[0]!.stopIfTrue,
      formula: formats.items[0]!.custom.rule.formula,
      dv: dv.type,
    };
  });
  expect(seen).toEqual({
    names: ["Trang_tính1", "Ẩn", "_review"],
    visibility: ["Visible", "Hidden", "VeryHidden"],
    marks: [["D7", "Đã xem"]],
    stop: true,
    formula: "=B2<0",
    dv: "Decimal",
  });
  expect(second.Office.context.document.settings.get("reviewer")).toEqual({ name: "Lan", role: "Trưởng phòng" });
  expect(second.Office.context.document.settings.get("draft")).toBeNull();
});
