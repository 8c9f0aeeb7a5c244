// What the pane says after an export: a notice per outcome, in the step's catalogue.
import type { SummaryExportOutcome, SummaryFailure } from "../../excel/addin-api";
import type { SummaryReadiness } from "../../core/summary/summary-readiness";
import type { ExportMessages } from "./export-messages";

export interface OutcomeNotice {
  readonly intent: "success" | "warning" | "error";
  readonly text: string;
  /** A second line (the print advice when the host could not set the page). */
  readonly note?: string;
}

export function failureText(failure: SummaryFailure, m: ExportMessages): string {
  switch (failure.reason) {
    case "not-a-report": return m.notAReport(failure.detail);
    case "not-supported": return m.notSupported;
    case "host-error": return m.hostError(failure.detail);
    case "empty": return m.emptyReport;
    case "has-errors": return m.refusedErrors;
  }
}

export function outcomeNotice(outcome: SummaryExportOutcome, m: ExportMessages): OutcomeNotice {
  if (!outcome.ok) return { intent: "error", text: failureText(outcome, m) };
  switch (outcome.action) {
    case "sheet":
      return outcome.pageSetup
        ? { intent: "success", text: m.wroteSheet(outcome.sheetName) }
        : { intent: "success", text: m.wroteSheet(outcome.sheetName), note: m.wroteSheetNoLayout };
    case "workbook": return { intent: "success", text: m.openedWorkbook };
    case "download": return { intent: "success", text: m.downloaded(outcome.fileName) };
  }
}

/** The export buttons work: a ready report, or one with errors the user chose to export marked unverified. */
export function exportAllowed(readiness: SummaryReadiness, allowErrors: boolean): boolean {
  return readiness.ok || (readiness.reason === "errors" && allowErrors);
}
