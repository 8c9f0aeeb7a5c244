// The Export step's words and preview, as the clerk reads them (server-rendered: no DOM needed).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import type { SummaryExportApi, SummaryExportOutcome, SummaryPreview } from "../../src/excel/addin-api";
import { ExportStep } from "../../src/taskpane/export/ExportStep";
import type { PaneApi } from "../../src/taskpane/pane-api";
import { EMPTY_SESSION } from "../../src/taskpane/session";
import { exportMessages } from "../../src/taskpane/export/export-messages";
import { outcomeNotice } from "../../src/taskpane/export/export-outcome";
import { SummaryPreviewCard } from "../../src/taskpane/export/SummaryPreviewCard";

const preview: SummaryPreview = {
  sourceSheet: "Quý I-2020",
  title: "BÁO CÁO TÌNH HÌNH ƯỚC THỰC HIỆN CÁC CHỈ TIÊU NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG QUÝ I NĂM 2020",
  verdict: "Nhìn chung, tình hình thực hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra.",
  counts: { exceeded: 3, met: 2, near: 0, shortfall: 0, none: 8 },
  graded: 5,
  estimate: true,
  fileName: "tong-hop-2020-Q1.xlsx",
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
];

test.each(["vi", "en"] as const)("every export outcome gets its own sentence (%s)", (lang) => {
  const m = exportMessages(lang);
  const notices = outcomes.map((o) => outcomeNotice(o, m));
  expect(new Set(notices.map((n) => `${n.text}|${n.note ?? ""}`)).size).toBe(outcomes.length);
  expect(notices.map((n) => n.intent)).toEqual(["success", "success", "success", "success", "error", "error", "error"]);
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
