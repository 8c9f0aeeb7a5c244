// The Export step's words and preview, as the clerk reads them (server-rendered: no DOM needed).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import type { SummaryExportApi, SummaryExportOutcome, SummaryPreview } from "../../src/excel/addin-api";
import { ExportStep } from "../../src/taskpane/export/ExportStep";
import type { PaneApi } from "../../src/taskpane/pane-api";
import { EMPTY_SESSION } from "../../src/taskpane/session";
import { exportMessages } from "../../src/taskpane/export/export-messages";
import { exportAllowed, outcomeNotice } from "../../src/taskpane/export/export-outcome";
import { ExportGate } from "../../src/taskpane/export/ExportGate";
import type { Finding, QualifiedAddress } from "../../src/core/finding";
import type { IndicatorCode } from "../../src/core/indicator";
import { findingMessage } from "../../src/core/i18n";
import { SummaryPreviewCard } from "../../src/taskpane/export/SummaryPreviewCard";

const preview: SummaryPreview = {
  sourceSheet: "Quý I-2020",
  title: "BÁO CÁO TÌNH HÌNH ƯỚC THỰC HIỆN CÁC CHỈ TIÊU NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG QUÝ I NĂM 2020",
  verdict: "Nhìn chung, tình hình thực hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra.",
  counts: { exceeded: 3, met: 2, near: 0, shortfall: 0, none: 8 },
  graded: 5,
  estimate: true,
  fileName: "tong-hop-2020-Q1.xlsx",
  readiness: { ok: true },
};

const text = (html: string): string => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

test.each(["vi", "en"] as const)("the preview shows the verdict, the counts per grade and the estimate note (%s)", (lang) => {
  const m = exportMessages(lang);
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <SummaryPreviewCard preview={preview} messages={m} onRefresh={() => undefined} refreshing={false} />
    </FluentProvider>,
  );
  const shown = text(html);
  expect(shown).toContain(preview.verdict);
  expect(shown).toContain(preview.title);
  expect(shown).toContain(`${m.grades.exceeded}: 3`);
  expect(shown).toContain(`${m.grades.met}: 2`);
  expect(shown).toContain(`${m.grades.shortfall}: 0`);
  expect(shown).toContain(m.graded(5));
  expect(shown).toContain(m.estimate);
});

const outcomes: SummaryExportOutcome[] = [
  { ok: true, action: "sheet", sheetName: "Tổng hợp", pageSetup: true },
  { ok: true, action: "sheet", sheetName: "Tổng hợp", pageSetup: false },
  { ok: true, action: "workbook" },
  { ok: true, action: "download", fileName: "tong-hop-2020-Q1.xlsx" },
  { ok: false, reason: "not-a-report", detail: "not-a-template-sheet" },
  { ok: false, reason: "not-supported", detail: "ExcelApi 1.8" },
  { ok: false, reason: "host-error", detail: "GeneralException: boom" },
  { ok: false, reason: "empty", detail: "Quý I-2020" },
  { ok: false, reason: "has-errors", detail: "2" },
];

test.each(["vi", "en"] as const)("every export outcome gets its own sentence (%s)", (lang) => {
  const m = exportMessages(lang);
  const notices = outcomes.map((o) => outcomeNotice(o, m));
  expect(new Set(notices.map((n) => `${n.text}|${n.note ?? ""}`)).size).toBe(outcomes.length);
  expect(notices.map((n) => n.intent)).toEqual(["success", "success", "success", "success", "error", "error", "error", "error", "error"]);
  // A host that could not set the paper says how to print A4 by hand.
  expect(notices[1].note).toBe(m.wroteSheetNoLayout);
  expect(notices[0].text).toContain("Tổng hợp");
  expect(notices[3].text).toContain("tong-hop-2020-Q1.xlsx");
});


function step(summary: SummaryExportApi | undefined, sheetName: string | null, lang: "vi" | "en" = "vi"): string {
  // Only what the step touches: the summary operations. The rest of PaneApi is never called here.
  const api = { summary } as unknown as PaneApi;
  return text(renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ExportStep api={api} lang={lang} session={{ ...EMPTY_SESSION, sheetName }} update={() => undefined} goTo={() => undefined} />
    </FluentProvider>,
  ));
}

const never = () => new Promise<never>(() => undefined);
const summaryApi = (canOpenWorkbook: boolean, canDownload: boolean): SummaryExportApi => ({
  canOpenWorkbook, canDownload, preview: never, writeSheet: never, openWorkbook: never, download: never,
});

test("without a report sheet the step sends the user to the Template step", () => {
  expect(step(summaryApi(true, false), null)).toContain(exportMessages("vi").noSheet);
});

test("on an Excel without createWorkbook (ExcelApi 1.8) the step says to use the summary sheet instead", () => {
  const shown = step(summaryApi(false, false), "Quý I-2020");
  const m = exportMessages("vi");
  expect(shown).toContain(m.writeSheet);
  expect(shown).toContain(m.openWorkbookUnsupported);
  expect(shown).not.toContain(m.download);
});

test("without createWorkbook, the step names an Excel that has it (not Excel 2019: some of its builds lack it) and both other ways", () => {
  for (const lang of ["vi", "en"] as const) {
    const shown = step(summaryApi(false, false), "Quý I-2020", lang);
    expect(shown).toContain("Microsoft 365");
    expect(shown).toContain("Excel 2021");
    expect(shown).not.toContain("2019");
    expect(shown).toContain("Tổng hợp");
    expect(shown).toContain("chitieu summary");
  }
});

test("in English on a host that opens workbooks, the step offers both actions in English", () => {
  const shown = step(summaryApi(true, false), "Quý I-2020", "en");
  const m = exportMessages("en");
  expect(shown).toContain(m.heading);
  expect(shown).toContain(m.writeSheet);
  expect(shown).toContain(m.openWorkbookHint);
});

const negative = (row: number): Finding => ({
  code: "C.1" as IndicatorCode,
  cell: `'Quý I-2020'!I${row}` as QualifiedAddress,
  severity: "error",
  rule: "negative",
  evidence: { role: "actual", value: -2 },
});

function gate(errors: readonly Finding[] | "empty", allowErrors: boolean, lang: "vi" | "en" = "vi"): string {
  const readiness = errors === "empty" ? ({ ok: false, reason: "empty" } as const) : ({ ok: false, reason: "errors", errors } as const);
  return text(renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ExportGate readiness={readiness} lang={lang} messages={exportMessages(lang)} allowErrors={allowErrors} onAllowErrors={() => undefined} onToCheck={() => undefined} />
    </FluentProvider>,
  ));
}

test.each(["vi", "en"] as const)("a report with errors lists each error's cell and sentence and offers the explicit export-anyway (%s)", (lang) => {
  const m = exportMessages(lang);
  const shown = gate([negative(20)], false, lang);
  expect(shown).toContain(m.hasErrors(1));
  expect(shown).toContain(`I20 (C.1): ${findingMessage(negative(20), lang)}`);
  expect(shown).toContain(m.exportAnyway);
  expect(shown).not.toContain(m.exportAnywayOn);
  expect(gate([negative(20)], true, lang)).toContain(m.exportAnywayOn);
});

test("a long list of errors shows the first eight and how many more", () => {
  const shown = gate(Array.from({ length: 11 }, (_, i) => negative(10 + i)), false);
  expect(shown).toContain("I17 (C.1)");
  expect(shown).not.toContain("I18 (C.1)");
  expect(shown).toContain(exportMessages("vi").moreErrors(3));
});

test("an empty report is refused with its own sentence and no way to export anyway", () => {
  const shown = gate("empty", false);
  expect(shown).toContain(exportMessages("vi").emptyReport);
  expect(shown).not.toContain(exportMessages("vi").exportAnyway);
});

test("the export buttons work for a ready report, for errors only once allowed, never for an empty one", () => {
  expect(exportAllowed({ ok: true }, false)).toBe(true);
  expect(exportAllowed({ ok: false, reason: "errors", errors: [negative(20)] }, false)).toBe(false);
  expect(exportAllowed({ ok: false, reason: "errors", errors: [negative(20)] }, true)).toBe(true);
  expect(exportAllowed({ ok: false, reason: "empty" }, true)).toBe(false);
});
