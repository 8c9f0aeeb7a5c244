// A style's indent reaches the file as the cell's alignment indent, with its horizontal alignment.
import JSZip from "jszip";
import type { CellAddress, RangeAddress, SheetPlan } from "../../src/core/sheet-plan";
import { applySheetPlan, loadWorkbook, newWorkbook, writeWorkbookBytes } from "../../src/xlsx";

const plan: SheetPlan = {
  name: "Tổng hợp",
  columns: [{ width: 12 }, { width: 12 }],
  rows: [],
  styles: {
    figure: { horizontalAlignment: "Right", indent: 1, border: true },
    plain: { horizontalAlignment: "Right" },
  },
  cells: [
    { address: "A1" as CellAddress, value: 950000, numberFormat: "#,##0", style: "figure" },
    { address: "B1" as CellAddress, value: 950000, numberFormat: "#,##0", style: "plain" },
  ],
  merges: [],
  validations: [],
  conditionalFormats: [],
  freeze: { rows: 0, columns: 0 },
  protection: { protected: false, allowFormatColumns: true, allowFormatRows: true },
  usedRange: "A1:B1" as RangeAddress,
};

test("the indented style is written as <alignment horizontal=right indent=1>, the plain one without", async () => {
  const workbook = newWorkbook();
  applySheetPlan(workbook, plan);
  const bytes = await writeWorkbookBytes(workbook);
  const styles = (await (await JSZip.loadAsync(bytes)).file("xl/styles.xml")?.async("string")) ?? "";
  expect(styles).toMatch(/<alignment horizontal="right" indent="1"\/>/);
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.detail);
  const sheet = loaded.workbook.worksheets[0]!;
  expect(sheet.getCell("A1").alignment).toMatchObject({ horizontal: "right", indent: 1 });
  expect(sheet.getCell("B1").alignment?.indent ?? 0).toBe(0);
});
