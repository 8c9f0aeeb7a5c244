// Reading cell values the way Vietnamese staff type them: 920.000 is nine hundred twenty
// thousand, 87,5 is eighty-seven and a half. English-style text is never silently guessed.
import { isErrorValue, type SnapshotCell } from "../snapshot";
import { reconcile } from "../units/reconcile";

/** Why a cell could not be read as a number. */
export type NotANumberReason =
  | "english-style" // "1,234.5", "920,000", "87.5": read it the Vietnamese way instead (see suggestion)
  | "unreadable" // text that is no number at all
  | "boolean" // TRUE / FALSE
  | "not-finite" // NaN or ±Infinity handed over by a host
  | "unit-mismatch"; // "11,3 tỷ USD" in a đồng row: a unit that cannot be read in the row's unit

export type CellNumber =
  | { readonly kind: "empty" }
  | {
      readonly kind: "number";
      readonly value: number;
      /** The text it was read from (NFC), or null for a real number cell; text means a `text-number` warning. */
      readonly text: string | null;
      /** "87,5%": typed with a percent sign (the value is 87.5, in the indicator's % unit). */
      readonly percent: boolean;
    }
  | { readonly kind: "error"; readonly error: string }
  | {
      readonly kind: "not-a-number";
      readonly text: string;
      readonly reason: NotANumberReason;
      readonly suggestion: number | null;
      /** For "unit-mismatch": the unit typed and the row's unit, as written. */
      readonly units?: { readonly typed: string; readonly row: string };
    };

export const EMPTY: CellNumber = { kind: "empty" };

/** Excel's error values, as typed strings and as ErrorValue.error. */
export const EXCEL_ERRORS: readonly string[] = [
  "#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
];

/** NFC, every kind of space (no-break, narrow, thin, ideographic) as one plain space, trimmed. */
export function normalizeText(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu, " ").trim();
}

/** An Excel error value typed or computed: "#DIV/0!" → "#DIV/0!"; null when it is not one. */
export function excelError(s: string): string | null {
  const up = normalizeText(s).toUpperCase();
  return EXCEL_ERRORS.includes(up) ? up : null;
}

/**
 * Full-width digits and signs ("１２３", "８７，５％"), as an East Asian input method types them,
 * are the same figure: read them as their plain forms (what NFKC does for these characters),
 * leaving every other character alone.
 */
const halfWidth = (s: string): string =>
  s.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Words that soften a figure ("khoảng 920.000"): read, but the cell still gets a text-number warning. */
const APPROXIMATE = /^(?:ước\s+(?:thực\s+hiện\s+|tính\s+)?(?:khoảng\s+)?|sơ\s+bộ\s+|khoảng\s+|xấp\s+xỉ\s+|gần\s+|~\s*|≈\s*)/u;

type Body = { readonly ok: true; readonly mantissa: string } | { readonly ok: false; readonly english: string | null };

// The first group never starts with 0: "0.500" is no Vietnamese thousands grouping.
const VN_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const EN_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/;

/**
 * The digits, dots, commas and spaces of a number, read the Vietnamese way, as a JavaScript
 * numeric string ("1234.5"); or, when the text is English-style, the English reading.
 */
function readBody(raw: string): Body {
  let s = raw;
  if (s.includes(" ")) {
    // Spaces group thousands ("920 000", "1 234,5"): only valid groups, and not mixed with dots.
    const [intPart, ...rest] = s.split(",");
    if (s.includes(".") || rest.length > 1 || !/^\d{1,3}(?: \d{3})+$/.test(intPart) || (rest.length === 1 && !/^\d+$/.test(rest[0]))) {
      return { ok: false, english: null };
    }
    s = s.replace(/ /g, "");
  }
  if (/^\d+$/.test(s)) return { ok: true, mantissa: s };
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (commas === 0) {
    if (VN_GROUPED.test(s)) return { ok: true, mantissa: s.replace(/\./g, "") };
    // One dot not followed by a group of three: an English decimal point ("87.5").
    if (dots === 1 && /^\d*\.\d+$/.test(s)) return { ok: false, english: s };
    return { ok: false, english: null };
  }
  if (dots === 0) {
    if (commas === 1 && /^\d*,\d+$/.test(s)) {
      const [i, f] = s.split(",");
      // "920,000" may be English thousands or Vietnamese 920; never guess which.
      if (f.length === 3 && /^[1-9]\d{0,2}$/.test(i)) return { ok: false, english: i + f };
      return { ok: true, mantissa: `${i === "" ? "0" : i}.${f}` };
    }
    if (EN_GROUPED.test(s)) return { ok: false, english: s.replace(/,/g, "") };
    return { ok: false, english: null };
  }
  const vn = /^([1-9]\d{0,2}(?:\.\d{3})+),(\d+)$/.exec(s);
  if (vn) return { ok: true, mantissa: `${vn[1].replace(/\./g, "")}.${vn[2]}` };
  const en = /^([1-9]\d{0,2}(?:,\d{3})+)\.(\d+)$/.exec(s);
  if (en) return { ok: false, english: `${en[1].replace(/,/g, "")}.${en[2]}` };
  return { ok: false, english: null };
}

/** Applies sign, percent and a multiplier word exactly, through the decimal exponent. */
function toNumber(sign: string, mantissa: string, exponent: number): number {
  const n = Number(`${mantissa}e${exponent}`);
  return sign === "-" && n !== 0 ? -n : n;
}

// The unit after the number: words, a scale ("tỷ đồng", "nghìn tỷ"), "m²" or "km2", "điểm %", and
// a denominator ("bác sỹ/ 10.000 dân"). No other digits, so "2 tỷ 500 triệu" and "12 tháng 3" stay unreadable.
const NUMBER_TEXT = /^([+\-\u2212]?)\s*(\d[\d., ]*\d|\d|[.,]\d+)\s*(%?)\s*((?:[\p{L}$(][\p{L}\p{M} ,./()%$²³]*?(?:(?<=m)[23])?(?:\/\s*\d[\d.]*\s*[\p{L}\p{M} ]+)?)?)\s*$/u;

export interface NumberTextReading {
  readonly value: number;
  readonly percent: boolean;
}

export type NumberTextFailure = {
  readonly ok: false;
  readonly reason: "english-style" | "unreadable" | "unit-mismatch";
  readonly suggestion: number | null;
  readonly units?: { readonly typed: string; readonly row: string };
};

/**
 * Reads a number typed as text the Vietnamese way: "920.000", "920 000", "87,5", "87,5%",
 * "2.000.000 đồng", "7 triệu", "khoảng 920.000". A unit after the number is read against the
 * row's unit (units/reconcile.ts): "139.774 tỷ đồng" in a tỷ đồng row is 139.774, in a đồng row
 * 139.774 × 10⁹; a unit of another dimension is a "unit-mismatch". Without a row unit (null) a
 * scale word (nghìn/ngàn, triệu, tỷ) multiplies and other words are let be.
 */
export function readNumberText(text: string, rowUnit: string | null = null): { readonly ok: true; readonly reading: NumberTextReading } | NumberTextFailure {
  const s = halfWidth(normalizeText(text)).toLowerCase().replace(APPROXIMATE, "");
  const m = NUMBER_TEXT.exec(s);
  if (!m) return { ok: false, reason: "unreadable", suggestion: null };
  const [, signRaw, body, pct, unit] = m;
  const sign = signRaw === "+" ? "" : signRaw === "" ? "" : "-";
  const percent = pct === "%";
  // A percent sign and a unit together ("5% triệu") is not a figure anyone means, unless it is the
  // row's own unit ("33-34% GDP" in a "% GDP" row).
  if (percent && unit !== "" && (rowUnit === null || reconcile(`% ${unit}`, rowUnit).ok !== true || !rowUnit.includes("%"))) {
    return { ok: false, reason: "unreadable", suggestion: null };
  }
  const units = reconcile(percent ? (unit === "" ? "%" : `% ${unit}`) : unit, rowUnit);
  if (!units.ok) return { ok: false, reason: "unit-mismatch", suggestion: null, units: { typed: units.typed, row: units.row } };
  const exponent = units.shift;
  const read = readBody(body.startsWith(",") ? `0${body}` : body);
  if (!read.ok) {
    if (read.english === null) return { ok: false, reason: "unreadable", suggestion: null };
    const guess = toNumber(sign, read.english.startsWith(".") ? `0${read.english}` : read.english, exponent);
    return { ok: false, reason: "english-style", suggestion: Number.isFinite(guess) ? guess : null };
  }
  const value = toNumber(sign, read.mantissa, exponent);
  // Hundreds of digits overflow to Infinity: no figure anyone means.
  if (!Number.isFinite(value)) return { ok: false, reason: "unreadable", suggestion: null };
  return { ok: true, reading: { value, percent } };
}

/** Reads any snapshot cell. Never throws; empty (null, "", spaces) is not zero. */
export function readCellNumber(cell: SnapshotCell | undefined, rowUnit: string | null = null): CellNumber {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "not-a-number", text: String(cell), reason: "not-finite", suggestion: null };
    return { kind: "number", value: cell === 0 ? 0 : cell, text: null, percent: false };
  }
  if (typeof cell === "boolean") return { kind: "not-a-number", text: cell ? "TRUE" : "FALSE", reason: "boolean", suggestion: null };
  if (isErrorValue(cell)) return { kind: "error", error: typeof cell.error === "string" ? cell.error : String(cell.error) };
  if (typeof cell !== "string") return { kind: "not-a-number", text: String(cell), reason: "unreadable", suggestion: null };
  const text = normalizeText(cell);
  if (text === "") return EMPTY;
  const err = excelError(text);
  if (err !== null) return { kind: "error", error: err };
  const r = readNumberText(text, rowUnit);
  if (!r.ok) return r.units === undefined
    ? { kind: "not-a-number", text, reason: r.reason, suggestion: r.suggestion }
    : { kind: "not-a-number", text, reason: r.reason, suggestion: null, units: r.units };
  return { kind: "number", value: r.reading.value, text, percent: r.reading.percent };
}

/** The text of a cell as staff wrote it (NFC, spaces tidied): for Giải trình and report details. */
export function readCellText(cell: SnapshotCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return normalizeText(cell);
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return isErrorValue(cell) ? String(cell.error) : "";
}
