// The report's life as a state machine: Đang nhập (draft) → Đã gửi (submitted) → Trả lại
// (returned, with the reviewer's reasons) or Đã duyệt (approved). The history of events is the
// record (kept in the workbook); the state is what the events add up to, never stored apart from
// them, so the two cannot disagree. Core decides every transition; adapters only store the event.
import type { CheckResult } from "../check";
import type { Finding } from "../finding";
import type { SheetReading } from "../reading";
import type { Reviewer } from "../review/review-mark";
import { blockingFindings } from "./blockers";
import { figureChanges, fingerprintOf, reportFigures, type FigureChange, type ReportFigures } from "./report-figures";

export type ReportState = "draft" | "submitted" | "returned" | "approved";
export const REPORT_STATES: readonly ReportState[] = ["draft", "submitted", "returned", "approved"];

export type StatusAction = "submit" | "return" | "approve";
export const STATUS_ACTIONS: readonly StatusAction[] = ["submit", "return", "approve"];

/** Which action leads from which states. A return also reopens an approved report for a fix. */
const ALLOWED: Readonly<Record<StatusAction, readonly ReportState[]>> = {
  submit: ["draft", "returned"],
  return: ["submitted", "approved"],
  approve: ["submitted"],
};
const RESULT: Readonly<Record<StatusAction, ReportState>> = { submit: "submitted", return: "returned", approve: "approved" };

export const isAllowed = (action: StatusAction, from: ReportState): boolean => ALLOWED[action].includes(from);

/** A figure changed between two rounds, with who changed it, when (the round's event) and why. */
export interface RoundChange extends FigureChange {
  readonly reason: string;
}

export interface StatusEvent {
  /** The report sheet ("Quý I-2020"). */
  readonly sheet: string;
  /** 1 for the first submission; each later submission is the next round; return and approve keep it. */
  readonly round: number;
  readonly action: StatusAction;
  readonly actor: Reviewer;
  /** ISO date-time in UTC. */
  readonly date: string;
  /** return: the reviewer's reasons (at least one); submit: the note to the reviewer, if any. */
  readonly reasons: readonly string[];
  /** Of the figures at the event (every event has one; approval's is the one that locks). */
  readonly fingerprint: string;
  /** The figures themselves (submit and approve), to name what changes later. */
  readonly figures: ReportFigures;
  /** submit of round 2 and later: what changed since the previous round's submission. */
  readonly changes: readonly RoundChange[];
}

export interface ReportStatus {
  readonly sheet: string;
  readonly state: ReportState;
  /** 0 until the first submission. */
  readonly round: number;
  readonly history: readonly StatusEvent[];
  /** The latest event, null for a draft never submitted. */
  readonly last: StatusEvent | null;
  /** The submission of the current round (what a reviewer judges). */
  readonly submission: StatusEvent | null;
  /** The approval that stands (state approved), else null. */
  readonly approval: StatusEvent | null;
}

/** The status of one sheet from the workbook's history (every sheet's events, oldest first). */
export function reportStatus(history: readonly StatusEvent[], sheet: string): ReportStatus {
  const mine = history.filter((e) => e.sheet === sheet);
  let state: ReportState = "draft";
  let round = 0;
  let submission: StatusEvent | null = null;
  let approval: StatusEvent | null = null;
  const kept: StatusEvent[] = [];
  for (const e of mine) {
    // An event that could not have happened (a history edited by hand) is skipped, not believed.
    if (!isAllowed(e.action, state)) continue;
    kept.push(e);
    state = RESULT[e.action];
    if (e.action === "submit") {
      round = e.round;
      submission = e;
    }
    approval = e.action === "approve" ? e : null;
  }
  return { sheet, state, round, history: kept, last: kept[kept.length - 1] ?? null, submission, approval };
}

export interface StatusRequest {
  readonly action: StatusAction;
  readonly actor: Reviewer;
  readonly date: string;
  /** return: the reviewer's reasons; submit: an optional note, also the reason of each change without its own. */
  readonly reasons?: readonly string[];
  /** submit: a reason per changed indicator code. */
  readonly changeReasons?: Readonly<Record<string, string>>;
}

export type StatusRefusal =
  | { readonly reason: "not-allowed"; readonly from: ReportState; readonly action: StatusAction }
  /** Errors or unexplained shortfalls remain: the list to fix. */
  | { readonly reason: "blocking"; readonly blockers: readonly Finding[] }
  | { readonly reason: "reasons-required" }
  | { readonly reason: "no-actor" };

export type StatusDecision =
  | { readonly ok: true; readonly event: StatusEvent; readonly status: ReportStatus }
  | { readonly ok: false; readonly refusal: StatusRefusal };

const clean = (s: string): string => s.normalize("NFC").trim();

/** Decides one action on a report as it stands now (its reading and check of this moment). */
export function decideStatus(
  status: ReportStatus,
  request: StatusRequest,
  now: { readonly reading: SheetReading; readonly result: CheckResult },
): StatusDecision {
  const refuse = (refusal: StatusRefusal): StatusDecision => ({ ok: false, refusal });
  if (!isAllowed(request.action, status.state)) return refuse({ reason: "not-allowed", from: status.state, action: request.action });
  if (clean(request.actor.name) === "") return refuse({ reason: "no-actor" });
  const reasons = (request.reasons ?? []).map(clean).filter((r) => r !== "");
  if (request.action === "return" && reasons.length === 0) return refuse({ reason: "reasons-required" });
  if (request.action !== "return") {
    const blockers = blockingFindings(now.result);
    if (blockers.length > 0) return refuse({ reason: "blocking", blockers });
  }
  const figures = reportFigures(now.reading);
  const round = request.action === "submit" ? status.round + 1 : status.round;
  const note = reasons.join("; ");
  const changes: RoundChange[] =
    request.action === "submit" && status.submission !== null
      ? figureChanges(status.submission.figures, figures).map((c) => ({ ...c, reason: clean(request.changeReasons?.[c.code] ?? "") || note }))
      : [];
  const event: StatusEvent = {
    sheet: status.sheet,
    round,
    action: request.action,
    actor: { name: clean(request.actor.name), role: clean(request.actor.role) },
    date: request.date,
    reasons,
    fingerprint: fingerprintOf(figures),
    figures: request.action === "return" ? [] : figures,
    changes,
  };
  return { ok: true, event, status: reportStatus([...status.history, event], status.sheet) };
}

export type ApprovalIntegrity =
  | { readonly kind: "not-approved" }
  | { readonly kind: "intact"; readonly approval: StatusEvent }
  /** "đã thay đổi sau khi duyệt": the figures no longer match the approved fingerprint. */
  | { readonly kind: "changed"; readonly approval: StatusEvent; readonly changes: readonly FigureChange[] };

/** Whether an approved report still holds the figures that were approved, and if not, which changed. */
export function approvalIntegrity(status: ReportStatus, current: ReportFigures): ApprovalIntegrity {
  const approval = status.approval;
  if (approval === null) return { kind: "not-approved" };
  if (fingerprintOf(current) === approval.fingerprint) return { kind: "intact", approval };
  return { kind: "changed", approval, changes: figureChanges(approval.figures, current) };
}

/**
 * What a reviewer of this round looks at: the changes since the previous round (as submitted), and
 * any figure typed since the submission itself (the sheet is not locked while it waits).
 */
export function changesForReview(status: ReportStatus, current: ReportFigures): {
  readonly sinceLastRound: readonly RoundChange[];
  readonly sinceSubmission: readonly FigureChange[];
} {
  const submission = status.submission;
  if (submission === null) return { sinceLastRound: [], sinceSubmission: [] };
  return { sinceLastRound: submission.changes, sinceSubmission: figureChanges(submission.figures, current) };
}
