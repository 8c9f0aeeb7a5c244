// The named cell styles of the template sheet and the number format of each number type.
import type { NumberType } from "../indicator";
import type { CellStyle } from "../sheet-plan";
import { SHEET_COLORS, SHEET_FONT } from "./palette";

const font = (size: number, extra: Omit<NonNullable<CellStyle["font"]>, "name" | "size"> = {}): CellStyle["font"] => ({ name: SHEET_FONT, size, ...extra });

export const STYLES = {
  title: { font: font(14, { bold: true }), horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true },
  subtitle: { font: font(12, { bold: true }), horizontalAlignment: "Center", verticalAlignment: "Center" },
  note: { font: font(12, { italic: true }), horizontalAlignment: "Center", verticalAlignment: "Center" },
  label: { font: font(12, { bold: true }), horizontalAlignment: "Right", verticalAlignment: "Center", wrapText: true },
  entry: { font: font(12), horizontalAlignment: "Left", verticalAlignment: "Center", wrapText: true, border: true },
  header: { font: font(11, { bold: true }), fill: SHEET_COLORS.headerFill, horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true, border: true },
  cell: { font: font(11), verticalAlignment: "Center", wrapText: true, border: true },
  cellCenter: { font: font(11), horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true, border: true },
  section: { font: font(11, { bold: true }), fill: SHEET_COLORS.sectionFill, verticalAlignment: "Center", wrapText: true, border: true },
  notApplicable: { fill: SHEET_COLORS.notApplicableFill },
  helper: { font: font(10, { color: SHEET_COLORS.helperFont }) },
  orphanHeading: { font: font(11, { bold: true, italic: true }), verticalAlignment: "Center" },
} as const satisfies Readonly<Record<string, CellStyle>>;

export type StyleKey = keyof typeof STYLES;

/** Counts and money are whole (#,##0); percents are stored as typed (87 means 87 %), so "%" is literal text. */
export const NUMBER_FORMATS: Readonly<Record<NumberType, string>> = {
  integer: "#,##0",
  money: "#,##0",
  decimal: "#,##0.0#",
  percent: '0.0"%"',
};

/** The % columns hold true ratios (0.875), so Excel's own percent format shows 87.5%. */
export const RATIO_FORMAT = "0.0%";
export const DATE_FORMAT = "dd/mm/yyyy";
export const TEXT_FORMAT = "@";
