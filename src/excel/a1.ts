// A1 address arithmetic for the Office adapter: grouping planned cells into rectangles and
// building the 2D arrays Office.js takes. Pure; no Office.js.
import { columnLetter as columnLetters, columnNumber, splitQualified as splitAddress } from "../core/layout/a1";

export interface CellRef {
  /** 1-based. */
  readonly row: number;
  /** 1-based (A = 1). */
  readonly col: number;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

// Column letters and sheet-qualified addresses are core's, so a finding's address and the
// address the adapter writes are spelled the same way (Excel's quoting rules).
export { columnLetters, columnNumber };
export { qualify } from "../core/layout/a1";

/** "I9" → {row: 9, col: 9}; also accepts "$I$9". Throws on anything else: plans are core's, a bad one is a bug. */
export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${JSON.stringify(address)}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** "A1:N3" or "I9" → a rectangle; a sheet-qualified address ("'Quý I-2020'!A1:B2") loses its sheet. */
export function parseRange(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const from = parseCell(a);
  const to = b === undefined ? from : parseCell(b);
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

export const cellAddressOf = (row: number, col: number): string => `${columnLetters(col)}${row}`;

export function rectAddress(r: Rect): string {
  const from = cellAddressOf(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${cellAddressOf(r.bottom, r.right)}`;
}

export const rectRows = (r: Rect): number => r.bottom - r.top + 1;
export const rectCols = (r: Rect): number => r.right - r.left + 1;

export function boundingRect(cells: readonly CellRef[]): Rect | null {
  if (cells.length === 0) return null;
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { top, left, bottom, right };
}

export function unionRect(a: Rect, b: Rect | null): Rect {
  if (b === null) return a;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/**
 * Groups cells into few rectangles: runs along each row, then identical runs on consecutive
 * rows stacked into one block. A table's columns share a style over thousands of rows, so
 * 5,000 indicators give a handful of ranges instead of 70,000 per-cell format commands.
 */
export function groupIntoRects(cells: readonly CellRef[]): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const cols = byRow.get(c.row) ?? [];
    cols.push(c.col);
    byRow.set(c.row, cols);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  const done: Rect[] = [];
  for (const row of rows) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const col of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === col - 1) last[1] = col;
      else runs.push([col, col]);
    }
    const seen = new Set<string>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      seen.add(key);
      const block = open.get(key);
      if (block && block.bottom === row - 1) block.bottom = row;
      else {
        if (block) done.push({ ...block });
        open.set(key, { top: row, bottom: row, left, right });
      }
    }
    for (const [key, block] of open) {
      if (!seen.has(key) && block.bottom < row) {
        done.push({ ...block });
        open.delete(key);
      }
    }
  }
  for (const block of open.values()) done.push({ ...block });
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** "'Quý I-2020'!I9" → { sheet: "Quý I-2020", address: "I9" }; null without a sheet part. */
export function splitQualified(qualified: string): { readonly sheet: string; readonly address: string } | null {
  const parts = splitAddress(qualified);
  return parts.sheet === null || parts.sheet === "" ? null : { sheet: parts.sheet, address: parts.address };
}
