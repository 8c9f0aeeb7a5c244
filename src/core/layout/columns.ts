// The template sheet's columns, in order. The letters are part of the layout's contract:
// formulas, conditional formats and the reader all address cells through these.
import type { LocalText } from "../indicator";
import type { InputRole } from "../reading";
import { columnLetter } from "./a1";

export type ColumnKey =
  | "tt" | "code" | "name" | "unit"
  | "plan" | "periodTarget" | "previousPeriod" | "samePeriodLastYear" | "actual"
  | "ytd" | "pctPeriod" | "pctYear" | "yoy" | "grade" | "explanation"
  | "status"
  // Hidden helpers: what the formulas and conditional formats need beside the visible table.
  | "carriedYtd" | "gradeTarget" | "ratio" | "numberType" | "required" | "consistency" | "marks"
  // Hidden helpers after the marks column (so sheets made before them read as before): each
  // target cell read as the check reads it (target-formulas.ts), then the grading target's other bound.
  | "planText" | "planWord" | "planBody" | "planAmount" | "planCode" | "planLowText" | "planHighText" | "planLowNumber" | "planHighNumber" | "planLow" | "planHigh"
  | "targetText" | "targetWord" | "targetBody" | "targetAmount" | "targetCode" | "targetLowText" | "targetHighText" | "targetLowNumber" | "targetHighNumber" | "targetLow" | "targetHigh"
  | "gradeTargetHigh" | "gradeCode"
  // TRUE when Thực hiện is absurd against its target or earlier figures (rules/assess.ts's guard).
  | "absurd"
  // Each target cell's unit or scale word, read as the check reads it ("11,3 tỷ USD" in a triệu USD row).
  | "planUnit" | "targetUnit"
  // Thực hiện typed as text ("139.774 tỷ đồng", "61-62", "Khoảng 24") read as the check reads it
  // (figure-formulas.ts), then the figure the row's formulas weigh.
  | "actualUnit" | "actualText" | "actualWord" | "actualBody" | "actualAmount" | "actualCode" | "actualLowText" | "actualHighText" | "actualLowNumber" | "actualHighNumber"
  | "actualValue"
  // A qualitative row's words in Thực hiện, graded (words-formulas.ts).
  | "actualWords";

export interface ColumnDef {
  readonly key: ColumnKey;
  /** 1-based: A = 1. */
  readonly index: number;
  readonly header: LocalText;
  /** Characters of the default font. */
  readonly width: number;
  readonly hidden: boolean;
}

const DEFS: readonly Omit<ColumnDef, "index">[] = [
  { key: "tt", header: { vi: "TT", en: "No." }, width: 5, hidden: false },
  { key: "code", header: { vi: "Mã", en: "Code" }, width: 8, hidden: false },
  { key: "name", header: { vi: "Chỉ tiêu", en: "Indicator" }, width: 46, hidden: false },
  { key: "unit", header: { vi: "Đơn vị tính", en: "Unit" }, width: 12, hidden: false },
  { key: "plan", header: { vi: "Kế hoạch năm", en: "Annual plan" }, width: 13, hidden: false },
  { key: "periodTarget", header: { vi: "Chỉ tiêu kỳ", en: "Period target" }, width: 13, hidden: false },
  { key: "previousPeriod", header: { vi: "Thực hiện kỳ trước", en: "Previous period" }, width: 13, hidden: false },
  { key: "samePeriodLastYear", header: { vi: "Cùng kỳ năm trước", en: "Same period last year" }, width: 13, hidden: false },
  { key: "actual", header: { vi: "Thực hiện", en: "Actual" }, width: 13, hidden: false },
  { key: "ytd", header: { vi: "Lũy kế", en: "Year to date" }, width: 13, hidden: false },
  { key: "pctPeriod", header: { vi: "% chỉ tiêu kỳ", en: "% of period target" }, width: 10, hidden: false },
  { key: "pctYear", header: { vi: "% kế hoạch năm", en: "% of annual plan" }, width: 10, hidden: false },
  // Added in layout version 2 (ADDED_IN below): everything after it moved one column right.
  { key: "yoy", header: { vi: "% so với cùng kỳ", en: "% of same period last year" }, width: 10, hidden: false },
  { key: "grade", header: { vi: "Đánh giá", en: "Grade" }, width: 10, hidden: false },
  { key: "explanation", header: { vi: "Giải trình", en: "Explanation" }, width: 30, hidden: false },
  { key: "status", header: { vi: "Kết quả kiểm tra", en: "Check result" }, width: 12, hidden: false },
  // Shown in Q2..Q4 when flows carry earlier quarters (planSheet decides), hidden otherwise.
  { key: "carriedYtd", header: { vi: "Lũy kế các quý trước", en: "Earlier quarters, year to date" }, width: 13, hidden: true },
  { key: "gradeTarget", header: { vi: "Chỉ tiêu dùng để đánh giá", en: "Target used for grading" }, width: 13, hidden: true },
  { key: "ratio", header: { vi: "Tỷ lệ đánh giá (‰)", en: "Grading ratio (‰)" }, width: 10, hidden: true },
  { key: "numberType", header: { vi: "Kiểu số", en: "Number type" }, width: 9, hidden: true },
  { key: "required", header: { vi: "Bắt buộc", en: "Required" }, width: 6, hidden: true },
  { key: "consistency", header: { vi: "Sai lệch tổng/thành phần", en: "Parts inconsistent" }, width: 8, hidden: true },
  // The marks column: the template marker, the header and report-detail rows are tagged here.
  { key: "marks", header: { vi: "", en: "" }, width: 8, hidden: true },
  ...targetHelperDefs("plan", { vi: "Kế hoạch năm", en: "Annual plan" }),
  ...targetHelperDefs("target", { vi: "Chỉ tiêu kỳ", en: "Period target" }),
  { key: "gradeTargetHigh", header: { vi: "Cận trên chỉ tiêu đánh giá", en: "Grading target, upper bound" }, width: 13, hidden: true },
  { key: "gradeCode", header: { vi: "Dạng chỉ tiêu đánh giá", en: "Grading target, form" }, width: 8, hidden: true },
  { key: "absurd", header: { vi: "Số liệu lệch quá 1000 lần", en: "Figure off by over 1000 times" }, width: 8, hidden: true },
  { key: "planUnit", header: { vi: "Kế hoạch năm: đơn vị", en: "Annual plan: unit" }, width: 8, hidden: true },
  { key: "targetUnit", header: { vi: "Chỉ tiêu kỳ: đơn vị", en: "Period target: unit" }, width: 8, hidden: true },
  { key: "actualUnit", header: { vi: "Thực hiện: đơn vị", en: "Actual: unit" }, width: 8, hidden: true },
  ...targetHelperDefs("actual", { vi: "Thực hiện", en: "Actual" }).slice(0, 9),
  { key: "actualValue", header: { vi: "Thực hiện: số đọc được", en: "Actual: figure read" }, width: 13, hidden: true },
  { key: "actualWords", header: { vi: "Thực hiện: kết quả bằng lời", en: "Actual: result in words" }, width: 8, hidden: true },
];

/** The eleven helpers that read one target cell (Thực hiện: the first nine), headed by the cell's own header. */
function targetHelperDefs(prefix: "plan" | "target" | "actual", header: LocalText): Omit<ColumnDef, "index">[] {
  const parts = [
    ["Text", "chữ", "text"], ["Word", "từ đầu", "leading word"], ["Body", "phần sau", "body"], ["Amount", "số (chữ)", "amount"],
    ["Code", "dạng", "form"], ["LowText", "số đầu (chữ)", "first number (text)"],
    ["HighText", "số cuối (chữ)", "second number (text)"], ["LowNumber", "số đầu", "first number"], ["HighNumber", "số cuối", "second number"],
    ["Low", "cận dưới", "lower bound"], ["High", "cận trên", "upper bound"],
  ] as const;
  return parts.map(([part, vi, en]) => ({
    key: `${prefix}${part}` as ColumnKey,
    header: { vi: `${header.vi}: ${vi}`, en: `${header.en}: ${en}` },
    width: 10,
    hidden: true,
  }));
}

export const COLUMNS: readonly ColumnDef[] = DEFS.map((d, i) => ({ ...d, index: i + 1 }));

const BY_KEY = new Map<ColumnKey, ColumnDef>(COLUMNS.map((c) => [c.key, c]));

/** The 1-based column of a key. */
export function col(key: ColumnKey): number {
  const def = BY_KEY.get(key);
  if (def === undefined) throw new Error(`Unknown column ${key}`);
  return def.index;
}

export const letter = (key: ColumnKey): string => columnLetter(col(key));

/**
 * Columns added after layout version 1, by the version that added them (marker.ts's
 * LAYOUT_VERSION). A sheet built with an earlier version has every later column one to the left
 * per column added before it, and none of the added ones.
 */
export const ADDED_IN: Readonly<Partial<Record<ColumnKey, number>>> = {
  yoy: 2, absurd: 2, planUnit: 2, targetUnit: 2,
  actualUnit: 2, actualText: 2, actualWord: 2, actualBody: 2, actualAmount: 2, actualCode: 2, actualLowText: 2, actualHighText: 2,
  actualLowNumber: 2, actualHighNumber: 2, actualValue: 2, actualWords: 2,
};

/** Where a layout column sat on a sheet built with layout `version`; null when that layout had no such column. */
export function colInLayout(key: ColumnKey, version: number): number | null {
  const added = (k: ColumnKey): boolean => (ADDED_IN[k] ?? 1) > version;
  if (added(key)) return null;
  const index = col(key);
  return index - COLUMNS.filter((c) => c.index < index && added(c.key)).length;
}

/** The first column a sheet of layout `version` has in another place (or not at all); null when none moved. */
export function firstMovedColumn(version: number): number | null {
  const moved = COLUMNS.find((c) => colInLayout(c.key, version) !== c.index);
  return moved === undefined ? null : moved.index;
}

/** The last visible column (the status column); the title lines merge up to the Giải trình column. */
export const LAST_TABLE_COLUMN: ColumnKey = "explanation";
export const LAST_VISIBLE_COLUMN: ColumnKey = "status";
/**
 * The last column readSheet reads, the marks column: the helpers after it are the sheet's own
 * formulas, never read, so adapters need not fetch them (5,000 rows of 40 helpers are megabytes).
 */
export const LAST_READ_COLUMN: ColumnKey = "marks";
/** The last column of all, a hidden helper. */
export const LAST_COLUMN: ColumnKey = COLUMNS[COLUMNS.length - 1].key;

/** The column each input role is read from and written to. */
export const ROLE_COLUMN: Readonly<Record<InputRole, ColumnKey>> = {
  plan: "plan",
  periodTarget: "periodTarget",
  previousPeriod: "previousPeriod",
  samePeriodLastYear: "samePeriodLastYear",
  actual: "actual",
  explanation: "explanation",
  carriedYtd: "carriedYtd",
};
