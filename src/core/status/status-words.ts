// Sentences about a report's status, shared by the pane, `chitieu check` and the summary. The
// words themselves live in the catalogues (i18n/status-vi.ts, i18n/status-en.ts).
import type { Finding } from "../finding";
import type { Lang } from "../indicator";
import { formatDate } from "../periods/period-window";
import { STATUS_CATALOGS } from "../i18n/status-catalog";
import type { ApprovalIntegrity, ReportStatus, StatusRefusal } from "./report-status";
import { changedCodes } from "./report-figures";

/**
 * A moment as the province reads it: Vietnam time (UTC+7, no daylight saving), so the pane, the
 * command line and the printed summary say the same hour whatever the computer's time zone.
 */
export function vietnamMoment(iso: string, lang: Lang): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 7 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} ${formatDate(day, lang)}`;
}

/** "Đã duyệt (Nguyễn Thị Lan, Trưởng phòng, 15:05 20/03/2020)"; "Đang nhập"; "Trả lại (…): reasons". */
export function statusLine(status: ReportStatus, integrity: ApprovalIntegrity, lang: Lang): string {
  const w = STATUS_CATALOGS[lang];
  const last = status.last;
  const base = last === null ? w.state[status.state] : w.stateBy(w.state[status.state], last.actor.name, last.actor.role, vietnamMoment(last.date, lang));
  if (integrity.kind === "changed") return `${base}. ${w.changedAfterApproval(changedCodes(integrity.changes))}`;
  if (status.state === "returned" && last !== null && last.reasons.length > 0) return `${base}: ${last.reasons.join("; ")}`;
  return base;
}

/** The summary's status sentence: who approved it, or that it is not approved (and why it no longer is). */
export function summaryStatusLine(status: ReportStatus, integrity: ApprovalIntegrity, lang: Lang): string {
  const w = STATUS_CATALOGS[lang];
  if (integrity.kind === "intact") {
    const a = integrity.approval;
    return w.summaryApproved(a.actor.name, a.actor.role, vietnamMoment(a.date, lang));
  }
  if (integrity.kind === "changed") return w.summaryChanged(changedCodes(integrity.changes));
  return w.summaryNotApproved(w.state[status.state]);
}

export function refusalMessage(refusal: StatusRefusal, lang: Lang, findingText: (f: Finding) => string): string {
  const w = STATUS_CATALOGS[lang];
  switch (refusal.reason) {
    case "not-allowed":
      return w.notAllowed(w.action[refusal.action], w.state[refusal.from]);
    case "reasons-required":
      return w.reasonsRequired;
    case "no-actor":
      return w.noActor;
    case "blocking":
      return [w.blocking(refusal.blockers.length), ...refusal.blockers.map((f) => `- ${f.code}: ${findingText(f)}`)].join("\n");
  }
}
