// Where things sit above the table: the title lines, the report details, the header row.
// The reader never relies on these row numbers: it finds rows by the tags in the marks column.
import type { DetailField } from "./labels";
import { col, type ColumnKey } from "./columns";

export const TITLE_ROW = 1;
export const PERIOD_ROW = 2;
export const WINDOW_ROW = 3;

/** A row of report details: one or two fields, each a label and an entry cell. */
export interface DetailRow {
  readonly fields: readonly DetailField[];
}

/** The details, two to a row so the frozen area stays short; the recipients get a whole row. */
export const DETAIL_ROWS: readonly DetailRow[] = [
  { fields: ["number", "date"] },
  { fields: ["place", "estimate"] },
  { fields: ["signerTitle", "signerName"] },
  { fields: ["recipients"] },
];
export const FIRST_DETAIL_ROW = 5;
export const HEADER_ROW = FIRST_DETAIL_ROW + DETAIL_ROWS.length + 1;
export const FIRST_BODY_ROW = HEADER_ROW + 1;

/** Label and entry spans of the left and right halves of a detail row (merged cells). */
interface Slot {
  readonly label: readonly [ColumnKey, ColumnKey];
  readonly entry: readonly [ColumnKey, ColumnKey];
}
const LEFT: Slot = { label: ["tt", "name"], entry: ["unit", "previousPeriod"] };
const RIGHT: Slot = { label: ["samePeriodLastYear", "ytd"], entry: ["pctPeriod", "explanation"] };
const WIDE: Slot = { label: ["tt", "name"], entry: ["unit", "explanation"] };

export interface DetailSlot {
  readonly field: DetailField;
  readonly labelFrom: number;
  readonly labelTo: number;
  /** The entry cell is the top-left of entryFrom..entryTo. */
  readonly entryFrom: number;
  readonly entryTo: number;
}

/** The slots of one detail row, in the order of its fields. */
export function detailSlots(row: DetailRow): readonly DetailSlot[] {
  const spans = row.fields.length === 1 ? [WIDE] : [LEFT, RIGHT];
  return row.fields.map((field, i) => ({
    field,
    labelFrom: col(spans[i].label[0]),
    labelTo: col(spans[i].label[1]),
    entryFrom: col(spans[i].entry[0]),
    entryTo: col(spans[i].entry[1]),
  }));
}

/** The tag of a detail row in the marks column: "details:number,date". */
export const detailTag = (row: DetailRow): string => `details:${row.fields.join(",")}`;
export const HEADER_TAG = "header";
/** The heading over values kept from an earlier template version, below the table. */
export const KEPT_TAG = "kept";
/**
 * The tag of an indicator row whose formulas a check made weigh inputs shown in a percent format,
 * with their roles: "percent:actual,plan". The next check sees it and rewrites them if that changed.
 */
export const PERCENT_TAG = "percent:";
