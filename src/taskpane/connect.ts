// Builds the pane's PaneApi from src/excel's operations, after Office.onReady. The same
// function serves Excel and the workbench (where the stand-in host is installed as the
// Office globals first), so the workbench exercises the real adapters.
//
// The operations that carry the engine (layout, rules, the summary pipeline) are imported on
// first use: the first screen ships only the pane, and their chunk loads while the user reads it.
import type { QualifiedAddress } from "../core/finding";
import { findingMessage } from "../core/i18n";
import type { CheckResult } from "../core/check";
import type { SheetReading } from "../core/reading";
import type { Template } from "../core/template/template";
import type { CheckOutcome as ExcelCheckOutcome, ExcelFailure, HostFacts, SummaryExportApi } from "../excel/addin-api";
import { hostFacts } from "../excel/host-facts";
import { officeThemeColors } from "../excel/office-theme";
import { readRememberedDetails, rememberDetails } from "../excel/report-details-store";
import { appendReviewMarks, readReviewMarks } from "../excel/review-store";
import { selectCell } from "../excel/select";
import type { CheckOutcome, CheckView, IndicatorFacts, PaneApi } from "./pane-api";
import type { AuthoringApi } from "../excel/authoring-api";

const engine = () => import(/* webpackChunkName: "excel-engine" */ "./engine");
const addin = () => engine().then((m) => m.createExcelAddin());

/** The pane's view of a check: names and sections from the template, figures as read. */
export function checkViewOf(sheetName: string, reading: SheetReading, result: CheckResult, template: Template | undefined): CheckView {
  const figures = new Map<string, number | string | boolean | null>();
  for (const ind of reading.indicators) {
    for (const cell of Object.values(ind.cells)) {
      if (cell === undefined) continue;
      const v = cell.value;
      figures.set(cell.address, typeof v === "object" && v !== null ? v.error : v);
    }
  }
  const defs = new Map<string, { section: Template["sections"][number]; def: Template["sections"][number]["indicators"][number] }>();
  for (const section of template?.sections ?? []) for (const def of section.indicators) defs.set(def.code, { section, def });
  const indicators: IndicatorFacts[] = result.indicators.map((r) => {
    const d = defs.get(r.code);
    const cell = (r.cells.actual ?? Object.values(r.cells)[0] ?? "") as QualifiedAddress;
    return {
      code: r.code,
      section: d?.section.name ?? { vi: "", en: "" },
      name: d?.def.name ?? { vi: r.code, en: r.code },
      unit: d?.def.unit ?? { vi: "", en: "" },
      cell,
      figure: figures.get(cell) ?? null,
      target: r.target,
      grade: r.grade,
      explanation: r.explanation,
    };
  });
  return {
    sheetName,
    indicators,
    findings: result.findings,
    figureAt: (cell) => figures.get(cell) ?? null,
    message: (f, lang) => findingMessage(f, lang),
  };
}

function failureText(o: Exclude<ExcelCheckOutcome, { ok: true }>): string {
  return o.reason === "no-sheet" ? o.sheetName : o.detail;
}

async function toOutcome(o: ExcelCheckOutcome): Promise<CheckOutcome> {
  if (!o.ok) return { ok: false, detail: failureText(o) };
  const { knownTemplate } = await engine();
  return { ok: true, view: checkViewOf(o.sheetName, o.reading, o.result, knownTemplate(o.result.template.id)) };
}

/**
 * The Export step's operations, loaded with the engine. What the host allows is known once the
 * engine's chunk is in (it is fetched at start-up, long before anyone opens the Export step).
 */
function lazySummary(facts: HostFacts): SummaryExportApi {
  let ready: SummaryExportApi | null = null;
  const api = () => engine().then((m) => (ready ??= m.createSummaryExportApi(facts)));
  if (facts.inExcel) void api();
  return {
    get canOpenWorkbook() {
      return ready?.canOpenWorkbook ?? facts.supports.createWorkbook;
    },
    get canDownload() {
      return ready?.canDownload ?? false;
    },
    preview: async (sheet, lang) => (await api()).preview(sheet, lang),
    writeSheet: async (sheet, lang, options) => (await api()).writeSheet(sheet, lang, options),
    openWorkbook: async (sheet, lang, options) => (await api()).openWorkbook(sheet, lang, options),
    download: async (sheet, lang, options) => (await api()).download(sheet, lang, options),
  };
}

const statusFailure = (r: ExcelFailure): string => (r.reason === "no-sheet" ? r.sheetName : r.detail);
/** Issue 11: the authoring step's Excel operations, fetched only when that step is used. */
function lazyAuthoring(facts: HostFacts): AuthoringApi {
  let ready: AuthoringApi | null = null;
  const api = () => import(/* webpackChunkName: "excel-authoring" */ "../excel/authoring").then((m) => (ready ??= m.createAuthoringApi(facts)));
  return {
    get canDownload() {
      return ready?.canDownload ?? false;
    },
    readTable: async () => (await api()).readTable(),
    storedTemplates: async () => (await api()).storedTemplates(),
    storeTemplate: async (entry) => (await api()).storeTemplate(entry),
    downloadText: async (name, text) => (await api()).downloadText(name, text),
  };
}

export async function connectOffice(): Promise<PaneApi> {
  const facts = await hostFacts();
  // Start fetching the engine at once: by the time the user acts, it is there.
  if (facts.inExcel) void engine();
  return {
    facts,
    theme: officeThemeColors(),
    listTemplateSheets: async () => (await addin()).listTemplateSheets(),
    loadTemplate: async (request, onProgress) => (await addin()).loadTemplate(request, onProgress),
    readReportDetails: async () => readRememberedDetails(),
    saveReportDetails: (details) => rememberDetails(details),
    check: async (sheetName) => toOutcome(await (await addin()).check(sheetName)),
    watch: async (sheetName, onChange) => {
      // Updates arrive in order; each is turned into a view before the next is delivered.
      let chain = Promise.resolve();
      const stop = await (await addin()).watch((update) => {
        chain = chain.then(async () => onChange(await toOutcome(update.outcome)));
      }, sheetName);
      if (typeof stop !== "function") return () => undefined; // the sheet is gone: nothing to watch
      return () => void stop();
    },
    selectCell: async (cell) => {
      const r = await selectCell(cell);
      return r.ok ? { ok: true } : { ok: false, detail: r.detail };
    },
    readReviewMarks: async () => {
      const r = await readReviewMarks();
      return r.ok ? { ok: true, marks: r.marks } : { ok: false, detail: r.detail };
    },
    appendReviewMarks: async (marks) => {
      const r = await appendReviewMarks(marks);
      return r.ok ? { ok: true } : { ok: false, detail: r.detail };
    },
    summary: lazySummary(facts),
    consolidation: { run: async (files, lang) => (await engine()).consolidateFiles(files, lang, facts) },
    status: {
      read: async (sheetName) => {
        const r = await (await engine()).readReportStatus(sheetName);
        return r.ok ? { ok: true, view: r.view } : { ok: false, detail: statusFailure(r) };
      },
      act: async (sheetName, request) => {
        const r = await (await engine()).applyStatusAction(sheetName, request);
        if (r.ok) return { ok: true, view: r.view };
        return r.reason === "refused" ? { ok: false, refusal: r.refusal, view: r.view } : { ok: false, detail: statusFailure(r) };
      },
    },
    authoring: lazyAuthoring(facts),
  };
}
