// Consolidation's rules in core: which targets add up (plain numbers, ranges), which do not (a
// qualifier, a unit without one, an unreadable cell), so a total is graded only when its target
// is the honest sum; lower-is-better kept; files of another template listed and left out.
import { checkReading } from "../../../src/core/check";
import { consolidate, type ConsolidationSource, type ConsolidatedIndicator } from "../../../src/core/consolidation/consolidate";
import { planConsolidationSheet } from "../../../src/core/consolidation/consolidation-sheet";
import type { Template, TemplateId } from "../../../src/core/template/template";
import { reading, stttt, type Row } from "../engine/reading-builder";

const source = (unit: string, rows: Readonly<Record<string, Row>>, template: Template = stttt()): ConsolidationSource => {
  const r = reading(rows, { template });
  return { kind: "report", file: `${unit}.xlsx`, unit, template, reading: r, result: checkReading(template, r), history: [] };
};
const row = (c: ReturnType<typeof consolidate>, code: string): ConsolidatedIndicator => {
  if (!c.ok) throw new Error("nothing consolidated");
  const r = c.rows.find((x) => x.kind === "indicator" && x.code === code);
  if (r === undefined || r.kind !== "indicator") throw new Error(`no row ${code}`);
  return r;
};

test("ranges add up to a range; a qualifier or a unit without a target adds up to no target and no grade", () => {
  const c = consolidate([
    source("a", { "A.1": { periodTarget: "900-950", actual: 920 }, "A.2": { periodTarget: "Trên 100", actual: 120 }, "C.1": { plan: 4, actual: 1 } }),
    source("b", { "A.1": { periodTarget: "1000-1100", actual: 1200 }, "A.2": { periodTarget: 100, actual: 90 }, "C.1": { actual: 1 } }),
  ]);
  expect(row(c, "A.1")).toMatchObject({ total: 2120, target: { min: 1900, max: 2050 }, grade: "exceeded" });
  expect(row(c, "A.2")).toMatchObject({ total: 210, target: null, grade: "none" });
  // Unit b has no plan for C.1: summing a's alone would grade 2 against 1, a false Vượt.
  expect(row(c, "C.1")).toMatchObject({ total: 2, target: null, grade: "none" });
});

test("an unreadable target cell in one unit leaves the total ungraded", () => {
  const c = consolidate([
    source("a", { "A.1": { periodTarget: 900, actual: 920 } }),
    source("b", { "A.1": { periodTarget: "chín trăm", actual: 950 } }),
  ]);
  expect(row(c, "A.1")).toMatchObject({ total: 1870, target: null, grade: "none" });
});

test("a shortfall of the total is graded as such", () => {
  const c = consolidate([
    source("a", { "A.1": { periodTarget: 1000, actual: 800 } }),
    source("b", { "A.1": { periodTarget: 1000, actual: 850 } }),
  ]);
  expect(row(c, "A.1")).toMatchObject({ total: 1650, target: 2000, ratio: 0.825, grade: "shortfall" });
});

test("a file of another template is listed and left out, and the reference is the template most files share", () => {
  const other: Template = { ...stttt(), id: "so-y-te" as TemplateId };
  const c = consolidate([
    source("x", { "A.1": { actual: 5 } }, other),
    source("a", { "A.1": { actual: 1 } }),
    source("b", { "A.1": { actual: 2 } }),
  ]);
  if (!c.ok) throw new Error("nothing consolidated");
  expect(c.files.map((f) => [f.unit, f.included, f.excluded ?? null, f.detail ?? null])).toEqual([
    ["x", false, "other-template", "so-y-te"], ["a", true, null, null], ["b", true, null, null],
  ]);
  expect(row(c, "A.1").total).toBe(3);
  // The sheet in English names the left-out file's reason.
  const plan = planConsolidationSheet(c, "en");
  expect(plan.cells.some((cell) => cell.value === "No: another template (so-y-te)")).toBe(true);
});

test("nothing readable: no consolidation, every file listed", () => {
  const c = consolidate([{ kind: "unusable", file: "a.xlsx", unit: "a", error: "not a workbook" }]);
  expect(c).toMatchObject({ ok: false, reason: "no-report", files: [{ unit: "a", excluded: "unusable", detail: "not a workbook" }] });
});
