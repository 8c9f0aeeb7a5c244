// The seed case of the domain brief: Hà Nam, Sở TT&TT, Q1/2020, with the example plans.
import { checkReading } from "../../../src/core/check";
import { findingMessage } from "../../../src/core/i18n";
import { buildSummary } from "../../../src/core/summary/summary";
import { seedReading, stttt } from "./reading-builder";

describe("the seed's Q1/2020 report", () => {
  const result = checkReading(stttt(), seedReading());
  const gradeOf = (code: string) => result.indicators.find((i) => i.code === code)?.grade;

  test("grades A.1, A.2 and B.2 exceeded, B.1 and C.1 met, and leaves indicators without targets ungraded", () => {
    expect(gradeOf("A.1")).toBe("exceeded");
    expect(gradeOf("A.2")).toBe("exceeded");
    expect(gradeOf("B.1")).toBe("met");
    expect(gradeOf("B.2")).toBe("exceeded");
    expect(gradeOf("C.1")).toBe("met");
    for (const code of ["A.1.1", "A.1.2", "C.2", "C.2.1", "C.2.2", "C.2.3", "C.2.4", "C.3", "C.4", "C.5"]) expect(gradeOf(code)).toBe("none");
  });

  test("reports the ratios of the brief: 100,5 %, 104,8 %, 100,0 %, 108,8 %, 100,0 %", () => {
    const ratio = (code: string) => result.indicators.find((i) => i.code === code)?.ratio;
    expect([ratio("A.1"), ratio("A.2"), ratio("B.1"), ratio("B.2"), ratio("C.1")]).toEqual([1.005, 1.048, 1, 1.088, 1]);
    expect(result.indicators.find((i) => i.code === "C.1")?.target).toBe(1);
  });

  test("finds no error and no warning", () => {
    expect(result.findings.map((f) => `${f.rule} ${f.code}: ${findingMessage(f, "en")}`)).toEqual([]);
  });

  test("gives the seed's own verdict, and its English equivalent", () => {
    expect(result.summary.verdict.vi).toBe("Nhìn chung, tình hình thực hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra");
    expect(result.summary.verdict.en).toBe("Overall, all indicators for Q1 met or exceeded their targets");
    expect(result.summary.counts).toEqual({ exceeded: 3, met: 2, near: 0, shortfall: 0, none: 10 });
  });

  test("the committee summary lists sections and indicators with Vietnamese figures and grade labels", () => {
    const s = buildSummary(stttt(), result, "vi");
    expect(s.periodLabel).toBe("Quý I năm 2020");
    expect(s.rows.filter((r) => r.kind === "section").map((r) => r.code)).toEqual(["A", "B", "C"]);
    const a1 = s.rows.find((r) => r.code === "A.1");
    expect(a1).toMatchObject({ kind: "indicator", gradeLabel: "Vượt", text: { plan: "950.000", target: "915.000", actual: "920.000", ytd: "920.000", targetRatio: "100,5%", planRatio: "96,8%" } });
    expect(s.rows.find((r) => r.code === "C.4")).toMatchObject({ gradeLabel: "", text: { actual: "7.000.000" } });
    expect(s.verdict).toBe(result.summary.verdict.vi);
  });
});
