// A1 addresses of the template sheet: column letters, cells, ranges, sheet-qualified addresses.
import type { QualifiedAddress } from "../finding";
import type { CellAddress, RangeAddress } from "../sheet-plan";

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`Bad column number ${column}`);
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 1, "AA" → 27; 0 when it is not a column name. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return 0;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const cellAddress = (column: number, row: number): CellAddress => `${columnLetter(column)}${row}` as CellAddress;

export function rangeAddress(fromColumn: number, fromRow: number, toColumn: number, toRow: number): RangeAddress {
  const from = cellAddress(fromColumn, fromRow);
  const to = cellAddress(toColumn, toRow);
  return (from === to ? from : `${from}:${to}`) as RangeAddress;
}

/** "I9" → { column: 9, row: 9 }; null when malformed. Dollar signs are ignored. */
export function parseCellAddress(address: string): { readonly column: number; readonly row: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const row = Number(m[2]);
  return row >= 1 ? { column: columnNumber(m[1]), row } : null;
}

/**
 * Excel leaves a sheet name bare in a reference only when it is a plain identifier that cannot
 * be read as a cell (A1 or R1C1); anything else ("Quý I-2020": a space, a hyphen) is quoted,
 * with single quotes doubled.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)
    && !/^[A-Za-z]{1,3}\d+$/.test(name)
    && !/^[RrCc](\d*|[Rr]?\d*[Cc]\d*)$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export const qualify = (sheetName: string, address: string): QualifiedAddress =>
  `${quoteSheetName(sheetName)}!${address}` as QualifiedAddress;

/** "'Quý I-2020'!I9" → { sheet: "Quý I-2020", address: "I9" }; an unqualified address has sheet null. */
export function splitQualified(address: string): { readonly sheet: string | null; readonly address: CellAddress } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: address.replace(/\$/g, "") as CellAddress };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, address: address.slice(bang + 1).replace(/\$/g, "") as CellAddress };
}
