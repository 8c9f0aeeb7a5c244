// The sheet's formulas, evaluated by a real spreadsheet engine: LibreOffice computes Đánh giá
// and the % columns exactly as core grading does (bands, rounding to 0,1 pp, lower-is-better,
// zero targets, flows pro rata), and no cell anywhere shows an error value.
import { grade, gradeTarget } from "../../../src/core/grading/grading";
import { gradeLabel } from "../../../src/core/i18n";
import type { IndicatorDef } from "../../../src/core/indicator";
import { letter, planSheet } from "../../../src/core/layout";
import type { Period } from "../../../src/core/periods/period";
import type { CellAddress, SheetPlan } from "../../../src/core/sheet-plan";
import type { Template } from "../../../src/core/template/template";
import { applySheetPlan } from "../../../src/xlsx/apply-plan";
import { newWorkbook, writeWorkbookBytes } from "../../../src/xlsx/workbook-bytes";
import { caseTemplate } from "../../libreoffice/case-sheet";
import { parseSheets, renderHtml, requireSoffice } from "../../libreoffice/soffice-html";
import { numberTypeRules } from "../../../src/core/rules/cell-rules";
import { DETAILS } from "./fixtures";

jest.setTimeout(600_000);

interface Case {
  readonly kind: IndicatorDef["kind"];
  readonly direction: IndicatorDef["direction"];
  /** Text targets (ranges, "Trên 4") are graded by the check, not by the sheet's formulas: those stay empty. */
  readonly plan?: number | string;
  readonly periodTarget?: number;
  readonly actual?: number | string;
  /** decimal unless said: the other types grade only a figure that fits them. */
  readonly numberType?: IndicatorDef["numberType"];
}

const CASES: readonly Case[] = [
  { kind: "stock", direction: "higher", plan: 950000, periodTarget: 915000, actual: 920000 }, // 100,5 %
  { kind: "rate", direction: "higher", plan: 80, actual: 87 }, // 108,8 %
  { kind: "rate", direction: "higher", plan: 100, actual: 100 }, // met
  { kind: "flow", direction: "higher", plan: 4, actual: 1 }, // 1 against 4 × 1/4
  { kind: "flow", direction: "higher", plan: 10, actual: 2.4 }, // 96 %: near
  { kind: "stock", direction: "higher", plan: 2000, actual: 1999 }, // 99,95 % rounds half up to 100,0 %
  { kind: "stock", direction: "higher", plan: 2000, actual: 1998 }, // 99,9 %: near
  { kind: "stock", direction: "higher", plan: 1000, actual: 900 }, // exactly the near threshold
  { kind: "stock", direction: "higher", plan: 1000, actual: 899 }, // just below: shortfall
  { kind: "rate", direction: "lower", plan: 10, actual: 12 }, // 83,3 %: shortfall
  { kind: "rate", direction: "lower", plan: 10, actual: 8 }, // 125 %: exceeded
  { kind: "rate", direction: "lower", plan: 5, actual: 0 }, // zero against a positive target: exceeded
  { kind: "stock", direction: "higher", plan: 0, actual: 0 }, // zero against zero: met
  { kind: "stock", direction: "higher", plan: 0, actual: 3 }, // more than a zero target: exceeded
  { kind: "stock", direction: "higher", plan: 100 }, // no figure: no grade
  { kind: "stock", direction: "higher", plan: 100, actual: "abc" }, // text: no grade
  { kind: "stock", direction: "higher", actual: 5 }, // no target: no grade
  { kind: "flow", direction: "informational", actual: 5 },
  { kind: "stock", direction: "higher", plan: "Trên 4", actual: 5 }, // text target: no formula grade, no error
  { kind: "rate", direction: "lower", plan: 10, periodTarget: 0, actual: 0 }, // a zero period target wins over the plan
  // Floating-point traps: the quotient lands a hair under the exact half in binary (1000,4999…).
  { kind: "rate", direction: "higher", plan: 0.1, actual: 0.10005 }, // exactly 100,05 %: rounds up to 100,1 %, Vượt
  { kind: "rate", direction: "higher", plan: 0.01, actual: 0.008995 }, // exactly 89,95 %: rounds up to 90,0 %, Gần đạt
  { kind: "stock", direction: "higher", plan: 0.8, actual: 2.01 }, // exactly 251,25 %: shown 251,3 %
  { kind: "stock", direction: "higher", plan: 2000, actual: -1999 }, // −99,95 %: half away from zero, −100,0 %
  { kind: "rate", direction: "lower", plan: 0.3, actual: 0.1 + 0.2 }, // 0,1 + 0,2 against 0,3: met
  // A figure that fails its number type is an error, not a result: no grade, as in the check.
  { kind: "flow", direction: "higher", plan: 4, actual: -1, numberType: "integer" }, // −1 inspections
  { kind: "flow", direction: "higher", plan: 4, actual: 2.5, numberType: "integer" }, // 2,5 inspections
  { kind: "flow", direction: "higher", plan: 1000, actual: -5, numberType: "money" },
  { kind: "rate", direction: "higher", plan: 80, actual: 120, numberType: "percent" }, // 120 %
  { kind: "rate", direction: "higher", plan: 80, actual: -3, numberType: "percent" },
  { kind: "flow", direction: "higher", plan: 4, actual: 0, numberType: "integer" }, // zero is a figure: Chưa đạt
  { kind: "rate", direction: "higher", plan: 80, actual: 100, numberType: "percent" }, // 100 % fits: Vượt
  // A target that fails it leaves nothing to grade against.
  { kind: "flow", direction: "higher", plan: -4, actual: 1, numberType: "integer" },
  { kind: "rate", direction: "higher", plan: 120, actual: 90, numberType: "percent" },
  { kind: "flow", direction: "higher", plan: 4, periodTarget: -1, actual: 1, numberType: "integer" }, // % kế hoạch năm still 25 %
];

const Q1: Period = { year: 2020, kind: "Q1" };

const template = (): Template =>
  caseTemplate(CASES.map((c) => ({ kind: c.kind, direction: c.direction, numberType: c.numberType ?? "decimal" })));

/** The plan, with the figures typed into it as a user would. */
function filledPlan(): SheetPlan {
  const plan = planSheet({ template: template(), period: Q1, details: DETAILS });
  const typed = CASES.flatMap((c, i) => {
    const row = 12 + i; // the section is the first body row
    const cell = (column: string, value: number | string | undefined) =>
      value === undefined ? [] : [{ address: `${column}${row}` as CellAddress, value }];
    return [...cell(letter("plan"), c.plan), ...cell(letter("periodTarget"), c.periodTarget), ...cell(letter("actual"), c.actual)];
  });
  return { ...plan, cells: [...plan.cells, ...typed] };
}

/** Q2, two flows with plan 20 and Thực hiện 2: one carries 3 from Q1, the other a typed text. */
function q2Plan(): SheetPlan {
  const t: Template = { ...template(), sections: [{ ...template().sections[0], indicators: template().sections[0].indicators.slice(3, 5) }] };
  const plan = planSheet({ template: t, period: { year: 2020, kind: "Q2" }, details: DETAILS });
  const typed = [["plan", 12, 20], ["actual", 12, 2], ["carriedYtd", 12, 3], ["plan", 13, 20], ["actual", 13, 2], ["carriedYtd", 13, "ba"]] as const;
  return { ...plan, cells: [...plan.cells, ...typed.map(([key, row, value]) => ({ address: `${letter(key)}${row}` as CellAddress, value }))] };
}

const spec = (v: number | string | undefined) => (typeof v !== "number" ? null : { kind: "number" as const, value: v });

/** What core says: the grade, the period ratio and the annual-plan ratio (Q1: Lũy kế is the figure). */
function expected(c: Case): { grade: string; pctPeriod: string; pctYear: string } {
  const bad = (v: number | string | undefined) => typeof v === "number" && numberTypeRules(c.numberType ?? "decimal", v).length > 0;
  if (c.direction === "informational" || typeof c.actual !== "number" || typeof c.plan === "string" || bad(c.actual)) return { grade: "", pctPeriod: "", pctYear: "" };
  const chosen = gradeTarget(c.kind, Q1, spec(c.periodTarget), spec(c.plan));
  const targetBad = chosen?.source === "periodTarget" ? bad(c.periodTarget) : bad(c.plan);
  const outcome = targetBad ? { grade: "none" as const, ratio: null } : grade(c.actual, chosen?.target ?? null, c.direction, 0.9);
  const yearRatio = bad(c.plan) ? null : grade(c.actual, spec(c.plan), c.direction, 0.9).ratio;
  const pct = (r: number | null) => (r === null ? "" : `${(r * 100).toFixed(1)}%`);
  return { grade: outcome.grade === "none" ? "" : gradeLabel(outcome.grade, "vi"), pctPeriod: pct(outcome.ratio), pctYear: pct(yearRatio) };
}

describe("the sheet's formulas in LibreOffice", () => {
  test("Đánh giá and the % columns agree with core grading in every case, and no cell shows an error", async () => {
    requireSoffice();
    const plan = filledPlan();
    expect(plan.cells.find((c) => c.address === "B12")?.value).toBe("K.1");
    const workbook = newWorkbook();
    applySheetPlan(workbook, plan);
    const q2 = newWorkbook();
    applySheetPlan(q2, q2Plan());
    const [html, q2Html] = renderHtml([
      { name: "formulas.xlsx", bytes: await writeWorkbookBytes(workbook) },
      { name: "formulas-q2.xlsx", bytes: await writeWorkbookBytes(q2) },
    ]);
    const [sheet] = parseSheets(html);
    // Q2: a flow's Lũy kế adds the carried earlier quarters; its period target is a quarter of the plan.
    const [q2Sheet] = parseSheets(q2Html);
    const q2Text = (address: string) => (q2Sheet.get(address)?.text.trim() ?? "").replace(",", ".");
    const at = (keys: readonly Parameters<typeof letter>[0][], row: number) => keys.map((k) => q2Text(`${letter(k)}${row}`));
    expect(at(["ytd", "pctPeriod", "pctYear", "grade"], 12)).toEqual(["5.0", "40.0%", "25.0%", "Chưa đạt"]);
    expect(at(["ytd", "pctPeriod", "pctYear"], 13)).toEqual(["2.0", "40.0%", "10.0%"]); // carried text counts as nothing
    expect([...q2Sheet.values()].filter((cell) => /#(DIV\/0!|VALUE!)|Err:/.test(cell.text))).toEqual([]);
    const text = (address: string) => (sheet.get(address)?.text.trim() ?? "").replace(",", ".");
    const shown = CASES.map((_, i) => ({ grade: text(`${letter("grade")}${12 + i}`), pctPeriod: text(`${letter("pctPeriod")}${12 + i}`), pctYear: text(`${letter("pctYear")}${12 + i}`) }));
    expect(shown).toEqual(CASES.map(expected));
    // The floating-point traps, as a clerk rounds them on paper (cases 21 to 25).
    expect(shown.slice(20, 25)).toEqual([
      { grade: "Vượt", pctPeriod: "100.1%", pctYear: "100.1%" },
      { grade: "Gần đạt", pctPeriod: "90.0%", pctYear: "90.0%" },
      { grade: "Vượt", pctPeriod: "251.3%", pctYear: "251.3%" },
      { grade: "Chưa đạt", pctPeriod: "-100.0%", pctYear: "-100.0%" },
      { grade: "Đạt", pctPeriod: "100.0%", pctYear: "100.0%" },
    ]);
    // Figures that fail their number type show no grade; zero inspections and 100 % still grade.
    expect(shown.slice(25).map((x) => x.grade)).toEqual(["", "", "", "", "", "Chưa đạt", "Vượt", "", "", ""]);
    expect(shown[34]).toEqual({ grade: "", pctPeriod: "", pctYear: "25.0%" });
    // 920.000 against the period target 915.000; against the annual plan 950.000.
    expect(shown[0]).toEqual({ grade: "Vượt", pctPeriod: "100.5%", pctYear: "96.8%" });
    const errors = [...sheet.entries()].filter(([, cell]) => /#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!)|Err:/.test(cell.text));
    expect(errors).toEqual([]);
  });
});
