// Period sheets are named for their period ("Quý I-2020"), so a workbook's earlier periods can
// be found for carry forward. Names stay Vietnamese whatever Office's language: they are data.
import type { Period, PeriodKind } from "../periods/period";
import { quarterOf, quarterRoman } from "../periods/period-labels";

/** Excel's limits: at most 31 characters, none of []:*?/\ . */
export const MAX_SHEET_NAME = 31;

/** "Quý I-2020", "6 tháng-2020", "9 tháng-2020", "Năm-2020". */
export function sheetNameFor(period: Period): string {
  const q = quarterOf(period.kind);
  const head = q !== null ? `Quý ${quarterRoman(q)}` : period.kind === "H1" ? "6 tháng" : period.kind === "9M" ? "9 tháng" : "Năm";
  return `${head}-${period.year}`;
}

const HEADS: Readonly<Record<string, PeriodKind>> = {
  "quý i": "Q1", "quý ii": "Q2", "quý iii": "Q3", "quý iv": "Q4", "6 tháng": "H1", "9 tháng": "9M", "năm": "Y",
};

/**
 * The period a sheet name stands for, or null. Accepts what Excel does to a name when a sheet is
 * copied ("Quý I-2020 (2)") and any case or Unicode composition, since people retype names.
 */
export function periodOfSheetName(name: string): Period | null {
  const m = /^(.+?)\s*-\s*(\d{4})(?:\s*\(\d+\))?$/u.exec(name.normalize("NFC").trim());
  if (!m) return null;
  const kind = HEADS[m[1].toLowerCase().replace(/\s+/g, " ")];
  return kind === undefined ? null : { year: Number(m[2]), kind };
}

/** True when Excel would accept the name for a sheet. */
export const isValidSheetName = (name: string): boolean =>
  name.length > 0 && name.length <= MAX_SHEET_NAME && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
