// The .xlsx adapter: the core's sheet plans over ExcelJS workbooks, for the command line, the
// tests, and src/excel (which imports this module lazily to build workbook bytes).
// No node built-ins here; file I/O for the command line is in file-io.ts.
export { applySheetPlan } from "./apply-plan";
export { readSnapshot, snapshotCellOf, excelSerialOf, dateOfExcelSerial } from "./read-snapshot";
export {
  loadWorkbook,
  newWorkbook,
  stampIdentity,
  writeWorkbookBytes,
  DEFAULT_IDENTITY,
  type LoadOptions,
  type LoadWorkbookResult,
  type WorkbookIdentity,
} from "./workbook-bytes";
export { readTemplateSheets, latestTemplateSheet, comparePeriods, type TemplateSheet, type TemplateSheets } from "./template-sheets";
export { fillInputs, type InputFigures, type FillResult } from "./fill-inputs";
