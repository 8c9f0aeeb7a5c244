// Placeholder recalculation; replaced by the evaluator below once written.
import type ExcelJS from "exceljs";

export const recalculate = (_workbook: ExcelJS.Workbook): void => {};
