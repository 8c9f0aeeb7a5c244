// What the pane needs from Excel, as one object handed in at start-up (script-lab style: the
// pane renders after Office.onReady and receives host facts and operations as props). The
// implementation lives in src/excel (over Office.js, or over the stand-in host in the
// workbench); tests can pass a double. Components never touch Office globals.
import type { Finding, QualifiedAddress } from "../core/finding";
import type { Grade } from "../core/grading/grade";
import type { IndicatorCode, Lang, LocalText } from "../core/indicator";
import type { ReportDetails } from "../core/reading";
import type { ReviewMark } from "../core/review/review-mark";
import type { OfficeThemeColors } from "../excel/office-theme";
import type { ReportStatusApi } from "./status/status-api";
import type { ConsolidateFilesOutcome, PickedFile } from "../excel/consolidate-files";
import type { AuthoringApi } from "../excel/authoring-api";
import type { ExcelFailure, HostFacts, LoadTemplateRequest, LoadTemplateResult, ProgressListener, SummaryExportApi, TemplateSheetInfo } from "../excel/addin-api";

/** The figures behind one indicator, as the reviewer sees them. */
export interface IndicatorFacts {
  readonly code: IndicatorCode;
  readonly section: LocalText;
  readonly name: LocalText;
  readonly unit: LocalText;
  /** The Thực hiện cell. */
  readonly cell: QualifiedAddress;
  /** As read: a number, text as typed, or null when empty. */
  readonly figure: number | string | boolean | null;
  /** The target that grades the figure: a number, a range, or null without one. */
  readonly target: number | { readonly min: number; readonly max: number } | null;
  readonly grade: Grade;
  readonly explanation: string;
}

/** One run of the check over a report sheet. */
export interface CheckView {
  readonly sheetName: string;
  /** Every indicator, in template order (sections first to last). */
  readonly indicators: readonly IndicatorFacts[];
  readonly findings: readonly Finding[];
  /** The value of any flagged cell as read by this check (for marks gone stale). */
  readonly figureAt: (cell: QualifiedAddress) => number | string | boolean | null;
  /** The sentence for a finding in the pane's language (the core catalogues). */
  readonly message: (f: Finding, lang: "vi" | "en") => string;
}

export type CheckOutcome = { readonly ok: true; readonly view: CheckView } | { readonly ok: false; readonly detail: string };

export type Saved = { readonly ok: true } | { readonly ok: false; readonly detail: string };

export type { OfficeThemeColors } from "../excel/office-theme";

export interface PaneApi {
  readonly facts: HostFacts;
  readonly theme: OfficeThemeColors | null;
  listTemplateSheets(): Promise<readonly TemplateSheetInfo[]>;
  loadTemplate(request: LoadTemplateRequest, onProgress: ProgressListener): Promise<LoadTemplateResult | ExcelFailure>;
  /** The report details remembered in this workbook, or null the first time. */
  readReportDetails(): Promise<ReportDetails | null>;
  saveReportDetails(details: ReportDetails): Promise<Saved>;
  check(sheetName: string): Promise<CheckOutcome>;
  /** Calls back with a fresh check after staff edit the sheet; resolves to a function that stops watching. */
  watch(sheetName: string, onChange: (outcome: CheckOutcome) => void): Promise<() => void>;
  selectCell(cell: QualifiedAddress): Promise<Saved>;
  readReviewMarks(): Promise<{ readonly ok: true; readonly marks: readonly ReviewMark[] } | { readonly ok: false; readonly detail: string }>;
  appendReviewMarks(marks: readonly ReviewMark[]): Promise<Saved>;
  /** Issue 7: the summary export (absent where the implementation has none). */
  readonly summary?: SummaryExportApi;
  /** Issue 14: the report's status (absent where the implementation has none). */
  readonly status?: ReportStatusApi;
  /** Issue 14: many units' workbooks into one sheet of this workbook (absent where the implementation has none). */
  readonly consolidation?: { run(files: readonly PickedFile[], lang: Lang): Promise<ConsolidateFilesOutcome> };
  /** Issue 11: making a template from the department's own table (absent where the implementation has none). */
  readonly authoring?: AuthoringApi;
}
