// Reads an ExcelJS worksheet into the plain SheetSnapshot core understands.
//
// Decisions (the same as what Office.js Range.values gives src/excel, so both adapters agree):
// - dates are Excel serial numbers in the 1900 date system (2020-03-20 → 43910);
// - a formula cell is its cached result (an error result stays an error value);
// - rich text and hyperlinks are their plain text;
// - the cells a merge covers, other than its top-left one, are empty (null).
import type ExcelJS from "exceljs";
import type { SheetSnapshot, SnapshotCell } from "../core/snapshot";

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 of the 1900 system is 1899-12-30 once its 1900 leap-year bug is accounted for. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel's serial number for a date ExcelJS read (ExcelJS reads dates as UTC midnights). */
export const excelSerialOf = (date: Date): number => (date.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;

/** The Date ExcelJS writes for an Excel serial number. */
export const dateOfExcelSerial = (serial: number): Date => new Date(EXCEL_EPOCH_MS + serial * MS_PER_DAY);

/** One cell's value as core reads it. */
export function snapshotCellOf(value: ExcelJS.CellValue): SnapshotCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return excelSerialOf(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : snapshotCellOf(result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value) return snapshotCellOf((value as ExcelJS.CellHyperlinkValue).text);
  return null;
}

/**
 * Every used cell of the sheet from A1, with the rows the user hid and the number formats of the
 * number cells (a percent format shows the 0,875 that "87,5%" typed is stored as: core reads the
 * figure shown), as src/excel reads them.
 */
export function readSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const values: SnapshotCell[][] = [];
  const formats: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    const cells: SnapshotCell[] = [];
    const rowFormats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const type = cell.type as number;
      let value: SnapshotCell;
      if (type === FORMULA_TYPE) {
        // The cached result directly: cell.value would build a {formula, result} object per cell.
        const result = cell.result as ExcelJS.CellValue | undefined;
        value = result === undefined ? null : snapshotCellOf(result);
      } else if (type === MERGE_TYPE) {
        // A merged cell's other cells repeat the master's value in ExcelJS; the sheet shows it once.
        value = cell.master.address === cell.address ? snapshotCellOf(cell.value) : null;
      } else {
        value = snapshotCellOf(cell.value);
      }
      cells[colNumber - 1] = value;
      if (typeof value === "number" && typeof cell.numFmt === "string" && cell.numFmt !== "" && cell.numFmt !== "General") rowFormats[colNumber - 1] = cell.numFmt;
    });
    values[rowNumber - 1] = fillHoles(cells);
    if (rowFormats.length > 0) formats[rowNumber - 1] = fillHoles(rowFormats);
  });
  return { name: worksheet.name, values: fillRows(values), hiddenRows, numberFormats: fillRows(formats) };
}

/** ExcelJS.ValueType.Merge and .Formula, spelled as numbers so this module needs ExcelJS only for types. */
const MERGE_TYPE = 1;
const FORMULA_TYPE = 6;

/** A sparse row becomes dense, with null in the gaps. */
function fillHoles<T>(cells: (T | null)[]): (T | null)[] {
  const dense: (T | null)[] = [];
  for (let index = 0; index < cells.length; index += 1) dense.push(cells[index] ?? null);
  return dense;
}

/** Sparse rows become dense, with an empty row in the gaps. */
function fillRows<T>(rows: T[][]): T[][] {
  const dense: T[][] = [];
  for (let index = 0; index < rows.length; index += 1) dense.push(rows[index] ?? []);
  return dense;
}
