// The whole way from a snapshot of a report sheet to its summary, shared by the command line and
// the add-in so that both export the same document from the same cells.
import { checkReading, type CheckResult } from "../check";
import type { Lang } from "../indicator";
import { readSheet, type SheetReadFailure } from "../layout/read-sheet";
import type { SheetReading } from "../reading";
import type { SheetPlan } from "../sheet-plan";
import type { SheetSnapshot } from "../snapshot";
import type { StatusEvent } from "../status/report-status";
import { summaryStatusLine } from "../status/status-words";
import { statusViewOf } from "../status/status-view";
import type { Template, TemplateId } from "../template/template";
import { summaryReadiness, type SummaryReadiness } from "../summary/summary-readiness";
import { planSummarySheet, summaryDigest, type SummaryDigest } from "./plan-summary-sheet";

export type SummaryOfSheet =
  | {
      readonly ok: true;
      readonly template: Template;
      readonly reading: SheetReading;
      readonly result: CheckResult;
      /** Whether it may leave; a plan made despite errors says its figures are unverified. */
      readonly readiness: SummaryReadiness;
      readonly plan: SheetPlan;
      readonly digest: SummaryDigest;
    }
  | { readonly ok: false; readonly reason: SheetReadFailure; readonly templateId?: TemplateId };

export function summaryOfSnapshot(
  snapshot: SheetSnapshot,
  templates: (id: TemplateId) => Template | undefined,
  lang: Lang,
  /** The workbook's status history: the summary states the status and who approved it (none: not approved). */
  history: readonly StatusEvent[] = [],
): SummaryOfSheet {
  const read = readSheet(snapshot, templates);
  if (!read.ok) return read.templateId === undefined ? { ok: false, reason: read.reason } : { ok: false, reason: read.reason, templateId: read.templateId };
  const template = templates(read.reading.template.id);
  // readSheet found this template a moment ago: not finding it again is a bug.
  if (template === undefined) throw new Error(`Template ${read.reading.template.id} vanished between reads`);
  const result = checkReading(template, read.reading);
  const readiness = summaryReadiness(result);
  const unverified = !readiness.ok && readiness.reason === "errors" ? readiness.errors.length : undefined;
  return {
    ok: true,
    template,
    reading: read.reading,
    result,
    readiness,
    plan: planSummarySheet(template, read.reading, result, lang, {
      ...(unverified === undefined ? {} : { unverifiedErrors: unverified }),
      status: summaryStatusOf(history, read.reading, result, lang),
    }),
    digest: summaryDigest(template, read.reading, result, lang),
  };
}

/** The summary's status sentence, judged against the figures the summary is made from. */
export function summaryStatusOf(history: readonly StatusEvent[], reading: SheetReading, result: CheckResult, lang: Lang): string {
  const view = statusViewOf(history, reading, result);
  return summaryStatusLine(view.status, view.integrity, lang);
}
