// The fixed words of the summary document, in both catalogue languages. The Vietnamese wording
// follows Nghị định 30/2020/NĐ-CP (quốc hiệu, tiêu ngữ, "Nơi nhận", "Lưu: VT.").
import type { Lang } from "../indicator";

export interface SummaryWords {
  readonly nation: string;
  readonly motto: string;
  readonly numberPrefix: string;
  /** The report kind that opens the title ("BÁO CÁO"). */
  readonly reportKind: string;
  /** Replaces "thực hiện" in the title when the figures are estimates. */
  readonly estimateDone: string;
  readonly done: string;
  /** Appended when the template title has no "thực hiện" to turn into "ước thực hiện". */
  readonly estimateSuffix: string;
  readonly dataWindow: (window: string) => string;
  /** A date not yet filled in: the blanks are left for the signing day. */
  readonly undatedLine: (place: string, year: number) => string;
  readonly columns: {
    readonly number: string;
    readonly name: string;
    readonly unit: string;
    readonly plan: string;
    readonly target: string;
    readonly actual: (estimate: boolean) => string;
    readonly ytd: string;
    readonly percentOfTarget: string;
    readonly percentOfPlan: string;
    readonly percentOfSamePeriod: string;
    readonly grade: string;
    readonly explanation: string;
  };
  readonly countsLine: (graded: number, parts: string) => string;
  readonly gradeNames: { readonly exceeded: string; readonly met: string; readonly near: string; readonly shortfall: string };
  readonly recipientsHeading: string;
  readonly archive: string;
  /** Under the title of a summary exported although its check found errors. */
  readonly unverified: (errors: number) => string;
}

const VI: SummaryWords = {
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  numberPrefix: "Số: ",
  reportKind: "BÁO CÁO",
  estimateDone: "ƯỚC THỰC HIỆN",
  done: "THỰC HIỆN",
  estimateSuffix: "(ƯỚC THỰC HIỆN)",
  dataWindow: (window) => `(Số liệu tính ${window})`,
  undatedLine: (place, year) => `${place}, ngày      tháng      năm ${year}`,
  columns: {
    number: "TT",
    name: "Chỉ tiêu",
    unit: "Đơn vị tính",
    plan: "Kế hoạch năm",
    target: "Chỉ tiêu kỳ",
    actual: (estimate) => (estimate ? "Ước thực hiện" : "Thực hiện"),
    ytd: "Lũy kế",
    percentOfTarget: "% chỉ tiêu kỳ",
    percentOfPlan: "% kế hoạch năm",
    percentOfSamePeriod: "So với cùng kỳ (%)",
    grade: "Đánh giá",
    explanation: "Giải trình",
  },
  countsLine: (graded, parts) => `Số chỉ tiêu có kế hoạch được đánh giá: ${graded}; trong đó ${parts}.`,
  gradeNames: { exceeded: "vượt", met: "đạt", near: "gần đạt", shortfall: "chưa đạt" },
  recipientsHeading: "Nơi nhận:",
  archive: "- Lưu: VT.",
  unverified: (errors) =>
    `SỐ LIỆU CHƯA ĐƯỢC XÁC MINH: khi xuất bản tổng hợp này, bảng số liệu còn ${errors} lỗi hoặc số bất thường chưa sửa; các số liệu và đánh giá dưới đây có thể sai.`,
};

const EN: SummaryWords = {
  nation: "SOCIALIST REPUBLIC OF VIET NAM",
  motto: "Independence - Freedom - Happiness",
  numberPrefix: "No.: ",
  reportKind: "REPORT ON",
  estimateDone: "ESTIMATED RESULTS",
  done: "RESULTS",
  estimateSuffix: "(ESTIMATES)",
  dataWindow: (window) => `(Figures ${window})`,
  undatedLine: (place, year) => `${place}, ……… ${year}`,
  columns: {
    number: "No.",
    name: "Indicator",
    unit: "Unit",
    plan: "Annual plan",
    target: "Period target",
    actual: (estimate) => (estimate ? "Estimated result" : "Result"),
    ytd: "Year to date",
    percentOfTarget: "% of period target",
    percentOfPlan: "% of annual plan",
    percentOfSamePeriod: "Same period last year (%)",
    grade: "Grade",
    explanation: "Explanation",
  },
  countsLine: (graded, parts) => `Indicators graded against a plan: ${graded}, of which ${parts}.`,
  gradeNames: { exceeded: "exceeded", met: "met", near: "near", shortfall: "short" },
  recipientsHeading: "Recipients:",
  archive: "- Archived: VT.",
  unverified: (errors) =>
    `UNVERIFIED FIGURES: when this summary was exported, the report still had ${errors} ${errors === 1 ? "error or implausible figure" : "errors or implausible figures"} not fixed; the figures and grades below may be wrong.`,
};

export const summaryWords = (lang: Lang): SummaryWords => (lang === "vi" ? VI : EN);
