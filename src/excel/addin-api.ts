// The small interface through which the task pane reaches Excel. The pane imports these
// types and receives an implementation from src/excel (the real one over Office.js, the same
// one over the stand-in host in the workbench); components never call Office.js themselves.
import type { QualifiedAddress } from "../core/finding";
import type { Grade } from "../core/grade";
import type { Lang } from "../core/indicator";
import type { Period } from "../core/period";
import type { ReportDetails } from "../core/reading";
import type { Template } from "../core/template";

/** ExcelApi requirement-set versions the add-in knows about ("1.7" is the manifest's minimum). */
export type ApiLevel = `1.${number}`;

/** What the host can do, detected once after Office.onReady. */
export interface HostFacts {
  /** false when the pane was opened outside Excel (a plain browser). */
  readonly inExcel: boolean;
  /** Office's UI language, e.g. "vi-VN", "en-US". */
  readonly displayLanguage: string;
  /** The highest ExcelApi level supported, or null outside Excel. */
  readonly apiLevel: ApiLevel | null;
  readonly supports: {
    readonly dataValidation: boolean; // ExcelApi 1.8
    readonly createWorkbook: boolean; // ExcelApi 1.8
    readonly pageLayout: boolean; // ExcelApi 1.9
    readonly comments: boolean; // ExcelApi 1.10
    readonly notes: boolean; // ExcelApi 1.18
  };
}

/** A template sheet found in the open workbook. */
export interface TemplateSheetInfo {
  readonly sheetName: string;
  readonly templateId: string;
  readonly templateVersion: string;
  readonly period: Period;
}

export interface LoadTemplateRequest {
  readonly template: Template;
  readonly period: Period;
  readonly details: ReportDetails;
  /** The user agreed to rebuild an existing sheet of that period (typed figures are kept). */
  readonly replaceExisting: boolean;
}

export type LoadTemplateResult =
  | { readonly ok: true; readonly sheetName: string; readonly carriedFrom: readonly string[] }
  | { readonly ok: false; readonly reason: "sheet-exists"; readonly sheetName: string };

/** Progress of a long operation, 0..1, with a catalogue key for what is happening. */
export type ProgressListener = (fraction: number, step: string) => void;

/** Issue 7: what the Export step shows before anything is written (the summary's own words). */
export interface SummaryPreview {
  /** The report sheet the summary is made from. */
  readonly sourceSheet: string;
  readonly title: string;
  readonly verdict: string;
  readonly counts: Readonly<Record<Grade, number>>;
  /** Indicators with a target that were graded. */
  readonly graded: number;
  readonly estimate: boolean;
  /** The suggested file name of the exported workbook. */
  readonly fileName: string;
}

export type SummaryFailure = {
  readonly ok: false;
  /** not-a-report: the sheet is not a template sheet the add-in can read; not-supported: the host lacks the API. */
  readonly reason: "not-a-report" | "not-supported" | "host-error";
  readonly detail: string;
};

export type SummaryPreviewOutcome = { readonly ok: true; readonly preview: SummaryPreview } | SummaryFailure;

export type SummaryExportOutcome =
  | { readonly ok: true; readonly action: "sheet"; readonly sheetName: string; readonly pageSetup: boolean }
  | { readonly ok: true; readonly action: "workbook" }
  | { readonly ok: true; readonly action: "download"; readonly fileName: string }
  | SummaryFailure;

/** The summary's operations, in the pane's language. */
export interface SummaryExportApi {
  /** ExcelApi 1.8: the summary can open as a new workbook. */
  readonly canOpenWorkbook: boolean;
  /** The host lets the pane download a file (Excel on the web, a plain browser). */
  readonly canDownload: boolean;
  preview(sourceSheet: string, lang: Lang): Promise<SummaryPreviewOutcome>;
  /** Adds or refreshes the "Tổng hợp" sheet of the open workbook. */
  writeSheet(sourceSheet: string, lang: Lang): Promise<SummaryExportOutcome>;
  openWorkbook(sourceSheet: string, lang: Lang): Promise<SummaryExportOutcome>;
  download(sourceSheet: string, lang: Lang): Promise<SummaryExportOutcome>;
}
