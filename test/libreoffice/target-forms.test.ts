// The sheet grades every form the check grades: a workbook written by src/xlsx with targets
// typed as planners write them (ranges, floors, ceilings, "Khoảng", numbers typed as text),
// rendered by LibreOffice, shows on each row the same % chỉ tiêu kỳ, % kế hoạch năm, Đánh giá
// and Thực hiện colour as `checkReading` gives for the same cells. One LibreOffice run.
import { checkReading } from "../../src/core/check";
import type { IndicatorDef } from "../../src/core/indicator";
import { letter, planSheet, readSheet } from "../../src/core/layout";
import type { Period } from "../../src/core/periods/period";
import type { SheetPlan } from "../../src/core/sheet-plan";
import type { Template } from "../../src/core/template/template";
import { applySheetPlan, newWorkbook, readSnapshot, writeWorkbookBytes } from "../../src/xlsx";
import { DETAILS } from "../core/layout/fixtures";
import { caseCode, caseRows, caseTemplate, shownByCheck, type Shown } from "./case-sheet";
import { parseSheets, renderHtml } from "./soffice-html";

jest.setTimeout(600_000);

interface Case {
  readonly kind: IndicatorDef["kind"];
  readonly direction: IndicatorDef["direction"];
  readonly plan?: number | string;
  readonly periodTarget?: number | string;
  readonly actual: number;
  /** Cùng kỳ năm trước: the base of a change target. */
  readonly lastYear?: number;
  readonly numberType?: IndicatorDef["numberType"];
  /** The row's unit ("" when none). */
  readonly unit?: string;
  /** The indicator's own grading rules (template format 2). */
  readonly grading?: IndicatorDef["grading"];
}

const stock = (plan: string, actual: number, o: Partial<Case> = {}): Case => ({ kind: "stock", direction: "higher", plan, actual, ...o });

const CASES: readonly Case[] = [
  // Ranges: inside (bounds included) met, outside graded against the nearer bound.
  stock("6,6-6,8", 6.7),
  stock("6,6-6,8", 6.6),
  stock("6,6-6,8", 6.8),
  stock("6,6-6,8", 7), // 102,9 %: Vượt
  stock("6,6-6,8", 6), // 90,9 %: Gần đạt
  stock("6,6-6,8", 5), // 75,8 %: Chưa đạt
  stock("6,8-6,6", 6.7), // the bounds the other way round
  stock("từ 6,6 đến 6,8", 6.5),
  stock("6,6 – 6,8", 6.9),
  stock("6,6÷6,8", 6.65),
  stock("6,6 — 6,8", 6.1),
  stock("6,6% - 6,8%", 6.2),
  stock("1.000-2.000", 950),
  stock("Từ 30 đến 35", 36),
  stock("3-4", 5, { direction: "lower" }), // lower is better: 4 ÷ 5 = 80 %
  stock("3-4", 2, { direction: "lower" }), // 3 ÷ 2 = 150 %
  // Floors and ceilings, every word of the lexicon's usual ones.
  stock("Trên 4", 5),
  stock("Trên 4", 3.9),
  stock("trên 95%", 96, { kind: "rate" }),
  stock("≥ 90", 80),
  stock(">= 90", 89),
  stock("> 90", 91),
  stock("Không dưới 90", 90),
  stock("Không thấp hơn 90", 85),
  stock("Tối thiểu 1.000", 999),
  stock("Ít nhất 12", 13),
  stock("Lớn hơn 1.000.000", 900000),
  stock("Dưới 3", 3.1),
  stock("Dưới 3", 2),
  stock("Dưới 3", 2.8, { direction: "lower" }),
  stock("dưới 4%", 3.1, { kind: "rate" }),
  stock("Không quá 5", 5),
  stock("Không vượt quá 5", 6),
  stock("Tối đa 10", 12, { direction: "lower" }),
  stock("< 7,6", 7),
  stock("≤ 7,6", 8),
  // A floor or a ceiling satisfied is Đạt, whatever the ratio; at the bound itself too.
  stock("Trên 4", 4),
  stock("Dưới 4", 3.1, { kind: "rate", direction: "lower" }),
  stock("Không quá 5", 0, { direction: "lower" }),
  // A qualifier before two numbers: the range itself ("Khoảng 33-34").
  stock("Khoảng 33-34", 33.5),
  stock("khoảng 45-47", 44),
  stock("Trên 4-5", 6),
  // "Khoảng" keeps the indicator's direction.
  stock("Khoảng 4", 3.8),
  stock("Khoảng 4", 4.4, { direction: "lower" }),
  stock("Xấp xỉ 100", 100),
  stock("~ 50", 40),
  // Spelling the check forgives: case, spaces, a no-break space, a number typed as text.
  stock("  TRÊN   4  ", 4.2),
  stock("Trên\u00a04", 4.2),
  stock("915.000", 920000),
  stock("87,5", 87.5, { kind: "rate" }),
  stock("1234,5", 1234.5),
  // The row's own unit written after the target, as reports write plans (Sở Công Thương Thái
  // Nguyên, 9 tháng 2020: 803.300 tỷ đồng, 567.634,2 done, "70,7%").
  stock("803.300 tỷ đồng", 567634.2, { unit: "tỷ đồng" }),
  stock("40-48 tỷ đồng", 45, { unit: "tỷ đồng" }),
  stock("Trên 800.000 Tỷ đồng", 803300, { unit: "tỷ đồng" }),
  stock("Khoảng 12\u00a0ha", 11, { unit: "ha" }),
  // Another scale of the row's unit, or a scale word alone, read as the check reads it: the
  // figures of Sở Công Thương Thái Nguyên (export "11,3 tỷ USD" in H1 2020, "5.538,6 triệu USD"
  // in Q1, in a triệu USD row), Sở LĐTBXH Đồng Tháp ("410 triệu" among parts in tỷ đồng) and Sở
  // NN&PTNT Cao Bằng (grain in nghìn tấn) typed as targets.
  stock("11,3 tỷ USD", 11000, { unit: "triệu USD" }), // 97,3 %: Gần đạt
  stock("6,6-6,8 tỷ USD", 6700, { unit: "triệu USD" }), // inside the range: Đạt (the check read 6,6 to 6.800 before)
  stock("Tối thiểu 5.538,6 nghìn USD", 5.5386, { unit: "triệu USD" }), // at the floor exactly: Đạt
  stock("410 triệu", 0.41, { unit: "tỷ đồng" }),
  stock("Khoảng 14 nghìn tỷ đồng", 13500, { unit: "tỷ đồng" }),
  stock("Trên 274 nghìn tấn", 283900, { unit: "tấn" }),
  stock("1,1 nghìn", 1100, { unit: "người" }), // exactly met, not 1100,0000000000002
  stock("7 triệu", 6900000, { unit: "đồng" }),
  stock("Trên 4 nghìn ha", 3900, { unit: "ha" }),
  stock("12ha", 12, { unit: "ha" }),
  // A decimal may be negative (Thừa Thiên Huế 2019: agriculture grew −4,13 % against 2,28,
  // "Không đạt"): graded, never coloured as an error (the sheet did, the check never).
  { kind: "rate", direction: "higher", plan: 2.28, actual: -4.13 },
  // A flow's annual range is pro-rated (Q1: a quarter of it); a text period target wins over the plan.
  { kind: "flow", direction: "higher", plan: "40-48", actual: 11 },
  { kind: "flow", direction: "higher", plan: "40-48", actual: 13 },
  { kind: "flow", direction: "higher", plan: "Trên 40", actual: 9 },
  { kind: "flow", direction: "higher", plan: 100, periodTarget: "Trên 30", actual: 31 },
  { kind: "flow", direction: "higher", plan: "Trên 100", periodTarget: "20-25", actual: 19 },
  { kind: "stock", direction: "higher", plan: "6,6-6,8", periodTarget: 6.5, actual: 6.5 },
  // Change targets, graded as the level they ask for against Cùng kỳ năm trước.
  stock("Tăng 7%", 108, { lastYear: 100 }),
  stock("tăng 8% so với cùng kỳ", 210, { lastYear: 200 }),
  stock("Giảm 1,5%", 99, { lastYear: 100 }),
  stock("tăng 7-7,5%", 107.2, { lastYear: 100 }),
  stock("giảm 1-1,5 điểm %", 3.4, { kind: "rate", direction: "lower", lastYear: 5 }),
  stock("Tăng 2 điểm phần trăm", 61, { kind: "rate", lastYear: 60 }),
  stock("tăng 6,8%", 7, { kind: "rate", grading: { growth: "ratio" } }), // a growth rate: the rate itself
  { kind: "flow", direction: "higher", plan: "Tăng 10%", actual: 23, lastYear: 20 }, // never pro-rated
  // The grading rules a template states: three bands (no Gần đạt), Vượt only from a ratio, pro-rating off.
  stock("Trên 100", 95, { grading: { bands: "three" } }),
  { kind: "stock", direction: "higher", plan: 100, actual: 95, grading: { bands: "three" } },
  { kind: "stock", direction: "higher", plan: 100, actual: 104, grading: { exceededFrom: 1.05 } },
  { kind: "stock", direction: "higher", plan: 100, actual: 105, grading: { exceededFrom: 1.05 } },
  stock("6,6-6,8", 7, { grading: { exceededFrom: 1.05 } }),
  stock("6,6-6,8", 7.2, { grading: { exceededFrom: 1.05 } }),
  { kind: "flow", direction: "higher", plan: 40, actual: 11, grading: { prorate: false } }, // % kế hoạch năm only
  // A growth rate graded by points: the difference, Gần đạt within a tenth of the target's size.
  { kind: "rate", direction: "higher", plan: 2.28, actual: 2, grading: { growth: "points" } },
  { kind: "rate", direction: "higher", plan: 2.28, actual: 2.1, grading: { growth: "points" } },
  { kind: "rate", direction: "higher", plan: 2.28, actual: 2.5, grading: { growth: "points" } },
  stock("tăng 6,8%", 6.8, { kind: "rate", grading: { growth: "points" } }),
  stock("Trên 6", 6.5, { kind: "rate", grading: { growth: "points" } }),
  { kind: "flow", direction: "higher", plan: "40-48", actual: 11, grading: { prorate: false } },
  { kind: "flow", direction: "higher", plan: "40-48", periodTarget: "10-12", actual: 11, grading: { prorate: false } },
  // A text period target the check cannot read grades nothing; the plan does not stand in for it.
  { kind: "stock", direction: "higher", plan: 100, periodTarget: "Trên abc", actual: 100 },
  // What the check refuses, the sheet leaves ungraded too.
  stock("87.5", 90), // English decimal point
  stock("920,000", 900000), // English thousands or Vietnamese 920: never guessed
  stock("12.3456.789", 1), // a grouping no one writes
  stock("Trên abc", 5),
  stock("Tăng 7%", 108), // no Cùng kỳ năm trước: nothing to grade against
  stock("tăng 7", 108, { lastYear: 100 }), // 7 of what?
  stock("6,6-abc", 6.7),
  stock("5--3", 4),
  stock("6%6", 66),
  stock("2,5-3", 3, { numberType: "integer" }), // a range of people with half a person
  stock("11,3 tỷ USD", 11300, { unit: "tỷ đồng" }), // USD in a đồng row: the check's unit-mismatch
  stock("5% tỷ đồng", 5, { unit: "tỷ đồng" }),
  stock("17,4%", 17, { unit: "tỷ đồng" }), // % kế hoạch năm typed as the plan: the check's unit-mismatch
  stock("Trên 95%", 96, { unit: "người" }),
  stock("6,6%-6,8%", 6.7, { unit: "tỷ đồng" }),
  stock("tỷ đồng", 5, { unit: "tỷ đồng" }),
];

const Q1: Period = { year: 2020, kind: "Q1" };

const template = (): Template =>
  caseTemplate(CASES.map((c) => ({
    kind: c.kind, direction: c.direction, numberType: c.numberType ?? "decimal", unit: c.unit ?? "",
    ...(c.grading === undefined ? {} : { grading: c.grading }),
  })));

const rowsOf = (plan: SheetPlan): number[] => caseRows(plan, CASES.length);

/** The sheet as built, with the cases typed into it as a user types them. */
function typedWorkbook(): { workbook: ReturnType<typeof newWorkbook>; name: string; rows: number[] } {
  const plan = planSheet({ template: template(), period: Q1, details: DETAILS });
  const rows = rowsOf(plan);
  const workbook = newWorkbook();
  applySheetPlan(workbook, plan);
  const sheet = workbook.getWorksheet(plan.name)!;
  CASES.forEach((c, i) => {
    const type = (key: "plan" | "periodTarget" | "actual" | "samePeriodLastYear", value: number | string | undefined) => {
      if (value !== undefined) sheet.getCell(`${letter(key)}${rows[i]}`).value = value;
    };
    type("plan", c.plan);
    type("periodTarget", c.periodTarget);
    type("actual", c.actual);
    type("samePeriodLastYear", c.lastYear);
  });
  return { workbook, name: plan.name, rows };
}

describe("the sheet grades every target form the check grades", () => {
  test("LibreOffice shows the check's %, Đánh giá and colour on every row, and no error anywhere", async () => {
    // Typed, then rebuilt (the pane's "Rebuild", or the next period's sheet carrying the plans):
    // rows whose targets are text get the formulas that read them.
    const typed = typedWorkbook();
    const read = readSheet(readSnapshot(typed.workbook.getWorksheet(typed.name)!), () => template());
    if (!read.ok) throw new Error(read.reason);
    const rebuilt = planSheet({ template: template(), period: Q1, details: DETAILS, existing: read.reading });
    expect(rowsOf(rebuilt)).toEqual(typed.rows);
    const rows = typed.rows;
    const workbook = newWorkbook();
    applySheetPlan(workbook, rebuilt);
    const bytes = await writeWorkbookBytes(workbook);
    const result = checkReading(template(), read.reading);
    const byCode = new Map(result.indicators.map((r) => [r.code as string, r]));
    const want = CASES.map((_, i) => shownByCheck(byCode.get(caseCode(i))!));

    const [html] = renderHtml([{ name: "target-forms.xlsx", bytes }]);
    const [sheet] = parseSheets(html);
    const text = (key: Parameters<typeof letter>[0], row: number) => (sheet.get(`${letter(key)}${row}`)?.text.trim() ?? "").replace(",", ".");
    const shown: Shown[] = rows.map((row) => ({
      pctPeriod: text("pctPeriod", row),
      pctYear: text("pctYear", row),
      grade: text("grade", row),
      fill: sheet.get(`${letter("actual")}${row}`)?.fill ?? null,
    }));
    expect(shown.map((s, i) => ({ target: CASES[i].periodTarget ?? CASES[i].plan, actual: CASES[i].actual, ...s })))
      .toEqual(want.map((s, i) => ({ target: CASES[i].periodTarget ?? CASES[i].plan, actual: CASES[i].actual, ...s })));

    // Not vacuous: the check grades every row down to the unreadable ones, and all four grades occur.
    // The rules as the departments state them, spelled out.
    const shownFor = (f: (c: Case) => boolean) => shown[CASES.findIndex(f)];
    expect(shownFor((c) => c.plan === 100 && c.grading?.bands === "three").grade).toBe("Chưa đạt"); // 95 %: no Gần đạt
    expect(shownFor((c) => c.actual === 104 && c.grading?.exceededFrom !== undefined)).toMatchObject({ grade: "Đạt", pctPeriod: "104.0%" });
    expect(shownFor((c) => c.plan === 40 && c.grading?.prorate === false)).toEqual({ pctPeriod: "", pctYear: "27.5%", grade: "", fill: null });
    expect(shownFor((c) => c.plan === "Dưới 4")).toMatchObject({ grade: "Đạt", pctPeriod: "129.0%" }); // 3,1 against "Dưới 4"
    expect(shownFor((c) => c.plan === "803.300 tỷ đồng")).toMatchObject({ grade: "Chưa đạt", pctPeriod: "70.7%" }); // as the source says
    expect(shownFor((c) => c.plan === "11,3 tỷ USD" && c.unit === "triệu USD")).toMatchObject({ grade: "Gần đạt", pctPeriod: "97.3%" });
    expect(shownFor((c) => c.plan === "1,1 nghìn").grade).toBe("Đạt");
    expect([2, 2.1, 2.5].map((a) => shownFor((c) => c.plan === 2.28 && c.actual === a).grade)).toEqual(["Chưa đạt", "Gần đạt", "Vượt"]);
    // The check grades every row but the plan-only rows with pro-rating off and the unreadable tail.
    const tail = CASES.findIndex((c) => c.periodTarget === "Trên abc");
    const ungraded = CASES.flatMap((_, i) => (want[i].grade === "" ? [i] : []));
    expect(ungraded).toEqual(CASES.flatMap((c, i) => (i >= tail || (c.grading?.prorate === false && c.periodTarget === undefined) ? [i] : [])));
    expect(new Set(want.map((s) => s.grade))).toEqual(new Set(["Vượt", "Đạt", "Gần đạt", "Chưa đạt", ""]));
    const errors = [...sheet.entries()].filter(([, cell]) => /#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!)|Err:/.test(cell.text));
    expect(errors).toEqual([]);
  });
});
