// The small interface through which the task pane reaches Excel. The pane imports these
// types and receives an implementation from src/excel (the real one over Office.js, the same
// one over the stand-in host in the workbench); components never call Office.js themselves.
import type { QualifiedAddress } from "../core/finding";
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
