// The report status history as the add-in keeps it (the very hidden "_ChiTieuStatus" sheet), read
// from an .xlsx file so that the command line sees the same status and fingerprint as the pane.
import type ExcelJS from "exceljs";
import type { StatusEvent } from "../core/status/report-status";
import { rowsToEvents } from "../core/status/status-rows";
import { readSnapshot } from "./read-snapshot";

/** The name is the add-in's (src/excel/status-store.ts); both read the same rows through core. */
export const STATUS_SHEET_NAME = "_ChiTieuStatus";

/** Every event of the workbook, oldest first; none when the workbook was never submitted. */
export function readStatusHistory(workbook: ExcelJS.Workbook): readonly StatusEvent[] {
  const sheet = workbook.getWorksheet(STATUS_SHEET_NAME);
  if (sheet === undefined) return [];
  return rowsToEvents(readSnapshot(sheet).values).events;
}
