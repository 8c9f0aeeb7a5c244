// Range.text: a value shown through its number format, in the workbook's culture. Covers the
// codes an indicator report uses: General, digits (0 and #, optional decimals), grouping, %,
// quoted and escaped literals, sections for negatives, dates (d, dd, m, mm, mmm, yy, yyyy), "@".
import type { Culture } from "./culture";

const GENERAL_DIGITS = 10;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const general = (n: number, culture: Culture): string => {
  const s = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(GENERAL_DIGITS)));
  return culture.decimal === "." ? s : s.replace(".", culture.decimal);
};

const group = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** The code's parts: literals (quoted, escaped, or plain punctuation) and the placeholders between. */
const stripLiterals = (section: string): string => section.replace(/"[^"]*"|\\.|_.|\*./g, "");

const isDateCode = (section: string): boolean => /[dmy]/i.test(stripLiterals(section).replace(/\[[^\]]*\]/g, ""));

/** An Excel serial date shown as a date code ("dd/mm/yyyy" → "20/03/2020"). */
const formatDate = (serial: number, section: string): string => {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: String(d.getUTCFullYear()).slice(-2),
    mmmm: MONTHS[d.getUTCMonth()]!,
    mmm: MONTHS[d.getUTCMonth()]!,
    mm: String(d.getUTCMonth() + 1).padStart(2, "0"),
    m: String(d.getUTCMonth() + 1),
    dd: String(d.getUTCDate()).padStart(2, "0"),
    d: String(d.getUTCDate()),
  };
  return section.replace(/"([^"]*)"|\\(.)|yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token, quoted?: string, escaped?: string) =>
    quoted ?? escaped ?? parts[token.toLowerCase()] ?? token,
  );
};

/** A number shown through one numeric section ("#,##0.0#", '0.0"%"', "0%"). */
const formatNumeric = (value: number, section: string, culture: Culture, signed: boolean): string => {
  const placeholders = stripLiterals(section);
  const percent = placeholders.includes("%");
  const v = percent ? value * 100 : value;
  const m = /([#0,]*)(?:\.([0#]*))?/.exec(placeholders.replace(/[^#0,.]/g, "")) ?? [];
  const required = (m[2] ?? "").replace(/#/g, "").length;
  const optional = (m[2] ?? "").length - required;
  const grouped = (m[1] ?? "").includes(",");
  let fixed = Math.abs(v).toFixed(required + optional);
  if (optional > 0) fixed = fixed.replace(new RegExp(`0{1,${optional}}$`), "").replace(/\.$/, "");
  const [int = "0", frac] = fixed.split(".");
  const intText = (m[1] ?? "").replace(/,/g, "").includes("0") || int !== "0" ? int : "";
  const body = (grouped ? group(intText, culture.group) : intText) + (frac ? `${culture.decimal}${frac}` : "");
  const sign = signed && v < 0 && Number(fixed) !== 0 ? "-" : "";
  // Literals stay where the code puts them: before the first placeholder and after the last.
  const first = section.search(/[#0]/);
  const last = Math.max(section.lastIndexOf("#"), section.lastIndexOf("0"));
  const literal = (s: string): string => s.replace(/"([^"]*)"|\\(.)|[#0,.]|_.|\*./g, (_t, q?: string, e?: string) => q ?? e ?? "");
  const before = first < 0 ? "" : literal(section.slice(0, first));
  const after = last < 0 ? "" : literal(section.slice(last + 1));
  return `${sign}${before}${body}${after}`;
};

export const formatNumber = (n: number, code: string, culture: Culture): string => {
  const sections = code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const explicitNegative = n < 0 && sections.length > 1;
  const section = ((explicitNegative ? sections[1] : sections[0]) ?? "General").trim();
  if (section === "" || /^general$/i.test(section) || section === "@") return general(n, culture);
  if (isDateCode(section)) return formatDate(n, section.replace(/\[[^\]]*\]/g, ""));
  return formatNumeric(explicitNegative ? Math.abs(n) : n, section, culture, !explicitNegative);
};
