// What Excel makes of text typed into a General cell, or written through Range.values, in the
// workbook's culture: numbers with the culture's group and decimal separators ("950.000" is
// 950000 in vi-VN and 950 in en-US), a sign ("+1", "-1"), accounting negatives ("(5)"), the
// culture's currency ("$120"), percents ("5%"), ISO and the culture's dates ("2020-03-20",
// "20/03/2020" in vi-VN), TRUE and FALSE. Excel also gives the cell a number format that shows
// the entry as typed (grouping, currency, percent, the short date).
import type { Culture } from "./culture";

export interface ParsedEntry {
  readonly value: number | boolean;
  /** The number format Excel gives a General cell for this entry, if any. */
  readonly numFmt?: string;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const serial = (year: number, month: number, day: number): number | undefined => {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  const s = Math.round((t - EXCEL_EPOCH) / 86400000);
  return s >= 1 ? s : undefined;
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Digits with the culture's separators: groups of three after the first, one decimal separator. */
const plainNumber = (text: string, culture: Culture): { value: number; grouped: boolean; decimals: number } | undefined => {
  const g = escape(culture.group);
  const d = escape(culture.decimal);
  const m = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?$`).exec(text);
  if (!m || (m[1] === undefined && (m[2] === undefined || m[2] === ""))) return undefined;
  const int = (m[1] ?? "0").split(culture.group).join("");
  const value = Number(`${int}.${m[2] ?? ""}${m[3] ? `e${m[3]}` : ""}`);
  return Number.isFinite(value) ? { value, grouped: (m[1] ?? "").includes(culture.group), decimals: (m[2] ?? "").length } : undefined;
};

const dateEntry = (text: string, culture: Culture): ParsedEntry | undefined => {
  let y: number, mo: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local) {
    const [a, b] = [Number(local[1]), Number(local[2])];
    [d, mo] = culture.dateOrder === "DMY" ? [a, b] : [b, a];
    y = Number(local[3]);
  } else return undefined;
  const s = serial(y, mo, d);
  return s === undefined ? undefined : { value: s, numFmt: iso ? "yyyy-mm-dd" : culture.shortDate };
};

/** The number or boolean Excel reads from `input`, or undefined when it stays text. */
export const parseEntry = (input: string, culture: Culture): ParsedEntry | undefined => {
  const text = input.trim();
  if (text === "") return undefined;
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  const date = dateEntry(text, culture);
  if (date) return date;
  let rest = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(rest);
  if (paren) {
    negative = true;
    rest = paren[1]!.trim();
  }
  const signed = /^([+-])\s*(.*)$/.exec(rest);
  if (signed) {
    if (paren) return undefined;
    negative = signed[1] === "-";
    rest = signed[2]!;
  }
  let currency = false;
  if (!culture.currencyAfter && rest.startsWith(culture.currency)) {
    currency = true;
    rest = rest.slice(culture.currency.length).trim();
  } else if (culture.currencyAfter && rest.endsWith(culture.currency)) {
    currency = true;
    rest = rest.slice(0, -culture.currency.length).trim();
  }
  let percent = false;
  if (rest.endsWith("%")) {
    percent = true;
    rest = rest.slice(0, -1).trim();
  }
  const n = plainNumber(rest, culture);
  if (n === undefined || (currency && percent)) return undefined;
  const value = (negative ? -n.value : n.value) / (percent ? 100 : 1);
  const decimals = n.decimals > 0 ? ".00" : "";
  if (percent) return { value, numFmt: `0${decimals}%` };
  if (currency) return { value, numFmt: culture.currencyAfter ? `#,##0${decimals} "${culture.currency}"` : `"${culture.currency}"#,##0${decimals}` };
  if (n.grouped) return { value, numFmt: `#,##0${decimals}` };
  return { value };
};
