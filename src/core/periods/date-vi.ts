// Dates as Vietnamese staff type them: day first, "05/01/2020" (also "5/1/2020", "05-01-2020",
// "05.01.2020"), read into the ISO date the rest of the code keeps. Shown back as dd/mm/yyyy
// with formatDateVi, so what staff see is what they would write on paper.
import type { Lang } from "../indicator";
import { formatDateEn, formatDateVi, isoDate, parseIsoDate, type IsoDate } from "./period-window";

/** Why typed text is not a date: nothing usable, the wrong shape, or a day the calendar lacks. */
export type DateViProblem = "empty" | "format" | "impossible";

export type DateViReading =
  | { readonly ok: true; readonly iso: IsoDate }
  | { readonly ok: false; readonly problem: DateViProblem };

// Day and month of one or two digits, a four-digit year (a two-digit year would leave the
// century to guesswork on an official document), the same separator twice.
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Reads "5/1/2020", "05/01/2020", "05-01-2020" or "05.01.2020" as day/month/year. */
export function parseDateVi(text: string): DateViReading {
  const s = text.normalize("NFKC").replace(/\s+/g, "");
  if (s === "") return { ok: false, problem: "empty" };
  const m = DAY_FIRST.exec(s);
  if (!m) return { ok: false, problem: "format" };
  const day = Number(m[1]);
  const month = Number(m[3]);
  const year = Number(m[4]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return { ok: false, problem: "impossible" };
  const iso = isoDate(year, month, day);
  // parseIsoDate knows the calendar (31/4, 29/2 outside leap years): one place for that rule.
  return parseIsoDate(iso) === null ? { ok: false, problem: "impossible" } : { ok: true, iso };
}

/** An ISO date as staff type it, "05/01/2020"; "" for no date or one that is not a date. */
export const showDateVi = (iso: IsoDate): string => (parseIsoDate(iso) === null ? "" : formatDateVi(iso));

/**
 * The date read, in words, to show under the field: "ngày 5 tháng 1 năm 2020" / "5 January 2020".
 * Digits alone leave "05/01" open to a May reading by anyone used to month first; words do not.
 */
export function dateInWords(iso: IsoDate, lang: Lang): string {
  const d = parseIsoDate(iso);
  if (d === null) return "";
  return lang === "vi" ? `ngày ${d.day} tháng ${d.month} năm ${d.year}` : formatDateEn(iso);
}
