// The summary for the provincial committee as a SheetPlan (Nghị định 30/2020/NĐ-CP layout).
// Values only: no formulas, no links, every text cell in the text format so that what staff
// typed (a name or an explanation beginning with "=", "+", "-" or "@") can never become a formula.
import type { Lang } from "../indicator";
import type { Period } from "../periods/period";
import type { ReportDetails } from "../reading";
import type { RangeAddress, SheetPlan } from "../sheet-plan";
import type { Template } from "../template/template";
import { SheetDraft, SUMMARY_COLUMNS, SUMMARY_WIDTHS } from "./sheet-draft";
import { placeClosing } from "./summary-closing";
import { placeHeader } from "./summary-header";
import { ND30_PAGE, SUMMARY_STYLES } from "./summary-styles";
import { placeTable } from "./summary-table";
import type { SummaryView } from "./summary-view";

/** The summary sheet's name, in the workbook and in the exported file. */
export const SUMMARY_SHEET_NAME = "Tổng hợp";

export interface SummaryDocumentInput {
  readonly template: Template;
  readonly period: Period;
  readonly details: ReportDetails;
  readonly view: SummaryView;
  readonly lang: Lang;
  /** Exported although the check found this many errors: the sheet says its figures are unverified. */
  readonly unverifiedErrors?: number;
  /** The report's status sentence (who approved it, or that it is not approved). */
  readonly status?: string;
}

/** Lays a decided summary out as an ND 30 document. */
export function planSummaryDocument({ template, period, details, view, lang, unverifiedErrors, status }: SummaryDocumentInput): SheetPlan {
  const draft = new SheetDraft();
  const tableTop = placeHeader(draft, template, period, details, lang, unverifiedErrors);
  const table = placeTable(draft, tableTop, view.lines, details.estimate, lang);
  const last = placeClosing(draft, table.lastRow + 2, view.counts, view.verdict, details, lang, status);
  const lastColumn = SUMMARY_COLUMNS[SUMMARY_COLUMNS.length - 1];
  return {
    name: SUMMARY_SHEET_NAME,
    columns: SUMMARY_COLUMNS.map((c) => ({ width: SUMMARY_WIDTHS[c] })),
    rows: draft.rows(),
    styles: SUMMARY_STYLES,
    cells: draft.cells,
    merges: draft.merges,
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 0, columns: 0 },
    protection: { protected: false, allowFormatColumns: true, allowFormatRows: true },
    usedRange: `A${table.headerRows[0]}:${lastColumn}${table.lastRow}` as RangeAddress,
    pageSetup: {
      ...ND30_PAGE,
      printTitleRows: `${table.headerRows[0]}:${table.headerRows[1]}` as RangeAddress,
      printArea: `A1:${lastColumn}${last}` as RangeAddress,
    },
  };
}
