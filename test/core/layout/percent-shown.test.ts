// A figure in a cell formatted as a percentage: Excel stores "87,5%" typed (or 87,5 typed into a
// cell formatted 0,0%) as 0,875 and shows 87,5%. The clerk meant 87,5 %: read as 0,875 against a
// plan of 95 it would be graded Chưa đạt at 0,9 % and reach the committee's verdict so.
import { checkReading } from "../../../src/core/check";
import { letter, planCheckWrite, planSheet, readSheet } from "../../../src/core/layout";
import { findingMessage } from "../../../src/core/i18n";
import { percentScale, percentShown, percentText } from "../../../src/core/numbers/percent-format";
import type { SheetReading } from "../../../src/core/reading";
import type { SheetSnapshot, SnapshotCell } from "../../../src/core/snapshot";
import type { TemplateId } from "../../../src/core/template/template";
import { defaultTemplate } from "../../../src/core/template/template-builtin";
import { DETAILS, gridFromPlan, setCell, snapshotOf, type Grid } from "./fixtures";

const template = defaultTemplate();
const Q1 = { year: 2020, kind: "Q1" } as const;
const rowOf = (grid: Grid, code: string): number => grid.findIndex((r) => r[1] === code) + 1;

type Role = "plan" | "periodTarget" | "actual" | "samePeriodLastYear";
type Typed = Record<string, Partial<Record<Role, SnapshotCell>>>;

/** The built-in sheet with figures typed and, where given, cells formatted as the user left them. */
function sheet(typed: Typed, formats: Record<string, Partial<Record<Role, string>>> = {}, tags: Record<string, string> = {}): { snapshot: SheetSnapshot; row: (code: string) => number } {
  const grid = gridFromPlan(planSheet({ template, period: Q1, details: DETAILS }));
  const row = (code: string) => rowOf(grid, code);
  for (const [code, roles] of Object.entries(typed)) {
    for (const [role, value] of Object.entries(roles)) setCell(grid, `${letter(role as Role)}${row(code)}`, value ?? null);
  }
  for (const [code, tag] of Object.entries(tags)) setCell(grid, `${letter("marks")}${row(code)}`, tag);
  const numberFormats: (string | null)[][] = grid.map(() => []);
  for (const [code, roles] of Object.entries(formats)) {
    for (const [role, format] of Object.entries(roles)) numberFormats[row(code) - 1]![col(role as Role) - 1] = format ?? null;
  }
  return { snapshot: { ...snapshotOf("Quý I-2020", grid), numberFormats: numberFormats.map((r) => Array.from(r, (f) => f ?? null)) }, row };
}
const col = (role: Role): number => letter(role).charCodeAt(0) - 64;

function read(snapshot: SheetSnapshot) {
  const r = readSheet(snapshot, (id: TemplateId) => (id === template.id ? template : undefined));
  if (!r.ok) throw new Error(r.reason);
  return r;
}
const cells = (reading: SheetReading, code: string) => reading.indicators.find((i) => i.code === code)!.cells;

describe("percent formats", () => {
  test.each([
    ["0.0%", 0.875, 1], ["0%", 0.5, 1], ["0.00%", -0.0413, 1], ["#,##0.0", 0.875, 0], ["General", 0.875, 0],
    ['0.0"%"', 87.5, 0], ["0.0\\%", 87.5, 0], ["[Red]0.0%", 0.9, 1], ["0.0%;(0.0%)", -0.2, 1], ['0.0;"-%"', -2, 0],
    ["0.0_%", 8, 0], ["[$-42A]0.0%", 0.1, 1], ["0.0%%", 0.001, 2],
  ])("%s shows %d scaled %d times by 100", (format, value, scale) => {
    expect(percentScale(format, value)).toBe(scale);
  });

  test("the figure shown, exact to 15 digits, and written as staff type it", () => {
    expect(percentShown(0.875)).toBe(87.5);
    expect(percentShown(0.07)).toBe(7); // 0,07 × 100 is 7,000000000000001 in binary
    expect(percentShown(-0.0413)).toBe(-4.13);
    expect(percentText(0.875)).toBe("87,5%");
    expect(percentText(0.001, 2)).toBe("10%%");
  });
});

describe("a figure shown in a percent format is read as shown", () => {
  test("in a row of %: the figure shown, graded as the clerk meant it; a plan formatted so too", () => {
    const { snapshot } = sheet(
      { "B.1": { plan: 0.95, actual: 96 }, "B.2": { plan: 80, actual: 0.75 } },
      { "B.1": { plan: "0%" }, "B.2": { actual: "0.00%" } },
    );
    const { reading } = read(snapshot);
    expect(cells(reading, "B.2").actual).toMatchObject({ value: 75, shownAsPercent: true });
    expect(cells(reading, "B.1").plan).toMatchObject({ value: 95, shownAsPercent: true });
    const result = checkReading(template, reading);
    const grade = (code: string) => result.indicators.find((i) => i.code === code)!;
    // 75 of 80: 93,75 %, near the plan; read as stored it would be 0,9 %, Chưa đạt.
    expect(grade("B.2")).toMatchObject({ value: 75, grade: "near" });
    expect(grade("B.1")).toMatchObject({ value: 96, grade: "exceeded" });
    // Typed as a number, not text: no text-number warning.
    expect(result.findings.filter((f) => f.code === "B.2" || f.code === "B.1").map((f) => f.rule)).not.toContain("text-number");
  });

  test("in a row of another unit: an error naming both units, never a figure", () => {
    const { snapshot } = sheet({ "C.1": { plan: 4, actual: 0.03 } }, { "C.1": { actual: "0%" } });
    const { reading } = read(snapshot);
    expect(cells(reading, "C.1").actual).toMatchObject({ value: "3%", shownAsPercent: true });
    const result = checkReading(template, reading);
    expect(result.indicators.find((i) => i.code === "C.1")).toMatchObject({ value: null, grade: "none" });
    const finding = result.findings.find((f) => f.code === "C.1" && f.rule === "unit-mismatch")!;
    expect(finding.severity).toBe("error");
    const message = findingMessage(finding, "vi");
    expect(message).toContain("%");
    expect(message).toContain("cuộc");
    expect(message).toContain("Tạo lại");
  });

  test("a number in a number format, and a sheet read without formats, are read as stored", () => {
    const formatted = read(sheet({ "B.2": { actual: 75 } }, { "B.2": { actual: "#,##0.0" } }).snapshot).reading;
    expect(cells(formatted, "B.2").actual).toEqual({ address: expect.any(String), value: 75 });
    const { snapshot } = sheet({ "B.2": { actual: 0.75 } });
    const { numberFormats: _, ...bare } = snapshot;
    expect(cells(read(bare).reading, "B.2").actual?.value).toBe(0.75);
  });
});

describe("the check makes the sheet weigh what it read", () => {
  test("every formula of the row weighs the cell as shown, and the row is tagged", () => {
    const { snapshot, row } = sheet({ "B.2": { plan: 80, actual: 0.75 } }, { "B.2": { actual: "0.00%" } });
    const r = read(snapshot);
    const write = planCheckWrite(r.reading, checkReading(template, r.reading), "vi", template, r.layout);
    const at = (key: Parameters<typeof letter>[0]) => write.formulas.find((f) => f.address === `${letter(key)}${row("B.2")}`)?.formula;
    const i = `${letter("actual")}${row("B.2")}`;
    for (const key of ["ytd", "yoy", "ratio", "absurd"] as const) expect(at(key)).toContain(`(${i}*100)`);
    expect(write.formulas.every((f) => !new RegExp(`(?<![A-Z(])${i}(?![0-9*])`).test(f.formula))).toBe(true);
    expect(write.tags).toEqual([{ address: `${letter("marks")}${row("B.2")}`, value: "percent:actual" }]);
    // No other row is touched.
    expect(new Set(write.formulas.map((f) => f.address.replace(/^[A-Z]+/, "")))).toEqual(new Set([String(row("B.2"))]));
  });

  test("where the check refuses it, the row's formulas read nothing from it", () => {
    const { snapshot, row } = sheet({ "C.1": { plan: 4, actual: 0.03 } }, { "C.1": { actual: "0%" } });
    const r = read(snapshot);
    const write = planCheckWrite(r.reading, checkReading(template, r.reading), "vi", template, r.layout);
    const i = `${letter("actual")}${row("C.1")}`;
    const rowFormulas = write.formulas.filter((f) => f.address.endsWith(String(row("C.1"))));
    expect(rowFormulas.length).toBeGreaterThan(5);
    expect(rowFormulas.some((f) => new RegExp(`(?<![A-Z])${i}(?![0-9])`).test(f.formula))).toBe(false);
  });

  test("a tagged row whose cell is a plain number again gets the plain formulas back and loses its tag", () => {
    const tagged = sheet({ "B.2": { plan: 80, actual: 75 } }, {}, { "B.2": "percent:actual" });
    const r = read(tagged.snapshot);
    expect(r.reading.indicators.find((i) => i.code === "B.2")?.percentFormulas).toEqual(["actual"]);
    const write = planCheckWrite(r.reading, checkReading(template, r.reading), "vi", template, r.layout);
    const row = tagged.row("B.2");
    // The formulas the sheet was built with, for the cells written: the stale (cell*100) are gone.
    const built = new Map(planSheet({ template, period: Q1, details: DETAILS }).cells.filter((c) => c.formula !== undefined).map((c) => [c.address as string, c.formula]));
    expect(write.formulas.length).toBeGreaterThan(3);
    for (const f of write.formulas) expect({ address: f.address, formula: f.formula }).toEqual({ address: f.address, formula: built.get(f.address) });
    expect(write.tags).toEqual([{ address: `${letter("marks")}${row}`, value: "" }]);
  });

  test("an untagged row of plain numbers is left as it is", () => {
    const { snapshot } = sheet({ "B.2": { plan: 80, actual: 75 } });
    const r = read(snapshot);
    const write = planCheckWrite(r.reading, checkReading(template, r.reading), "vi", template, r.layout);
    expect(write.formulas).toEqual([]);
    expect(write.tags).toEqual([]);
  });
});
