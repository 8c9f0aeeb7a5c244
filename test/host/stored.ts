// Test helper: a cell of the ExcelJS workbook behind the host, named apart from Office.js's getCell
// so the Office lint rules (which track getCell results) do not mistake it for a proxy.
import type ExcelJS from "exceljs";
import type { Host } from "./engine/host";

export const storedCell = (host: Host, sheet: string | number, address: string): ExcelJS.Cell => {
  const ws = typeof sheet === "number" ? host.workbook.worksheets[sheet] : host.workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`No worksheet ${String(sheet)} in the stand-in workbook.`);
  return ws.getCell(address);
};
