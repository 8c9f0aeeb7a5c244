// The templates a workbook carries (made in the pane, stored in its very hidden sheet; the row
// format is core's, authoring/stored-template.ts), for the command line: a colleague's file
// checks without its template file.
import type ExcelJS from "exceljs";
import { storedTemplatesOf, TEMPLATE_SHEET_NAME, type StoredTemplate } from "../core/authoring/stored-template";
import { readSnapshot } from "./read-snapshot";

export function workbookTemplates(workbook: ExcelJS.Workbook): StoredTemplate[] {
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET_NAME);
  return sheet === undefined ? [] : storedTemplatesOf(readSnapshot(sheet).values);
}
