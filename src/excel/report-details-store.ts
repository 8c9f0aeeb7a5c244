// The report details (Số/ký hiệu, place, date, estimate, signer, recipients) remembered per
// workbook, in the document's settings (Office.context.document.settings, the Common API that
// Excel keeps inside the file), so the next report in the same workbook starts from them.
// Settings are an aid: where they cannot be read or saved the pane still works, and the
// details also live in each report sheet's header.
import type { ReportDetails } from "../core/reading";

const KEY = "chitieu.reportDetails.v1";

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** Validates what the settings hold: a file edited elsewhere may carry anything. */
export function detailsOf(value: unknown): ReportDetails | null {
  if (typeof value !== "object" || value === null) return null;
  const o = value as Record<string, unknown>;
  const text = ["number", "place", "date", "signerTitle", "signerName"] as const;
  if (!text.every((k) => typeof o[k] === "string") || typeof o.estimate !== "boolean" || !isStringArray(o.recipients)) return null;
  return {
    number: o.number as string, place: o.place as string, date: o.date as string, estimate: o.estimate,
    signerTitle: o.signerTitle as string, signerName: o.signerName as string, recipients: o.recipients,
  };
}

function settings(): Office.Settings | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? null) : null;
  } catch {
    return null;
  }
}

export function readRememberedDetails(): ReportDetails | null {
  const s = settings();
  if (s === null) return null;
  try {
    return detailsOf(s.get(KEY));
  } catch {
    return null;
  }
}

export type DetailsSaveResult = { readonly ok: true } | { readonly ok: false; readonly detail: string };

export function rememberDetails(details: ReportDetails): Promise<DetailsSaveResult> {
  const s = settings();
  if (s === null) return Promise.resolve({ ok: false, detail: "document settings unavailable" });
  try {
    s.set(KEY, { ...details, recipients: [...details.recipients] });
  } catch (e) {
    return Promise.resolve({ ok: false, detail: e instanceof Error ? e.message : String(e) });
  }
  return new Promise((resolve) => {
    s.saveAsync((result) => {
      // Compared as text: Office.AsyncResultStatus.Failed is "failed", and the enum object may be absent outside Office.
      resolve(String(result.status) === "failed" ? { ok: false, detail: result.error?.message ?? "saveAsync failed" } : { ok: true });
    });
  });
}
