// Everything a reader of the report's status needs, decided once from the history and the figures
// of this moment: the pane, `chitieu check` and the summary show the same facts.
import type { CheckResult } from "../check";
import type { Finding } from "../finding";
import type { SheetReading } from "../reading";
import { blockingFindings } from "./blockers";
import { reportFigures, type FigureChange } from "./report-figures";
import {
  approvalIntegrity, changesForReview, reportStatus, type ApprovalIntegrity, type ReportStatus, type RoundChange, type StatusEvent,
} from "./report-status";

export interface StatusView {
  readonly status: ReportStatus;
  readonly integrity: ApprovalIntegrity;
  /** What the reviewer of this round looks at. */
  readonly sinceLastRound: readonly RoundChange[];
  readonly sinceSubmission: readonly FigureChange[];
  /** What would refuse a submit or an approval now. */
  readonly blockers: readonly Finding[];
}

export function statusViewOf(history: readonly StatusEvent[], reading: SheetReading, result: CheckResult): StatusView {
  const status = reportStatus(history, reading.sheetName);
  const figures = reportFigures(reading);
  const review = changesForReview(status, figures);
  return {
    status,
    integrity: approvalIntegrity(status, figures),
    sinceLastRound: review.sinceLastRound,
    sinceSubmission: review.sinceSubmission,
    blockers: blockingFindings(result),
  };
}
