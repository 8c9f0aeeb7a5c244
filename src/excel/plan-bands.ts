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

/** One band: range formats (in plan order) then cells (in row order), each queued in that order. */
export interface Band<T extends PlacedCell> {
  readonly formats: readonly RangeFormatPlan[];
  readonly cells: readonly T[];
}

/**
 * Packs the range formats, in order, then the cells, whole rows at a time, into bands whose
 * estimated payload stays under `maxBytes` (Infinity: one band). A range format's style is some
 * twenty property commands and object paths (about 4 kB, measured on the stand-in), its number format one string
 * per cell of the range; a row costs its cells' contents and number formats as JSON plus the
 * nulls the 2D arrays carry for the rest of the row (three arrays at most, five bytes a null).
 */
export function planBands<T extends PlacedCell>(
  formats: readonly RangeFormatPlan[],
  cells: readonly T[],
  maxBytes: number,
  blockCost: (cells: readonly T[]) => number = () => 0,
  /** Bytes queued with the first band (before it) and with the last (after it): the sheet-wide start and end. */
  reserve: { readonly first: number; readonly last: number } = { first: 0, last: 0 },
): Band<T>[] {
  const bands: { formats: RangeFormatPlan[]; cells: T[] }[] = [];
  let current: { formats: RangeFormatPlan[]; cells: T[] } = { formats: [], cells: [] };
  let bytes = reserve.first;
  const add = (cost: number, put: () => void): void => {
    const empty = current.formats.length === 0 && current.cells.length === 0;
    if (!empty && bytes + cost > maxBytes) {
      bands.push(current);
      current = { formats: [], cells: [] };
      bytes = 0;
    }
    put();
    bytes += cost;
  };
  for (const format of formats) add(formatCost(format), () => current.formats.push(format));
  const width = cells.length === 0 ? 0 : Math.max(...cells.map((c) => c.ref.col)) - Math.min(...cells.map((c) => c.ref.col)) + 1;
  for (const rowCells of byRows(cells)) add(rowCost(rowCells, width), () => current.cells.push(...rowCells));
  if (current.formats.length > 0 || current.cells.length > 0) bands.push(current);
  if (maxBytes === Infinity) return bands;
  const fitted = bands.flatMap((band, i) => splitToFit(band, maxBytes, width, (c) => blockCost(c) + (i === 0 ? reserve.first : 0)));
  const last = fitted.pop();
  if (last !== undefined) fitted.push(...splitToFit(last, maxBytes, width, (c) => blockCost(c) + reserve.last));
  return fitted;
}

/**
 * Cuts a band (by rows, as few cuts as fit) so that its contents plus the style and lock blocks its cells form fit.
 * Those blocks are not known row by row: cells sharing a style merge into rectangles across rows,
 * so a report table's columns cost a few commands whatever its length, while a document laid out
 * row by row (the summary) costs a style command set per row and part of a row. Each is measured
 * on the band as it will be queued.
 */
function splitToFit<T extends PlacedCell>(band: Band<T>, maxBytes: number, width: number, blockCost: (cells: readonly T[]) => number): Band<T>[] {
  const rows = byRows(band.cells);
  const formatBytes = band.formats.reduce((n, f) => n + formatCost(f), 0);
  const costOf = (from: number, to: number, formats: number): number => {
    const part = rows.slice(from, to);
    return formats + part.reduce((n, r) => n + rowCost(r, width), 0) + blockCost(part.flat());
  };
  const out: Band<T>[] = [];
  let from = 0;
  while (from < rows.length) {
    const formats = from === 0 ? formatBytes : 0;
    // The most rows from `from` on that fit (at least one): the cost grows with the rows taken.
    let lo = from + 1;
    let hi = rows.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (costOf(from, mid, formats) <= maxBytes) lo = mid;
      else hi = mid - 1;
    }
    out.push({ formats: from === 0 ? band.formats : [], cells: rows.slice(from, lo).flat() });
    from = lo;
  }
  return out.length > 0 ? out : [band];
}

/** A range format's style is some twenty property commands and object paths (about 4 kB, measured on the stand-in), its number format one string per cell. */
function formatCost(format: RangeFormatPlan): number {
  const rect = parseRange(format.range);
  const numberFormats = format.numberFormat !== undefined ? rectRows(rect) * rectCols(rect) * (format.numberFormat.length + 3) : 0;
  return 300 + (format.style !== undefined ? STYLE_BLOCK_BYTES : 0) + numberFormats;
}

/** A row: its cells' contents and number formats as JSON plus the nulls the 2D arrays carry for the rest of the row (three arrays at most, five bytes a null). */
function rowCost(rowCells: readonly PlacedCell[], width: number): number {
  return width * 15 + rowCells.reduce((n, c) => n + JSON.stringify(c.planned.formula ?? c.planned.value ?? "").length + (c.planned.numberFormat?.length ?? 0) + 4, 0);
}

/** The cells grouped by row, rows in order. */
function byRows<T extends PlacedCell>(cells: readonly T[]): T[][] {
  const byRow = new Map<number, T[]>();
  for (const c of cells) {
    const row = byRow.get(c.ref.row);
    if (row) row.push(c);
    else byRow.set(c.ref.row, [c]);
  }
  return [...byRow.keys()].sort((a, b) => a - b).map((r) => byRow.get(r) ?? []);
}

/** One style's command set on one block of cells (font, fill, alignment, borders): about 4 kB of request, measured on the stand-in. */
export const STYLE_BLOCK_BYTES = 4000;
/** One row's or column's width, height or hidden flag (a range path and a property set; 1,000 row heights: 592 kB measured on the stand-in). */
export const LINE_BYTES = 600;
/** One merge (a range path and the call; 1,000: 449 kB measured). */
export const MERGE_BYTES = 450;
/** One conditional format or one validation rule, with its formula and format. */
export const RULE_BYTES = 1500;
/** Page layout, headers and footers, frozen panes, protection. */
export const SHEET_SETTINGS_BYTES = 5000;
/** One lock command on one block of cells (1,000: 737 kB measured). */
export const LOCK_BLOCK_BYTES = 750;
