// The check as a whole: results per indicator, Lũy kế, sheet order, options and verdicts.
import { checkReading } from "../../../src/core/check";
import { findingMessage } from "../../../src/core/i18n";
import type { Period } from "../../../src/core/periods/period";
import type { SheetReading } from "../../../src/core/reading";
import { buildSummary } from "../../../src/core/summary/summary";
import { ROW_OF, SEED_ROWS, addr, reading, seedReading, stttt, type Row } from "./reading-builder";

const withRows = (over: Record<string, Row>, period?: Period) => checkReading(stttt(), reading({ ...SEED_ROWS, ...over }, { period }));
const ind = (r: ReturnType<typeof checkReading>, code: string) => r.indicators.find((i) => i.code === code);

describe("indicator results", () => {
  test("cells list only the inputs the layout has, sheet-qualified", () => {
    const r = checkReading(stttt(), reading(SEED_ROWS, { roles: ["plan", "actual"] }));
    expect(ind(r, "A.1")?.cells).toEqual({ plan: addr("plan", ROW_OF("A.1")), periodTarget: addr("periodTarget", ROW_OF("A.1")), actual: addr("actual", ROW_OF("A.1")) });
    expect(ind(r, "C.3")?.cells).toEqual({ plan: addr("plan", ROW_OF("C.3")), actual: addr("actual", ROW_OF("C.3")) });
    expect(addr("actual", 9)).toBe("'Quý I-2020'!I9");
  });

  test("section rows are not indicators; indicators come in template order", () => {
    const r = checkReading(stttt(), seedReading());
    expect(r.indicators.map((i) => i.code)).toEqual(["A.1", "A.1.1", "A.1.2", "A.2", "B.1", "B.2", "C.1", "C.2", "C.2.1", "C.2.2", "C.2.3", "C.2.4", "C.3", "C.4", "C.5"]);
    expect(r.template).toEqual({ id: "stttt-quarterly", version: "1.0.0" });
    expect(r.period).toEqual({ year: 2020, kind: "Q1" });
  });

  test("target is the number that graded (pro-rated for a flow) or the range", () => {
    const r = withRows({ "C.1": { plan: 8, actual: 2 }, "B.2": { plan: "80-90", actual: 87 } }, { year: 2020, kind: "H1" });
    expect(ind(r, "C.1")).toMatchObject({ target: 4, plan: 8, ratio: 0.5, grade: "shortfall" });
    expect(ind(r, "B.2")).toMatchObject({ target: { min: 80, max: 90 }, ratio: 1, grade: "met" });
    expect(ind(r, "C.2")).toMatchObject({ target: null, ratio: null, grade: "none" });
  });
});

describe("Lũy kế (year to date)", () => {
  test("a flow adds the earlier quarters carried into the sheet", () => {
    const r = withRows({ "C.1": { plan: 4, actual: 1, carriedYtd: 2 }, "C.4": { actual: 7000000, carriedYtd: 3000000 } }, { year: 2020, kind: "Q3" });
    expect(ind(r, "C.1")).toMatchObject({ value: 1, ytd: 3, planRatio: 0.75 });
    expect(ind(r, "C.4")).toMatchObject({ ytd: 10000000 });
  });

  test("a stock or a rate is its latest value, whatever was carried", () => {
    const r = withRows({ "A.1": { plan: 950000, periodTarget: 915000, actual: 920000, carriedYtd: 900000 } }, { year: 2020, kind: "Q2" });
    expect(ind(r, "A.1")?.ytd).toBe(920000);
  });

  test("nothing carried: the period's own figure; no figure: no Lũy kế", () => {
    expect(ind(withRows({}), "C.1")?.ytd).toBe(1);
    expect(ind(withRows({ "C.5": { actual: null } }), "C.5")?.ytd).toBeNull();
  });

  test("an unreadable carried figure is flagged on its own cell", () => {
    const r = withRows({ "C.1": { plan: 4, actual: 1, carriedYtd: "hai" } }, { year: 2020, kind: "Q2" });
    expect(r.findings.filter((f) => f.rule === "not-a-number").map((f) => f.cell)).toEqual([addr("carriedYtd", ROW_OF("C.1"))]);
  });
});

describe("findings", () => {
  const planted: Record<string, Row> = {
    "A.1": { plan: 950000, periodTarget: 915000, actual: 920 },
    "A.2": { plan: 120000, periodTarget: 105000, actual: "110,000" },
    "B.2": { plan: 80, actual: 120 },
    "C.1": { plan: 8, actual: 1 },
    "C.3": { actual: 30 },
  };

  test("are sorted by row, then column, then rule", () => {
    const r = withRows(planted);
    expect(r.findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([
      `${addr("actual", ROW_OF("A.1"))} outlier`,
      `${addr("actual", ROW_OF("A.1"))} below-target`,
      `${addr("explanation", ROW_OF("A.1"))} explanation-missing`,
      `${addr("actual", ROW_OF("A.2"))} not-a-number`,
      `${addr("actual", ROW_OF("B.2"))} percent-range`,
      `${addr("actual", ROW_OF("C.1"))} below-target`,
      `${addr("explanation", ROW_OF("C.1"))} explanation-missing`,
      `${addr("actual", ROW_OF("C.3"))} exceeds-parent`,
    ]);
  });

  test("do not depend on the order in which indicators were read", () => {
    const base = reading({ ...SEED_ROWS, ...planted });
    const reversed: SheetReading = { ...base, indicators: [...base.indicators].reverse() };
    expect(checkReading(stttt(), reversed)).toEqual(checkReading(stttt(), base));
  });

  test("a code read twice: the upper row counts, in whichever order they come", () => {
    const base = reading(SEED_ROWS);
    const a1 = base.indicators[0];
    const moved = Object.fromEntries(Object.entries(a1.cells).map(([role, c]) => [role, { ...c, address: addr(role as never, 40) }]));
    const copy = { ...a1, cells: { ...moved, actual: { address: addr("actual", 40), value: "xyz" } } };
    const r1 = checkReading(stttt(), { ...base, indicators: [copy, ...base.indicators] });
    const r2 = checkReading(stttt(), { ...base, indicators: [...base.indicators, copy] });
    expect(r1).toEqual(r2);
    expect(r1.findings).toEqual([]);
    // Same top row (a copy over the same cells): the tie still breaks the same way for both orders.
    const twin = { ...a1, cells: { ...a1.cells, explanation: { address: addr("explanation", 9), value: "twin" } } };
    const t1 = checkReading(stttt(), { ...base, indicators: [twin, ...base.indicators] });
    const t2 = checkReading(stttt(), { ...base, indicators: [...base.indicators, twin] });
    expect(t1).toEqual(t2);
  });

  test("indicators missing from the sheet and codes unknown to the template are left out", () => {
    const base = reading(SEED_ROWS);
    const r = checkReading(stttt(), { ...base, indicators: [...base.indicators.filter((i) => i.code !== "C.5"), { code: "Z.9" as never, cells: {} }] });
    expect(r.indicators.map((i) => i.code)).not.toContain("C.5");
    expect(r.indicators.map((i) => i.code)).not.toContain("Z.9");
  });

  test("the near threshold can be set per check", () => {
    const near = withRows({ "A.2": { plan: 120000, periodTarget: 105000, actual: 100000 } });
    expect(ind(near, "A.2")?.grade).toBe("near");
    const strict = checkReading(stttt(), reading({ ...SEED_ROWS, "A.2": { plan: 120000, periodTarget: 105000, actual: 100000 } }), { nearThreshold: 0.96 });
    expect(ind(strict, "A.2")?.grade).toBe("shortfall");
  });

  test("an indicator's own threshold beats the template's", () => {
    const t = stttt();
    const own = { ...t, sections: t.sections.map((s) => ({ ...s, indicators: s.indicators.map((i) => (i.code === "A.2" ? { ...i, nearThreshold: 0.96 } : i)) })) };
    const r = checkReading(own, reading({ ...SEED_ROWS, "A.2": { plan: 120000, periodTarget: 105000, actual: 100000 } }, { template: own }));
    expect(ind(r, "A.2")?.grade).toBe("shortfall");
  });
});

describe("verdicts", () => {
  test("names those short and those nearly met, in template order, both languages", () => {
    const r = withRows({ "C.1": { plan: 8, actual: 1, explanation: "Do dịch" }, "A.2": { plan: 120000, periodTarget: 105000, actual: 100000 } });
    expect(r.summary.verdict.vi).toBe("Nhìn chung, các chỉ tiêu quý I cơ bản đạt kế hoạch đề ra; còn 1 chỉ tiêu chưa đạt: Số cuộc thanh tra, kiểm tra (50,0%); 1 chỉ tiêu gần đạt: Thuê bao Internet băng rộng cố định (ADSL) (95,2%)");
    expect(r.summary.verdict.en).toBe("Overall, indicators for Q1 broadly met their targets; 1 fell short: Inspections carried out (50.0%); 1 nearly met: Fixed broadband Internet subscribers (ADSL) (95.2%)");
    expect(r.summary.counts).toEqual({ exceeded: 2, met: 1, near: 1, shortfall: 1, none: 10 });
  });

  test("when nothing reached its target", () => {
    const r = withRows({
      "A.1": { plan: 950000, actual: 500000 }, "A.2": { plan: 120000, actual: 60000 }, "B.1": { plan: 100, actual: 50 },
      "B.2": { plan: 80, actual: 75 }, "C.1": { plan: 4, actual: 0 },
    });
    expect(r.summary.verdict.vi).toMatch(/^Tình hình thực hiện các chỉ tiêu quý I chưa đạt kế hoạch đề ra; 4 chỉ tiêu chưa đạt: .*; 1 chỉ tiêu gần đạt: Tỷ lệ dịch vụ hành chính công mức độ 3, 4 thực hiện trên Cổng \(93,8%\)$/);
    expect(r.summary.verdict.en).toMatch(/^Indicators for Q1 did not reach their targets; 4 fell short: /);
  });

  test("the period wording follows the period; nothing to grade says so", () => {
    expect(withRows({ "C.1": { plan: 4, actual: 2 } }, { year: 2020, kind: "H1" }).summary.verdict.vi).toBe("Nhìn chung, tình hình thực hiện các chỉ tiêu 6 tháng đầu năm đều đạt và vượt kế hoạch đề ra");
    expect(withRows({ "C.1": { plan: 4, actual: 4 } }, { year: 2020, kind: "Y" }).summary.verdict.en).toBe("Overall, all indicators for the year 2020 met or exceeded their targets");
    const none = checkReading(stttt(), reading({ "C.2": { actual: 1 } }, { period: { year: 2020, kind: "9M" } }));
    expect(none.summary.verdict.vi).toBe("Trong 9 tháng chưa có chỉ tiêu nào được giao kế hoạch để đánh giá");
    expect(none.summary.verdict.en).toBe("No indicator has a target for the first nine months, so none could be graded");
  });
});

describe("a figure that fails its number type is not graded", () => {
  test("−1 inspections: only the error, no 'đạt −100,0%', no explanation asked; the verdict does not call it short", () => {
    const r = withRows({ "C.1": { plan: 4, actual: -1 } });
    expect(r.findings.filter((f) => f.code === "C.1").map((f) => [f.rule, f.severity])).toEqual([["negative", "error"]]);
    expect(ind(r, "C.1")).toMatchObject({ value: -1, grade: "none", ratio: null, planRatio: null });
    expect(r.summary.counts.shortfall).toBe(0);
    expect(r.summary.verdict.vi).not.toContain("-100,0%");
    expect(r.summary.verdict.vi).toBe("Nhìn chung, tình hình thực hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra; còn 1 chỉ tiêu chưa có số liệu hợp lệ để đánh giá: Số cuộc thanh tra, kiểm tra");
    expect(buildSummary(stttt(), r, "vi").rows.find((x) => x.code === "C.1")).toMatchObject({ gradeLabel: "" });
  });

  test("a target that fails its number type grades nothing: a plan of −4 inspections, a period target of −1", () => {
    const r = withRows({ "C.1": { plan: -4, actual: 1 }, "B.2": { plan: 120, actual: 90 } });
    expect(r.findings.filter((f) => f.code === "C.1" || f.code === "B.2").map((f) => `${f.code} ${f.rule}`)).toEqual(["B.2 percent-range", "C.1 negative"]);
    expect([ind(r, "C.1"), ind(r, "B.2")].map((i) => [i?.grade, i?.ratio, i?.planRatio])).toEqual([["none", null, null], ["none", null, null]]);
    // A valid plan still gives % kế hoạch năm when only the period target is wrong.
    const p = withRows({ "C.1": { plan: 4, periodTarget: -1, actual: 1 } });
    expect(ind(p, "C.1")).toMatchObject({ grade: "none", ratio: null, planRatio: 0.25 });
    expect(p.summary.verdict.vi).toContain("chưa có số liệu hợp lệ để đánh giá: Số cuộc thanh tra, kiểm tra");
  });

  test("2,5 inspections and a rate of 120 % are not graded either; a fine figure still is", () => {
    const r = withRows({ "C.1": { plan: 4, actual: 2.5 }, "B.2": { plan: 80, actual: 120 }, "B.1": { plan: 100, actual: 50 } });
    expect(r.findings.filter((f) => f.rule === "below-target" || f.rule === "explanation-missing").map((f) => f.code)).toEqual(["B.1", "B.1"]);
    expect([ind(r, "C.1")?.grade, ind(r, "B.2")?.grade, ind(r, "B.1")?.grade]).toEqual(["none", "none", "shortfall"]);
  });
});

describe("summary model", () => {
  test("English rows use English names, figures and grade labels", () => {
    const r = withRows({ "C.1": { plan: 8, actual: 1, explanation: "Do dịch" } });
    const s = buildSummary(stttt(), r, "en");
    expect(s.periodLabel).toBe("Q1 2020");
    expect(s.rows.find((x) => x.code === "C.1")).toMatchObject({
      name: "Inspections carried out", unit: "inspections", gradeLabel: "Short", explanation: "Do dịch",
      text: { plan: "8", target: "2", actual: "1", ytd: "1", targetRatio: "50.0%", planRatio: "12.5%" },
    });
    expect(s.counts.shortfall).toBe(1);
    expect(s.verdict).toBe(r.summary.verdict.en);
  });

  test("Vietnamese grade labels: Vượt, Đạt, Gần đạt, Chưa đạt", () => {
    const r = withRows({ "C.1": { plan: 8, actual: 1, explanation: "x" }, "A.2": { plan: 120000, periodTarget: 105000, actual: 100000 } });
    const labels = buildSummary(stttt(), r, "vi").rows.flatMap((x) => (x.kind === "indicator" && x.gradeLabel !== "" ? [`${x.code} ${x.gradeLabel}`] : []));
    expect(labels).toEqual(["A.1 Vượt", "A.2 Gần đạt", "B.1 Đạt", "B.2 Vượt", "C.1 Chưa đạt"]);
  });
});

describe("messages", () => {
  test("every finding of a badly filled sheet has a distinct sentence in each language", () => {
    const r = withRows({
      "A.1": { plan: 950000, periodTarget: 915000, actual: 920 }, "A.2": { plan: "1,5", actual: "110,000" },
      "B.1": { plan: 100, actual: { error: "#VALUE!" } }, "C.1": { plan: 4, actual: null }, "C.5": { actual: -1.5 },
    });
    for (const f of r.findings) {
      const vi = findingMessage(f, "vi");
      const en = findingMessage(f, "en");
      expect(vi).toMatch(/Hãy|hãy/);
      expect(en).not.toBe(vi);
      expect(vi).not.toContain("undefined");
      expect(en).not.toContain("undefined");
      expect(vi.endsWith(".")).toBe(true);
    }
    expect(new Set(r.findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(6);
  });
});
