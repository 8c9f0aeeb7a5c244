// The Export step's operations over Office.js: read the report sheet, make its summary with the
// same core pipeline as `chitieu summary`, then write it where the user asked.
import type { ExportOptions, HostFacts, SummaryExportApi, SummaryExportOutcome, SummaryFailure, SummaryPreviewOutcome } from "./addin-api";
import type { Lang } from "../core/indicator";
import { summaryOfSnapshot, type SummaryOfSheet } from "../core/summary-sheet/summary-of-sheet";
import type { Template, TemplateId } from "../core/template/template";
import { downloadAllowed, downloadSummary } from "./export-summary-download";
import { openSummaryWorkbook, writeSummarySheet } from "./export-summary";
import { describeError, isItemNotFound } from "./office-errors";
import { queueSheetRead } from "./read-sheet";
import { statusHistoryOf, STATUS_SHEET_NAME } from "./status-store";
import { knownTemplate } from "./templates";

export type TemplateLookup = (id: TemplateId) => Template | undefined;


type Made = Extract<SummaryOfSheet, { ok: true }>;

/** Reads the report sheet in one round trip and makes its summary. */
async function makeSummary(sourceSheet: string, lang: Lang, templates: TemplateLookup): Promise<Made | SummaryFailure> {
  let made: SummaryOfSheet;
  try {
    made = await Excel.run(async (context) => {
      const read = queueSheetRead(context.workbook.worksheets.getItem(sourceSheet));
      // The status (who approved it) is stated on the summary: looked up in the same sync.
      const status = context.workbook.worksheets.getItemOrNullObject(STATUS_SHEET_NAME);
      await context.sync();
      const { history } = await statusHistoryOf(context, status);
      return summaryOfSnapshot(read(sourceSheet), templates, lang, history);
    });
  } catch (error) {
    if (isItemNotFound(error)) return { ok: false, reason: "not-a-report", detail: sourceSheet };
    return { ok: false, reason: "host-error", detail: describeError(error) };
  }
  if (!made.ok) return { ok: false, reason: "not-a-report", detail: made.templateId === undefined ? made.reason : `${made.reason} (${made.templateId})` };
  return made;
}

/**
 * The summary, when it may leave: never an empty report; a report with errors only when the user
 * chose to export it anyway (its plan then says the figures are unverified).
 */
async function summaryToExport(sourceSheet: string, lang: Lang, templates: TemplateLookup, options: ExportOptions | undefined): Promise<Made | SummaryFailure> {
  const made = await makeSummary(sourceSheet, lang, templates);
  if (!made.ok || made.readiness.ok) return made;
  if (made.readiness.reason === "empty") return { ok: false, reason: "empty", detail: sourceSheet };
  if (options?.allowErrors === true) return made;
  return { ok: false, reason: "has-errors", detail: String(made.readiness.errors.length) };
}

export function createSummaryExportApi(facts: HostFacts, templates: TemplateLookup = knownTemplate): SummaryExportApi {
  return {
    canOpenWorkbook: facts.supports.createWorkbook,
    canDownload: downloadAllowed(facts),
    async preview(sourceSheet, lang): Promise<SummaryPreviewOutcome> {
      const made = await makeSummary(sourceSheet, lang, templates);
      if (!made.ok) return made;
      return { ok: true, preview: { sourceSheet, ...made.digest, readiness: made.readiness } };
    },
    async writeSheet(sourceSheet, lang, options): Promise<SummaryExportOutcome> {
      const made = await summaryToExport(sourceSheet, lang, templates, options);
      if (!made.ok) return made;
      const written = await writeSummarySheet(made.plan, facts);
      return written.ok ? { ok: true, action: "sheet", sheetName: written.sheetName, pageSetup: written.pageSetup } : written;
    },
    async openWorkbook(sourceSheet, lang, options): Promise<SummaryExportOutcome> {
      if (!facts.supports.createWorkbook) return { ok: false, reason: "not-supported", detail: "ExcelApi 1.8" };
      const made = await summaryToExport(sourceSheet, lang, templates, options);
      if (!made.ok) return made;
      const opened = await openSummaryWorkbook(made.plan, facts);
      return opened.ok ? { ok: true, action: "workbook" } : opened;
    },
    async download(sourceSheet, lang, options): Promise<SummaryExportOutcome> {
      const made = await summaryToExport(sourceSheet, lang, templates, options);
      if (!made.ok) return made;
      const saved = await downloadSummary(made.plan, facts, made.digest.fileName);
      return saved.ok ? { ok: true, action: "download", fileName: saved.fileName } : saved;
    },
  };
}
