// Splitting a huge plan into bands of commands, each under Excel on the web's 5 MB request
// payload limit ("Resource limits and performance optimization for Office Add-ins"): range
// formats first, in order, then the cells in row order. Estimates only; the budget test
// measures the real requests on the stand-in host.
import type { PlannedCell, RangeFormatPlan } from "../core/sheet-plan";
import { parseRange, rectCols, rectRows } from "./a1";

export interface PlacedCell {
  readonly planned: PlannedCell;
  readonly ref: { readonly row: number; readonly col: number };
}

/**
 * Splits the range formats, in order, into bands whose estimated payload stays under `maxBytes`:
 * a style is a dozen property commands (about 1,5 kB with their object paths), a number format
 * one string per cell of the range.
 */
export function rangeFormatBands(formats: readonly RangeFormatPlan[], maxBytes: number): RangeFormatPlan[][] {
  const bands: RangeFormatPlan[][] = [];
  let current: RangeFormatPlan[] = [];
  let bytes = 0;
  for (const format of formats) {
    const rect = parseRange(format.range);
    const cost = 200 + (format.style !== undefined ? 1500 : 0) + (format.numberFormat !== undefined ? rectRows(rect) * rectCols(rect) * (format.numberFormat.length + 3) : 0);
    if (current.length > 0 && bytes + cost > maxBytes) {
      bands.push(current);
      current = [];
      bytes = 0;
    }
    current.push(format);
    bytes += cost;
  }
  if (current.length > 0) bands.push(current);
  return bands;
}

/**
 * Splits the cells into bands of whole rows whose estimated payload stays under `maxBytes`:
 * each cell's content and number format as JSON, plus the nulls the 2D arrays carry for the
 * rest of each row (three arrays at most, five bytes a null).
 */
export function bandsOf<T extends PlacedCell>(cells: readonly T[], maxBytes: number): T[][] {
  if (cells.length === 0) return [];
  const byRow = new Map<number, T[]>();
  for (const c of cells) byRow.set(c.ref.row, [...(byRow.get(c.ref.row) ?? []), c]);
  const width = Math.max(...cells.map((c) => c.ref.col)) - Math.min(...cells.map((c) => c.ref.col)) + 1;
  const bands: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const rowCells = byRow.get(row) ?? [];
    const rowBytes = width * 15 + rowCells.reduce((n, c) => n + JSON.stringify(c.planned.formula ?? c.planned.value ?? "").length + (c.planned.numberFormat?.length ?? 0) + 4, 0);
    if (current.length > 0 && bytes + rowBytes > maxBytes) {
      bands.push(current);
      current = [];
      bytes = 0;
    }
    current.push(...rowCells);
    bytes += rowBytes;
  }
  bands.push(current);
  return bands;
}
