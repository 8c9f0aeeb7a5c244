// The words of template authoring, vi and en: why each guess was made, and what to change in
// which row when the table cannot be read. Kept beside the concept (not in the engine's main
// catalogue) so that the pane loads them only with the authoring step.
import type { Direction, IndicatorKind, Lang, NumberType } from "../indicator";
import type { GuessReason } from "./guess-indicator";
import type { Guess, GuessField, Problem } from "./propose";

interface AuthoringWords {
  readonly field: Readonly<Record<GuessField, string>>;
  readonly because: Readonly<Record<GuessReason, string>>;
  readonly kind: Readonly<Record<IndicatorKind, string>>;
  readonly direction: Readonly<Record<Direction, string>>;
  readonly numberType: Readonly<Record<NumberType, string>>;
  readonly row: (n: number) => string;
  problem(p: Problem): string;
}

const vi: AuthoringWords = {
  field: {
    section: "Phần", code: "Mã", unit: "Đơn vị tính", qualitative: "Kết quả bằng chữ", bands: "Mức đánh giá", parent: "Thuộc chỉ tiêu", kind: "Loại", numberType: "Kiểu số", direction: "Chiều đánh giá",
    rule: "Quy tắc", plan: "Kế hoạch", id: "Mã mẫu", title: "Tên mẫu", agency: "Cơ quan", place: "Địa danh",
    reportType: "Loại báo cáo", english: "Tên tiếng Anh",
  },
  because: {
    "unit-percent": "đơn vị tính là %", "name-rate": "tên bắt đầu bằng “Tỷ lệ”", "unit-money": "đơn vị tính là đồng (số nguyên)",
    "unit-money-scaled": "đơn vị tiền có hệ số (triệu, tỷ đồng, USD): số thập phân", "unit-count": "đơn vị tính là đơn vị đếm",
    "name-count": "tên bắt đầu bằng “Số”", "unit-measure": "đơn vị đo lường: số thập phân", "no-unit": "không có đơn vị tính", "name-ratio": "tên chỉ một tỷ số (bình quân, trên 1 vạn dân…): số thập phân",
    "unit-in-name": "bảng không có cột ĐVT: đơn vị lấy từ ngoặc cuối tên",
    "name-flow": "tên hoặc đơn vị chỉ một lượng phát sinh trong kỳ (cộng dồn cả năm)", "unit-flow": "đơn vị chỉ việc phát sinh trong kỳ (cuộc, lượt, vụ…)",
    "name-stock": "tên chỉ một mức tại cuối kỳ (tổng số, hiện có…)", "default-stock": "mặc định: mức tại cuối kỳ (chặt hơn khi chấm quý); sửa nếu là lượng cộng dồn",
    "default-higher": "mặc định: càng cao càng tốt", "name-lower": "tên chỉ điều cần giảm (hộ nghèo, tai nạn, vi phạm…)",
    "name-reduction": "chỉ tiêu là mức giảm: giảm càng nhiều càng tốt", "unit-points": "đơn vị điểm %: thay đổi của một tỷ lệ",
    "plan-below": "kế hoạch là mức trần (“Dưới…”, “Không quá…”)", "plan-above": "kế hoạch là mức sàn (“Trên…”, “Không dưới…”)",
    "no-plan": "cột Kế hoạch để trống: chỉ theo dõi, không đánh giá", numbering: "theo số thứ tự (TT) của bảng",
    "numbering-generated": "bảng không đánh số dòng này: mã do add-in đặt", "of-which": "dòng “Trong đó” dưới chỉ tiêu này",
    "deeper-numbering": "đánh số cấp dưới, cùng đơn vị tính", "of-which-parts": "các dòng “Trong đó” cùng kiểu số: tổng các phần bằng chỉ tiêu",
    "single-part": "chỉ một dòng “Trong đó”: phần không vượt tổng", heading: "dòng tiêu đề (không đơn vị, không số liệu)",
    "no-heading": "bảng không có dòng tiêu đề phần: một phần mang tên trang tính", "title-above": "dòng chữ phía trên bảng",
    "sheet-name": "không thấy tên báo cáo phía trên bảng: lấy tên trang tính", "agency-above": "dòng tên cơ quan phía trên bảng",
    "agency-missing": "không thấy tên cơ quan phía trên bảng: hãy điền", "place-from-agency": "theo tên UBND tỉnh",
    "place-missing": "không thấy địa danh: hãy điền", "default-report-type": "mặc định: báo cáo hành chính (Nghị định 09/2019/NĐ-CP)",
    "plan-column": "đọc từ cột Kế hoạch", "plan-unreadable": "không đọc được kế hoạch",
    "en-copied": "tên tiếng Anh chép từ tên tiếng Việt: dịch nếu cần",
    "result-words": "bảng ghi kết quả bằng chữ: chấp nhận kết quả bằng chữ (Đạt, Hoàn thành…)",
    "source-three-bands": "bảng đánh giá “Không đạt”: ba mức Vượt / Đạt / Không đạt", "top-level": "chỉ tiêu chính: bắt buộc nhập", part: "phần của chỉ tiêu trên: cùng loại với tổng",
  },
  kind: { stock: "Mức cuối kỳ", flow: "Lượng trong kỳ", rate: "Tỷ lệ" },
  direction: { higher: "Càng cao càng tốt", lower: "Càng thấp càng tốt", informational: "Chỉ theo dõi" },
  numberType: { integer: "Số nguyên", decimal: "Số thập phân", percent: "Phần trăm", money: "Tiền (đồng)" },
  row: (n) => (n > 0 ? `dòng ${n}` : "không từ bảng"),
  problem(p) {
    switch (p.code) {
      case "no-header": return "Không tìm thấy dòng tiêu đề của bảng. Bảng cần một dòng có các cột “Chỉ tiêu” (hoặc “Tên chỉ tiêu”) và ít nhất một trong “ĐVT”, “Kế hoạch…”, “Thực hiện…”; hãy chọn đúng trang tính hoặc sửa tên cột.";
      case "no-indicators": return `Dưới dòng tiêu đề (từ dòng ${p.row}) không có chỉ tiêu nào: cột Chỉ tiêu đang trống.`;
      case "plan-unreadable": return `Dòng ${p.row}: không đọc được kế hoạch “${p.text ?? ""}”. Hãy viết một số (920.000; 87,5), một khoảng (6,6-6,8) hoặc “Trên 4”, “Dưới 3”; chỉ tiêu này tạm không có kế hoạch.`;
      case "two-in-one-row": return `Dòng ${p.row} ghi hai kế hoạch trong một ô (${p.text ?? ""}): đó là hai chỉ tiêu. Hãy tách thành hai dòng, mỗi dòng một tên và một kế hoạch; chỉ tiêu này tạm không có kế hoạch.`;
      case "name-missing": return `Dòng ${p.row} có số liệu nhưng không có tên chỉ tiêu: hãy điền tên, dòng này bị bỏ qua.`;
      case "duplicate-numbering": return `Dòng ${p.row}: số thứ tự trùng với một dòng trước; add-in đặt mã khác. Hãy sửa số TT nếu cần.`;
    }
  },
};

const en: AuthoringWords = {
  field: {
    section: "Section", code: "Code", unit: "Unit", qualitative: "Result in words", bands: "Grades", parent: "Part of", kind: "Kind", numberType: "Number type", direction: "Direction",
    rule: "Rule", plan: "Plan", id: "Template id", title: "Title", agency: "Agency", place: "Place",
    reportType: "Report type", english: "English names",
  },
  because: {
    "unit-percent": "the unit is %", "name-rate": "the name starts with “Tỷ lệ” (rate)", "unit-money": "the unit is đồng (whole numbers)",
    "unit-money-scaled": "a scaled money unit (million, billion đồng, USD): decimals", "unit-count": "the unit counts things",
    "name-count": "the name starts with “Số” (number of)", "unit-measure": "a measured unit: decimals", "no-unit": "no unit given", "name-ratio": "the name is a ratio (average, per 10,000 people…): decimals",
    "unit-in-name": "the table has no unit column: the unit is the name's last bracket",
    "name-flow": "the name or unit is an amount during the period (added up over the year)", "unit-flow": "the unit counts events in the period (inspections, visits, cases)",
    "name-stock": "the name is a level at period end (total, existing…)", "default-stock": "default: a level at period end (stricter per quarter); change it if the figure adds up over the year",
    "default-higher": "default: higher is better", "name-lower": "the name is something to reduce (poverty, accidents, violations…)",
    "name-reduction": "the indicator is a reduction: the more, the better", "unit-points": "percentage points: a change of a rate",
    "plan-below": "the plan is a ceiling (“Dưới…”, “Không quá…”)", "plan-above": "the plan is a floor (“Trên…”, “Không dưới…”)",
    "no-plan": "the plan column is empty: reported, not graded", numbering: "from the table's TT numbering",
    "numbering-generated": "the table does not number this row: the add-in chose the code", "of-which": "an “of which” (Trong đó) row under this indicator",
    "deeper-numbering": "numbered one level down, same unit", "of-which-parts": "“of which” rows of the same number type: the parts add up to the total",
    "single-part": "a single “of which” row: the part cannot exceed the total", heading: "a heading row (no unit, no figures)",
    "no-heading": "the table has no section headings: one section named after the sheet", "title-above": "the line above the table",
    "sheet-name": "no report title above the table: the sheet's name", "agency-above": "the agency lines above the table",
    "agency-missing": "no agency found above the table: fill it in", "place-from-agency": "from the province's People's Committee",
    "place-missing": "no place found: fill it in", "default-report-type": "default: administrative report (Decree 09/2019/NĐ-CP)",
    "plan-column": "read from the plan column", "plan-unreadable": "the plan could not be read",
    "en-copied": "English names copied from the Vietnamese: translate them if needed",
    "result-words": "the table writes the result in words: results in words are accepted (Đạt, Hoàn thành…)",
    "source-three-bands": "the table grades “Không đạt” (not met): three grades, exceeded / met / not met", "top-level": "a main indicator: must be filled", part: "a part of the indicator above: the same kind as its total",
  },
  kind: { stock: "Level at period end", flow: "Amount in period", rate: "Rate" },
  direction: { higher: "Higher is better", lower: "Lower is better", informational: "Reported only" },
  numberType: { integer: "Whole number", decimal: "Decimal", percent: "Percent", money: "Money (đồng)" },
  row: (n) => (n > 0 ? `row ${n}` : "not from the table"),
  problem(p) {
    switch (p.code) {
      case "no-header": return "No header row found. The table needs a row with a “Chỉ tiêu” (indicator) column and at least one of “ĐVT” (unit), “Kế hoạch…” (plan), “Thực hiện…” (result); choose the right sheet or rename the columns.";
      case "no-indicators": return `No indicators below the header (from row ${p.row}): the Chỉ tiêu column is empty.`;
      case "plan-unreadable": return `Row ${p.row}: the plan “${p.text ?? ""}” cannot be read. Write a number (920.000; 87,5), a range (6,6-6,8) or “Trên 4”, “Dưới 3”; the indicator has no plan for now.`;
      case "two-in-one-row": return `Row ${p.row} holds two plans in one cell (${p.text ?? ""}): they are two indicators. Split the row in two, each with its name and plan; the indicator has no plan for now.`;
      case "name-missing": return `Row ${p.row} has figures but no indicator name: fill in the name; the row is skipped.`;
      case "duplicate-numbering": return `Row ${p.row}: its TT repeats an earlier row's; the add-in gave it another code. Fix the TT if needed.`;
    }
  },
};

export const AUTHORING_WORDS: Readonly<Record<Lang, AuthoringWords>> = { vi, en };

/** A guess's value in words ("rate" → "Tỷ lệ"); codes, names and plans as they are. */
export function guessValueText(g: Guess, lang: Lang): string {
  const w = AUTHORING_WORDS[lang];
  if (g.field === "kind") return w.kind[g.value as IndicatorKind] ?? g.value;
  if (g.field === "direction") return w.direction[g.value as Direction] ?? g.value;
  if (g.field === "numberType") return w.numberType[g.value as NumberType] ?? g.value;
  return g.value;
}

/** "dòng 12 · I.1 · Loại: Tỷ lệ (đơn vị tính là %)". */
export function guessLine(g: Guess, lang: Lang): string {
  const w = AUTHORING_WORDS[lang];
  const value = guessValueText(g, lang);
  const about = g.code === null ? "" : `${g.code} · `;
  return `${w.row(g.row)} · ${about}${w.field[g.field]}${value === "" ? "" : `: ${value}`} (${w.because[g.because]})`;
}

export const problemMessage = (p: Problem, lang: Lang): string => AUTHORING_WORDS[lang].problem(p);
