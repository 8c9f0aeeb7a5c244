// What an adapter reads from a worksheet and hands to core: plain values, no host objects.

/** An Excel error value ("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"). */
export interface ErrorValue {
  readonly error: string;
}

/**
 * One cell as read: a number, a string (as typed, not yet normalised), a boolean,
 * an error value, or null for an empty cell. Adapters tell a typed "#N/A" string from a
 * real error value (Office.js valueTypes, ExcelJS cell.type) before building this.
 */
export type SnapshotCell = number | string | boolean | ErrorValue | null;

export interface SheetSnapshot {
  readonly name: string;
  /** Rows from row 1, columns from column A; rows may be ragged and shorter than the sheet. */
  readonly values: readonly (readonly SnapshotCell[])[];
  /** Rows hidden by the user (1-based); they are still read. */
  readonly hiddenRows?: readonly number[];
  /**
   * The number formats of the cells read, placed as `values` are (null or absent: General, or not
   * read). Core needs them where a format changes the figure shown: a percent format shows the
   * 0,875 that "87,5%" typed is stored as (numbers/percent-format.ts).
   */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
}

export const isErrorValue = (cell: SnapshotCell): cell is ErrorValue =>
  typeof cell === "object" && cell !== null && "error" in cell;
