// Applies the core's SheetPlan to an ExcelJS worksheet. Decides nothing: every value, style,
// rule and colour comes from the plan, so this sheet and the one src/excel writes agree.
import type ExcelJS from "exceljs";
import type { CellStyle, ConditionalFormatPlan, SheetPlan, ValidationPlan } from "../core/sheet-plan";
import { cellAddress, parseCellAddress } from "../core/layout/a1";
import { applyPageSetup } from "./page-setup";
import { conditionalStyleOf, layerStyle } from "./plan-styles";
import { rememberStopIfTrue } from "./stop-if-true";

/** ExcelJS keeps range-wide validations on the sheet (ExcelJS's typings only show the per-cell ones). */
interface ValidatedSheet {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** The sheet-protection flags ExcelJS writes; its typings only expose them through protect(), which is async. */
interface ProtectableSheet {
  sheetProtection: {
    sheet: boolean;
    formatColumns?: boolean;
    formatRows?: boolean;
    selectLockedCells?: boolean;
    selectUnlockedCells?: boolean;
    objects?: boolean;
    scenarios?: boolean;
  } | null;
}

/** Excel's default row height in points (Calibri 11). */
const DEFAULT_ROW_HEIGHT = 15;

/** Adds a worksheet named plan.name to the workbook and applies the plan to it (a new sheet: plan.clearContents has nothing to clear). */
export function applySheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(plan.name, {
    views: [freezeView(plan)],
  });
  plan.columns.forEach((column, index) => {
    const target = sheet.getColumn(index + 1);
    target.width = column.width;
    if (column.hidden) target.hidden = true;
  });
  for (const row of plan.rows) {
    const target = sheet.getRow(row.row);
    if (row.height !== undefined) target.height = row.height;
    if (row.hidden) {
      target.hidden = true;
      // ExcelJS writes a row only when it has cells or a height: give an empty hidden row Excel's default height.
      if (row.height === undefined) target.height = DEFAULT_ROW_HEIGHT;
    }
  }
  // Merges first: ExcelJS forwards a value written to a merged cell to its master.
  for (const merge of plan.merges) sheet.mergeCells(merge);
  applyCells(sheet, plan);
  for (const validation of plan.validations) addValidation(sheet, validation);
  addConditionalFormats(sheet, plan.conditionalFormats);
  if (plan.protection.protected) {
    // No password (the add-in unprotects around its own writes). ExcelJS's flags say what is
    // *allowed* (formatColumns: true is written as Excel's formatColumns="0").
    (sheet as unknown as ProtectableSheet).sheetProtection = {
      sheet: true,
      formatColumns: plan.protection.allowFormatColumns,
      formatRows: plan.protection.allowFormatRows,
      // Objects (notes, comments) and scenarios protected too, as Excel's protect() leaves them
      // unless allowEditObjects/allowEditScenarios are given (WorksheetProtectionOptions): ExcelJS
      // writes false as objects="1" scenarios="1".
      objects: false,
      scenarios: false,
    };
  }
  if (plan.pageSetup) applyPageSetup(sheet, plan.pageSetup);
  return sheet;
}

/**
 * Range formats in order, then the cells; each cell's style is built up first and assigned once
 * (a table of thousands of rows would otherwise restyle its cells several times).
 */
function applyCells(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleNamed = (name: string | undefined, where: string): CellStyle | undefined => {
    if (name === undefined) return undefined;
    const style = plan.styles[name];
    if (style === undefined) throw new Error(`SheetPlan bug: ${where} names unknown style "${name}"`);
    return style;
  };
  for (const format of plan.formats ?? []) {
    const style = styleNamed(format.style, `format ${format.range}`);
    for (const address of cellsOf(format.range)) {
      styles.set(address, layerStyle(styles.get(address), style, format.numberFormat, format.locked));
    }
  }
  for (const planned of plan.cells) {
    const cell = sheet.getCell(planned.address);
    if (planned.formula !== undefined) {
      cell.value = { formula: fileFormula(planned.formula) };
    } else if (planned.value !== undefined) {
      cell.value = planned.value;
    }
    const style = styleNamed(planned.style, `cell ${planned.address}`);
    styles.set(planned.address, layerStyle(styles.get(planned.address), style, planned.numberFormat, planned.locked));
  }
  for (const [address, style] of styles) sheet.getCell(address).style = style;
}

/** Every cell address of an A1 range ("E13:F20", or one cell). */
function cellsOf(range: string): string[] {
  const [from, to = from] = range.split(":");
  const start = parseCellAddress(from);
  const end = parseCellAddress(to);
  if (start === null || end === null) throw new Error(`SheetPlan bug: bad range "${range}"`);
  const addresses: string[] = [];
  for (let row = Math.min(start.row, end.row); row <= Math.max(start.row, end.row); row += 1) {
    for (let column = Math.min(start.column, end.column); column <= Math.max(start.column, end.column); column += 1) {
      addresses.push(cellAddress(column, row));
    }
  }
  return addresses;
}

function freezeView(plan: SheetPlan): Partial<ExcelJS.WorksheetView> {
  const { rows, columns } = plan.freeze;
  if (rows === 0 && columns === 0) return { state: "normal" };
  return { state: "frozen", xSplit: columns, ySplit: rows };
}

const stripEquals = (formula: string): string => (formula.startsWith("=") ? formula.slice(1) : formula);

/**
 * A formula as the file stores it: without "=", and the functions newer than Excel 2007 with
 * the "_xlfn." prefix the file format requires (Excel writes it so, and reads an unprefixed
 * NUMBERVALUE in a file as an unknown name, #NAME?). Office.js takes them without it.
 */
const FUTURE_FUNCTIONS = /\b(NUMBERVALUE|UNICHAR)\(/g;
const fileFormula = (formula: string): string => stripEquals(formula).replace(FUTURE_FUNCTIONS, "_xlfn.$1(");

function addValidation(sheet: ExcelJS.Worksheet, plan: ValidationPlan): void {
  const rule = plan.rule;
  const base = {
    type: rule.type === "wholeNumber" ? ("whole" as const) : ("decimal" as const),
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: plan.alert.title,
    error: plan.alert.message,
  };
  const validation: ExcelJS.DataValidation =
    rule.operator === "Between"
      ? { ...base, operator: "between", formulae: [rule.formula1, rule.formula2] }
      : { ...base, operator: "greaterThanOrEqual", formulae: [rule.formula1] };
  (sheet as unknown as ValidatedSheet).dataValidations.add(plan.range, validation);
}

/**
 * Rules on the same range go into one <conditionalFormatting> block in priority order:
 * LibreOffice turns a block into one format whose first true entry wins, Excel follows
 * priority and stopIfTrue (which ExcelJS drops; stop-if-true.ts restores it when writing).
 */
function addConditionalFormats(sheet: ExcelJS.Worksheet, formats: readonly ConditionalFormatPlan[]): void {
  const ordered = [...formats].sort((a, b) => a.priority - b.priority);
  const byRange = new Map<string, ConditionalFormatPlan[]>();
  for (const format of ordered) {
    const list = byRange.get(format.range) ?? [];
    list.push(format);
    byRange.set(format.range, list);
  }
  // Excel wants unique priorities from 1 (ExcelJS renumbers a falsy 0): the plan's order, renumbered.
  const excelPriority = new Map(ordered.map((format, index) => [format, index + 1]));
  const stopping: number[] = [];
  for (const [range, rules] of byRange) {
    sheet.addConditionalFormatting({
      ref: range,
      rules: rules.map((rule) => {
        const priority = excelPriority.get(rule) ?? 0;
        if (rule.stopIfTrue) stopping.push(priority);
        return {
          type: "expression" as const,
          priority,
          formulae: [stripEquals(rule.formula)],
          style: conditionalStyleOf(rule.fill, rule.fontColor),
        };
      }),
    });
  }
  rememberStopIfTrue(sheet, stopping);
}
