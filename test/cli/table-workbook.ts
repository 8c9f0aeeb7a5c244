// A real department table (test/fixtures/real-tables) written into an .xlsx as the department
// keeps it: the report's title on row 1, a blank row, the source's header rows, then every row
// with its cells as written (text, as published).
import ExcelJS from "exceljs";
import type { RealTable } from "../fixtures/real-tables/load";

/** Rows above the header: the title line and a blank one. */
export const ROWS_ABOVE_HEADER = 2;

/** The sheet row (1-based) of the fixture's data row `index`. */
export const sheetRowOf = (table: RealTable, index: number): number => ROWS_ABOVE_HEADER + table.header.length + index + 1;

export async function tableWorkbookBytes(table: RealTable, sheetName = "Bảng chỉ tiêu"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // A first sheet of notes, as departments keep them: the table is found, not assumed to be first.
  workbook.addWorksheet("Ghi chú").getCell("A1").value = `Nguồn: ${table.source.publisher}`;
  const sheet = workbook.addWorksheet(sheetName);
  sheet.getCell("A1").value = table.source.title;
  const rows = [...table.header, ...table.rows.map((r) => r.cells)];
  rows.forEach((cells, i) => {
    const row = sheet.getRow(ROWS_ABOVE_HEADER + i + 1);
    cells.forEach((text, c) => {
      if (text !== "") row.getCell(c + 1).value = text;
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
