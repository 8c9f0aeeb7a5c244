// The `summary` command's own sentences (the shared ones, about files, are in cli-messages.ts).
import type { Lang } from "../core/indicator";

export interface SummaryMessages {
  readonly oneFile: string;
  readonly sameAsSource: (file: string) => string;
  readonly noSuchSheet: (file: string, sheet: string, known: string) => string;
  readonly counts: (exceeded: number, met: number, near: number, shortfall: number) => string;
  /** The report has no figure: nothing to summarise. */
  readonly empty: (file: string, sheet: string) => string;
  /** Heads the list of errors when the summary is refused. */
  readonly refused: (file: string, sheet: string, errors: number) => string;
  /** Closes the refusal: how to go on. */
  readonly howToGoOn: (file: string) => string;
  /** Heads the list of errors when --allow-errors wrote the summary anyway. */
  readonly writtenUnverified: (errors: number) => string;
}

const MESSAGES: Readonly<Record<Lang, SummaryMessages>> = {
  vi: {
    oneFile: "Cần đúng một sổ: chitieu summary TEP.xlsx --out TONG_HOP.xlsx",
    sameAsSource: (file) => `Tệp kết quả "${file}" trùng với sổ gốc: chọn tên khác, sổ gốc không bao giờ bị ghi đè.`,
    noSuchSheet: (file, sheet, known) => `Sổ "${file}" không có trang chỉ tiêu "${sheet}". Các trang: ${known}.`,
    counts: (exceeded, met, near, shortfall) => `Vượt ${exceeded}, đạt ${met}, gần đạt ${near}, chưa đạt ${shortfall}.`,
    empty: (file, sheet) => `Trang "${sheet}" của sổ "${file}" chưa có số liệu nào: nhập số Thực hiện rồi lập bản tổng hợp. Không ghi tệp nào.`,
    refused: (file, sheet, errors) => `Không lập bản tổng hợp: trang "${sheet}" của sổ "${file}" còn ${errors} lỗi hoặc số bất thường, gửi đi thì UBND tỉnh nhận số liệu và đánh giá sai:`,
    howToGoOn: (file) =>
      `Hãy sửa các ô trên (xem chitieu check ${file}) rồi chạy lại. Nếu vẫn phải gửi ngay, thêm --allow-errors: bản tổng hợp sẽ ghi rõ "số liệu chưa được xác minh".`,
    writtenUnverified: (errors) => `Đã lập bản tổng hợp dù còn ${errors} lỗi hoặc số bất thường (--allow-errors); bản tổng hợp ghi rõ số liệu chưa được xác minh:`,
  },
  en: {
    oneFile: "Exactly one workbook is needed: chitieu summary FILE.xlsx --out SUMMARY.xlsx",
    sameAsSource: (file) => `The output "${file}" is the source workbook: choose another name, the source is never overwritten.`,
    noSuchSheet: (file, sheet, known) => `"${file}" has no indicator sheet "${sheet}". Its sheets: ${known}.`,
    counts: (exceeded, met, near, shortfall) => `Exceeded ${exceeded}, met ${met}, near ${near}, short ${shortfall}.`,
    empty: (file, sheet) => `Sheet "${sheet}" of "${file}" has no figures yet: type the Thực hiện figures, then make the summary. Nothing was written.`,
    refused: (file, sheet, errors) =>
      `No summary made: sheet "${sheet}" of "${file}" still has ${errors} ${errors === 1 ? "error or implausible figure" : "errors or implausible figures"}, and the committee would receive wrong figures and grades:`,
    howToGoOn: (file) =>
      `Fix the cells above (see chitieu check ${file}) and run again. If it must be sent now, add --allow-errors: the summary will say its figures are unverified.`,
    writtenUnverified: (errors) => `Summary made although ${errors} ${errors === 1 ? "error or implausible figure remains" : "errors or implausible figures remain"} (--allow-errors); it says its figures are unverified:`,
  },
};

export const summaryMessages = (lang: Lang): SummaryMessages => MESSAGES[lang];
