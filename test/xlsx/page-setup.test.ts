// The print setup the xlsx adapter writes: page numbers as the OOXML <headerFooter> Excel and
// LibreOffice print (the LibreOffice rendering is checked in test/export/summary-page-numbers).
import JSZip from "jszip";
import type { PageSetupPlan, RangeAddress, SheetPlan } from "../../src/core/sheet-plan";
import { applySheetPlan, newWorkbook, writeWorkbookBytes } from "../../src/xlsx";

const PAGE: PageSetupPlan = {
  paperSize: "A4",
  orientation: "Landscape",
  marginsCm: { top: 2, bottom: 2, left: 3, right: 1.5, header: 0.8, footer: 0.8 },
  fitToWidth: true,
};

const planWith = (pageSetup: PageSetupPlan): SheetPlan => ({
  name: "Tổng hợp",
  columns: [{ width: 10 }],
  rows: [],
  styles: {},
  cells: [],
  merges: [],
  validations: [],
  conditionalFormats: [],
  freeze: { rows: 0, columns: 0 },
  protection: { protected: false, allowFormatColumns: true, allowFormatRows: true },
  usedRange: "A1:A1" as RangeAddress,
  pageSetup,
});

async function headerFooterXml(pageSetup: PageSetupPlan): Promise<string> {
  const workbook = newWorkbook();
  applySheetPlan(workbook, planWith(pageSetup));
  const zip = await JSZip.loadAsync(await writeWorkbookBytes(workbook));
  const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  return /<headerFooter[^>]*\/>|<headerFooter[\s\S]*?<\/headerFooter>/.exec(xml)?.[0] ?? "";
}

describe("page numbers", () => {
  test("centred at the top and left off the first page: &C&P with differentFirst and no first-page header", async () => {
    const xml = await headerFooterXml({ ...PAGE, pageNumbers: { position: "top-center", skipFirstPage: true } });
    expect(xml).toMatch(/differentFirst="1"/);
    expect(xml).toContain("<oddHeader>&amp;C&amp;P</oddHeader>");
    expect(xml).not.toMatch(/<firstHeader>[^<]/);
  });

  test("on every page when the first is not skipped", async () => {
    const xml = await headerFooterXml({ ...PAGE, pageNumbers: { position: "top-center", skipFirstPage: false } });
    expect(xml).not.toMatch(/differentFirst="1"/);
    expect(xml).toContain("<oddHeader>&amp;C&amp;P</oddHeader>");
  });

  test("none without pageNumbers in the plan", async () => {
    expect(await headerFooterXml(PAGE)).not.toContain("oddHeader");
  });
});
