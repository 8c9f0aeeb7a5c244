// What an indicator's unit and name say about it: its kind, number type and direction. Each
// answer carries the reason, so the person checking the proposal sees why and can overrule it.
import type { Direction, IndicatorKind, NumberType } from "../indicator";
import { normalizeText } from "../numbers/read-number";

export type GuessReason =
  | "unit-percent" | "name-rate" | "unit-money" | "unit-money-scaled" | "unit-count" | "name-count"
  | "unit-measure" | "no-unit" | "name-ratio" | "unit-in-name" | "name-flow" | "unit-flow" | "name-stock" | "default-stock"
  | "default-higher" | "name-lower" | "name-reduction" | "unit-points" | "plan-below" | "plan-above" | "no-plan"
  | "numbering" | "numbering-generated" | "of-which" | "deeper-numbering" | "of-which-parts" | "single-part"
  | "heading" | "no-heading" | "title-above" | "sheet-name" | "agency-above" | "agency-missing"
  | "place-from-agency" | "place-missing" | "default-report-type" | "plan-column" | "plan-unreadable"
  | "en-copied" | "top-level" | "part" | "result-words" | "source-three-bands";

export interface Guessed<T> {
  readonly value: T;
  readonly because: GuessReason;
}

const lower = (s: string): string => normalizeText(s).toLocaleLowerCase("vi-VN");

/** Whole words of Vietnamese text: a plain word boundary only knows ASCII letters ("trợ" ends in one it does not). */
const anyWord = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "u");

/** Units of money: đồng is whole; scaled units (triệu, tỷ đồng, USD) take decimals. */
const MONEY_WHOLE = /^(?:đồng|vnđ|vnd|đ)$/u;
const MONEY_SCALED = /(?:nghìn|ngàn|triệu|tỷ|tỉ)\s*(?:đồng|vnđ|vnd|usd)|^(?:usd|triệu usd|tỷ usd|đô la)$/u;
/** Things counted one by one. */
const COUNT_UNITS = /^(?:người|lượt(?: người| khách)?|cuộc|vụ|hộ|xã|phường|huyện|doanh nghiệp|dn|cơ sở|hồ sơ|thuê bao|tổ chức|cá nhân|tổ chức, cá nhân|cuốn|bản|bộ|cái|chiếc|con|trường|lớp|học sinh|học viên|sinh viên|căn|căn nhà|ngôi nhà|nhà|giường|giường bệnh|bác sĩ|trạm|dự án|sản phẩm|tin|bài|buổi|đợt|lao động|hợp tác xã|htx|làng|thôn|công trình|văn bản|thủ tục|dịch vụ|máy|trang|lần|ca|em|cháu|hội viên|đơn vị|cơ quan)$/u;
/** Measured quantities (decimals). */
const MEASURE_UNITS = /^(?:tấn|nghìn tấn|tạ|kg|ha|km|m|m2|m²|m3|m³|kwh|triệu kwh|mw|lít|nghìn lít|tấn\/ha|tạ\/ha|năm|tuổi|giờ|ngày|tháng|bác sĩ\/vạn dân|giường\/vạn dân|usd\/người|triệu đồng\/người|lần|điểm)$/u;
const RATIO_NAME = anyWord("trên (?:1|một) (?:vạn|nghìn|ngàn|triệu|trăm|10\\.000|1\\.000) dân|bình quân|đầu người|mật độ");
/** Things that happen during the period and add up over the year. */
const FLOW_NAME = anyWord("mới|thành lập|cấp|giải quyết|tiếp nhận|xử phạt|xử lý|thanh tra|kiểm tra|tuyển sinh|tạo việc làm|giải quyết việc làm|sản lượng|doanh thu|kim ngạch|thu ngân sách|chi ngân sách|vốn đầu tư|giá trị sản xuất|tổng mức bán|khách du lịch|lượt khách|xuất khẩu|nhập khẩu|phát hành|tiêu hủy|đào tạo|tập huấn|tuyên truyền|hỗ trợ|khám|điều trị|tai nạn|vi phạm|giải ngân|trồng mới|xây dựng|sửa chữa");
const FLOW_UNITS = /^(?:cuộc|vụ|lượt(?: người| khách)?|hồ sơ|tin|bài|buổi|đợt|ca)$/u;
const STOCK_NAME = anyWord("tổng số|hiện có|có trên mạng|đang hoạt động|duy trì|đạt chuẩn|bình quân|thu nhập|dân số|mật độ|diện tích|tổng đàn");
const REDUCTION = anyWord("mức giảm|giảm");
/** Names of indicators where less is better. */
const LOWER_NAME = anyWord("hộ nghèo|thất nghiệp|tai nạn|tử vong|suy dinh dưỡng|ô nhiễm|vi phạm|tội phạm|lạm phát|chỉ số giá|nợ đọng|nợ xấu|tồn đọng|quá hạn|trễ hạn|bỏ học|ngộ độc|cháy|chậm");

export interface IndicatorGuess {
  readonly numberType: Guessed<NumberType>;
  readonly kind: Guessed<IndicatorKind>;
}

/** Number type and kind from the unit first (it is the firmer evidence), then the name. */
export function guessIndicator(name: string, unit: string): IndicatorGuess {
  const n = lower(name);
  const u = lower(unit).replace(/[()]/gu, "").trim();
  if (u === "%" || u === "tỷ lệ %" || u === "phần trăm") return { numberType: { value: "percent", because: "unit-percent" }, kind: { value: "rate", because: "unit-percent" } };
  // Percentage points: a change of a rate ("giảm 1-1,5 điểm %").
  if (/^điểm\s*(?:%|phần trăm)$/u.test(u)) return { numberType: { value: "decimal", because: "unit-points" }, kind: { value: "rate", because: "unit-points" } };
  if (u === "" && /^(?:tỷ lệ|tỉ lệ)(?![\p{L}])/u.test(n)) return { numberType: { value: "percent", because: "name-rate" }, kind: { value: "rate", because: "name-rate" } };
  const kind = guessKind(n, u);
  if (MONEY_WHOLE.test(u)) return { numberType: { value: "money", because: "unit-money" }, kind };
  if (MONEY_SCALED.test(u)) return { numberType: { value: "decimal", because: "unit-money-scaled" }, kind };
  // "Số giường bệnh trên 1 vạn dân", "thu nhập bình quân đầu người": a ratio, not a count.
  if (RATIO_NAME.test(n) || u.includes("/")) return { numberType: { value: "decimal", because: "name-ratio" }, kind };
  if (COUNT_UNITS.test(u)) return { numberType: { value: "integer", because: "unit-count" }, kind };
  if (MEASURE_UNITS.test(u)) return { numberType: { value: "decimal", because: "unit-measure" }, kind };
  if (/^(?:số|tổng số)(?![\p{L}])/u.test(n)) return { numberType: { value: "integer", because: "name-count" }, kind };
  return { numberType: { value: "decimal", because: u === "" ? "no-unit" : "unit-measure" }, kind };
}

function guessKind(n: string, u: string): Guessed<IndicatorKind> {
  // A stock word wins: "Tổng số doanh nghiệp đang hoạt động" is a level even though it names firms.
  if (STOCK_NAME.test(n)) return { value: "stock", because: "name-stock" };
  if (FLOW_UNITS.test(u)) return { value: "flow", because: "unit-flow" };
  if (FLOW_NAME.test(n) || MONEY_WHOLE.test(u) || MONEY_SCALED.test(u)) return { value: "flow", because: "name-flow" };
  // A stock guessed for a flow grades Q1 against the whole year's plan (too strict); a flow
  // guessed for a stock would grade it against a quarter of it and call it exceeded. Err strict.
  return { value: "stock", because: "default-stock" };
}

/** Lower is better when the name says so, or the plan is a ceiling ("Dưới 3", "Không quá 5"). */
export function guessDirection(name: string, plan: { readonly qualifier?: "above" | "below" | "about" } | null): Guessed<Direction> {
  if (plan === null) return { value: "informational", because: "no-plan" };
  if (plan.qualifier === "below") return { value: "lower", because: "plan-below" };
  if (plan.qualifier === "above") return { value: "higher", because: "plan-above" };
  // "Mức giảm tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo giảm": the figure is the reduction, and more of it is better.
  if (REDUCTION.test(lower(name))) return { value: "higher", because: "name-reduction" };
  if (LOWER_NAME.test(lower(name))) return { value: "lower", because: "name-lower" };
  return { value: "higher", because: "default-higher" };
}
