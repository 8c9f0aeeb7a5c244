// The summary written in Excel (the stand-in host running Microsoft's client) holds the same
// values as the one the command line writes, at every API level the add-in supports.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { EXAMPLE_PERIOD } from "../../src/cli/example-ha-nam";
import { runCli } from "../../src/cli/main";
import { sheetNameFor } from "../../src/core/layout/sheet-names";
import { createSummaryExportApi } from "../../src/excel/export-summary-api";
import { factsForLevel } from "../../src/excel/host-facts";
import { createHost, type Host } from "../host";
import { buildExampleBytes, exampleBytes } from "./example-workbook";
import { renderPdf } from "./libreoffice";

// LibreOffice converts here: allowed longer than its own 5-minute child timeout (test/ci/timeouts.test.ts).
jest.setTimeout(600_000);

type Cells = Record<string, string | number | boolean>;

/** Every non-empty cell of a sheet by address, as a reader sees its value. */
function cellsOf(sheet: ExcelJS.Worksheet): Cells {
  const out: Cells = {};
  sheet.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value;
    if (v === null || v === undefined || v === "") return;
    if (typeof v === "object") throw new Error(`${cell.address} holds ${JSON.stringify(v)}, not a plain value`);
    out[cell.address] = v;
  }));
  return out;
}

/** Every cell of any sheet (formulas and dates included), for "nothing changed" comparisons. */
function rawOf(sheet: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  sheet.eachRow((row) => row.eachCell((cell) => { out[cell.address] = JSON.stringify(cell.value); }));
  return out;
}

/** How a sheet prints, in a form both writers can be compared by (margins to 0,001 inch). */
function printSetupOf(sheet: ExcelJS.Worksheet) {
  const p = sheet.pageSetup;
  const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 1000) / 1000);
  const m = p.margins;
  return {
    paperSize: p.paperSize, orientation: p.orientation, fitToPage: p.fitToPage, fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight,
    horizontalCentered: Boolean(p.horizontalCentered), printTitlesRow: p.printTitlesRow, printArea: p.printArea?.replace(/\$/g, ""),
    margins: m === undefined ? undefined : { left: round(m.left), right: round(m.right), top: round(m.top), bottom: round(m.bottom), header: round(m.header), footer: round(m.footer) },
    pageNumbers: { differentFirst: Boolean(sheet.headerFooter?.differentFirst), oddHeader: sheet.headerFooter?.oddHeader ?? "", firstHeader: sheet.headerFooter?.firstHeader ?? "" },
  };
}

async function cliSummary(bytes: Uint8Array, lang: "vi" | "en" = "vi"): Promise<ExcelJS.Workbook> {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-summary-"));
  writeFileSync(path.join(dir, "in.xlsx"), bytes);
  const code = await runCli(["summary", "in.xlsx", "--out", "out.xlsx", "--lang", lang], { out: () => {}, err: (t) => { throw new Error(t); } }, dir);
  expect(code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path.join(dir, "out.xlsx")) as unknown as ExcelJS.Buffer);
  return workbook;
}

const SOURCE = sheetNameFor(EXAMPLE_PERIOD);
let host: Host | undefined;
afterEach(() => host?.uninstall());

async function open(bytes: Uint8Array, level: string, platform: "PC" | "OfficeOnline" = "PC") {
  host = await createHost({ workbook: bytes, apiLevel: level, platform });
  host.install();
  const facts = factsForLevel(Number(level.split(".")[1]), "vi-VN");
  return { host, api: createSummaryExportApi(facts) };
}

describe("the summary in Excel", () => {
  test("previews the verdict and counts the document will print", async () => {
    const { api } = await open((await exampleBytes()).bytes, "1.9");
    const preview = await api.preview(SOURCE, "vi");
    expect(preview).toMatchObject({
      ok: true,
      preview: { counts: { exceeded: 3, met: 2, near: 0, shortfall: 0 }, graded: 5, estimate: true, fileName: "tong-hop-2020-Q1.xlsx" },
    });
    if (!preview.ok) return;
    expect(preview.preview.verdict).toBe("Nhìn chung, tình hình thực hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra.");
  });

  test("the Tổng hợp sheet holds the same values as the command line's file, with A4 and print titles at 1.9", async () => {
    const bytes = (await exampleBytes()).bytes;
    const { host, api } = await open(bytes, "1.9");
    const outcome = await api.writeSheet(SOURCE, "vi");
    expect(outcome).toEqual({ ok: true, action: "sheet", sheetName: "Tổng hợp", pageSetup: true });
    // One round trip to read the report sheet; two to write (sheet names, then everything at once).
    expect(host.instruments.syncsPerRun).toEqual([1, 2]);
    const inExcel = host.workbook.getWorksheet("Tổng hợp")!;
    const fromCli = (await cliSummary(bytes)).getWorksheet("Tổng hợp")!;
    expect(cellsOf(inExcel)).toEqual(cellsOf(fromCli));
    expect(cellsOf(inExcel).F1).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(inExcel.getCell("B11").font?.name).toBe("Times New Roman");
    expect(inExcel.pageSetup.paperSize).toBe(9);
    expect(inExcel.pageSetup.orientation).toBe("landscape");
    // The same print setup as the command line's file, page numbers from page 2 included.
    expect(printSetupOf(inExcel)).toEqual(printSetupOf(fromCli));
    expect(printSetupOf(inExcel).pageNumbers).toEqual({ differentFirst: true, oddHeader: "&C&P", firstHeader: "" });
    // Figures one indent level off the right border (RangeFormat.indentLevel, 1.9), as the command line writes them.
    expect(inExcel.getCell("D11").alignment).toMatchObject({ horizontal: "right", indent: 1 });
    expect(fromCli.getCell("D11").alignment).toMatchObject({ horizontal: "right", indent: 1 });
    // The report sheet itself is untouched: the summary is a sheet beside it.
    expect(host.workbook.worksheets.map((w) => w.name)).toContain(SOURCE);
  }, 600_000);

  test("at ExcelApi 1.7 the sheet is written with values and fonts, and the pane is told the page was not set", async () => {
    const { host, api } = await open((await exampleBytes()).bytes, "1.7");
    expect(api.canOpenWorkbook).toBe(false);
    const outcome = await api.writeSheet(SOURCE, "vi");
    expect(outcome).toEqual({ ok: true, action: "sheet", sheetName: "Tổng hợp", pageSetup: false });
    expect(cellsOf(host.workbook.getWorksheet("Tổng hợp")!).F2).toBe("Độc lập - Tự do - Hạnh phúc");
    // headersFooters is 1.9 like the rest of pageLayout: skipped, not half-applied.
    expect(printSetupOf(host.workbook.getWorksheet("Tổng hợp")!).pageNumbers).toEqual({ differentFirst: false, oddHeader: "", firstHeader: "" });
    // indentLevel is 1.9 too: the figures stay right-aligned, against the border.
    expect(host.workbook.getWorksheet("Tổng hợp")!.getCell("D11").alignment).toMatchObject({ horizontal: "right" });
    expect(host.workbook.getWorksheet("Tổng hợp")!.getCell("D11").alignment?.indent ?? 0).toBe(0);
    expect(await api.openWorkbook(SOURCE, "vi")).toMatchObject({ ok: false, reason: "not-supported" });
  }, 600_000);

  test("exporting again refreshes the summary; someone's own Tổng hợp sheet is never deleted", async () => {
    const { host, api } = await open((await exampleBytes()).bytes, "1.9");
    await api.writeSheet(SOURCE, "vi");
    expect(await api.writeSheet(SOURCE, "vi")).toMatchObject({ ok: true, sheetName: "Tổng hợp" });
    expect(host.workbook.worksheets.filter((w) => w.name.startsWith("Tổng hợp"))).toHaveLength(1);
    // A sheet staff made themselves under the same name.
    host.workbook.getWorksheet("Tổng hợp")!.name = "cũ";
    const mine = host.workbook.addWorksheet("Tổng hợp");
    mine.getCell("A1").value = "Ghi chú của tôi";
    expect(await api.writeSheet(SOURCE, "vi")).toMatchObject({ ok: true, sheetName: "Tổng hợp (2)" });
    expect(host.workbook.getWorksheet("Tổng hợp")!.getCell("A1").value).toBe("Ghi chú của tôi");
  }, 600_000);

  test("opens the summary as a new workbook (1.8) whose values match the command line's and which LibreOffice prints", async () => {
    const bytes = (await exampleBytes()).bytes;
    const { host, api } = await open(bytes, "1.8");
    const sheetsBefore = host.workbook.worksheets.map((w) => w.name);
    const sourceBefore = rawOf(host.workbook.getWorksheet(SOURCE)!);
    expect(await api.openWorkbook(SOURCE, "vi")).toEqual({ ok: true, action: "workbook" });
    // The open workbook is left as it was: the summary went to a workbook of its own.
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(sheetsBefore);
    expect(rawOf(host.workbook.getWorksheet(SOURCE)!)).toEqual(sourceBefore);
    expect(host.createdWorkbooks).toHaveLength(1);
    const created = Buffer.from(host.createdWorkbooks[0], "base64");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(created as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Tổng hợp"]);
    expect(cellsOf(workbook.worksheets[0])).toEqual(cellsOf((await cliSummary(bytes)).worksheets[0]));
    expect(renderPdf(new Uint8Array(created)).joined).toContain("đều đạt và vượt kế hoạch đề ra");
  }, 600_000);

  test("text that looks like a formula stays text in Excel too", async () => {
    const bytes = await buildExampleBytes({}, { "A.1": { explanation: "=SUM(1,2)" }, "A.2": { explanation: "@ghi chú" } });
    const { host, api } = await open(bytes, "1.9");
    expect(await api.writeSheet(SOURCE, "vi")).toMatchObject({ ok: true });
    const sheet = host.workbook.getWorksheet("Tổng hợp")!;
    const texts = Object.values(cellsOf(sheet));
    expect(texts).toEqual(expect.arrayContaining(["=SUM(1,2)", "@ghi chú"]));
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  }, 600_000);

  test("a download is offered only where the host allows one (Excel on the web), not on the desktop", async () => {
    const desktop = await open((await exampleBytes()).bytes, "1.9", "PC");
    expect(desktop.api.canDownload).toBe(false);
    host?.uninstall();
    const web = await open((await exampleBytes()).bytes, "1.9", "OfficeOnline");
    expect(web.api.canDownload).toBe(true);
  });

  test("a sheet that is not a report sheet gets a reason the pane can show", async () => {
    const { api } = await open((await exampleBytes()).bytes, "1.9");
    expect(await api.preview("Không có", "vi")).toMatchObject({ ok: false, reason: "not-a-report" });
  });
});
