// The report status in `chitieu check`: one line under each file's table, and a "status" object in
// --json: {"state","round","line","approval":{name,role,date,fingerprint}|null,"changedAfterApproval","changes":[...]}.
import { STATUS_CATALOGS } from "../core/i18n/status-catalog";
import type { Lang } from "../core/indicator";
import type { MarkedFigure } from "../core/review/review-mark";
import type { ReportState } from "../core/status/report-status";
import { statusLine } from "../core/status/status-words";
import type { StatusView } from "../core/status/status-view";

export interface JsonStatus {
  readonly state: ReportState;
  readonly round: number;
  /** The status as a sentence in the chosen language. */
  readonly line: string;
  readonly approval: { readonly name: string; readonly role: string; readonly date: string; readonly fingerprint: string } | null;
  /** "đã thay đổi sau khi duyệt": a figure differs from the approved ones. */
  readonly changedAfterApproval: boolean;
  /** Which figures changed since approval (old and new; null for an empty cell). */
  readonly changes: readonly { readonly code: string; readonly role: string; readonly before: MarkedFigure; readonly after: MarkedFigure }[];
}

export function jsonOfStatus(view: StatusView, lang: Lang): JsonStatus {
  const approval = view.status.approval;
  const changes = view.integrity.kind === "changed" ? view.integrity.changes : [];
  return {
    state: view.status.state,
    round: view.status.round,
    line: statusLine(view.status, view.integrity, lang),
    approval: approval === null ? null : { name: approval.actor.name, role: approval.actor.role, date: approval.date, fingerprint: approval.fingerprint },
    changedAfterApproval: view.integrity.kind === "changed",
    changes: changes.map((c) => ({ code: c.code, role: c.role, before: c.before ?? null, after: c.after ?? null })),
  };
}

/** "Tình trạng: Đã duyệt (…)" / "Status: Approved (…)". */
export const statusTextLine = (view: StatusView, lang: Lang): string =>
  `${STATUS_CATALOGS[lang].label}: ${statusLine(view.status, view.integrity, lang)}\n`;
