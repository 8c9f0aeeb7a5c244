// Consolidation in the add-in: the units' workbooks the user picks (as bytes; Office gives an
// add-in no access to other open workbooks) are read by src/xlsx, loaded lazily with ExcelJS,
// consolidated by core, and the result is written as a sheet of the open workbook with the
// summary's writer: a fresh sheet, named "Tổng hợp đơn vị (2)" and on when that name is taken, so
// that an earlier result (perhaps annotated since) or someone's own sheet is never replaced.
import type { HostFacts } from "./addin-api";
import { consolidate, type Consolidation, type ConsolidationSource } from "../core/consolidation/consolidate";
import { planConsolidationSheet } from "../core/consolidation/consolidation-sheet";
import { checkReading } from "../core/check";
import { CONSOLIDATION_WORDS } from "../core/i18n/consolidation-words";
import type { Lang } from "../core/indicator";
import { writeSummarySheet } from "./export-summary";
import { knownTemplateList } from "./templates";

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ConsolidateFilesOutcome =
  | { readonly ok: true; readonly sheetName: string; readonly consolidation: Extract<Consolidation, { ok: true }> }
  | { readonly ok: false; readonly reason: "no-report"; readonly consolidation: Extract<Consolidation, { ok: false }> }
  | { readonly ok: false; readonly reason: "host-error"; readonly detail: string };

/** "phong-vh-duy-tien.xlsx" → "phong-vh-duy-tien": a file is its unit, as on the command line. */
const unitOf = (name: string): string => name.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");

export async function consolidateFiles(files: readonly PickedFile[], lang: Lang, facts: HostFacts): Promise<ConsolidateFilesOutcome> {
  const { readReportFile } = await import(/* webpackChunkName: "xlsx-report-file" */ "../xlsx/report-file");
  const words = CONSOLIDATION_WORDS[lang];
  const templates = knownTemplateList();
  const sources: ConsolidationSource[] = [];
  for (const file of files) {
    const unit = unitOf(file.name);
    const read = await readReportFile(file.bytes, templates);
    if (!read.ok) {
      const error = read.reason === "unknown-template" ? words.unreadable["unknown-template"](read.templateId) : words.unreadable[read.reason];
      sources.push({ kind: "unusable", file: file.name, unit, error });
      continue;
    }
    sources.push({ kind: "report", file: file.name, unit, template: read.template, reading: read.reading, result: checkReading(read.template, read.reading), history: read.history });
  }
  const c = consolidate(sources);
  if (!c.ok) return { ok: false, reason: "no-report", consolidation: c };
  const written = await writeSummarySheet(planConsolidationSheet(c, lang), facts);
  return written.ok ? { ok: true, sheetName: written.sheetName, consolidation: c } : { ok: false, reason: "host-error", detail: written.detail };
}
