// Cell contents between Office.js (values, formulas, valueTypes, text) and ExcelJS cell values.
import type ExcelJS from "exceljs";
import { calculatedResult } from "./calc";
import type { Culture } from "./culture";
import { parseEntry } from "./entry";
import { formatNumber } from "./number-format";

export type OfficeValue = string | number | boolean;

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

type Raw = ExcelJS.CellValue;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !(v instanceof Date);

/** Excel's serial date number, the way Range.values reports dates. */
const serialOf = (d: Date): number => d.getTime() / 86400000 + 25569;

const formulaOf = (raw: Raw): string | undefined =>
  isObject(raw) && (typeof raw.formula === "string" || typeof raw.sharedFormula === "string") ? String(raw.formula ?? raw.sharedFormula) : undefined;

/** The value a cell shows, as Range.values gives it. */
export const valueOf = (cell: ExcelJS.Cell): OfficeValue => {
  const computed = calculatedResult(cell);
  if (computed !== undefined && formulaOf(cell.value as Raw) !== undefined) return isObject(computed) ? String(computed.error) : computed;
  return plain(cell.value as Raw);
};

const plain = (raw: Raw): OfficeValue => {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return serialOf(raw);
  if (isObject(raw)) {
    if ("error" in raw && typeof raw.error === "string") return raw.error;
    if ("richText" in raw && Array.isArray(raw.richText)) return raw.richText.map((r: { text: string }) => r.text).join("");
    if ("formula" in raw || "sharedFormula" in raw) {
      const result = (raw as { result?: unknown }).result;
      // Not calculated yet (a file saved without results): Excel would show 0 until it recalculates.
      if (result === undefined || result === null) return 0;
      if (isObject(result) && typeof result.error === "string") return result.error;
      if (result instanceof Date) return serialOf(result);
      return result as OfficeValue;
    }
    if ("text" in raw && typeof raw.text === "string") return raw.text;
  }
  return "";
};

/** Range.formulas: "=..." for a formula, the constant otherwise. */
export const formulaText = (cell: ExcelJS.Cell): OfficeValue => {
  const raw = cell.value as Raw;
  if (isObject(raw) && typeof raw.formula === "string") return `=${raw.formula}`;
  if (isObject(raw) && typeof raw.sharedFormula === "string") return `=${cell.formula}`;
  return valueOf(cell);
};

export const valueTypeOf = (cell: ExcelJS.Cell): "Empty" | "String" | "Double" | "Boolean" | "Error" => {
  const v = valueOf(cell);
  if (v === "" && (cell.value === null || cell.value === undefined)) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (ERRORS.includes(v)) return "Error";
  return v === "" ? "Empty" : "String";
};

export const textOf = (cell: ExcelJS.Cell, culture: Culture): string => {
  const v = valueOf(cell);
  if (typeof v === "number") return formatNumber(v, cell.numFmt || "General", culture);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
};

/** What a write stores in a cell, and the number format Excel gives a General cell for it. */
export interface Entry {
  readonly raw: Raw;
  readonly numFmt?: string;
}

/**
 * What typing or `values =` stores, as Excel parses an entry in the workbook's culture
 * (entry.ts): "=..." becomes a formula; numbers, dates, percents, currency and TRUE/FALSE are
 * converted unless the cell is formatted as text ("@"); "+1"/"-1" are numbers (Range.values: a
 * value starting with "+", "-" or "=" is read as a formula, and these evaluate to numbers).
 */
export const entryToRaw = (input: unknown, numFmt: string | undefined, culture: Culture): Entry => {
  if (input === null || input === undefined || input === "") return { raw: null };
  if (typeof input === "number" || typeof input === "boolean") return { raw: input };
  if (typeof input !== "string") return { raw: String(input) };
  if (numFmt === "@") return { raw: input };
  // A leading apostrophe keeps the rest as text ("'0123"); the apostrophe itself is not stored.
  if (input.startsWith("'")) return { raw: input.slice(1) === "" ? null : input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { raw: { formula: input.slice(1) } as ExcelJS.CellFormulaValue };
  if (ERRORS.includes(input)) return { raw: { error: input } as ExcelJS.CellErrorValue };
  const parsed = parseEntry(input, culture);
  if (parsed === undefined) return { raw: input };
  const general = numFmt === undefined || numFmt === "" || numFmt === "General";
  return general && parsed.numFmt !== undefined ? { raw: parsed.value, numFmt: parsed.numFmt } : { raw: parsed.value };
};
