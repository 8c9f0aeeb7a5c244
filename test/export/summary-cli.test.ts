// `chitieu summary` on the example Q1/2020 workbook, rendered by LibreOffice as the committee
// would print it.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { templateIndicators } from "../../src/core/template/template-schema";
import { buildExampleBytes, exampleBytes } from "./example-workbook";
import { keepArtifact, missingTools, renderPdf, renderPngs, type RenderedPdf } from "./libreoffice";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";

// LibreOffice converts here: allowed longer than its own 5-minute child timeout (test/ci/timeouts.test.ts).
jest.setTimeout(600_000);

const missing = missingTools();
if (missing.length > 0) throw new Error(`The export tests need Debian packages providing: ${missing.join(", ")} (libreoffice-calc, poppler-utils, fonts-liberation2).`);

async function summary(argv: readonly string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["summary", ...argv], { out: (t) => { stdout += t; }, err: (t) => { stderr += t; } }, cwd);
  return { code, stdout, stderr };
}

const sha = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

describe("chitieu summary on the example Q1/2020 workbook", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-summary-"));
  const source = path.join(dir, "ha-nam-stttt-2020-Q1.xlsx");
  const out = path.join(dir, "s.xlsx");
  let sourceHash = "";
  let run: { code: number; stdout: string; stderr: string };
  let pdf: RenderedPdf;
  let written: Uint8Array;

  beforeAll(async () => {
    const example = await exampleBytes();
    writeFileSync(source, example.bytes);
    sourceHash = sha(example.bytes);
    run = await summary(["ha-nam-stttt-2020-Q1.xlsx", "--out", "s.xlsx"], dir);
    written = new Uint8Array(readFileSync(out));
    pdf = renderPdf(written, "s.xlsx");
    keepArtifact("s.xlsx", written);
    keepArtifact("s.pdf", readFileSync(pdf.pdfPath));
    for (const png of renderPngs(pdf.pdfPath, 110)) keepArtifact(path.basename(png).replace(/^summary|^s/, "s-page"), readFileSync(png));
  }, 600_000);

  test("writes the file and says what the summary concludes", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("đều đạt và vượt kế hoạch đề ra");
    expect(run.stdout).toContain("Vượt 3, đạt 2, gần đạt 0, chưa đạt 0.");
  });

  test("LibreOffice prints the national motto, the title, every indicator and the verdict", () => {
    const text = pdf.joined;
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("UBND TỈNH HÀ NAM");
    expect(text).toContain("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    expect(text).toContain("Số: 15/BC-STTTT");
    expect(text).toContain("Hà Nam, ngày 20 tháng 3 năm 2020");
    // The example's figures are estimates: the title says "ước thực hiện".
    expect(text).toContain("BÁO CÁO TÌNH HÌNH ƯỚC THỰC HIỆN CÁC CHỈ TIÊU NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG QUÝ I NĂM 2020");
    for (const indicator of templateIndicators(defaultTemplate())) expect(text).toContain(indicator.name.vi);
    expect(text).toContain("Nhìn chung, tình hình thực hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra");
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("- UBND tỉnh; - Sở Kế hoạch và Đầu tư; - Lưu: VT.");
    expect(text).toContain("GIÁM ĐỐC");
  });

  test("prints on A4, landscape, one page wide", () => {
    expect(pdf.pages).toBeGreaterThan(0);
    for (const size of pdf.pageSizes) expect(size).toMatch(/841\.\d+ x 595\.\d+ pts \(A4\)/);
  });

  test("the workbook holds only the summary sheet: no formula, no hidden sheet, no link", async () => {
    const zip = await JSZip.loadAsync(written);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(1);
    expect(names.some((n) => n.startsWith("xl/externalLinks/"))).toBe(false);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).not.toContain("<f>");
    expect(sheetXml).not.toMatch(/<f[ >]/);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).not.toMatch(/state="(very)?[hH]idden"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(written) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Tổng hợp"]);
    const setup = workbook.worksheets[0].pageSetup;
    expect(setup.paperSize).toBe(9);
    expect(setup.orientation).toBe("landscape");
    expect(setup.fitToWidth).toBe(1);
    // ND 30 margins: left 3 cm, right 1,5 cm, top and bottom 2 cm (ExcelJS reads inches).
    expect(setup.margins?.left).toBeCloseTo(3 / 2.54, 3);
    expect(setup.margins?.right).toBeCloseTo(1.5 / 2.54, 3);
    expect(setup.margins?.top).toBeCloseTo(2 / 2.54, 3);
    expect(workbookXml).toMatch(/_xlnm\.Print_Titles[^>]*>&apos;Tổng hợp&apos;!\$8:\$9</);
    // Times New Roman everywhere the document writes.
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const fonts = [...styles.matchAll(/<font>.*?<\/font>|<font .*?<\/font>/gs)].map((m) => /name val="([^"]+)"/.exec(m[0])?.[1]);
    expect(fonts.filter((f) => f !== undefined && f !== "Times New Roman" && f !== "Calibri")).toEqual([]);
  });

  test("the source workbook is left byte for byte unchanged", () => {
    expect(sha(new Uint8Array(readFileSync(source)))).toBe(sourceHash);
  });

  test("refuses to write over its source", async () => {
    const again = await summary(["ha-nam-stttt-2020-Q1.xlsx", "--out", "ha-nam-stttt-2020-Q1.xlsx"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("trùng với sổ gốc");
    expect(sha(new Uint8Array(readFileSync(source)))).toBe(sourceHash);
  });
});

describe("text staff typed that looks like a formula", () => {
  test("an explanation beginning with =, +, - or @ is written as text, never a formula", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "chitieu-summary-"));
    const bytes = await buildExampleBytes(
      { recipients: ["=HYPERLINK(\"http://x\",\"UBND tỉnh\")"], signerName: "@Nguyễn Văn A" },
      { "A.1": { explanation: "=1+1" }, "A.2": { explanation: "+84 thuê bao mới" }, "B.2": { explanation: "-5 so với cùng kỳ" } },
    );
    writeFileSync(path.join(dir, "in.xlsx"), bytes);
    const run = await summary(["in.xlsx", "--out", "out.xlsx"], dir);
    expect(run.stderr).toBe("");
    const written = readFileSync(path.join(dir, "out.xlsx"));
    const zip = await JSZip.loadAsync(written);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toMatch(/<f[ >]/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === "string") texts.push(cell.value); }));
    expect(texts).toEqual(expect.arrayContaining(["=1+1", "+84 thuê bao mới", "-5 so với cùng kỳ", "@Nguyễn Văn A"]));
    expect(texts.some((t) => t.startsWith("- =HYPERLINK("))).toBe(true);
    const pdf = renderPdf(new Uint8Array(written));
    expect(pdf.joined).toContain("=1+1");
    expect(pdf.joined).toContain("+84 thuê bao mới");
  }, 600_000);
});
