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
export function planBands<T extends PlacedCell>(formats: readonly RangeFormatPlan[], cells: readonly T[], maxBytes: number): Band<T>[] {
  const bands: { formats: RangeFormatPlan[]; cells: T[] }[] = [];
  let current: { formats: RangeFormatPlan[]; cells: T[] } = { formats: [], cells: [] };
  let bytes = 0;
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
  for (const format of formats) {
    const rect = parseRange(format.range);
    const numberFormats = format.numberFormat !== undefined ? rectRows(rect) * rectCols(rect) * (format.numberFormat.length + 3) : 0;
    add(300 + (format.style !== undefined ? 4000 : 0) + numberFormats, () => current.formats.push(format));
  }
  if (cells.length > 0) {
    const byRow = new Map<number, T[]>();
    for (const c of cells) {
      const row = byRow.get(c.ref.row);
      if (row) row.push(c);
      else byRow.set(c.ref.row, [c]);
    }
    const width = Math.max(...cells.map((c) => c.ref.col)) - Math.min(...cells.map((c) => c.ref.col)) + 1;
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      const rowCells = byRow.get(row) ?? [];
      const cost = width * 15 + rowCells.reduce((n, c) => n + JSON.stringify(c.planned.formula ?? c.planned.value ?? "").length + (c.planned.numberFormat?.length ?? 0) + 4, 0);
      add(cost, () => current.cells.push(...rowCells));
    }
  }
  if (current.formats.length > 0 || current.cells.length > 0) bands.push(current);
  return bands;
}
