// From a snapshot to a validated reading: core reads the sheet by its marks and checks it.
// Shared by the check (which then highlights) and the live watcher (which never writes).
import { checkReading, type CheckResult } from "../core/check";
import { readSheet, type SheetLayout } from "../core/layout/read-sheet";
import type { SheetReading } from "../core/reading";
import type { SheetSnapshot } from "../core/snapshot";
import type { Template } from "../core/template/template";
import type { ExcelFailure } from "./addin-api";
import { knownTemplate } from "./templates";

export type Evaluation =
  | { readonly ok: true; readonly template: Template; readonly reading: SheetReading; readonly layout: SheetLayout; readonly result: CheckResult }
  | ExcelFailure;

export function evaluateSnapshot(snapshot: SheetSnapshot): Evaluation {
  const read = readSheet(snapshot, knownTemplate);
  if (!read.ok) {
    const detail = read.templateId !== undefined ? `${read.reason}: ${read.templateId}` : read.reason;
    return { ok: false, reason: "not-a-template", sheetName: snapshot.name, detail };
  }
  const template = knownTemplate(read.marker.templateId);
  // readSheet found the template through the same lookup: its absence here would be a bug.
  if (template === undefined) throw new Error(`Template ${read.marker.templateId} vanished between read and check`);
  return { ok: true, template, reading: read.reading, layout: read.layout, result: checkReading(template, read.reading) };
}
