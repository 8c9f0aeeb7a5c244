// The top of an ND 30/2020 document: agencies and number on the left, quốc hiệu and tiêu ngữ on
// the right, the place-and-date line, then the title and the data window.
import type { Lang } from "../indicator";
import type { Period } from "../periods/period";
import { periodLabel } from "../periods/period-labels";
import { dataWindow, formatOfficialDate, formatWindow, parseIsoDate } from "../periods/period-window";
import type { ReportDetails } from "../reading";
import type { Template } from "../template/template";
import { spanWidth, type SheetDraft } from "./sheet-draft";
import { styleFontSize } from "./summary-styles";
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

/**
 * The short solid rule under the issuing agency (ND 30, Phụ lục I: 1/3 to 1/2 of the name's length,
 * centred): underscores in a small font, which join into one line in every font and both adapters
 * write as plain text. Its length aims at 0,4 of the name, from Times New Roman's widths (bold
 * capitals about 0,72 em, the underscore 0,5 em).
 */
export function agencyRule(name: string): string {
  const nameWidth = name.length * 0.72 * styleFontSize("issuingAgency");
  return "_".repeat(Math.max(4, Math.round((0.4 * nameWidth) / (0.5 * styleFontSize("agencyRule")))));
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
  const issuing = upper(template.agency.issuing);
  draft.span("A", "C", 1, upper(template.agency.parent), "parentAgency");
  draft.span("A", "C", 2, issuing, "issuingAgency");
  draft.span("A", "C", 3, agencyRule(issuing), "agencyRule");
  const number = details.number.trim() === "" ? "      /BC-" : details.number.trim();
  draft.span("A", "C", 4, `${words.numberPrefix}${number}`, "docNumber");
  draft.span("F", "L", 1, words.nation, "nation");
  // The motto's own rule is its underline: as long as the text, as the decree draws it.
  draft.span("F", "L", 2, words.motto, "motto");
  draft.span("F", "L", 4, placeDateLine(details, template, period, lang), "placeDate");
  const title = summaryTitle(template, period, details.estimate, lang);
  draft.span("A", "L", 5, title, "title");
  // The space the number line and the title need between them (a row of its own before the rule row).
  draft.fit(5, title, spanWidth("A", "L"), "title", 14);
  draft.span("A", "L", 6, words.dataWindow(formatWindow(dataWindow(period, template.reportType), lang)), "subtitle");
  if (unverifiedErrors === undefined) draft.atLeast(7, 10);
  else draft.span("A", "L", 7, words.unverified(unverifiedErrors), "unverified");
  return 8;
}
