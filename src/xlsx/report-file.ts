// One unit's workbook as bytes (a file the user picked in the pane, or read from disk): its latest
// template sheet and its status history, or why it cannot be used, as data.
import type { SheetReading } from "../core/reading";
import type { StatusEvent } from "../core/status/report-status";
import type { Template, TemplateId } from "../core/template/template";
import { readStatusHistory } from "./status-sheet";
import { latestTemplateSheet, readTemplateSheets } from "./template-sheets";
import { loadWorkbook } from "./workbook-bytes";

export type ReportFile =
  | { readonly ok: true; readonly template: Template; readonly reading: SheetReading; readonly history: readonly StatusEvent[] }
  | { readonly ok: false; readonly reason: "not-a-workbook" | "no-template-sheet" }
  | { readonly ok: false; readonly reason: "unknown-template"; readonly templateId: TemplateId };

export async function readReportFile(bytes: Uint8Array, templates: readonly Template[]): Promise<ReportFile> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return { ok: false, reason: "not-a-workbook" };
  const found = readTemplateSheets(loaded.workbook, templates);
  const latest = latestTemplateSheet(found.sheets);
  if (latest === null) {
    return found.unknownTemplates.length > 0 ? { ok: false, reason: "unknown-template", templateId: found.unknownTemplates[0] } : { ok: false, reason: "no-template-sheet" };
  }
  return { ok: true, template: latest.template, reading: latest.reading, history: readStatusHistory(loaded.workbook) };
}
