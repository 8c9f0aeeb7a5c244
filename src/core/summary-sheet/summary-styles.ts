// Fonts and the page of an ND 30/2020 document: Times New Roman throughout, sizes as the decree's
// Phụ lục I gives them (agency names and quốc hiệu 12-13, tiêu ngữ and title 13-14, body 13-14,
// "Nơi nhận" 12 and its list 11), an A4 page with the decree's margins.
import type { CellStyle, PageSetupPlan } from "../sheet-plan";

export const DOCUMENT_FONT = "Times New Roman";

const font = (size: number, extra: { bold?: boolean; italic?: boolean; underline?: boolean } = {}): CellStyle["font"] => ({
  name: DOCUMENT_FONT,
  size,
  ...extra,
});

const centered = { horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true } as const;

/** Style keys of the summary sheet. */
export type SummaryStyleKey =
  | "parentAgency" | "issuingAgency" | "agencyRule" | "docNumber"
  | "nation" | "motto" | "placeDate"
  | "title" | "subtitle" | "unverified"
  | "head" | "headNumber"
  | "sectionNumber" | "sectionName"
  | "cellNumber" | "cellText" | "cellFigure" | "cellCenter"
  | "body"
  | "recipientsHeading" | "recipient"
  | "signerTitle" | "signerName";

export const SUMMARY_STYLES: Readonly<Record<SummaryStyleKey, CellStyle>> = {
  parentAgency: { font: font(13), ...centered },
  issuingAgency: { font: font(13, { bold: true }), ...centered },
  // Underscores at 8 pt in a row of their own, top-aligned: a thin line just under the agency's name.
  agencyRule: { font: font(8), horizontalAlignment: "Center", verticalAlignment: "Top" },
  docNumber: { font: font(13), ...centered },
  nation: { font: font(13, { bold: true }), ...centered },
  motto: { font: font(14, { bold: true, underline: true }), ...centered },
  placeDate: { font: font(14, { italic: true }), ...centered },
  title: { font: font(14, { bold: true }), ...centered },
  subtitle: { font: font(13, { italic: true }), ...centered },
  // Red, bold: nobody should read a verdict built on figures the check called wrong without seeing it.
  unverified: { font: { ...font(13, { bold: true }), color: "#C00000" }, ...centered },
  head: { font: font(12, { bold: true }), ...centered, border: true },
  headNumber: { font: font(11, { italic: true }), ...centered, border: true },
  sectionNumber: { font: font(12, { bold: true }), ...centered, border: true },
  sectionName: { font: font(12, { bold: true }), horizontalAlignment: "Left", verticalAlignment: "Center", wrapText: true, border: true },
  cellNumber: { font: font(12), ...centered, border: true },
  cellText: { font: font(12), horizontalAlignment: "Left", verticalAlignment: "Center", wrapText: true, border: true },
  // One indent level keeps figures off the right border, as a typed table leaves a space there.
  cellFigure: { font: font(12), horizontalAlignment: "Right", verticalAlignment: "Center", indent: 1, border: true },
  cellCenter: { font: font(12), ...centered, border: true },
  body: { font: font(14), horizontalAlignment: "Left", verticalAlignment: "Top", wrapText: true },
  recipientsHeading: { font: font(12, { bold: true, italic: true }), horizontalAlignment: "Left", verticalAlignment: "Bottom" },
  recipient: { font: font(11), horizontalAlignment: "Left", verticalAlignment: "Center" },
  signerTitle: { font: font(14, { bold: true }), ...centered },
  signerName: { font: font(14, { bold: true }), ...centered },
};

/** Font sizes the row-height estimate needs, by style. */
export const styleFontSize = (key: SummaryStyleKey): number => SUMMARY_STYLES[key].font?.size ?? 12;

/**
 * A4 landscape: the decree allows the wide orientation for a document whose body is a table, and
 * twelve columns do not fit a portrait page legibly. Margins: top and bottom 2 cm, left 3 cm,
 * right 1,5 cm (the decree's lower bounds, which leave the table the most room). Page numbers
 * centred at the top, from page 2 on, as the decree numbers a document's pages.
 */
export const ND30_PAGE: Omit<PageSetupPlan, "printTitleRows" | "printArea"> = {
  paperSize: "A4",
  orientation: "Landscape",
  marginsCm: { top: 2, bottom: 2, left: 3, right: 1.5, header: 0.8, footer: 0.8 },
  fitToWidth: true,
  centerHorizontally: true,
  pageNumbers: { position: "top-center", skipFirstPage: true },
};
