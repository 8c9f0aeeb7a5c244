// Moving to the next period: Q2's sheet starts with Q1's plans, Q1's figures as "kỳ trước",
// and for flows Q1 as carried Lũy kế, so Lũy kế adds up without anyone retyping.
import {
  carryForward, carrySheetNames, col, letter, periodOfSheetName, planSheet, readSheet, sheetNameFor,
} from "../../../src/core/layout";
import type { Period } from "../../../src/core/periods/period";
import type { SheetReading } from "../../../src/core/reading";
import type { SnapshotCell } from "../../../src/core/snapshot";
import type { TemplateId } from "../../../src/core/template/template";
import { checkReading } from "../../../src/core/check";
import { defaultTemplate } from "../../../src/core/template/template-builtin";
import { DETAILS, gridFromPlan, setCell, snapshotOf, type Grid } from "./fixtures";

const template = defaultTemplate();
const lookup = (id: TemplateId) => (id === template.id ? template : undefined);
const rowOf = (grid: Grid, code: string): number => grid.findIndex((r) => r[1] === code) + 1;

function filledSheet(period: Period, typed: Record<string, Partial<Record<"plan" | "actual" | "carriedYtd", SnapshotCell>>>): SheetReading {
  const plan = planSheet({ template, period, details: DETAILS });
  const grid = gridFromPlan(plan);
  for (const [code, roles] of Object.entries(typed)) {
    for (const [role, value] of Object.entries(roles)) setCell(grid, `${letter(role as "plan")}${rowOf(grid, code)}`, value ?? null);
  }
  const result = readSheet(snapshotOf(plan.name, grid), lookup);
  if (!result.ok) throw new Error(result.reason);
  return result.reading;
}

const Q1: Period = { year: 2020, kind: "Q1" };
const Q2: Period = { year: 2020, kind: "Q2" };
const Q3: Period = { year: 2020, kind: "Q3" };

describe("carry forward", () => {
  const q1 = filledSheet(Q1, {
    "A.1": { plan: 950000, actual: 920000 },
    "C.1": { plan: 4, actual: 1 },
    "C.2": { actual: 28 },
  });

  test("Q1 → Q2: plans carried, Q1's figures as kỳ trước, flows' Lũy kế carried", () => {
    const carried = carryForward([q1], template, Q2);
    expect(carried["A.1"]).toEqual({ plan: 950000, previousPeriod: 920000 });
    // C.1 is a flow: Q1's figure is what Q2's Lũy kế adds to.
    expect(carried["C.1"]).toEqual({ plan: 4, previousPeriod: 1, carriedYtd: 1 });
    expect(carried["C.2"]).toEqual({ previousPeriod: 28, carriedYtd: 28 });
    expect(carried["B.1"]).toBeUndefined();
  });

  test("numbers typed as text are carried as the numbers they were read as; unreadable cells are not carried", () => {
    const typedAsText = filledSheet(Q1, {
      "A.1": { plan: "950.000", actual: "920.000" },
      "B.2": { plan: "80-90", actual: "87,5" },
      "C.1": { plan: { error: "#REF!" }, actual: "hai" },
      "C.2": { actual: "28" },
    });
    const carried = carryForward([typedAsText], template, Q2);
    expect(carried["A.1"]).toEqual({ plan: 950000, previousPeriod: 920000 });
    // A range is a target planners write as text: it stays text.
    expect(carried["B.2"]).toEqual({ plan: "80-90", previousPeriod: 87.5 });
    // Neither "#REF!" nor "hai" becomes a figure on Q2 that the clerk never typed there.
    expect(carried["C.1"]).toBeUndefined();
    expect(carried["C.2"]).toEqual({ previousPeriod: 28, carriedYtd: 28 });
    // Q2, read and checked before anyone types: no warning on a carried cell.
    const plan = planSheet({ template, period: Q2, details: DETAILS, carried });
    const grid = gridFromPlan(plan);
    expect(grid[rowOf(grid, "B.2") - 1][6]).toBe(87.5); // G: Thực hiện kỳ trước
    const read = readSheet(snapshotOf(plan.name, grid), lookup);
    if (!read.ok) throw new Error(read.reason);
    const onCarried = checkReading(template, read.reading).findings.filter((f) => f.rule === "text-number" || f.rule === "not-a-number" || f.rule === "formula-error");
    expect(onCarried).toEqual([]);
  });

  test("the Q2 sheet made with it shows them, and reads them back", () => {
    const plan = planSheet({ template, period: Q2, details: DETAILS, carried: carryForward([q1], template, Q2) });
    const grid = gridFromPlan(plan);
    const r = rowOf(grid, "C.1");
    expect(grid[r - 1][4]).toBe(4); // E: Kế hoạch năm
    expect(grid[r - 1][6]).toBe(1); // G: Thực hiện kỳ trước
    expect(grid[r - 1][col("carriedYtd") - 1]).toBe(1); // carried Lũy kế, which the J formula adds
    expect(plan.cells.find((c) => c.address === `J${r}`)?.formula).toBe(`=IF(ISNUMBER(I${r}),I${r}+N(${letter("carriedYtd")}${r}),"")`);
    const read = readSheet(snapshotOf(plan.name, grid), lookup);
    expect(read.ok && read.reading.indicators.find((i) => i.code === "C.1")?.cells.carriedYtd?.value).toBe(1);
  });

  test("Q3 sums Q1 and Q2, or takes Q2's own Lũy kế; a typed value on the sheet wins over a carried one", () => {
    const q2 = filledSheet(Q2, { "C.1": { actual: 2, carriedYtd: 1 }, "C.2": { actual: 5 } });
    expect(carryForward([q1, q2], template, Q3)["C.1"]).toMatchObject({ previousPeriod: 2, carriedYtd: 3 });
    // Without Q1's sheet, Q2's figure plus what Q2 carried.
    expect(carryForward([q2], template, Q3)["C.1"]).toMatchObject({ carriedYtd: 3 });
    // C.2 on Q2 carried nothing and Q1 is missing: nothing to carry rather than a wrong sum.
    expect(carryForward([q2], template, Q3)["C.2"]?.carriedYtd).toBeUndefined();
    const q3 = filledSheet(Q3, { "C.1": { carriedYtd: 10 } });
    const plan = planSheet({ template, period: Q3, details: DETAILS, carried: carryForward([q1, q2], template, Q3), existing: q3 });
    const grid = gridFromPlan(plan);
    expect(grid[rowOf(grid, "C.1") - 1][col("carriedYtd") - 1]).toBe(10);
  });

  test("the same period last year fills Cùng kỳ năm trước; other templates are ignored", () => {
    const lastYear = filledSheet({ year: 2019, kind: "Q2" }, { "A.1": { actual: 900000, plan: 1 } });
    const carried = carryForward([lastYear, { ...q1, template: { id: "other" as TemplateId, version: "1" } }], template, Q2);
    expect(carried["A.1"]).toEqual({ samePeriodLastYear: 900000 });
  });

  test("H1, 9M and Y of last year derived from the sheets that reported it: flows summed, stocks at the same quarter's end", () => {
    const q1ly = filledSheet({ year: 2019, kind: "Q1" }, { "A.1": { actual: 880000 }, "C.1": { actual: 1 }, "C.2": { actual: 20 } });
    const q2ly = filledSheet({ year: 2019, kind: "Q2" }, { "A.1": { actual: 890000 }, "C.1": { actual: 2 }, "C.2": { actual: 30 } });
    const q3ly = filledSheet({ year: 2019, kind: "Q3" }, { "A.1": { actual: 900000 }, "C.1": { actual: 1 }, "C.2": { actual: 10 } });
    const h1: Period = { year: 2020, kind: "H1" };
    const h1Carried = carryForward([q1ly, q2ly, q3ly], template, h1);
    expect(h1Carried["A.1"]?.samePeriodLastYear).toBe(890000); // the level at the end of Q2 2019
    expect(h1Carried["C.1"]?.samePeriodLastYear).toBe(3); // Q1 + Q2 2019
    expect(h1Carried["C.2"]?.samePeriodLastYear).toBe(50);
    const nine = carryForward([q1ly, q2ly, q3ly], template, { year: 2020, kind: "9M" });
    expect([nine["A.1"]?.samePeriodLastYear, nine["C.1"]?.samePeriodLastYear]).toEqual([900000, 4]);
    // A year not fully reported is not summed: the flow stays empty rather than wrong.
    const year = carryForward([q1ly, q2ly, q3ly], template, { year: 2020, kind: "Y" });
    expect(year["C.1"]?.samePeriodLastYear).toBeUndefined();
    // The H1 sheet itself, when there is one, wins over the quarters; H1 + Q3 give 9M.
    const h1ly = filledSheet({ year: 2019, kind: "H1" }, { "C.1": { actual: 5 } });
    expect(carryForward([q1ly, q2ly, q3ly, h1ly], template, h1)["C.1"]?.samePeriodLastYear).toBe(5);
    expect(carryForward([q3ly, h1ly], template, { year: 2020, kind: "9M" })["C.1"]?.samePeriodLastYear).toBe(6);
    // Q1 2020's kỳ trước is Q4 2019; with only the year's sheet, a stock takes its year-end level.
    const yly = filledSheet({ year: 2019, kind: "Y" }, { "A.1": { actual: 910000 }, "C.1": { actual: 9 } });
    const q1Carried = carryForward([yly], template, Q1);
    expect(q1Carried["A.1"]?.previousPeriod).toBe(910000);
    expect(q1Carried["C.1"]?.previousPeriod).toBeUndefined(); // a year's flow is no quarter's
    expect(carrySheetNames(["Quý I-2019", "Quý II-2019", "Quý III-2019", "6 tháng-2019", "Năm-2019", "Quý I-2020"], h1))
      .toEqual(["Quý I-2019", "Quý II-2019", "6 tháng-2019", "Quý I-2020"]);
  });

  test("each period of a year gets its kỳ trước from the report before it in the cycle", () => {
    const sheets = [
      filledSheet(Q1, { "A.1": { actual: 920000 }, "C.1": { actual: 1 } }),
      filledSheet(Q2, { "A.1": { actual: 930000 }, "C.1": { actual: 2, carriedYtd: 1 } }),
      filledSheet(Q3, { "A.1": { actual: 940000 }, "C.1": { actual: 3, carriedYtd: 3 } }),
      filledSheet({ year: 2020, kind: "Q4" }, { "A.1": { actual: 950000 }, "C.1": { actual: 4, carriedYtd: 6 } }),
    ];
    const at = (kind: Period["kind"]) => carryForward(sheets, template, { year: 2020, kind });
    expect(at("Q2")["C.1"]).toMatchObject({ previousPeriod: 1, carriedYtd: 1 });
    expect(at("Q3")["C.1"]).toMatchObject({ previousPeriod: 2, carriedYtd: 3 });
    expect(at("Q4")["C.1"]).toMatchObject({ previousPeriod: 3, carriedYtd: 6 });
    // Cumulative reports: H1 after Q1, 9M after H1 (derived Q1 + Q2), Y after 9M; no carried Lũy kế.
    expect(at("H1")["C.1"]).toEqual({ previousPeriod: 1 });
    expect(at("9M")["C.1"]).toEqual({ previousPeriod: 3 });
    expect(at("Y")["C.1"]).toEqual({ previousPeriod: 6 });
    expect([at("H1")["A.1"]?.previousPeriod, at("9M")["A.1"]?.previousPeriod, at("Y")["A.1"]?.previousPeriod]).toEqual([920000, 930000, 940000]);
  });

  test("sheet names: period names and the sheets worth reading for carry forward", () => {
    expect([Q1, Q2, Q3, { year: 2020, kind: "Q4" }, { year: 2020, kind: "H1" }, { year: 2020, kind: "9M" }, { year: 2020, kind: "Y" }]
      .map((p) => sheetNameFor(p as Period))).toEqual(["Quý I-2020", "Quý II-2020", "Quý III-2020", "Quý IV-2020", "6 tháng-2020", "9 tháng-2020", "Năm-2020"]);
    expect(periodOfSheetName("Quý II-2020 (2)")).toEqual(Q2);
    expect(periodOfSheetName("quý iii-2020".normalize("NFD"))).toEqual(Q3);
    expect(periodOfSheetName("Tổng hợp")).toBeNull();
    expect(carrySheetNames(["Tổng hợp", "Quý I-2020", "Quý II-2019", "Quý IV-2018", "Quý II-2020"], Q2)).toEqual(["Quý I-2020", "Quý II-2019"]);
  });
});
