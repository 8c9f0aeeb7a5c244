// The `summary` command's own sentences (the shared ones, about files, are in cli-messages.ts).
import type { Lang } from "../core/indicator";

export interface SummaryMessages {
  readonly oneFile: string;
  readonly sameAsSource: (file: string) => string;
  readonly noSuchSheet: (file: string, sheet: string, known: string) => string;
  readonly counts: (exceeded: number, met: number, near: number, shortfall: number) => string;
}

const MESSAGES: Readonly<Record<Lang, SummaryMessages>> = {
  vi: {
    oneFile: "Cần đúng một sổ: chitieu summary TEP.xlsx --out TONG_HOP.xlsx",
    sameAsSource: (file) => `Tệp kết quả "${file}" trùng với sổ gốc: chọn tên khác, sổ gốc không bao giờ bị ghi đè.`,
    noSuchSheet: (file, sheet, known) => `Sổ "${file}" không có trang chỉ tiêu "${sheet}". Các trang: ${known}.`,
    counts: (exceeded, met, near, shortfall) => `Vượt ${exceeded}, đạt ${met}, gần đạt ${near}, chưa đạt ${shortfall}.`,
  },
  en: {
    oneFile: "Exactly one workbook is needed: chitieu summary FILE.xlsx --out SUMMARY.xlsx",
    sameAsSource: (file) => `The output "${file}" is the source workbook: choose another name, the source is never overwritten.`,
    noSuchSheet: (file, sheet, known) => `"${file}" has no indicator sheet "${sheet}". Its sheets: ${known}.`,
    counts: (exceeded, met, near, shortfall) => `Exceeded ${exceeded}, met ${met}, near ${near}, short ${shortfall}.`,
  },
};

export const summaryMessages = (lang: Lang): SummaryMessages => MESSAGES[lang];
