// The adapter writes what the plan says, in a form ExcelJS (and so Excel) reads back.
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellAddress, RangeAddress, SheetPlan } from "../../src/core/sheet-plan";
import { applySheetPlan, loadWorkbook, newWorkbook, writeWorkbookBytes } from "../../src/xlsx";

const a = (address: string): CellAddress => address as CellAddress;
const r = (range: string): RangeAddress => range as RangeAddress;

const plan: SheetPlan = {
  name: "Quý I-2020",
  columns: [{ width: 6 }, { width: 12, hidden: true }, { width: 40 }],
  rows: [{ row: 1, height: 30 }, { row: 5, hidden: true }],
  styles: {
    title: { font: { name: "Times New Roman", size: 14, bold: true, color: "#1F4E79" }, horizontalAlignment: "Center" },
    entry: { fill: "#FFF2CC", border: true, wrapText: true, verticalAlignment: "Center" },
  },
  cells: [
    { address: a("A1"), value: "BÁO CÁO", style: "title", locked: true },
    { address: a("A3"), value: 920000, numberFormat: "#,##0", style: "entry", locked: false },
    { address: a("B3"), value: 915000, numberFormat: "#,##0", style: "entry", locked: false },
    { address: a("C3"), formula: "=IF(B3>0,A3/B3,\"\")", numberFormat: "0.0%", locked: true },
    { address: a("A4"), value: true, locked: true },
  ],
  merges: [r("A1:C1")],
  validations: [
    {
      range: r("A3:B4"),
      rule: { type: "wholeNumber", operator: "GreaterThanOrEqualTo", formula1: 0 },
      alert: { style: "Warning", title: "Số không hợp lệ", message: "Nhập số nguyên không âm." },
    },
  ],
  conditionalFormats: [
    { range: r("A3:A4"), formula: "=A3<B3", highlight: "shortfall", fill: "#FFEB9C", fontColor: "#9C5700", priority: 1, stopIfTrue: true },
    { range: r("A3:A4"), formula: "=ISTEXT(A3)", highlight: "error", fill: "#FFC7CE", fontColor: "#9C0006", priority: 0, stopIfTrue: true },
  ],
  freeze: { rows: 2, columns: 1 },
  protection: { protected: true, allowFormatColumns: true, allowFormatRows: false },
  usedRange: r("A1:C4"),
};

async function roundTrip(): Promise<{ bytes: Uint8Array; sheet: ExcelJS.Worksheet }> {
  const workbook = newWorkbook();
  applySheetPlan(workbook, plan);
  const bytes = await writeWorkbookBytes(workbook);
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.detail);
  const sheet = loaded.workbook.getWorksheet("Quý I-2020");
  if (!sheet) throw new Error("sheet missing");
  return { bytes, sheet };
}

async function sheetXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("xl/worksheets/sheet1.xml");
  if (!file) throw new Error("no sheet part");
  return file.async("string");
}

describe("applySheetPlan", () => {
  it("writes values, formulas, number formats, merges and entry cells unlocked", async () => {
    const { sheet } = await roundTrip();
    expect(sheet.getCell("A1").value).toBe("BÁO CÁO");
    expect(sheet.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true, color: { argb: "FF1F4E79" } });
    expect(sheet.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(sheet.getCell("C1").isMerged).toBe(true);
    expect(sheet.getCell("A3").value).toBe(920000);
    expect(sheet.getCell("A3").numFmt).toBe("#,##0");
    expect(sheet.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(sheet.getCell("A3").border.top).toMatchObject({ style: "thin" });
    expect(sheet.getCell("A3").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("C3").value).toMatchObject({ formula: 'IF(B3>0,A3/B3,"")' });
    expect(sheet.getCell("C3").numFmt).toBe("0.0%");
    expect(sheet.getCell("C3").protection?.locked).not.toBe(false);
    expect(sheet.getCell("A4").value).toBe(true);
  });

  it("sets column widths, hidden columns and rows, row heights and frozen panes", async () => {
    const { sheet } = await roundTrip();
    expect(sheet.getColumn(3).width).toBe(40);
    expect(sheet.getColumn(2).hidden).toBe(true);
    expect(sheet.getRow(1).height).toBe(30);
    expect(sheet.getRow(5).hidden).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
  });

  it("protects the sheet without a password, allowing only what the plan allows", async () => {
    const xml = await sheetXml((await roundTrip()).bytes);
    const protection = /<sheetProtection [^>]*\/>/.exec(xml)?.[0] ?? "";
    expect(protection).toContain('sheet="1"');
    expect(protection).toContain('formatColumns="0"'); // allowed
    expect(protection).not.toContain("formatRows"); // default: forbidden
    expect(protection).not.toContain("hashValue");
    expect(protection).not.toContain("password");
  });

  it("writes data validation as a warning alert with the plan's message", async () => {
    const xml = await sheetXml((await roundTrip()).bytes);
    const validation = /<dataValidation [^>]*>/.exec(xml)?.[0] ?? "";
    expect(validation).toContain('type="whole"');
    expect(validation).toContain('operator="greaterThanOrEqual"');
    expect(validation).toContain('errorStyle="warning"');
    expect(validation).toContain('sqref="A3:B4"');
    expect(validation).toContain('error="Nhập số nguyên không âm."');
  });

  it("writes conditional formats as expression rules in the plan's priority, with stopIfTrue and dxf colours", async () => {
    const { bytes } = await roundTrip();
    const xml = await sheetXml(bytes);
    const rules = [...xml.matchAll(/<cfRule ([^>]*)><formula>([^<]*)<\/formula>/g)].map((m) => ({ attributes: m[1], formula: m[2] }));
    expect(rules.map((rule) => rule.formula)).toEqual(["ISTEXT(A3)", "A3&lt;B3"]);
    expect(rules[0].attributes).toMatch(/type="expression"/);
    expect(rules[0].attributes).toMatch(/priority="1"/);
    expect(rules[1].attributes).toMatch(/priority="2"/);
    expect(rules.every((rule) => /stopIfTrue="1"/.test(rule.attributes))).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    const firstDxf = /<dxf>.*?<\/dxf>/.exec(styles)?.[0] ?? "";
    expect(firstDxf).toContain('<bgColor rgb="FFFFC7CE"/>');
    expect(firstDxf).toContain('<color rgb="FF9C0006"/>');
  });

  it("applies range formats in order, then lets each cell refine them", async () => {
    const workbook = newWorkbook();
    applySheetPlan(workbook, {
      ...plan,
      formats: [
        { range: r("E10:F12"), style: "entry", numberFormat: "#,##0", locked: false },
        { range: r("F10:F12"), numberFormat: "0.0" },
      ],
      cells: [{ address: a("E10"), value: 5, style: "title", locked: false }],
      merges: [],
      conditionalFormats: [],
      validations: [],
    });
    const loaded = await loadWorkbook(await writeWorkbookBytes(workbook));
    if (!loaded.ok) throw new Error(loaded.detail);
    const sheet = loaded.workbook.worksheets[0];
    // E10: the range's fill and format, the cell's own font on top.
    expect(sheet.getCell("E10").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(sheet.getCell("E10").font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell("E10").numFmt).toBe("#,##0");
    // F12: never named by a cell, still formatted and open for typing.
    expect(sheet.getCell("F12").numFmt).toBe("0.0");
    expect(sheet.getCell("F12").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(sheet.getCell("F12").protection).toMatchObject({ locked: false });
  });

  it("keeps stopIfTrue when a written workbook is loaded for editing, filled and written again", async () => {
    const loaded = await loadWorkbook((await roundTrip()).bytes, { forEditing: true });
    if (!loaded.ok) throw new Error(loaded.detail);
    loaded.workbook.worksheets[0].getCell("A3").value = "abc";
    const xml = await sheetXml(await writeWorkbookBytes(loaded.workbook));
    const rules = xml.match(/<cfRule [^>]*>/g) ?? [];
    expect(rules).toHaveLength(2);
    expect(rules.every((rule) => rule.includes('stopIfTrue="1"'))).toBe(true);
  });

  it("asks Excel to calculate the formulas on opening (ExcelJS writes them without results)", async () => {
    const zip = await JSZip.loadAsync((await roundTrip()).bytes);
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(/<calcPr [^>]*>/.exec(workbookXml)?.[0]).toContain('fullCalcOnLoad="1"');
  });

  it("gives the same bytes for the same plan (fixed identity and zip dates)", async () => {
    const first = await roundTrip();
    const second = await roundTrip();
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });
});
