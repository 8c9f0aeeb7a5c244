// Print setup of a plan (the Nghị định 30/2020 summary uses it) in ExcelJS terms.
import type ExcelJS from "exceljs";
import type { PageSetupPlan } from "../core/sheet-plan";

const CM_PER_INCH = 2.54;
/** ExcelJS/OOXML paper size code of A4. */
const PAPER_A4 = 9;

const inches = (cm: number): number => Math.round((cm / CM_PER_INCH) * 10_000) / 10_000;

export function applyPageSetup(sheet: ExcelJS.Worksheet, plan: PageSetupPlan): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_A4,
    orientation: plan.orientation === "Landscape" ? "landscape" : "portrait",
    margins: {
      top: inches(plan.marginsCm.top),
      bottom: inches(plan.marginsCm.bottom),
      left: inches(plan.marginsCm.left),
      right: inches(plan.marginsCm.right),
      header: inches(plan.marginsCm.header),
      footer: inches(plan.marginsCm.footer),
    },
    horizontalCentered: plan.centerHorizontally ?? false,
  };
  if (plan.fitToWidth) {
    // One page wide, as many tall as needed (0 means "automatic" in OOXML).
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  if (plan.printArea !== undefined) setup.printArea = plan.printArea;
  if (plan.printTitleRows !== undefined) setup.printTitlesRow = plan.printTitleRows;
  sheet.pageSetup = { ...sheet.pageSetup, ...setup };
  if (plan.pageNumbers !== undefined) applyPageNumbers(sheet, plan.pageNumbers);
}

/**
 * "&C&P" is the header code for the page number in the centre section. With differentFirst the
 * first page takes firstHeader, left empty, so the first page shows no number.
 */
function applyPageNumbers(sheet: ExcelJS.Worksheet, numbers: NonNullable<PageSetupPlan["pageNumbers"]>): void {
  const code = PAGE_NUMBER_HEADER[numbers.position];
  sheet.headerFooter = {
    ...sheet.headerFooter,
    differentFirst: numbers.skipFirstPage,
    oddHeader: code,
    ...(numbers.skipFirstPage ? { firstHeader: "" } : {}),
  };
}

const PAGE_NUMBER_HEADER: Readonly<Record<NonNullable<PageSetupPlan["pageNumbers"]>["position"], string>> = { "top-center": "&C&P" };
