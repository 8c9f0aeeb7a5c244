// The sheet-wide parts of a plan: conditional formats (ExcelApi 1.6), data validation (1.8),
// frozen panes (1.7) and page layout (1.9). Queue-only; apply-plan.ts decides which the host's
// level allows.
import type { ConditionalFormatPlan, PageSetupPlan, SheetPlan, ValidationPlan } from "../core/sheet-plan";
import { columnLetters } from "./a1";

/**
 * Custom-formula rules in the plan's order: Office.js priority 0 is evaluated first, and with
 * stopIfTrue the first rule that holds wins (error over shortfall over near).
 */
export function queueConditionalFormats(sheet: Excel.Worksheet, formats: readonly ConditionalFormatPlan[]): void {
  const ordered = [...formats].sort((a, b) => a.priority - b.priority);
  ordered.forEach((plan, index) => {
    const format = sheet.getRange(plan.range).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = plan.formula;
    format.custom.format.fill.color = plan.fill;
    format.custom.format.font.color = plan.fontColor;
    format.stopIfTrue = plan.stopIfTrue;
    // Last: a format is addressed by its priority, so after this the proxy reaches another format
    // ("you have to re-fetch a new copy of the object at that new priority location",
    // https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-priority-member).
    format.priority = index;
  });
}

export function queueValidation(sheet: Excel.Worksheet, plan: ValidationPlan): void {
  const validation = sheet.getRange(plan.range).dataValidation;
  validation.clear();
  const rule = plan.rule;
  const basic: Excel.BasicDataValidation =
    rule.operator === "Between"
      ? { operator: Excel.DataValidationOperator.between, formula1: rule.formula1, formula2: rule.formula2 }
      : { operator: Excel.DataValidationOperator.greaterThanOrEqualTo, formula1: rule.formula1 };
  validation.rule = rule.type === "wholeNumber" ? { wholeNumber: basic } : { decimal: basic };
  validation.ignoreBlanks = true;
  // A warning lets staff keep an unusual figure (and save a draft): only "stop" blocks typing.
  validation.errorAlert = { showAlert: true, style: Excel.DataValidationAlertStyle.warning, title: plan.alert.title, message: plan.alert.message };
}

export function queueFreeze(sheet: Excel.Worksheet, freeze: SheetPlan["freeze"]): void {
  const panes = sheet.freezePanes;
  panes.unfreeze();
  if (freeze.rows > 0 && freeze.columns > 0) {
    panes.freezeAt(sheet.getRange(`A1:${columnLetters(freeze.columns)}${freeze.rows}`));
  } else if (freeze.rows > 0) {
    panes.freezeRows(freeze.rows);
  } else if (freeze.columns > 0) {
    panes.freezeColumns(freeze.columns);
  }
}

const POINTS_PER_CM = 72 / 2.54;

export function queuePageSetup(sheet: Excel.Worksheet, setup: PageSetupPlan): void {
  const layout = sheet.pageLayout;
  layout.paperSize = Excel.PaperType.a4;
  layout.orientation = setup.orientation === "Landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  layout.topMargin = setup.marginsCm.top * POINTS_PER_CM;
  layout.bottomMargin = setup.marginsCm.bottom * POINTS_PER_CM;
  layout.leftMargin = setup.marginsCm.left * POINTS_PER_CM;
  layout.rightMargin = setup.marginsCm.right * POINTS_PER_CM;
  layout.headerMargin = setup.marginsCm.header * POINTS_PER_CM;
  layout.footerMargin = setup.marginsCm.footer * POINTS_PER_CM;
  if (setup.printTitleRows) layout.setPrintTitleRows(setup.printTitleRows);
  if (setup.printArea) layout.setPrintArea(setup.printArea);
  if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (setup.centerHorizontally !== undefined) layout.centerHorizontally = setup.centerHorizontally;
  if (setup.pageNumbers !== undefined) queuePageNumbers(layout, setup.pageNumbers);
}

/**
 * Page numbers in the header's centre section ("&P", Excel's page number code). headersFooters is
 * ExcelApi 1.9, as pageLayout itself, so it needs no check of its own. FirstAndDefault gives the
 * first page its own (empty) header; every other page takes defaultForAllPages.
 */
function queuePageNumbers(layout: Excel.PageLayout, numbers: NonNullable<PageSetupPlan["pageNumbers"]>): void {
  const group = layout.headersFooters;
  group.state = numbers.skipFirstPage ? Excel.HeaderFooterState.firstAndDefault : Excel.HeaderFooterState.default;
  group.defaultForAllPages.centerHeader = "&P";
  if (numbers.skipFirstPage) group.firstPage.centerHeader = "";
}
