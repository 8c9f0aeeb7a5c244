// Finding a department's table in a worksheet: the header row (TT | Chỉ tiêu | ĐVT | Kế hoạch |
// Thực hiện | Ghi chú), tolerant of NFC/NFD, case, spacing and headers spread over two rows
// (a merged "Kế hoạch năm 2020" over its sub-columns).
import { normalizeText } from "../numbers/read-number";
import type { SheetSnapshot, SnapshotCell } from "../snapshot";

export type ColumnRole = "tt" | "name" | "unit" | "plan" | "actual" | "note";

export interface TableColumns {
  /** 1-based column numbers; name is always found, the others may be absent. */
  readonly name: number;
  readonly tt?: number;
  readonly unit?: number;
  readonly plan?: number;
  readonly actual?: number;
  readonly note?: number;
}

export interface TableHeader {
  /** 1-based: the first and last header rows (the same row for a one-row header). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The first body row: after the header and any column-number row ("(1) (2) (3)", "A B 1 2"). */
  readonly bodyRow: number;
  readonly columns: TableColumns;
  /** Each column's header text as read (NFC, spaces collapsed), by 1-based column. */
  readonly labels: Readonly<Record<number, string>>;
  /** The year a plan column names ("Kế hoạch năm 2020"), when it names one. */
  readonly planYear: number | null;
}

/** Lower-case NFC text with one space between words, "" for anything but text. */
export function cellText(cell: SnapshotCell | undefined): string {
  if (typeof cell === "string") return normalizeText(cell).toLocaleLowerCase("vi-VN");
  if (typeof cell === "number") return String(cell);
  return "";
}

// Order matters: a column is given the first role whose pattern matches its label.
const ROLE_PATTERNS: readonly (readonly [ColumnRole, RegExp])[] = [
  ["tt", /^(?:s\.?\s?tt|tt|số tt|số thứ tự|thứ tự)\.?$/u],
  ["unit", /^(?:đvt|đ\.v\.t|đơn vị(?: tính)?|đơn vị đo)\.?$/u],
  ["note", /^(?:ghi chú|giải trình|ghi chú\s*\/\s*giải trình)/u],
  // "Kế hoạch năm 2020", "KH 2020", "Chỉ tiêu kế hoạch", "Mục tiêu".
  ["plan", /^(?:kế hoạch|kh\b|chỉ tiêu kế hoạch|chỉ tiêu năm|mục tiêu|nghị quyết)/u],
  // "Thực hiện", "Ước thực hiện", "Ước TH", "TH quý I", "Kết quả thực hiện".
  ["actual", /^(?:ước\s+)?(?:thực hiện|th\b|kết quả)/u],
  ["name", /^(?:tên\s+)?(?:các\s+)?(?:chỉ tiêu|nội dung|danh mục)/u],
];

/** The role a header label names, or null. */
export function columnRole(label: string): ColumnRole | null {
  const text = label.replace(/[:*]+$/u, "").trim();
  for (const [role, re] of ROLE_PATTERNS) if (re.test(text)) return role;
  return null;
}

/** The text of a column over one or two header rows: a merged parent above, a sub-heading below. */
function columnLabels(snapshot: SheetSnapshot, first: number, last: number): Record<number, string> {
  const width = Math.max(0, ...snapshot.values.slice(first - 1, last).map((r) => r.length));
  const labels: Record<number, string> = {};
  for (let c = 1; c <= width; c++) {
    const parts: string[] = [];
    for (let r = first; r <= last; r++) {
      let t = cellText(snapshot.values[r - 1]?.[c - 1]);
      // A merged parent shows only in its first column: carry it right over empty cells.
      if (t === "" && r < last) for (let k = c - 1; k >= 1 && t === ""; k--) {
        const below = cellText(snapshot.values[r]?.[k - 1]);
        if (below === "") break;
        t = cellText(snapshot.values[r - 1]?.[k - 1]);
      }
      if (t !== "") parts.push(t);
    }
    labels[c] = parts.join(" ");
  }
  return labels;
}

function rolesOf(labels: Readonly<Record<number, string>>): { columns: Partial<Record<ColumnRole, number>>; count: number } {
  const found: Partial<Record<ColumnRole, number[]>> = {};
  for (const [c, label] of Object.entries(labels)) {
    const role = columnRole(label);
    if (role !== null) (found[role] ??= []).push(Number(c));
  }
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const [role, list] of Object.entries(found) as [ColumnRole, number[]][]) columns[role] = list[0];
  // The period's figure is the result column right of the plan ("Thực hiện 2019 | Kế hoạch 2020 |
  // Ước thực hiện quý I": the first one is last year's).
  const plan = columns.plan;
  const actuals = found.actual ?? [];
  if (plan !== undefined && actuals.length > 1) columns.actual = actuals.find((c) => c > plan) ?? actuals[0];
  return { columns, count: Object.keys(columns).length };
}

/** A row of column numbers under the header: "(1)", "1", "A", "B", "3=2/1". */
function isColumnNumberRow(row: readonly SnapshotCell[] | undefined): boolean {
  if (row === undefined) return false;
  const texts = row.map(cellText).filter((t) => t !== "");
  return texts.length >= 2 && texts.every((t) => /^\(?[a-z0-9]{1,2}\)?$|^\(?\d+\s*[=/x*+-].*\)?$/u.test(t));
}

/** A row of words only, none under TT or Chỉ tiêu: the second line of a header, not an indicator. */
function isSubHeadingRow(row: readonly SnapshotCell[] | undefined, columns: Partial<Record<ColumnRole, number>>): boolean {
  if (row === undefined || isColumnNumberRow(row)) return false;
  const at = (c: number | undefined) => (c === undefined ? "" : cellText(row[c - 1]));
  if (at(columns.name) !== "" || at(columns.tt) !== "") return false;
  const cells = row.filter((v) => cellText(v) !== "");
  return cells.length > 0 && cells.every((v) => typeof v === "string" && !/\d{2,}/u.test(v));
}

const SEARCH_ROWS = 40;

/** The table's header: the row (or pair of rows) naming the most columns, with at least Chỉ tiêu and one of ĐVT, Kế hoạch, Thực hiện. */
export function findTableHeader(snapshot: SheetSnapshot): TableHeader | null {
  let best: TableHeader | null = null;
  let bestCount = 0;
  const rows = Math.min(snapshot.values.length, SEARCH_ROWS);
  for (let r = 1; r <= rows; r++) {
    // The top row of a header names columns itself (TT and Chỉ tiêu are merged down over two rows).
    if (!(snapshot.values[r - 1] ?? []).some((cell) => columnRole(cellText(cell)) !== null)) continue;
    for (const last of [r, r + 1]) {
      if (last > snapshot.values.length) continue;
      const labels = columnLabels(snapshot, r, last);
      const { columns, count } = rolesOf(labels);
      if (columns.name === undefined || (columns.unit === undefined && columns.plan === undefined && columns.actual === undefined)) continue;
      // A second row only counts when it adds a role (a real sub-heading, not the first data row).
      if (count <= bestCount) continue;
      // Sub-headings under a one-row match ("Cả năm | Quý I" under a merged "Kế hoạch"): still header.
      if (last === r && isSubHeadingRow(snapshot.values[r], columns)) continue;
      const bodyRow = isColumnNumberRow(snapshot.values[last]) ? last + 2 : last + 1;
      const planLabel = columns.plan === undefined ? "" : labels[columns.plan];
      const year = /\b(20\d\d)\b/u.exec(planLabel);
      best = { firstRow: r, lastRow: last, bodyRow, columns: columns as TableColumns, labels, planYear: year === null ? null : Number(year[1]) };
      bestCount = count;
    }
  }
  return best;
}
