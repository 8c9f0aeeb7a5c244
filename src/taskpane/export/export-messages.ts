// The Export step's words, vi and en. Kept beside the step (the pane's catalogue holds only the
// step's name) so that the step's chunk carries its own text and the first screen does not.
import type { Grade } from "../../core/grading/grade";
import type { Lang } from "../../core/indicator";

type Text = string;

export interface ExportMessages {
  readonly heading: Text;
  readonly intro: Text;
  readonly noSheet: Text;
  readonly unavailable: Text;
  readonly source: (sheet: string) => string;
  readonly previewHeading: Text;
  readonly previewing: Text;
  readonly refresh: Text;
  readonly counts: Text;
  readonly grades: Readonly<Record<Exclude<Grade, "none">, Text>>;
  readonly graded: (n: number) => string;
  readonly estimate: Text;
  /** The check found errors (or implausible figures): the list follows, then the explicit choice. */
  readonly hasErrors: (n: number) => string;
  readonly moreErrors: (n: number) => string;
  readonly exportAnyway: Text;
  readonly exportAnywayOn: Text;
  readonly emptyReport: Text;
  readonly refusedErrors: Text;
  readonly toCheck: Text;
  readonly writeSheet: Text;
  readonly writeSheetHint: Text;
  readonly openWorkbook: Text;
  readonly openWorkbookHint: Text;
  /**
   * Shown below ExcelApi 1.8 (Excel.createWorkbook). Microsoft's requirement-set table gives 1.8 to
   * Microsoft 365 and retail builds from Version 1808, Excel on the web and volume-licensed Office
   * 2021, but not to volume-licensed Office 2019: naming "Excel 2019" would mislead its users.
   */
  readonly openWorkbookUnsupported: Text;
  readonly download: Text;
  readonly downloadHint: (file: string) => string;
  readonly working: Text;
  readonly wroteSheet: (sheet: string) => string;
  readonly wroteSheetNoLayout: Text;
  readonly openedWorkbook: Text;
  readonly downloaded: (file: string) => string;
  readonly notAReport: (detail: string) => string;
  readonly notSupported: Text;
  readonly hostError: (detail: string) => string;
}

const VI: ExportMessages = {
  heading: "Xuất báo cáo tổng hợp",
  intro: "Bản tổng hợp gửi UBND tỉnh theo thể thức Nghị định 30/2020/NĐ-CP: chỉ có giá trị, không có công thức, không liên kết về sổ gốc.",
  noSheet: "Chưa chọn trang báo cáo. Hãy tạo hoặc chọn trang ở bước Mẫu.",
  unavailable: "Phiên bản này chưa xuất được bản tổng hợp.",
  source: (sheet) => `Lấy số liệu từ trang “${sheet}”.`,
  previewHeading: "Xem trước",
  previewing: "Đang lập bản tổng hợp…",
  refresh: "Lập lại",
  counts: "Số chỉ tiêu theo đánh giá",
  grades: { exceeded: "Vượt", met: "Đạt", near: "Gần đạt", shortfall: "Chưa đạt" },
  graded: (n) => `${n} chỉ tiêu có kế hoạch được đánh giá.`,
  estimate: "Số liệu là số ước thực hiện: tiêu đề ghi “ước thực hiện”.",
  hasErrors: (n) => `Chưa xuất được: trang còn ${n} lỗi hoặc số bất thường, gửi đi thì UBND tỉnh nhận số liệu và đánh giá sai. Hãy sửa ở bước Kiểm tra:`,
  moreErrors: (n) => `… và ${n} ô khác (xem bước Kiểm tra).`,
  exportAnyway: "Vẫn xuất khi còn lỗi: bản tổng hợp sẽ ghi rõ “số liệu chưa được xác minh”",
  exportAnywayOn: "Bản tổng hợp sẽ ghi dòng “SỐ LIỆU CHƯA ĐƯỢC XÁC MINH” dưới tiêu đề.",
  emptyReport: "Trang chưa có số liệu nào: hãy nhập số Thực hiện rồi lập bản tổng hợp. Bản tổng hợp trống không được xuất.",
  refusedErrors: "Chưa xuất: trang còn lỗi. Hãy sửa ở bước Kiểm tra, hoặc chọn “Vẫn xuất khi còn lỗi”.",
  toCheck: "Đến bước Kiểm tra",
  writeSheet: "Tạo trang Tổng hợp",
  writeSheetHint: "Thêm (hoặc làm mới) trang “Tổng hợp” trong sổ này.",
  openWorkbook: "Mở thành sổ mới",
  openWorkbookHint: "Mở bản tổng hợp thành một sổ làm việc mới, khổ A4 đã căn lề, để lưu và gửi.",
  openWorkbookUnsupported: "Excel này chưa mở được sổ mới từ phần bổ trợ: việc đó cần Excel bản mới hơn (Microsoft 365, Excel 2021 trở lên hoặc Excel trên web). Thay vào đó, hãy tạo trang Tổng hợp bằng nút ở trên, hoặc dùng dòng lệnh “chitieu summary”.",
  download: "Tải tệp .xlsx",
  downloadHint: (file) => `Tải về tệp “${file}”.`,
  working: "Đang xuất…",
  wroteSheet: (sheet) => `Đã tạo trang “${sheet}”. Kiểm tra lại rồi in hoặc gửi.`,
  wroteSheetNoLayout: "Excel này chưa đặt được khổ giấy: khi in, chọn A4 và “Vừa một trang theo chiều ngang”.",
  openedWorkbook: "Đã mở bản tổng hợp thành sổ mới. Hãy lưu sổ đó trước khi gửi.",
  downloaded: (file) => `Đã tải về “${file}”.`,
  notAReport: (detail) => `Không đọc được trang báo cáo: ${detail}. Hãy chọn lại trang ở bước Mẫu.`,
  notSupported: "Excel này không hỗ trợ thao tác đó.",
  hostError: (detail) => `Excel báo lỗi: ${detail}. Hãy thử lại.`,
};

const EN: ExportMessages = {
  heading: "Export the summary",
  intro: "The summary for the provincial People's Committee in the Decree 30/2020 layout: values only, no formulas, no links back to this workbook.",
  noSheet: "No report sheet chosen yet. Create or choose one in the Template step.",
  unavailable: "This version cannot export the summary.",
  source: (sheet) => `Figures from the sheet “${sheet}”.`,
  previewHeading: "Preview",
  previewing: "Preparing the summary…",
  refresh: "Prepare again",
  counts: "Indicators by grade",
  grades: { exceeded: "Exceeded", met: "Met", near: "Near", shortfall: "Short" },
  graded: (n) => `${n} indicators with a plan were graded.`,
  estimate: "The figures are estimates: the title says so.",
  hasErrors: (n) =>
    `Not exported yet: the sheet still has ${n} ${n === 1 ? "error or implausible figure" : "errors or implausible figures"}, and the committee would receive wrong figures and grades. Fix them in the Check step:`,
  moreErrors: (n) => `… and ${n} more ${n === 1 ? "cell" : "cells"} (see the Check step).`,
  exportAnyway: "Export anyway: the summary will say its figures are unverified",
  exportAnywayOn: "The summary will carry the line “UNVERIFIED FIGURES” under its title.",
  emptyReport: "The sheet has no figures yet: type the Thực hiện figures, then make the summary. An empty summary is never exported.",
  refusedErrors: "Not exported: the sheet still has errors. Fix them in the Check step, or choose “Export anyway”.",
  toCheck: "Go to Check",
  writeSheet: "Create the summary sheet",
  writeSheetHint: "Adds (or refreshes) the “Tổng hợp” sheet in this workbook.",
  openWorkbook: "Open as a new workbook",
  openWorkbookHint: "Opens the summary as a new workbook, A4 with margins set, to save and send.",
  openWorkbookUnsupported: "This Excel cannot open a new workbook from an add-in: that needs a newer Excel (Microsoft 365, Excel 2021 or later, or Excel on the web). Instead, create the “Tổng hợp” sheet with the button above, or use the command line (“chitieu summary”).",
  download: "Download .xlsx",
  downloadHint: (file) => `Downloads “${file}”.`,
  working: "Exporting…",
  wroteSheet: (sheet) => `Created the sheet “${sheet}”. Check it, then print or send it.`,
  wroteSheetNoLayout: "This Excel cannot set the paper: when printing, choose A4 and “Fit all columns on one page”.",
  openedWorkbook: "The summary opened as a new workbook. Save it before sending.",
  downloaded: (file) => `Downloaded “${file}”.`,
  notAReport: (detail) => `The report sheet could not be read: ${detail}. Choose the sheet again in the Template step.`,
  notSupported: "This Excel does not support that.",
  hostError: (detail) => `Excel reported an error: ${detail}. Try again.`,
};

export const exportMessages = (lang: Lang): ExportMessages => (lang === "vi" ? VI : EN);
