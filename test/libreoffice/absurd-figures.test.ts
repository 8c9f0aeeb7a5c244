// A figure a thousand times off (a unit or three zeros lost) is an error in the sheet as in the
// check: LibreOffice shows no %, no Đánh giá and the error colour on it, where the sheet used to
// grade "159.210 tỷ đồng typed in đồng" Vượt at 79 billion %. The figures are published ones:
// Sở Công Thương Thái Nguyên's industrial output 2020 (plan 803.300 tỷ đồng in its 9-month report,
// 139.774 tỷ in Q1 and 298.984 tỷ in the first half, so 159.210 tỷ in Q2) and the national
// targets of 2019 (GDP growth 6,6-6,8 %, 7,02 %; urban unemployment under 4 %, 3,1 %).
import { checkReading } from "../../src/core/check";
import { letter, planSheet, readSheet } from "../../src/core/layout";
import type { Period } from "../../src/core/periods/period";
import type { SheetPlan } from "../../src/core/sheet-plan";
import { applySheetPlan, newWorkbook, readSnapshot, writeWorkbookBytes } from "../../src/xlsx";
import { DETAILS } from "../core/layout/fixtures";
import type { IndicatorSpec } from "../core/template-builder";
import { loadRealTables } from "../fixtures/real-tables/load";
import { caseCode, caseRows, caseTemplate, shownByCheck } from "./case-sheet";
import { parseSheets, renderHtml } from "./soffice-html";

jest.setTimeout(600_000);

const Q2: Period = { year: 2020, kind: "Q2" };

interface Case {
  readonly what: string;
  readonly spec: Omit<IndicatorSpec, "code">;
  readonly plan?: number | string;
  readonly previousPeriod?: number;
  readonly actual: number;
  /** The check's finding on Thực hiện: an error, or none. */
  readonly error: boolean;
}

const output: Omit<IndicatorSpec, "code"> = { kind: "flow", unit: "tỷ đồng" };
const CASES: readonly Case[] = [
  { what: "Q2 in its unit", spec: output, plan: 803300, previousPeriod: 139774, actual: 159210, error: false },
  { what: "Q2 typed in đồng", spec: output, plan: 803300, previousPeriod: 139774, actual: 159210000000000, error: true },
  { what: "Q2 typed in nghìn tỷ: under 1/1000 of its target", spec: output, plan: 803300, previousPeriod: 139774, actual: 159.21, error: true },
  { what: "no plan, typed in đồng: against Q1", spec: output, previousPeriod: 139774, actual: 159210000000000, error: true },
  { what: "pro-rating off, in its unit: % kế hoạch năm only", spec: { ...output, grading: { prorate: false } }, plan: 803300, actual: 159210, error: false },
  { what: "pro-rating off, typed in đồng: against the year's plan", spec: { ...output, grading: { prorate: false } }, plan: 803300, actual: 159210000000000, error: true },
  { what: "GDP growth in a range", spec: { kind: "rate", unit: "%" }, plan: "6,6-6,8", actual: 7.02, error: false },
  { what: "GDP growth, its comma read as a thousands separator", spec: { kind: "rate", unit: "%" }, plan: "6,6-6,8", actual: 7020, error: true },
  { what: "unemployment far under its ceiling (3,1 % typed as a fraction) is no error", spec: { kind: "rate", unit: "%", direction: "lower" }, plan: "Dưới 4", actual: 0.0031, error: false },
  { what: "the same under a plain plan, lower being better", spec: { kind: "rate", unit: "%", direction: "lower" }, plan: 4, actual: 0.0031, error: false },
];

const codeOf = caseCode;
const cases = () => caseTemplate(CASES.map((c) => c.spec));
const rowsOf = (plan: SheetPlan): number[] => caseRows(plan, CASES.length);

describe("a figure a thousand times off is an error in the sheet as in the check", () => {
  test("the cases come from the published tables they name", () => {
    const tables = new Map(loadRealTables().map((t) => [t.id, t]));
    const cells = (id: string) => tables.get(id)?.rows.map((r) => r.cells.join("|")).join("\n") ?? "";
    expect(cells("so-cong-thuong-thai-nguyen-2020-9m")).toContain("803.300 tỷ đồng");
    expect(cells("so-cong-thuong-thai-nguyen-2020-q1")).toContain("139.774 tỷ đồng");
    expect(cells("so-cong-thuong-thai-nguyen-2020-h1")).toContain("298.984 tỷ đồng");
    expect(298984 - 139774).toBe(159210);
    expect(cells("national-12-targets-2019")).toMatch(/6,6-6,8\|7,02/);
    expect(cells("national-12-targets-2019")).toMatch(/Dưới 4\|3,1/);
  });

  test("LibreOffice shows the check's %, Đánh giá and colour: no grade and the error colour where the check says absurd", async () => {
    const t = cases();
    const plan = planSheet({ template: t, period: Q2, details: DETAILS });
    const rows = rowsOf(plan);
    const typed = newWorkbook();
    applySheetPlan(typed, plan);
    const sheet = typed.getWorksheet(plan.name)!;
    CASES.forEach((c, i) => {
      if (c.plan !== undefined) sheet.getCell(`${letter("plan")}${rows[i]}`).value = c.plan;
      if (c.previousPeriod !== undefined) sheet.getCell(`${letter("previousPeriod")}${rows[i]}`).value = c.previousPeriod;
      sheet.getCell(`${letter("actual")}${rows[i]}`).value = c.actual;
    });
    // Rebuilt as the pane's Rebuild does: rows whose targets are text get the formulas that read them.
    const read = readSheet(readSnapshot(sheet), () => t);
    if (!read.ok) throw new Error(read.reason);
    const rebuilt = newWorkbook();
    applySheetPlan(rebuilt, planSheet({ template: t, period: Q2, details: DETAILS, existing: read.reading }));

    const result = checkReading(t, read.reading);
    const byCode = new Map(result.indicators.map((r) => [r.code as string, r]));
    const absurd = new Set(result.findings.filter((f) => f.rule === "absurd-ratio" && f.severity === "error").map((f) => f.code as string));
    // The check itself, as the cases say: an error exactly where the figure is a thousand times off.
    expect(CASES.map((_, i) => absurd.has(codeOf(i)))).toEqual(CASES.map((c) => c.error));
    const want = CASES.map((c, i) => ({ what: c.what, ...shownByCheck(byCode.get(codeOf(i))!, c.error) }));

    const [html] = renderHtml([{ name: "absurd-figures.xlsx", bytes: await writeWorkbookBytes(rebuilt) }]);
    const [shownSheet] = parseSheets(html);
    const text = (key: Parameters<typeof letter>[0], row: number) => (shownSheet.get(`${letter(key)}${row}`)?.text.trim() ?? "").replace(",", ".");
    const shown = CASES.map((c, i) => ({
      what: c.what,
      pctPeriod: text("pctPeriod", rows[i]),
      pctYear: text("pctYear", rows[i]),
      grade: text("grade", rows[i]),
      fill: shownSheet.get(`${letter("actual")}${rows[i]}`)?.fill ?? null,
    }));
    expect(shown).toEqual(want);
    // Not vacuous: the figures in their units grade, the ceiling far under is Đạt.
    expect(shown[0]).toMatchObject({ pctPeriod: "79.3%", grade: "Chưa đạt" });
    expect(shown[4]).toMatchObject({ pctPeriod: "", pctYear: "19.8%", grade: "" });
    expect(shown[6]).toMatchObject({ grade: "Vượt" });
    expect(shown[8]).toMatchObject({ grade: "Đạt", fill: null });
  });
});
