// A1 addresses: parsing and printing the way Excel reports them ("Sheet1!A1:B2", quoted sheet names).
import { fail } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Zero-based, inclusive bounds. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const columnLetters = (index: number): string => {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

export const columnIndex = (letters: string): number => {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

export const cellName = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;

export const boxAddress = (box: Box): string => {
  if (box.left === 0 && box.right === MAX_COLUMNS - 1) return `${box.top + 1}:${box.bottom + 1}`;
  if (box.top === 0 && box.bottom === MAX_ROWS - 1) return `${columnLetters(box.left)}:${columnLetters(box.right)}`;
  const first = cellName(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? first : `${first}:${cellName(box.bottom, box.right)}`;
};

/**
 * Excel quotes a sheet name in an address unless it is a plain identifier (letters of any script,
 * digits after the first character, _ and .) that cannot be read as a cell reference.
 */
export const quoteSheet = (name: string): string =>
  /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

export const qualified = (sheet: string, box: Box): string => `${quoteSheet(sheet)}!${boxAddress(box)}`;

export interface ParsedAddress {
  readonly sheet?: string;
  readonly box: Box;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

const part = (text: string): { row?: number; column?: number } => {
  const cell = CELL.exec(text);
  if (cell) return { column: columnIndex(cell[1]!), row: Number(cell[2]) - 1 };
  const column = COLUMN.exec(text);
  if (column) return { column: columnIndex(column[1]!) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  return fail("InvalidArgument", `The address '${text}' is not valid.`);
};

export const parseAddress = (address: string): ParsedAddress => {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [a, b = a] = text.split(":");
  if (!a || text.split(":").length > 2) return fail("InvalidArgument", `The address '${address}' is not valid.`);
  const p = part(a);
  const q = part(b);
  const wholeRows = p.column === undefined && q.column === undefined;
  const wholeColumns = p.row === undefined && q.row === undefined;
  if ((p.row === undefined) !== (q.row === undefined) || (p.column === undefined) !== (q.column === undefined)) {
    fail("InvalidArgument", `The address '${address}' is not valid.`);
  }
  const top = wholeColumns ? 0 : Math.min(p.row!, q.row!);
  const bottom = wholeColumns ? MAX_ROWS - 1 : Math.max(p.row!, q.row!);
  const left = wholeRows ? 0 : Math.min(p.column!, q.column!);
  const right = wholeRows ? MAX_COLUMNS - 1 : Math.max(p.column!, q.column!);
  if (bottom >= MAX_ROWS || right >= MAX_COLUMNS) fail("InvalidArgument", `The address '${address}' is outside the grid.`);
  return sheet === undefined ? { box: { top, left, bottom, right } } : { sheet, box: { top, left, bottom, right } };
};

export const rows = (box: Box): number => box.bottom - box.top + 1;
export const columns = (box: Box): number => box.right - box.left + 1;

export const intersects = (a: Box, b: Box): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export const contains = (outer: Box, inner: Box): boolean =>
  outer.left <= inner.left && outer.right >= inner.right && outer.top <= inner.top && outer.bottom >= inner.bottom;
