// Vietnamese catalogue: what is wrong, then how to fix it, in the words staff use.
import type { Finding } from "../finding";
import { formatNumber, formatRatio } from "../numbers/format-number";
import type { TemplateError } from "../template/template-error";
import { EXCEEDED_FROM_RANGE, TEMPLATE_PATTERNS } from "../template/template-schema";
import { evBool, evNum, evStr, type Catalog, type NamedIndicator, type VerdictParts } from "./catalog";

const n = (x: number | null): string => (x === null ? "?" : formatNumber(x, "vi"));
const pct = (x: number | null): string => (x === null ? "" : formatRatio(x, "vi"));

const ROLE = {
  plan: "Kế hoạch năm", periodTarget: "Chỉ tiêu kỳ", previousPeriod: "Thực hiện kỳ trước",
  samePeriodLastYear: "Cùng kỳ năm trước", actual: "Thực hiện", explanation: "Giải trình",
  carriedYtd: "Lũy kế các quý trước", target: "chỉ tiêu",
} as const;

const role = (f: Finding): string => ROLE[evStr(f, "role") as keyof typeof ROLE] ?? evStr(f, "role");

const REFERENCE: Readonly<Record<string, string>> = {
  previousPeriod: "thực hiện kỳ trước", samePeriodLastYear: "cùng kỳ năm trước", target: "chỉ tiêu",
};

function targetText(f: Finding): string {
  const min = evNum(f, "min");
  const max = evNum(f, "max");
  if (min !== null && max !== null) return `${n(min)}-${n(max)}`;
  const t = n(evNum(f, "target"));
  const q = evStr(f, "qualifier");
  return q === "above" ? `trên ${t}` : q === "below" ? `dưới ${t}` : q === "about" ? `khoảng ${t}` : t;
}

/**
 * What to type for a figure: a whole number without separators ("gõ 920000"), which every Excel
 * reads alike; a decimal with the comma, and the dot for an Excel set to English.
 */
function typeIt(x: number): string {
  if (Number.isInteger(x)) return `gõ ${String(x)}`;
  return `gõ ${String(x).replace(".", ",")}; nếu Excel dùng dấu chấm thập phân thì gõ ${String(x)}`;
}

function notANumber(f: Finding): string {
  const text = evStr(f, "text");
  const suggestion = evNum(f, "suggestion");
  if (evStr(f, "reason") === "english-style") {
    if (suggestion === null) return `Ô ${role(f)} ghi "${text}" theo kiểu tiếng Anh nên không rõ giá trị. Hãy viết theo kiểu Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy ngăn phần thập phân (ví dụ 6,6-6,8).`;
    const how = Number.isInteger(suggestion) ? "không có dấu ngăn cách hàng nghìn" : "với dấu phẩy trước phần thập phân";
    return `Ô ${role(f)} ghi "${text}" theo kiểu tiếng Anh nên không rõ giá trị. Nếu ý là ${n(suggestion)}, hãy gõ lại dưới dạng số, ${how} (${typeIt(suggestion)}).`;
  }
  return `Ô ${role(f)} ghi "${text}", không đọc được thành số. Hãy gõ một số (ví dụ 920000 hoặc 87,5); nếu chưa có số liệu thì để trống.`;
}

function finding(f: Finding): string {
  const v = evNum(f, "value");
  switch (f.rule) {
    case "not-a-number":
      return notANumber(f);
    case "formula-error":
      return `Ô ${role(f)} đang báo lỗi ${evStr(f, "error")}. Hãy sửa công thức gây lỗi hoặc gõ trực tiếp số liệu vào ô.`;
    case "negative":
      return `Ô ${role(f)} ghi ${n(v)}, nhưng chỉ tiêu này không thể là số âm. Hãy kiểm tra lại và gõ số từ 0 trở lên.`;
    case "not-integer":
      return evStr(f, "numberType") === "money"
        ? `Ô ${role(f)} ghi ${n(v)} đồng, nhưng số tiền phải là số đồng chẵn. Hãy gõ số nguyên, không có phần lẻ; đơn vị là đồng, không phải triệu đồng (ví dụ 7,5 triệu đồng thì gõ 7500000).`
        : `Ô ${role(f)} ghi ${n(v)}, nhưng chỉ tiêu này được đếm bằng số nguyên. Hãy gõ số nguyên, không có phần thập phân.`;
    case "percent-range":
      return `Ô ${role(f)} ghi ${n(v)}%, nằm ngoài khoảng từ 0% đến 100%. Hãy gõ tỷ lệ là một số từ 0 đến 100 (ví dụ gõ 87,5 cho 87,5%).`;
    case "required":
      return evBool(f, "hasTarget")
        ? "Chưa nhập số Thực hiện, trong khi chỉ tiêu này có kế hoạch cần đánh giá. Hãy nhập số thực hiện; nếu không phát sinh, gõ 0."
        : "Chưa nhập số Thực hiện của chỉ tiêu bắt buộc báo cáo này. Hãy nhập số thực hiện; nếu không phát sinh, gõ 0.";
    case "sum-mismatch": {
      const sum = evNum(f, "sum");
      if (!evBool(f, "complete")) {
        return `Các chỉ tiêu thành phần đã nhập (${evStr(f, "parts")}) cộng lại ${n(sum)}, lớn hơn số tổng ${n(v)}. Hãy kiểm tra lại số tổng và các số thành phần.`;
      }
      const diff = v !== null && sum !== null ? Math.abs(v - sum) : null;
      return `Số tổng ${n(v)} không khớp với tổng các chỉ tiêu thành phần (${evStr(f, "parts")}) là ${n(sum)}, chênh lệch ${n(diff)}. Hãy sửa số tổng hoặc các số thành phần cho khớp.`;
    }
    case "exceeds-parent":
      return `Số liệu này (${n(v)}) lớn hơn số của chỉ tiêu ${evStr(f, "parent")} (${n(evNum(f, "parentValue"))}), trong khi đây chỉ là một phần của ${evStr(f, "parent")}. Hãy kiểm tra lại cả hai số liệu.`;
    case "text-number":
      return `Ô ${role(f)} chứa số ở dạng văn bản "${evStr(f, "text")}", đã được hiểu là ${n(v)}. Hãy gõ lại dưới dạng số${v === null ? "" : ` (${typeIt(v)})`} để Excel tính được công thức.`;
    case "outlier": {
      const ref = REFERENCE[evStr(f, "reference")] ?? evStr(f, "reference");
      const rv = n(evNum(f, "referenceValue"));
      if (evBool(f, "fraction")) {
        const typed = v === null ? "?" : n(Math.round(v * 100 * 1e6) / 1e6);
        return `Tỷ lệ Thực hiện là ${n(v)}, rất nhỏ so với ${ref} (${rv}). Có thể đã gõ ${typed}% nên Excel lưu thành ${n(v)}. Tỷ lệ ở đây ghi bằng số phần trăm: hãy gõ ${typed} (không có dấu %); nếu đúng là ${n(v)}% thì bỏ qua cảnh báo này.`;
      }
      return evBool(f, "low")
        ? `Thực hiện ${n(v)} chưa bằng 1/100 ${ref} (${rv}). Có thể dấu chấm ngăn cách hàng nghìn đã bị Excel hiểu là dấu thập phân (gõ 920.000 nhưng Excel lưu thành 920). Hãy kiểm tra lại; nếu số đúng lớn hơn, gõ lại không có dấu chấm (ví dụ 920000).`
        : `Thực hiện ${n(v)} gấp hơn 100 lần ${ref} (${rv}). Có thể đã gõ thừa chữ số 0 hoặc thiếu dấu phẩy thập phân. Hãy kiểm tra lại số thực hiện và số ${ref}.`;
    }
    case "below-target": {
      const ratio = evNum(f, "ratio");
      const reached = ratio === null ? "" : `, đạt ${pct(ratio)}`;
      if (evBool(f, "explained")) return `${evStr(f, "grade") === "near" ? "Gần đạt" : "Chưa đạt"}: thực hiện ${n(v)} so với chỉ tiêu ${targetText(f)}${reached}. Đã có giải trình.`;
      return evStr(f, "grade") === "near"
        ? `Gần đạt: thực hiện ${n(v)} so với chỉ tiêu ${targetText(f)}${reached}. Hãy kiểm tra lại số liệu; nếu đúng, nên ghi nguyên nhân ở cột Giải trình.`
        : `Chưa đạt: thực hiện ${n(v)} so với chỉ tiêu ${targetText(f)}${reached}. Hãy ghi rõ nguyên nhân và giải pháp ở cột Giải trình.`;
    }
    case "explanation-missing": {
      const ratio = evNum(f, "ratio");
      return `Chỉ tiêu chưa đạt${ratio === null ? "" : ` (đạt ${pct(ratio)})`} nhưng chưa có giải trình. Hãy ghi nguyên nhân và giải pháp khắc phục vào ô Giải trình.`;
    }
    // Issue 10: units, absurd ratios, target language.
    case "unit-mismatch":
      return `Ô ${role(f)} ghi "${evStr(f, "text")}" với đơn vị ${evStr(f, "typedUnit")}, trong khi đơn vị của chỉ tiêu là ${evStr(f, "rowUnit")}; hai đơn vị này không quy đổi được cho nhau nên số liệu chưa được đánh giá. Hãy gõ lại số liệu theo đơn vị ${evStr(f, "rowUnit")} (hoặc chỉ gõ con số).${evStr(f, "typedUnit") === "%" ? " Nếu ô tự hiện dấu % dù bạn không gõ, ô đang có định dạng phần trăm: bấm Tạo trang tính rồi Tạo lại để bảng lấy lại định dạng số (mọi số liệu được giữ nguyên), sau đó gõ lại con số." : ""}`;
    case "absurd-ratio":
      return `Thực hiện ${n(v)} ${evBool(f, "low") ? "chưa bằng 1/1.000" : "gấp hơn 1.000 lần"} ${REFERENCE[evStr(f, "reference")] ?? evStr(f, "reference")} (${n(evNum(f, "referenceValue"))}): số liệu này không thể đúng nên chưa được đánh giá. Hãy kiểm tra đơn vị (đồng hay triệu, tỷ đồng) và các chữ số rồi gõ lại.`;
    case "change-no-base":
      return `Chỉ tiêu "${evStr(f, "text")}" là mức tăng, giảm so với cùng kỳ, nhưng ô Cùng kỳ năm trước chưa có số liệu nên chưa đánh giá được. Hãy nhập số cùng kỳ năm trước.`;
    case "qualitative-unknown":
      return `Ô ${role(f)} ghi "${evStr(f, "text")}", không phải một kết quả được chấp nhận của chỉ tiêu định tính này (${evStr(f, "accepted")}). Hãy ghi một trong các kết quả đó, hoặc ghi số liệu nếu có.`;
  }
}

const TYPE: Readonly<Record<string, string>> = {
  string: "chuỗi ký tự", number: "số", boolean: "true hoặc false", object: "đối tượng { }", array: "danh sách [ ]",
};

const FORMAT: Readonly<Record<string, string>> = {
  [TEMPLATE_PATTERNS.id]: "chữ thường, chữ số và dấu gạch ngang, ví dụ stttt-quarterly",
  [TEMPLATE_PATTERNS.version]: "ba số ngăn bởi dấu chấm, ví dụ 1.0.0",
  [TEMPLATE_PATTERNS.code]: "chữ và số ngăn bởi dấu chấm, ví dụ A.1.2",
};

function templateError(e: TemplateError): string {
  const at = e.path === "" ? "tệp mẫu" : `trường "${e.path}"`;
  const At = at.charAt(0).toUpperCase() + at.slice(1);
  const value = e.value ?? "";
  switch (e.code) {
    case "missing": return `Thiếu ${at}. Hãy bổ sung trường này.`;
    case "wrong-type": return `${At} phải là ${TYPE[e.expected ?? ""] ?? e.expected}, nhưng đang là ${value}. Hãy sửa lại giá trị.`;
    case "not-allowed": return `${At} có giá trị ${value} không hợp lệ. Hãy dùng một trong các giá trị: ${e.expected ?? ""}.`;
    case "bad-format": return `${At} có giá trị ${value} không đúng dạng. Hãy viết theo dạng: ${FORMAT[e.expected ?? ""] ?? e.expected}.`;
    case "out-of-range": return e.expected === EXCEEDED_FROM_RANGE
      ? `${At} có giá trị ${value} nằm ngoài khoảng cho phép (${e.expected}). Hãy dùng một tỷ số lớn hơn 1 và không quá 10, ví dụ 1.05 nếu từ 105 % mới là Vượt.`
      : `${At} có giá trị ${value} nằm ngoài khoảng cho phép (${e.expected ?? ""}). Hãy dùng một số lớn hơn 0 và không quá 1, ví dụ 0.9.`;
    case "empty": return `${At} đang để trống. Hãy điền nội dung.`;
    case "unknown-field": return `${At} không có trong lược đồ mẫu (có thể gõ sai tên). Hãy sửa tên trường hoặc xóa trường này.`;
    case "duplicate-code": return `Mã ${value} ở ${at} bị trùng. Mỗi mục và mỗi chỉ tiêu phải có một mã riêng.`;
    case "unknown-parent": return `Chỉ tiêu cha ${value} ở ${at} không có trong mẫu. Hãy dùng mã của một chỉ tiêu có trong mẫu.`;
    case "parent-cycle": return `Chỉ tiêu cha ${value} ở ${at} dẫn ngược về chính chỉ tiêu này. Hãy để chỉ tiêu thành phần trỏ tới chỉ tiêu tổng, không theo vòng.`;
    case "unknown-code": return `Quy tắc ở ${at} nhắc tới mã ${value}, không phải chỉ tiêu nào trong mẫu. Hãy sửa thành mã của một chỉ tiêu có trong mẫu.`;
  }
}

const list = (xs: readonly NamedIndicator[]): string => xs.map((x) => (x.ratio === "" ? x.name : `${x.name} (${x.ratio})`)).join(", ");

function verdict(v: VerdictParts): string {
  if (v.graded === 0) {
    return v.ungraded === "no-figures"
      ? `Chưa có số liệu thực hiện ${v.period} để đánh giá các chỉ tiêu`
      : `Trong ${v.period} chưa có chỉ tiêu nào được giao kế hoạch để đánh giá`;
  }
  const missing = v.missing ?? [];
  const unreported = missing.length > 0 ? `${missing.length} chỉ tiêu chưa có số liệu hợp lệ để đánh giá: ${list(missing)}` : "";
  if (v.short.length === 0 && v.near.length === 0) {
    const all = `Nhìn chung, tình hình thực hiện các chỉ tiêu ${v.period} đều đạt và vượt kế hoạch đề ra`;
    return unreported === "" ? all : `${all}; còn ${unreported}`;
  }
  const parts = [
    ...(v.short.length > 0 ? [`${v.short.length} chỉ tiêu chưa đạt: ${list(v.short)}`] : []),
    ...(v.near.length > 0 ? [`${v.near.length} chỉ tiêu gần đạt: ${list(v.near)}`] : []),
    ...(unreported === "" ? [] : [unreported]),
  ].join("; ");
  return v.noneReached
    ? `Tình hình thực hiện các chỉ tiêu ${v.period} chưa đạt kế hoạch đề ra; ${parts}`
    : `Nhìn chung, các chỉ tiêu ${v.period} cơ bản đạt kế hoạch đề ra; còn ${parts}`;
}

export const vi: Catalog = {
  period: {
    label: (key, roman, year) =>
      typeof key === "number" ? `Quý ${roman} năm ${year}` : key === "H1" ? `6 tháng đầu năm ${year}` : key === "9M" ? `9 tháng năm ${year}` : `Năm ${year}`,
    phrase: (key, roman) => (typeof key === "number" ? `quý ${roman}` : key === "H1" ? "6 tháng đầu năm" : key === "9M" ? "9 tháng" : "năm"),
  },
  grade: { exceeded: "Vượt", met: "Đạt", near: "Gần đạt", shortfall: "Chưa đạt", none: "Không đánh giá" },
  severity: { error: "Lỗi", shortfall: "Chưa đạt", warning: "Cảnh báo" },
  role: ROLE,
  finding,
  templateError,
  verdict,
  qualifier: { above: "trên", below: "dưới", about: "khoảng" },
};
