// The summary shows the plan as the planner wrote it ("Trên 95", "Khoảng 4", "Tăng 7%"), never
// the bare number, and % so với cùng kỳ.
import { checkReading } from "../../src/core/check";
import type { Period } from "../../src/core/periods/period";
import type { SheetPlan } from "../../src/core/sheet-plan";
import { planSummarySheet, summaryViewOf } from "../../src/core/summary-sheet/plan-summary-sheet";
import { buildSummary, type IndicatorRow } from "../../src/core/summary/summary";
import { reading } from "./engine/reading-builder";
import { template } from "./template-builder";

const t = template([
  { code: "S.1", kind: "rate", unit: "%", numberType: "percent" },
  { code: "S.2", kind: "rate", unit: "%", direction: "lower" },
  { code: "S.3", kind: "flow", unit: "triệu USD" },
  { code: "S.4", kind: "flow", unit: "hồ sơ" },
  { code: "S.5", kind: "flow", unit: "tỷ đồng" },
]);
const rows = {
  "S.1": { plan: "Trên 95", actual: 96 },
  "S.2": { plan: "Khoảng 4", actual: 2.79 },
  "S.3": { plan: "Tăng 7%", samePeriodLastYear: 1000, actual: 1081 },
  "S.4": { plan: "Trên 400", actual: 120 },
  "S.5": { plan: "803.300", actual: 139774 },
};
const Q1: Period = { year: 2020, kind: "Q1" };
const Y: Period = { year: 2020, kind: "Y" };
const lines = (period: Period, lang: "vi" | "en" = "vi"): IndicatorRow[] =>
  buildSummary(t, checkReading(t, reading(rows, { template: t, period })), lang).rows.filter((r): r is IndicatorRow => r.kind === "indicator");

describe("the summary writes the plan as it was written", () => {
  test("plan and target columns show 'Trên 95', 'Khoảng 4', 'Tăng 7%'; a number stays a number", () => {
    expect(lines(Y).map((r) => [r.text.plan, r.text.target])).toEqual([
      ["Trên 95", "Trên 95"], ["Khoảng 4", "Khoảng 4"], ["Tăng 7%", "1.070"], ["Trên 400", "Trên 400"], ["803.300", "803.300"],
    ]);
  });
  test("a floor pro-rated to a quarter keeps its word; the document places the written forms as text", () => {
    expect(lines(Q1)[3].text.target).toBe("trên 100");
    expect(lines(Q1, "en")[3].text.target).toBe("above 100");
    const view = summaryViewOf(t, checkReading(t, reading(rows, { template: t, period: Q1 })), "vi");
    const figures = view.lines.flatMap((l) => (l.kind === "indicator" ? [[l.plan, l.target]] : []));
    expect(figures).toEqual([["Trên 95", "Trên 95"], ["Khoảng 4", "Khoảng 4"], ["Tăng 7%", 1070], ["Trên 400", "trên 100"], [803300, 200825]]);
  });
  test("% so với cùng kỳ is in the summary", () => {
    expect(lines(Y)[2]).toMatchObject({ yoyRatio: 1.081, text: { yoyRatio: "108,1%" } });
  });
});

describe("the printed summary shows % so với cùng kỳ", () => {
  const yt = template([
    { code: "Y.1", kind: "stock", unit: "thuê bao", numberType: "integer" },
    { code: "Y.2", kind: "stock", unit: "thuê bao", numberType: "integer" },
  ]);
  const yoyRows = { "Y.1": { plan: 950000, samePeriodLastYear: 800000, actual: 920000 }, "Y.2": { plan: 950000, actual: 920000 } };
  const planned = (lang: "vi" | "en") => {
    const r = reading(yoyRows, { template: yt, period: Q1 });
    return planSummarySheet(yt, r, checkReading(yt, r), lang);
  };
  const cellIn = (p: SheetPlan, code: string, header: string) => {
    const head = p.cells.find((c) => c.value === header)!;
    const column = head.address.replace(/\d+$/, "");
    const row = p.cells.find((c) => c.value === code && c.address.startsWith("A"))!.address.slice(1);
    return p.cells.find((c) => c.address === `${column}${row}`);
  };
  test("920.000 against 800.000 last year is 115,0 % in its own column, empty without a same-period figure", () => {
    const p = planned("vi");
    expect(cellIn(p, "Y.1", "So với cùng kỳ (%)")).toMatchObject({ value: 115, numberFormat: "0.0" });
    expect(cellIn(p, "Y.2", "So với cùng kỳ (%)")?.value).toBeUndefined();
    expect(cellIn(planned("en"), "Y.1", "Same period last year (%)")).toMatchObject({ value: 115, numberFormat: "0.0" });
  });
});
