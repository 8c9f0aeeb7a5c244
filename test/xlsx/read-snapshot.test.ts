// The snapshot gives core the values a user sees, whatever way ExcelJS stores them.
import ExcelJS from "exceljs";
import { loadWorkbook, readSnapshot, writeWorkbookBytes } from "../../src/xlsx";

async function reloaded(fill: (sheet: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet("Quý I-2020"));
  const loaded = await loadWorkbook(await writeWorkbookBytes(workbook));
  if (!loaded.ok) throw new Error(loaded.detail);
  return loaded.workbook.worksheets[0];
}

describe("readSnapshot", () => {
  it("reads numbers, strings as typed, booleans and empty cells as null", async () => {
    const sheet = await reloaded((s) => {
      s.getCell("A1").value = 920000;
      s.getCell("B1").value = "920.000";
      s.getCell("D1").value = false;
      s.getCell("A3").value = "  khoảng 7 triệu ";
    });
    const snapshot = readSnapshot(sheet);
    expect(snapshot.name).toBe("Quý I-2020");
    expect(snapshot.values[0]).toEqual([920000, "920.000", null, false]);
    expect(snapshot.values[1]).toEqual([]);
    expect(snapshot.values[2]).toEqual(["  khoảng 7 triệu "]);
  });

  it("tells a real error value from the text '#N/A' a user typed", async () => {
    const sheet = await reloaded((s) => {
      s.getCell("A1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      s.getCell("B1").value = "#N/A";
    });
    expect(readSnapshot(sheet).values[0]).toEqual([{ error: "#DIV/0!" }, "#N/A"]);
  });

  it("gives formula cells their cached result, errors included, and null when never calculated", async () => {
    const sheet = await reloaded((s) => {
      s.getCell("A1").value = { formula: "B1/C1", result: 1.005 };
      s.getCell("B1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
      s.getCell("C1").value = { formula: "A1*2" };
    });
    expect(readSnapshot(sheet).values[0]).toEqual([1.005, { error: "#DIV/0!" }, null]);
  });

  it("flattens rich text and hyperlinks to their text", async () => {
    const sheet = await reloaded((s) => {
      s.getCell("A1").value = { richText: [{ text: "Thuê bao " }, { text: "di động", font: { bold: true } }] };
      s.getCell("B1").value = { text: "Cổng", hyperlink: "https://hanam.gov.vn" };
    });
    expect(readSnapshot(sheet).values[0]).toEqual(["Thuê bao di động", "Cổng"]);
  });

  it("reads dates as Excel serial numbers, as Office.js does", async () => {
    const sheet = await reloaded((s) => {
      s.getCell("A1").value = new Date(Date.UTC(2020, 2, 20));
      s.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    expect(readSnapshot(sheet).values[0]).toEqual([43910]);
  });

  it("shows a merged value once and lists hidden rows", async () => {
    const sheet = await reloaded((s) => {
      s.getCell("A1").value = "Chỉ tiêu";
      s.mergeCells("A1:C1");
      s.getCell("A2").value = 1;
      s.getRow(2).hidden = true;
    });
    const snapshot = readSnapshot(sheet);
    expect(snapshot.values[0]).toEqual(["Chỉ tiêu", null, null]);
    expect(snapshot.hiddenRows).toEqual([2]);
  });
});

describe("loadWorkbook", () => {
  it("returns a failure, not a throw, for bytes that are not a workbook", async () => {
    const result = await loadWorkbook(new TextEncoder().encode("TT;Mã;Chỉ tiêu\n1;A.1;920.000\n"));
    expect(result.ok).toBe(false);
  });
});
