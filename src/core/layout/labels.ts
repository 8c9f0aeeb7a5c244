// The words the template sheet shows, in both languages. They live here because the sheet's
// layout owns them; the pane's catalogues (src/core/i18n) may reuse them.
import type { Lang, LocalText } from "../indicator";
import type { NumberType } from "../indicator";
import { catalog } from "../i18n";

/** What the Đánh giá formula writes (and the conditional formats compare with): the catalogues' grade names, so the sheet and the pane say the same. */
export type GradeWord = "exceeded" | "met" | "near" | "shortfall";
export const gradeWord = (g: GradeWord, lang: Lang): string => catalog(lang).grade[g];

export type StatusWord = "error" | "shortfall" | "near" | "warning" | "ok";

/**
 * What the check writes in the "Kết quả kiểm tra" column. A clean row is "Hợp lệ", not "Đạt":
 * beside Đánh giá, "Đạt" would read as "met its target", even on a row that has none.
 */
export const STATUS_WORDS: Readonly<Record<StatusWord, LocalText>> = {
  error: { vi: "Lỗi", en: "Error" },
  shortfall: { vi: "Chưa đạt", en: "Shortfall" },
  near: { vi: "Gần đạt", en: "Near" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  ok: { vi: "Hợp lệ", en: "OK" },
};

/**
 * The first line of a mark the check can no longer delete (a reviewer replied under it) once its
 * cell is clean, where Excel cannot resolve the thread (Comment.resolved needs ExcelApi 1.11).
 */
export const MARK_CLEARED: LocalText = {
  vi: "Đã hết lỗi ở lần kiểm tra sau (nội dung cũ giữ lại bên dưới).",
  en: "Clean at a later check (the earlier text is kept below).",
};

export type DetailField = "number" | "date" | "place" | "estimate" | "signerTitle" | "signerName" | "recipients";

export const DETAIL_LABELS: Readonly<Record<DetailField, LocalText>> = {
  number: { vi: "Số/ký hiệu:", en: "Number/symbol:" },
  date: { vi: "Ngày báo cáo:", en: "Report date:" },
  place: { vi: "Địa danh:", en: "Place:" },
  estimate: { vi: "Số liệu ước thực hiện:", en: "Figures are estimates:" },
  signerTitle: { vi: "Chức vụ người ký:", en: "Signer's title:" },
  signerName: { vi: "Họ tên người ký:", en: "Signer's name:" },
  recipients: { vi: "Nơi nhận (mỗi nơi một dòng, hoặc ngăn cách bởi dấu ;):", en: "Recipients (one a line, or separated by ;):" },
};

export const YES_NO: Readonly<Record<"yes" | "no", LocalText>> = {
  yes: { vi: "Có", en: "Yes" },
  no: { vi: "Không", en: "No" },
};

/** "Số liệu từ ngày 16/12/2019 đến ngày 15/3/2020": the window phrase comes from period-window. */
export const WINDOW_PREFIX: LocalText = { vi: "Số liệu", en: "Figures" };

/** The heading over the values kept from indicators a newer template version dropped. */
export const ORPHANS_HEADING: LocalText = {
  vi: "Số liệu đã nhập của các chỉ tiêu không còn trong mẫu (giữ lại để không mất dữ liệu)",
  en: "Figures typed for indicators no longer in the template (kept so nothing is lost)",
};

export interface ValidationText {
  readonly title: LocalText;
  readonly message: LocalText;
}

/** Data-validation alerts: they say what to type, since a warning alert lets the clerk carry on. */
export const VALIDATION_TEXT: Readonly<Record<"whole" | "decimal" | "percent", ValidationText>> = {
  whole: {
    title: { vi: "Số nguyên không âm", en: "Whole number" },
    message: {
      vi: "Nhập một số nguyên không âm, không gõ dấu chấm hay dấu cách phân cách hàng nghìn (ví dụ 920000). Số tiền tính bằng đồng.",
      en: "Type a whole number of 0 or more, without thousands separators (for example 920000). Money is in whole đồng.",
    },
  },
  decimal: {
    title: { vi: "Số không âm", en: "Number" },
    message: {
      vi: "Nhập một số không âm (có thể có phần thập phân), không gõ chữ hay đơn vị tính.",
      en: "Type a number of 0 or more (decimals allowed), without words or units.",
    },
  },
  percent: {
    title: { vi: "Tỷ lệ phần trăm", en: "Percentage" },
    message: {
      vi: "Nhập tỷ lệ phần trăm từ 0 đến 100, không gõ dấu % (ví dụ gõ 87 cho 87%).",
      en: "Type a percentage from 0 to 100, without the % sign (type 87 for 87%).",
    },
  },
};

export const validationKind = (t: NumberType): keyof typeof VALIDATION_TEXT =>
  t === "percent" ? "percent" : t === "decimal" ? "decimal" : "whole";

export const text = (t: LocalText, lang: Lang): string => t[lang];
