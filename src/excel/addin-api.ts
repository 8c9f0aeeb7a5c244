// The small interface through which the task pane reaches Excel. The pane imports these
// types and receives an implementation from src/excel (the real one over Office.js, the same
// one over the stand-in host in the workbench); components never call Office.js themselves.
import type { QualifiedAddress } from "../core/finding";
import type { Grade } from "../core/grading/grade";
import type { Lang } from "../core/indicator";
import type { Period } from "../core/periods/period";
import type { ReportDetails, SheetReading } from "../core/reading";
import type { CheckResult } from "../core/check";
import type { SummaryReadiness } from "../core/summary/summary-readiness";
import type { Template } from "../core/template/template";

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
  /** A sheet of that period that the add-in built: ask, then load again with `replaceExisting` (figures kept). */
  | { readonly ok: false; readonly reason: "sheet-exists"; readonly sheetName: string }
  /** A sheet of that name exists but the add-in did not build it (someone's own sheet): rename it first; it is never overwritten. */
  | { readonly ok: false; readonly reason: "name-taken"; readonly sheetName: string };

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
  /** May it leave: errors are exported only with ExportOptions.allowErrors; an empty report never. */
  readonly readiness: SummaryReadiness;
}

/** allowErrors: the user chose to export a report with errors, marked as holding unverified figures. */
export interface ExportOptions {
  readonly allowErrors?: boolean;
}

export type SummaryFailure = {
  readonly ok: false;
  /**
   * not-a-report: the sheet is not a template sheet the add-in can read; not-supported: the host lacks
   * the API; empty: no figure typed; has-errors: the check found errors and the user did not allow them.
   */
  readonly reason: "not-a-report" | "not-supported" | "host-error" | "empty" | "has-errors";
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
  writeSheet(sourceSheet: string, lang: Lang, options?: ExportOptions): Promise<SummaryExportOutcome>;
  openWorkbook(sourceSheet: string, lang: Lang, options?: ExportOptions): Promise<SummaryExportOutcome>;
  download(sourceSheet: string, lang: Lang, options?: ExportOptions): Promise<SummaryExportOutcome>;
}

/** Why an Excel operation could not run; the pane shows the catalogue message for the reason. */
export type ExcelFailure =
  | { readonly ok: false; readonly reason: "no-sheet"; readonly sheetName: string }
  /** The sheet is not one the add-in loaded (no template marker), or its template is unknown. */
  | { readonly ok: false; readonly reason: "not-a-template"; readonly sheetName: string; readonly detail: string }
  /** Excel refused the batch (an unexpected host error): the detail is for the log, not the user. */
  | { readonly ok: false; readonly reason: "excel-error"; readonly detail: string };

/** How findings reach the cells besides the status column: comments (ExcelApi 1.10), or neither. */
export type CellMarks = "comments" | "none";

export type CheckOutcome =
  | {
      readonly ok: true;
      readonly sheetName: string;
      readonly reading: SheetReading;
      readonly result: CheckResult;
      /** What was written on flagged cells (live re-checks write nothing: "none"). */
      readonly marks: CellMarks;
    }
  | ExcelFailure;

/** A live re-check after staff typed or pasted; nothing is written to the sheet. */
export interface LiveUpdate {
  readonly sheetName: string;
  /** The changed address as Excel reported it ("E15", "E15:E40"). */
  readonly changed: string;
  /** "cells": only the changed cells were re-read; "table": a paste or a row change, the whole sheet was. */
  readonly reread: "cells" | "table";
  readonly outcome: CheckOutcome;
}

export type Unsubscribe = () => Promise<void>;

export type SelectOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "sheet-missing" | "bad-address" | "excel-error"; readonly detail: string };

/**
 * What src/excel offers the pane (implemented by createExcelAddin() in src/excel/addin.ts).
 * Every method runs one user action as one Excel.run and reports expected failures as data.
 */
export interface ExcelAddin {
  facts(): Promise<HostFacts>;
  /** The template sheets of the open workbook, in tab order. */
  listTemplateSheets(): Promise<readonly TemplateSheetInfo[]>;
  loadTemplate(request: LoadTemplateRequest, onProgress?: ProgressListener): Promise<LoadTemplateResult | ExcelFailure>;
  /** Reads, validates and highlights one sheet (the active one when no name is given). */
  check(sheetName?: string): Promise<CheckOutcome>;
  /** Re-validates as staff type; the callback receives each update. */
  watch(onUpdate: (update: LiveUpdate) => void, sheetName?: string): Promise<Unsubscribe | ExcelFailure>;
  /** Activates the finding's sheet and selects its cell. */
  selectCell(address: QualifiedAddress): Promise<SelectOutcome>;
}
