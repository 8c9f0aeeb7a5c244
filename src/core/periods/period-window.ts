// The data window of a period (which days its figures cover) belongs to the report type,
// and the way official documents write dates.
import type { Lang } from "../indicator";
import type { Period } from "./period";
import { periodQuarters, type QuarterNumber } from "./period-labels";
import type { ReportType } from "../template/template";

/** A calendar date "2020-03-15". */
export type IsoDate = string;

export interface DataWindow {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export const isoDate = (year: number, month: number, day: number): IsoDate =>
  `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The cut-off day of each report type: a quarter runs from (cutoff + 1) of the month before to cutoff of its last month. */
const CUTOFF: Readonly<Record<Exclude<ReportType, "calendar">, number>> = {
  "nd09-2019": 14, // Nghị định 09/2019/NĐ-CP: 15/12 to 14/3
  "tt03-2013": 15, // Thông tư 03/2013/TT-TTCP: 16/12 to 15/3
};

function quarterStart(year: number, q: QuarterNumber, reportType: ReportType): IsoDate {
  const firstMonth = 3 * q - 2;
  if (reportType === "calendar") return isoDate(year, firstMonth, 1);
  // The window opens in the month before the quarter, which for Q1 is December of the year before.
  const month = firstMonth === 1 ? 12 : firstMonth - 1;
  return isoDate(firstMonth === 1 ? year - 1 : year, month, CUTOFF[reportType] + 1);
}

function quarterEnd(year: number, q: QuarterNumber, reportType: ReportType): IsoDate {
  const lastMonth = 3 * q;
  if (reportType === "calendar") return isoDate(year, lastMonth, daysInMonth(year, lastMonth));
  return isoDate(year, lastMonth, CUTOFF[reportType]);
}

/** The days a period's figures cover: from its first quarter's start to its last quarter's end. */
export function dataWindow(p: Period, reportType: ReportType): DataWindow {
  const qs = periodQuarters(p.kind);
  return { from: quarterStart(p.year, qs[0], reportType), to: quarterEnd(p.year, qs[qs.length - 1], reportType) };
}

interface Ymd { readonly year: number; readonly month: number; readonly day: number }

/** Reads "2020-03-15"; null when it is not a real calendar date. */
export function parseIsoDate(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function mustParse(iso: IsoDate): Ymd {
  const d = parseIsoDate(iso);
  // Callers pass dates this module or a validated reading produced: a malformed one is a bug.
  if (d === null) throw new Error(`Not an ISO date: ${JSON.stringify(iso)}`);
  return d;
}

/** "16/12/2019": the short date of running text. */
export function formatDateVi(iso: IsoDate): string {
  const d = mustParse(iso);
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "16 December 2019". */
export function formatDateEn(iso: IsoDate): string {
  const d = mustParse(iso);
  return `${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}`;
}

export const formatDate = (iso: IsoDate, lang: Lang): string => (lang === "vi" ? formatDateVi(iso) : formatDateEn(iso));

/**
 * The place-and-date line of Nghị định 30/2020/NĐ-CP: "Hà Nam, ngày 05 tháng 01 năm 2020".
 * Days below 10 and the months January and February take a leading zero (so that nobody can
 * add a digit in front of them); other months do not ("ngày 20 tháng 3 năm 2020").
 */
export function formatOfficialDateVi(place: string, iso: IsoDate): string {
  const d = mustParse(iso);
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  return `${place}, ngày ${pad2(d.day)} tháng ${month} năm ${d.year}`;
}

/** The same line in English: "Hà Nam, 5 January 2020". */
export function formatOfficialDate(place: string, iso: IsoDate, lang: Lang): string {
  return lang === "vi" ? formatOfficialDateVi(place, iso) : `${place}, ${formatDateEn(iso)}`;
}

/**
 * A date inside the text of a document, padded as ND 30 pads the date line: the day below 10 and
 * the months 1-2 ("05/01/2020", "20/02/2020", "15/3/2020"), as the seed writes "từ ngày 16/12/2019
 * đến ngày 15/3/2020". (formatDateVi, padded throughout, is the form field's dd/mm/yyyy.)
 */
export function formatDocumentDateVi(iso: IsoDate): string {
  const d = mustParse(iso);
  return `${pad2(d.day)}/${d.month <= 2 ? pad2(d.month) : String(d.month)}/${d.year}`;
}

/** "từ ngày 16/12/2019 đến ngày 15/3/2020" / "from 16 December 2019 to 15 March 2020". */
export function formatWindow(w: DataWindow, lang: Lang): string {
  return lang === "vi"
    ? `từ ngày ${formatDocumentDateVi(w.from)} đến ngày ${formatDocumentDateVi(w.to)}`
    : `from ${formatDateEn(w.from)} to ${formatDateEn(w.to)}`;
}
