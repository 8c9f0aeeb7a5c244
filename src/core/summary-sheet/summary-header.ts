// The top of an ND 30/2020 document: agencies and number on the left, quốc hiệu and tiêu ngữ on
// the right, the place-and-date line, then the title and the data window.
import type { Lang } from "../indicator";
import type { Period } from "../periods/period";
import { periodLabel } from "../periods/period-labels";
import { dataWindow, formatOfficialDate, formatWindow, parseIsoDate } from "../periods/period-window";
import type { ReportDetails } from "../reading";
import type { Template } from "../template/template";
import type { SheetDraft } from "./sheet-draft";
import { summaryWords } from "./summary-words";

const upper = (s: string): string => s.normalize("NFC").toLocaleUpperCase("vi-VN");

/**
 * "BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG QUÝ I NĂM 2020";
 * with estimates "… TÌNH HÌNH ƯỚC THỰC HIỆN …" (or "(ƯỚC THỰC HIỆN)" after a title without "thực hiện").
 */
export function summaryTitle(template: Template, period: Period, estimate: boolean, lang: Lang): string {
  const words = summaryWords(lang);
  let subject = upper(template.title[lang]);
  let suffix = "";
  if (estimate) {
    const at = subject.indexOf(words.done);
    if (at >= 0) subject = subject.slice(0, at) + words.estimateDone + subject.slice(at + words.done.length);
    else suffix = ` ${words.estimateSuffix}`;
  }
  return `${words.reportKind} ${subject} ${upper(periodLabel(period, lang))}${suffix}`;
}

/** "Hà Nam, ngày 05 tháng 01 năm 2020", or the line with blanks for the signing day when no date is filled in. */
export function placeDateLine(details: ReportDetails, template: Template, period: Period, lang: Lang): string {
  const place = details.place.trim() === "" ? template.place : details.place.trim();
  if (parseIsoDate(details.date) === null) return summaryWords(lang).undatedLine(place, period.year);
  return formatOfficialDate(place, details.date, lang);
}

/** Places rows 1 to 7 (7: the unverified-figures line, when `unverifiedErrors` is set); returns the next free row. */
export function placeHeader(
  draft: SheetDraft,
  template: Template,
  period: Period,
  details: ReportDetails,
  lang: Lang,
  unverifiedErrors?: number,
): number {
  const words = summaryWords(lang);
  draft.span("A", "C", 1, upper(template.agency.parent), "parentAgency");
  draft.span("A", "C", 2, upper(template.agency.issuing), "issuingAgency");
  const number = details.number.trim() === "" ? "      /BC-" : details.number.trim();
  draft.span("A", "C", 3, `${words.numberPrefix}${number}`, "docNumber");
  draft.span("F", "K", 1, words.nation, "nation");
  draft.span("F", "K", 2, words.motto, "motto");
  draft.span("F", "K", 3, placeDateLine(details, template, period, lang), "placeDate");
  draft.atLeast(4, 10);
  draft.span("A", "K", 5, summaryTitle(template, period, details.estimate, lang), "title");
  draft.span("A", "K", 6, words.dataWindow(formatWindow(dataWindow(period, template.reportType), lang)), "subtitle");
  if (unverifiedErrors === undefined) draft.atLeast(7, 10);
  else draft.span("A", "K", 7, words.unverified(unverifiedErrors), "unverified");
  return 8;
}
