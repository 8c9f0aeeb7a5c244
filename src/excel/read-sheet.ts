// Reads worksheets into the plain SheetSnapshot core understands. Queue-only: `queueSheetRead`
// loads what it needs and returns a function to call after the caller's one sync, so any
// number of sheets are read in the same round trip.
//
// APIs: Worksheet.getUsedRangeOrNullObject (ExcelApi 1.4), Range.values / valueTypes / address /
// numberFormat (1.1), Worksheet.getRange (1.1).
import { columnLetter } from "../core/layout/a1";
import { col, LAST_READ_COLUMN, letter } from "../core/layout/columns";
import { holdsMarker } from "../core/layout/read-sheet";
import type { SheetSnapshot, SnapshotCell } from "../core/snapshot";
import { parseRange } from "./a1";

/** Called after the sync with the sheet's name (loaded in the same sync when it was not known). */
export type SnapshotThunk = (name: string) => SheetSnapshot;

/**
 * Queues a read of the whole used range (values and their types) of `sheet`. The used range
 * counts values only (valuesOnly = true): formats reaching far below the table do not inflate
 * the read. The snapshot starts at A1 whatever the used range's corner.
 */
export function queueSheetRead(sheet: Excel.Worksheet): SnapshotThunk {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,values,valueTypes,numberFormat");
  return (name) => snapshotOfLoaded(used, name);
}

/** A queued read of a template sheet's table; after the sync, `snapshot` gives what was read. */
export interface TableRead {
  readonly snapshot: SnapshotThunk;
  /**
   * After the sync: true when the columns read hold no template marker while the sheet has
   * cells further right (columns inserted before the marker moved it there): read it whole.
   */
  readonly wholeNeeded: (snapshot: SheetSnapshot) => boolean;
}

/**
 * Queues a read of the columns core reads of a template sheet, A to the marks column
 * (core's LAST_READ_COLUMN), and of the used range's address: the hidden helpers right of it are
 * formulas core never reads, and at 5,000 rows their values would take the response past
 * Excel's 5 MB limit. Range.getUsedRangeOrNullObject: ExcelApi 1.4.
 */
export function queueTableRead(sheet: Excel.Worksheet): TableRead {
  const last = col(LAST_READ_COLUMN);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const table = sheet.getRange(`A:${columnLetter(last)}`).getUsedRangeOrNullObject(true);
  table.load("address,values,valueTypes");
  const formats = queueFigureFormats(sheet);
  return {
    snapshot: (name) => withFormats(snapshotOfLoaded(table, name, "no formats"), formats),
    wholeNeeded: (snapshot) => (rightEdgeOfLoaded(used) ?? 0) > last && !holdsMarker(snapshot.values),
  };
}

/**
 * Queues a read of the number formats of the columns staff type figures in (Kế hoạch năm to Thực
 * hiện, where this layout puts them): core needs a cell's format where it changes the figure
 * shown (a percent format shows 0,875 as 87,5 %). Only these columns: the formats of the whole
 * table would add half again to the read's response at 5,000 rows. A column moved elsewhere
 * (inserted columns) has no format read, and is read as stored.
 */
function queueFigureFormats(sheet: Excel.Worksheet): Excel.Range {
  const figures = sheet.getRange(`${letter("plan")}:${letter("actual")}`).getUsedRangeOrNullObject(true);
  figures.load("address,numberFormat");
  return figures;
}

/** After the sync: the snapshot with the figure columns' number formats placed where they were read. */
function withFormats(snapshot: SheetSnapshot, formats: Excel.Range): SheetSnapshot {
  if (formats.isNullObject) return snapshot;
  const rect = parseRange(formats.address);
  const numberFormats: (string | null)[][] = [];
  formats.numberFormat.forEach((row, r) => {
    numberFormats[rect.top - 1 + r] = formatsOfNumbers(snapshot.values[rect.top - 1 + r] ?? [], row, rect.left);
  });
  return { ...snapshot, numberFormats: Array.from(numberFormats, (row) => row ?? []) };
}

/** After the sync: the last column of a loaded used range, or null for an empty sheet. */
const rightEdgeOfLoaded = (range: Excel.Range): number | null => (range.isNullObject ? null : parseRange(range.address).right);

/** Queues a read of one range (for live re-reads); the snapshot is placed at the range's own rows and columns. */
export function queueRangeRead(sheet: Excel.Worksheet, address: string): SnapshotThunk {
  const range = sheet.getRange(address);
  range.load("address,values,valueTypes,numberFormat");
  return (name) => snapshotOfLoaded(range, name);
}

/** After the sync: the loaded range (or null object: an empty sheet) as a snapshot; its number formats where they were loaded too. */
function snapshotOfLoaded(range: Excel.Range, name: string, formats: "formats" | "no formats" = "formats"): SheetSnapshot {
  if (range.isNullObject) return { name, values: [] };
  return snapshotOf(name, range.address, range.values, range.valueTypes, formats === "formats" ? range.numberFormat : undefined);
}

/**
 * Turns Office.js values into snapshot cells. valueTypes tells an error value from a string
 * that merely looks like one: a user who types "#N/A" as text has a String, a broken formula
 * an Error; values gives the same "#N/A" for both.
 */
export function snapshotCellOf(value: unknown, type: Excel.RangeValueType | string): SnapshotCell {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return Boolean(value);
    case "Integer":
    case "Double":
      return typeof value === "number" ? value : Number(value);
    case "String":
      return String(value);
    default:
      // Unknown / RichValue (linked data types, images): read as their display text when there is one.
      if (value === null || value === undefined || value === "") return null;
      return typeof value === "number" || typeof value === "boolean" ? value : String(value);
  }
}

export function snapshotOf(
  name: string,
  address: string,
  values: readonly (readonly unknown[])[],
  types: readonly (readonly (Excel.RangeValueType | string)[])[],
  formats?: readonly (readonly unknown[])[],
): SheetSnapshot {
  const rect = parseRange(address);
  const rows: SnapshotCell[][] = [];
  for (let r = 0; r < rect.top - 1; r++) rows.push([]);
  values.forEach((row, r) => {
    const out: SnapshotCell[] = new Array<SnapshotCell>(rect.left - 1).fill(null);
    row.forEach((value, c) => out.push(snapshotCellOf(value, types[r][c])));
    rows.push(trimTrailingNulls(out));
  });
  if (formats === undefined) return { name, values: rows };
  const numberFormats = rows.map((cells, r) => (r < rect.top - 1 ? [] : formatsOfNumbers(cells, formats[r - (rect.top - 1)], rect.left)));
  return { name, values: rows, numberFormats };
}

/**
 * The number formats of a row's number cells (core reads formats only for numbers: a percent
 * format shows 0,875 as 87,5 %); null for every other cell and for General.
 */
function formatsOfNumbers(cells: readonly SnapshotCell[], formats: readonly unknown[] | undefined, left: number): (string | null)[] {
  const out: (string | null)[] = [];
  if (formats === undefined) return out;
  for (let c = left - 1; c < cells.length; c++) {
    const f = formats[c - (left - 1)];
    if (typeof cells[c] === "number" && typeof f === "string" && f !== "General") out[c] = f;
  }
  return Array.from(out, (f) => f ?? null);
}

function trimTrailingNulls(row: SnapshotCell[]): SnapshotCell[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return end === row.length ? row : row.slice(0, end);
}
