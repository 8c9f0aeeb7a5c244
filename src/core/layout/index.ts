// The template sheet's layout: plan it, read it back, name it, carry it forward, write a check.
export { cellAddress, columnLetter, columnNumber, parseCellAddress, qualify, quoteSheetName, rangeAddress, splitQualified } from "./a1";
export { CARRIED_ROLES, type CarriedInputs, type CarriedRole, type CarriedValues } from "./carried";
export { carryForward } from "./carry-forward";
export { planCheckWrite, type CheckOutcome, type CheckWritePlan } from "./check-write";
export { ADDED_IN, col, colInLayout, COLUMNS, LAST_READ_COLUMN, letter, ROLE_COLUMN, type ColumnDef, type ColumnKey } from "./columns";
export { errorRuleFormula, gradeRuleFormula, planConditionalFormats } from "./conditional-formats";
export { EMPTY_DETAILS, excelSerialOfIso, isoOfExcelSerial, mergeDetails, readDetails } from "./details";
export { carrySheetNames, findTemplateSheets, periodSheets, type NamedPeriodSheet } from "./find-sheets";
export { DETAIL_ROWS, FIRST_BODY_ROW, HEADER_ROW } from "./geometry";
export { DETAIL_LABELS, gradeWord, STATUS_WORDS, VALIDATION_TEXT, type DetailField, type StatusWord } from "./labels";
export { formatMarker, LAYOUT_VERSION, parseMarker, type SheetMarker } from "./marker";
export { HIGHLIGHT_COLORS, HIGHLIGHT_PRECEDENCE, SHEET_COLORS, SHEET_FONT, type HighlightColors } from "./palette";
export { FROZEN_COLUMNS, planSheet, type PlanSheetInput } from "./plan-sheet";
export { holdsMarker, readSheet, type SheetLayout, type SheetReadFailure, type SheetReadResult } from "./read-sheet";
export { isValidSheetName, MAX_SHEET_NAME, periodOfSheetName, sheetNameFor } from "./sheet-names";
export { DATE_FORMAT, NUMBER_FORMATS, RATIO_FORMAT, STYLES, TEXT_FORMAT, type StyleKey } from "./styles";
export { carriesYtd, hasTargets, inputRoles, tableRows, type TableRow } from "./table-rows";
export { planValidations, validationRuleOf } from "./validations";
