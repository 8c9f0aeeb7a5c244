// Formulas as an .xlsx file stores them: functions newer than Excel 2007 carry the "_xlfn."
// prefix ([MS-XLSX] 2.2.2 Formulas, "future functions"), which Excel writes on save and drops on
// open; Office.js shows and takes them without it. An unprefixed NUMBERVALUE in a file is an
// unknown name (#NAME?) to LibreOffice and to Excel.
import type ExcelJS from "exceljs";

const FUTURE_FUNCTIONS = ["NUMBERVALUE", "UNICHAR", "UNICODE", "IFNA", "XOR", "DAYS", "ISOWEEKNUM", "CONCAT", "TEXTJOIN", "IFS", "SWITCH", "MAXIFS", "MINIFS"];
const BARE = new RegExp(`(?<![\\w.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "g");
const PREFIXED = new RegExp(`_xlfn\\.(${FUTURE_FUNCTIONS.join("|")})\\(`, "g");

const formulaCells = (workbook: ExcelJS.Workbook): { cell: ExcelJS.Cell; value: ExcelJS.CellFormulaValue }[] => {
  const out: { cell: ExcelJS.Cell; value: ExcelJS.CellFormulaValue }[] = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v !== null && typeof v === "object" && typeof v.formula === "string") out.push({ cell, value: v });
      }),
    );
  }
  return out;
};

/** Drops the prefixes of a file just opened, as Excel does. */
export function formulasFromFile(workbook: ExcelJS.Workbook): void {
  for (const { cell, value } of formulaCells(workbook)) {
    if (value.formula.includes("_xlfn.")) cell.value = { ...value, formula: value.formula.replace(PREFIXED, "$1(") };
  }
}

/** Writes the prefixes for the file; returns what puts the workbook back as it was. */
export function formulasForFile(workbook: ExcelJS.Workbook): () => void {
  const prefixed = (f: string): string => f.replace(BARE, "_xlfn.$1(");
  const changed = formulaCells(workbook).filter(({ value }) => prefixed(value.formula) !== value.formula);
  for (const { cell, value } of changed) cell.value = { ...value, formula: prefixed(value.formula) };
  return () => { for (const { cell, value } of changed) cell.value = value; };
}
