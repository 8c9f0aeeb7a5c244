// Saving the summary as a file from the pane, only where the host lets a pane download:
// Excel on the web (its add-in frame carries allow-downloads since mid-2020, OfficeDev/office-js
// #1221) and a plain browser (the workbench). Desktop Excel's web views swallow downloads
// (OfficeDev/office-js #1500, #1241), so there the user opens the summary as a new workbook instead.
import type { HostFacts } from "./addin-api";
import type { SheetPlan } from "../core/sheet-plan";
import { describeError } from "./office-errors";
import { summaryBytes } from "./export-summary";

export type SummaryDownloadOutcome =
  | { readonly ok: true; readonly fileName: string }
  | { readonly ok: false; readonly reason: "not-supported" | "host-error"; readonly detail: string };

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Whether this host lets the pane download a file. */
export function downloadAllowed(facts: HostFacts): boolean {
  if (!facts.inExcel) return typeof document !== "undefined";
  return Office.context.platform === Office.PlatformType.OfficeOnline;
}

/** Hands a file to the browser as a download named `fileName` (throws where the page cannot). */
export function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Builds the summary's bytes and hands them to the browser as a download named `fileName`. */
export async function downloadSummary(plan: SheetPlan, facts: HostFacts, fileName: string): Promise<SummaryDownloadOutcome> {
  if (!downloadAllowed(facts)) return { ok: false, reason: "not-supported", detail: "download" };
  try {
    const bytes = await summaryBytes(plan);
    offerDownload(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), fileName);
    return { ok: true, fileName };
  } catch (error) {
    return { ok: false, reason: "host-error", detail: describeError(error) };
  }
}
