// The committee summary as LibreOffice prints it. Page numbers: Nghị định 30/2020 numbers the
// pages in Arabic numerals, centred in the top margin, and not on the first page. Figures: one
// indent level keeps them off the right border of their column.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { syntheticReading, syntheticTemplate } from "../../bench/fixtures";
import { checkReading } from "../../src/core/check";
import type { SheetPlan } from "../../src/core/sheet-plan";
import { planSummarySheet } from "../../src/core/summary-sheet/plan-summary-sheet";
import { summaryWorkbookBytes } from "../../src/xlsx/summary-workbook";
import { keepArtifact, missingTools, renderPdf, type RenderedPdf } from "./libreoffice";

// LibreOffice converts here: allowed longer than its own 5-minute child timeout (test/ci/timeouts.test.ts).
jest.setTimeout(600_000);

const missing = missingTools();
if (missing.length > 0) throw new Error(`The export tests need Debian packages providing: ${missing.join(", ")} (libreoffice-calc, poppler-utils, fonts-liberation2).`);

/** The text printed in the top margin of one page (A4 landscape is 842 pt wide; the top margin is 2 cm, about 57 pt). */
function topMarginText(pdf: RenderedPdf, page: number): string {
  const args = ["-f", String(page), "-l", String(page), "-x", "0", "-y", "0", "-W", "842", "-H", "50", pdf.pdfPath, "-"];
  return execFileSync("pdftotext", args, { encoding: "utf8" }).trim();
}

/** The right edge (pt) of the first printed word `text` on page 1. */
function rightEdgeOf(pdf: RenderedPdf, text: string): number {
  const box = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-bbox", pdf.pdfPath, "-"], { encoding: "utf8" });
  const at = new RegExp(`<word xMin="[\\d.]+" yMin="[\\d.]+" xMax="([\\d.]+)" yMax="[\\d.]+">${text}</word>`).exec(box);
  if (at === null) throw new Error(`"${text}" is not printed on page 1`);
  return Number(at[1]);
}

/** A summary long enough for three pages (80 indicators), or a shorter one. */
function longSummary(indicators = 80): SheetPlan {
  const template = syntheticTemplate(indicators);
  const reading = syntheticReading(template);
  return planSummarySheet(template, reading, checkReading(template, reading));
}

describe("page numbers on the printed summary", () => {
  let numbered: RenderedPdf;
  let everyPage: RenderedPdf;

  beforeAll(async () => {
    const plan = longSummary();
    numbered = renderPdf(await summaryWorkbookBytes(plan), "long.xlsx");
    keepArtifact("long-summary.pdf", readFileSync(numbered.pdfPath));
    // The same document numbered on every page: proves the first page's blank comes from the plan.
    const pageSetup = { ...plan.pageSetup!, pageNumbers: { position: "top-center" as const, skipFirstPage: false } };
    everyPage = renderPdf(await summaryWorkbookBytes({ ...plan, pageSetup }), "every-page.xlsx");
  }, 600_000);

  test("the summary runs over more than one page", () => {
    expect(numbered.pages).toBeGreaterThanOrEqual(2);
  });

  test("page 2 on shows its number at the top; page 1 shows none", () => {
    expect(topMarginText(numbered, 1)).toBe("");
    for (let page = 2; page <= numbered.pages; page += 1) expect(topMarginText(numbered, page)).toBe(String(page));
  });

  test("the number sits in the middle of the page's width", () => {
    const box = execFileSync("pdftotext", ["-f", "2", "-l", "2", "-bbox", numbered.pdfPath, "-"], { encoding: "utf8" });
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">2<\/word>/.exec(box);
    expect(word).not.toBeNull();
    const [xMin, yMin, xMax] = [Number(word![1]), Number(word![2]), Number(word![3])];
    expect(yMin).toBeLessThan(57);
    // Centred between the left margin (3 cm) and the right one (1,5 cm) of the 842 pt wide page.
    const pt = (cm: number): number => (cm * 72) / 2.54;
    const middle = (pt(3) + 842 - pt(1.5)) / 2;
    expect(Math.abs((xMin + xMax) / 2 - middle)).toBeLessThan(10);
  });

  test("numbered on every page, page 1 shows 1: the skip is the plan's doing", () => {
    expect(topMarginText(everyPage, 1)).toBe("1");
  });
});

describe("figures in the printed table", () => {
  let indented: RenderedPdf;
  let flush: RenderedPdf;

  beforeAll(async () => {
    const plan = longSummary(15);
    indented = renderPdf(await summaryWorkbookBytes(plan), "indented.xlsx");
    // The same document without the indent, to measure what it moves.
    const styles = { ...plan.styles, cellFigure: { ...plan.styles.cellFigure, indent: undefined } };
    flush = renderPdf(await summaryWorkbookBytes({ ...plan, styles }), "flush.xlsx");
  }, 600_000);

  test("stand off the right border: Kế hoạch năm ends at least 4 pt further left than flush right", () => {
    // LibreOffice prints with its own locale's separators; the plan's number format is #,##0.
    const plan = /950[.,]000/.exec(indented.text)?.[0] ?? "950,000";
    expect(rightEdgeOf(flush, plan) - rightEdgeOf(indented, plan)).toBeGreaterThanOrEqual(4);
  });
});
