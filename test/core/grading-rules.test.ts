// The check under the grading rules a template states: pro-rating on or off, change targets
// against the same period last year, absurd ratios, results written like targets, qualitative
// results, % so với cùng kỳ.
import { checkReading, type CheckResult } from "../../src/core/check";
import { findingMessage } from "../../src/core/i18n";
import type { Period } from "../../src/core/periods/period";
import type { Row } from "./engine/reading-builder";
import { reading } from "./engine/reading-builder";
import { template, type IndicatorSpec } from "./template-builder";

const Q1: Period = { year: 2020, kind: "Q1" };
const Y: Period = { year: 2019, kind: "Y" };

function check(spec: IndicatorSpec, row: Row, period: Period = Y, extra: Parameters<typeof template>[1] = {}): CheckResult {
  const t = template([spec], extra);
  return checkReading(t, reading({ [spec.code]: row }, { template: t, period }));
}

describe("pro-rating a flow's annual plan", () => {
  const flow: IndicatorSpec = { code: "F.1", kind: "flow", unit: "tỷ đồng" };
  test("on (the default): Q1 is graded against a quarter of the plan", () => {
    const r = check(flow, { plan: "803.300", actual: "139.774 tỷ đồng" }, Q1).indicators[0];
    expect([r.target, r.grade, r.planRatio]).toEqual([200825, "shortfall", 0.174]);
  });
  test("off: Sở Công Thương reports 17,4 % of the year's plan in Q1 and makes no judgement", () => {
    const r = check(flow, { plan: "803.300", actual: "139.774 tỷ đồng" }, Q1, { grading: { prorate: false } });
    expect([r.indicators[0].target, r.indicators[0].grade, r.indicators[0].planRatio]).toEqual([null, "none", 0.174]);
    expect(r.findings.filter((f) => f.severity !== "warning")).toEqual([]);
    expect(r.summary.verdict.vi).not.toContain("chưa có số liệu hợp lệ");
  });
  test("off: the year is graded against the whole plan", () => {
    expect(check(flow, { plan: 100, actual: 104 }, Y, { grading: { prorate: false } }).indicators[0].grade).toBe("exceeded");
  });
});

describe("change targets, against the same period last year", () => {
  const exports: IndicatorSpec = { code: "X.1", kind: "flow", unit: "triệu USD" };
  test("'Tăng 7%' on 1.000 asks 1.070: 1.081 is Vượt, 1.050 falls short", () => {
    expect(check(exports, { plan: "Tăng 7%", samePeriodLastYear: 1000, actual: 1081 }).indicators[0]).toMatchObject({ target: 1070, grade: "exceeded", yoyRatio: 1.081 });
    expect(check(exports, { plan: "Tăng 7%", samePeriodLastYear: 1000, actual: 1050 }).indicators[0]).toMatchObject({ grade: "near", ratio: 0.981 });
  });
  test("'tăng 7-7,5%' is a range of levels: inside Đạt, beyond its better end Vượt", () => {
    expect(check(exports, { plan: "tăng 7-7,5%", samePeriodLastYear: 1000, actual: 1072 }).indicators[0]).toMatchObject({ target: { min: 1070, max: 1075 }, grade: "met" });
    expect(check(exports, { plan: "tăng 7-7,5%", samePeriodLastYear: 1000, actual: 1080 }).indicators[0].grade).toBe("exceeded");
  });
  test("'giảm 1-1,5 điểm %' of a rate of 5 asks 3,5-4, lower being better", () => {
    const poverty: IndicatorSpec = { code: "P.1", kind: "rate", unit: "%", direction: "lower", numberType: "percent" };
    expect(check(poverty, { plan: "giảm 1-1,5 điểm %", samePeriodLastYear: 5, actual: 3.8 }).indicators[0]).toMatchObject({ target: { min: 3.5, max: 4 }, grade: "met" });
    expect(check(poverty, { plan: "giảm 1-1,5 điểm %", samePeriodLastYear: 5, actual: 3.2 }).indicators[0].grade).toBe("exceeded");
    expect(check(poverty, { plan: "giảm 1-1,5 điểm %", samePeriodLastYear: 5, actual: 4.2 }).indicators[0].grade).toBe("near");
  });
  test("without the same period last year nothing grades, and the error says which cell to fill", () => {
    const r = check(exports, { plan: "Tăng 7%", actual: 1081 });
    expect(r.indicators[0].grade).toBe("none");
    const f = r.findings.find((x) => x.rule === "change-no-base");
    expect(f).toMatchObject({ severity: "error", cell: "'Quý I-2020'!H9" });
    if (f !== undefined) expect(findingMessage(f, "vi")).toContain("Cùng kỳ năm trước");
  });
});

describe("an absurd ratio is an error, never a grade", () => {
  const money: IndicatorSpec = { code: "M.1", kind: "flow", unit: "tỷ đồng" };
  test("beyond 1000 × the target: not graded, not in the verdict as met", () => {
    const r = check(money, { plan: 130000, actual: 139774000000000 });
    expect([r.indicators[0].grade, r.indicators[0].ratio, r.indicators[0].planRatio]).toEqual(["none", null, null]);
    expect(r.findings.map((f) => [f.rule, f.severity])).toContainEqual(["absurd-ratio", "error"]);
    expect(r.findings.map((f) => f.rule)).not.toContain("outlier");
    expect(r.summary.verdict.vi).not.toContain("đều đạt và vượt");
  });
  test("under 1/1000 of the previous period, even without a target", () => {
    const r = check(money, { previousPeriod: 140000, actual: 0.1 });
    expect(r.findings.find((f) => f.rule === "absurd-ratio")).toMatchObject({ evidence: { reference: "previousPeriod", low: true } });
  });
  test("beyond 1000 × an annual plan that grades nothing (pro-rating off): no % kế hoạch năm either", () => {
    // Thái Nguyên's Q1/2020 industrial output, 139.774 tỷ đồng, typed in đồng against the year's 803.300 tỷ.
    const r = check(money, { plan: "803.300", actual: 139774000000000 }, Q1, { grading: { prorate: false } });
    expect([r.indicators[0].grade, r.indicators[0].planRatio]).toEqual(["none", null]);
    expect(r.findings.find((f) => f.rule === "absurd-ratio")).toMatchObject({ severity: "error", evidence: { reference: "target", low: false } });
    // Typed in its unit, the same figure is 17,4 % of the plan, as the source reports it.
    expect(check(money, { plan: "803.300", actual: 139774 }, Q1, { grading: { prorate: false } }).indicators[0].planRatio).toBe(0.174);
  });
  test("within 1000 × it grades (with the outlier warning from 100 ×)", () => {
    const r = check(money, { plan: 100, actual: 50000 });
    expect(r.indicators[0].grade).toBe("exceeded");
    expect(r.findings.map((f) => f.rule)).toContain("outlier");
  });
});

describe("results written the ways targets are", () => {
  const rate: IndicatorSpec = { code: "R.1", kind: "rate", unit: "%", numberType: "percent" };
  test("'61-62' against 60-62 is Đạt (its worse end, 61, is inside); 'Trên 4' vouches for 4", () => {
    expect(check(rate, { plan: "60-62", actual: "61-62" }).indicators[0]).toMatchObject({ value: 61, grade: "met" });
    expect(check(rate, { plan: 4, actual: "Trên 4" }).indicators[0]).toMatchObject({ value: 4, grade: "met" });
    expect(check(rate, { plan: "24-24,5", actual: "Khoảng 24" }).indicators[0]).toMatchObject({ value: 24, grade: "met" });
    expect(check(rate, { plan: "60-62", actual: "55-62" }).indicators[0]).toMatchObject({ value: 55, grade: "near" });
    expect(check({ ...rate, direction: "lower" }, { plan: "Dưới 3", actual: "dưới 3%" }).indicators[0]).toMatchObject({ value: 3, grade: "met" });
  });
});

describe("qualitative results", () => {
  const trade: IndicatorSpec = { code: "Q.1", kind: "rate", unit: "%", direction: "lower", qualitative: true, exceeding: ["Xuất siêu"] };
  test("'Xuất siêu' against 'Dưới 3' is Vượt where the template says so; 'Hoàn thành' is Đạt; no error for words", () => {
    const r = check(trade, { plan: "Dưới 3", actual: "Xuất siêu" });
    expect(r.indicators[0]).toMatchObject({ grade: "exceeded", written: { words: "Xuất siêu" }, value: null });
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(check(trade, { plan: "Hoàn thành", actual: "hoàn thành" }).indicators[0].grade).toBe("met");
  });
  test("other words grade nothing and say which words are accepted; a non-qualitative row refuses words", () => {
    const r = check(trade, { plan: "Dưới 3", actual: "khá tốt" });
    expect(r.indicators[0].grade).toBe("none");
    const f = r.findings.find((x) => x.rule === "qualitative-unknown");
    expect(f?.evidence.accepted).toContain("Xuất siêu");
    expect(check({ ...trade, qualitative: false }, { plan: "Dưới 3", actual: "Xuất siêu" }).findings.map((x) => x.rule)).toContain("not-a-number");
  });
});

describe("% so với cùng kỳ", () => {
  test("Thực hiện ÷ Cùng kỳ năm trước, in the check result", () => {
    expect(check({ code: "S.1", kind: "flow" }, { samePeriodLastYear: 145144, actual: 139774 }).indicators[0].yoyRatio).toBe(0.963);
  });
});

describe("the new findings say what is wrong and how to fix it, in Vietnamese and English", () => {
  const cases: readonly [string, CheckResult][] = [
    ["unit-mismatch", check({ code: "U.1", unit: "tỷ đồng" }, { plan: 100, actual: "11,3 tỷ USD" })],
    ["absurd-ratio", check({ code: "U.2", unit: "tỷ đồng" }, { plan: 100, actual: 139774000 })],
    ["change-no-base", check({ code: "U.3", unit: "tỷ đồng" }, { plan: "Tăng 7%", actual: 107 })],
    ["qualitative-unknown", check({ code: "U.4", qualitative: true }, { plan: "Hoàn thành", actual: "đang làm" })],
  ];
  test.each(cases)("%s", (rule, r) => {
    const f = r.findings.find((x) => x.rule === rule);
    expect(f?.severity).toBe("error");
    if (f === undefined) return;
    const vi = findingMessage(f, "vi");
    const en = findingMessage(f, "en");
    expect(vi).toMatch(/Hãy/);
    expect(en).toMatch(/\b(Type|Check|Fill|Write)\b/);
    expect(vi).not.toContain("undefined");
    expect(en).not.toContain("undefined");
    expect(en).not.toBe(vi);
  });
});
