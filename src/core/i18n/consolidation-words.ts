// The words of the consolidated sheet and of `chitieu consolidate`, per language.
import type { Lang } from "../indicator";
import type { Exclusion } from "../consolidation/consolidate";

export interface ConsolidationWords {
  readonly sheetName: string;
  title(period: string): string;
  templateLine(id: string, version: string, included: number, excluded: number): string;
  readonly filesHeading: string;
  readonly fileColumns: readonly string[];
  readonly indicatorsHeading: string;
  /** Mã, Chỉ tiêu, ĐVT, (units…), Tổng, Chỉ tiêu tổng, Tỷ lệ, Đánh giá. */
  readonly codeColumns: readonly [string, string, string];
  readonly totalColumns: readonly [string, string, string, string];
  readonly included: string;
  readonly excluded: Readonly<Record<Exclusion, (detail: string) => string>>;
  readonly changedAfterApproval: string;
  readonly rateNotSummed: string;
  partial(missing: number): string;
  counts(exceeded: number, met: number, near: number, shortfall: number): string;
  readonly noReport: string;
  readonly noFiles: string;
  /** Why a file picked in the pane cannot be used. */
  readonly unreadable: { readonly "not-a-workbook": string; readonly "no-template-sheet": string; readonly "unknown-template": (id: string) => string };
  wrote(file: string, included: number, excluded: number): string;
}

const vi: ConsolidationWords = {
  sheetName: "Tổng hợp đơn vị",
  title: (period) => `TỔNG HỢP CHỈ TIÊU CÁC ĐƠN VỊ ${period.toLocaleUpperCase("vi-VN")}`,
  templateLine: (id, version, included, excluded) => `Mẫu ${id} ${version}; gộp ${included} tệp${excluded > 0 ? `, để riêng ${excluded} tệp` : ""}.`,
  filesHeading: "Các tệp",
  fileColumns: ["TT", "Tệp", "Đơn vị", "Tình trạng", "Đầy đủ", "Lỗi", "Gộp"],
  indicatorsHeading: "Chỉ tiêu",
  codeColumns: ["Mã", "Chỉ tiêu", "ĐVT"],
  totalColumns: ["Tổng", "Chỉ tiêu tổng", "Tỷ lệ", "Đánh giá"],
  included: "Có",
  excluded: {
    "other-template": (d) => `Không: mẫu khác (${d})`,
    "other-period": (d) => `Không: kỳ khác (${d})`,
    unusable: (d) => `Không: ${d}`,
  },
  changedAfterApproval: "đã thay đổi sau khi duyệt",
  rateNotSummed: "Tỷ lệ: không cộng",
  partial: (n) => `Thiếu ${n} đơn vị`,
  counts: (e, m, n, s) => `Đánh giá trên tổng: vượt ${e}, đạt ${m}, gần đạt ${n}, chưa đạt ${s}.`,
  noReport: "Không có tệp nào là báo cáo lập từ mẫu Chỉ Tiêu: không có gì để tổng hợp.",
  noFiles: "Chưa có tệp nào để tổng hợp: chitieu consolidate TEP1.xlsx TEP2.xlsx ... --out TONG_HOP.xlsx",
  unreadable: {
    "not-a-workbook": "không phải sổ Excel .xlsx",
    "no-template-sheet": "không có trang chỉ tiêu lập từ mẫu",
    "unknown-template": (id) => `lập từ mẫu chưa nạp (${id})`,
  },
  wrote: (file, included, excluded) => `Đã ghi ${file}: gộp ${included} tệp${excluded > 0 ? `, để riêng ${excluded} tệp (mẫu hoặc kỳ khác, hoặc không đọc được)` : ""}.`,
};

const en: ConsolidationWords = {
  sheetName: "Consolidated",
  title: (period) => `CONSOLIDATED INDICATORS OF THE UNITS, ${period.toUpperCase()}`,
  templateLine: (id, version, included, excluded) => `Template ${id} ${version}; ${included} file(s) consolidated${excluded > 0 ? `, ${excluded} left out` : ""}.`,
  filesHeading: "Files",
  fileColumns: ["No.", "File", "Unit", "Status", "Complete", "Errors", "Included"],
  indicatorsHeading: "Indicators",
  codeColumns: ["Code", "Indicator", "Unit"],
  totalColumns: ["Total", "Total target", "Ratio", "Grade"],
  included: "Yes",
  excluded: {
    "other-template": (d) => `No: another template (${d})`,
    "other-period": (d) => `No: another period (${d})`,
    unusable: (d) => `No: ${d}`,
  },
  changedAfterApproval: "changed after approval",
  rateNotSummed: "Rate: not summed",
  partial: (n) => `${n} unit(s) missing`,
  counts: (e, m, n, s) => `Grades of the totals: exceeded ${e}, met ${m}, nearly met ${n}, short ${s}.`,
  noReport: "No file is a report made from a Chỉ Tiêu template: nothing to consolidate.",
  noFiles: "No file to consolidate: chitieu consolidate FILE1.xlsx FILE2.xlsx ... --out RESULT.xlsx",
  unreadable: {
    "not-a-workbook": "not an Excel .xlsx workbook",
    "no-template-sheet": "no indicator sheet made from a template",
    "unknown-template": (id) => `made from a template not loaded (${id})`,
  },
  wrote: (file, included, excluded) => `Wrote ${file}: ${included} file(s) consolidated${excluded > 0 ? `, ${excluded} left out (another template or period, or unreadable)` : ""}.`,
};

export const CONSOLIDATION_WORDS: Readonly<Record<Lang, ConsolidationWords>> = { vi, en };
