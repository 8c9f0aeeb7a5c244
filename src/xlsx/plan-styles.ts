// Translates the core's cell styles (Office.js vocabulary) into ExcelJS styles.
import type ExcelJS from "exceljs";
import type { CellStyle, HexColor } from "../core/sheet-plan";

/** "#1F4E79" → "FF1F4E79": ExcelJS colours carry an opaque alpha byte first. */
export const argbOf = (color: HexColor): string => `FF${color.slice(1).toUpperCase()}`;

const HORIZONTAL: Record<NonNullable<CellStyle["horizontalAlignment"]>, ExcelJS.Alignment["horizontal"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
};
const VERTICAL: Record<NonNullable<CellStyle["verticalAlignment"]>, ExcelJS.Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
};

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/**
 * The cell's style after one more layer of the plan: only what the layer names changes (fonts
 * and alignments attribute by attribute), as Office.js does when the same properties are set
 * on a range. Returns a fresh object: ExcelJS shares style objects between cells assigned the
 * same reference, so styles are never mutated in place.
 */
export function layerStyle(
  base: Partial<ExcelJS.Style> | undefined,
  style: CellStyle | undefined,
  numberFormat: string | undefined,
  locked: boolean | undefined,
): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = { ...base };
  if (locked !== undefined) result.protection = { ...result.protection, locked };
  if (numberFormat !== undefined) result.numFmt = numberFormat;
  if (style === undefined) return result;
  if (style.font) {
    const font: Partial<ExcelJS.Font> = { ...result.font };
    if (style.font.name !== undefined) font.name = style.font.name;
    if (style.font.size !== undefined) font.size = style.font.size;
    if (style.font.bold !== undefined) font.bold = style.font.bold;
    if (style.font.italic !== undefined) font.italic = style.font.italic;
    if (style.font.underline !== undefined) font.underline = style.font.underline;
    if (style.font.color !== undefined) font.color = { argb: argbOf(style.font.color) };
    result.font = font;
  }
  if (style.fill !== undefined) {
    result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(style.fill) } };
  }
  const alignment: Partial<ExcelJS.Alignment> = { ...result.alignment };
  if (style.horizontalAlignment) alignment.horizontal = HORIZONTAL[style.horizontalAlignment];
  if (style.verticalAlignment) alignment.vertical = VERTICAL[style.verticalAlignment];
  if (style.wrapText !== undefined) alignment.wrapText = style.wrapText;
  if (style.indent !== undefined) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) result.alignment = alignment;
  if (style.border) result.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return result;
}

/**
 * The differential style of a conditional format. In a dxf, Excel paints a solid fill with
 * bgColor (the reverse of cell fills, which use fgColor: Excel's own files write
 * <dxf><fill><patternFill patternType="solid"><bgColor/>); other readers have used fgColor. Both
 * carry the colour so every reader agrees (LibreOffice: test/libreoffice).
 */
export function conditionalStyleOf(fill: HexColor, fontColor: HexColor): Partial<ExcelJS.Style> {
  const argb = argbOf(fill);
  return {
    fill: { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } },
    font: { color: { argb: argbOf(fontColor) } },
  };
}
