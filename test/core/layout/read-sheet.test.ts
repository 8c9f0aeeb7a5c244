// Reading a template sheet back: each indicator's inputs by code, the report details, whatever
// the user did to the title, the hidden rows or the rows around the table.
import { col, HEADER_ROW, LAYOUT_VERSION, letter, planSheet, readSheet, sheetNameFor } from "../../../src/core/layout";
import type { Period } from "../../../src/core/periods/period";
import type { SheetReading } from "../../../src/core/reading";
import type { SnapshotCell } from "../../../src/core/snapshot";
import type { Template, TemplateId } from "../../../src/core/template/template";
import { defaultTemplate } from "../../../src/core/template/template-builtin";
import { DETAILS, getCell, gridFromPlan, insertRows, setCell, snapshotOf, tinyTemplate, type Grid } from "./fixtures";

const Q1: Period = { year: 2020, kind: "Q1" };
const NAME = sheetNameFor(Q1);
const lookup = (t: Template) => (id: TemplateId) => (id === t.id ? t : undefined);

/** The row of a code in a grid, as a user would find it by eye. */
const rowOf = (grid: Grid, code: string): number => grid.findIndex((r) => r[col("code") - 1] === code) + 1;

function filledGrid(template = defaultTemplate()): Grid {
  const grid = gridFromPlan(planSheet({ template, period: Q1, details: DETAILS }));
  const type = (code: string, key: Parameters<typeof letter>[0], value: SnapshotCell) => setCell(grid, `${letter(key)}${rowOf(grid, code)}`, value);
  type("A.1", "actual", 920000);
  type("A.1", "plan", 950000);
  type("A.1", "periodTarget", 915000);
  type("B.2", "actual", "87,5");
  type("C.1", "actual", { error: "#DIV/0!" });
  type("C.1", "explanation", "Chỉ một cuộc trong quý");
  return grid;
}

const inputs = (reading: SheetReading, code: string) => reading.indicators.find((i) => i.code === code)?.cells;

function read(grid: Grid, hidden: number[] = [], template = defaultTemplate()): SheetReading {
  const result = readSheet(snapshotOf(NAME, grid, hidden), lookup(template));
  if (!result.ok) throw new Error(`not read: ${result.reason}`);
  return result.reading;
}

describe("readSheet", () => {
  test("round trip: every indicator by code, its typed values and sheet-qualified addresses", () => {
    const grid = filledGrid();
    const reading = read(grid);
    expect(reading.sheetName).toBe("Quý I-2020");
    expect(reading.template).toEqual({ id: "stttt-quarterly", version: defaultTemplate().version });
    expect(reading.period).toEqual(Q1);
    expect(reading.indicators.map((i) => i.code)).toEqual(defaultTemplate().sections.flatMap((s) => s.indicators.map((i) => i.code)));
    const a1 = inputs(reading, "A.1");
    const row = rowOf(grid, "A.1");
    expect(a1?.actual).toEqual({ address: `'Quý I-2020'!I${row}`, value: 920000 });
    expect(a1?.plan?.value).toBe(950000);
    expect(a1?.periodTarget?.value).toBe(915000);
    expect(inputs(reading, "B.2")?.actual?.value).toBe("87,5");
    expect(inputs(reading, "C.1")?.actual?.value).toEqual({ error: "#DIV/0!" });
    expect(inputs(reading, "C.1")?.explanation?.value).toBe("Chỉ một cuộc trong quý");
    // Informational indicators have no plan cells; Q1 carries no earlier quarters.
    expect(inputs(reading, "C.2")?.plan).toBeUndefined();
    expect(inputs(reading, "C.1")?.carriedYtd).toBeUndefined();
  });

  test("the report details come back as they were given", () => {
    expect(read(filledGrid()).details).toEqual(DETAILS);
  });

  test("a changed title, hidden rows, rows inserted between and added below change nothing", () => {
    const before = read(filledGrid());
    const grid = filledGrid();
    setCell(grid, "A1", "Báo cáo của tôi");
    setCell(grid, "A2", "");
    insertRows(grid, rowOf(grid, "A.2"), 2);
    setCell(grid, `B${rowOf(grid, "A.2") - 1}`, "ghi chú");
    insertRows(grid, 4, 1); // between the title and the details
    setCell(grid, `B${grid.length + 3}`, "A.1"); // a stray copy of a code below the table
    setCell(grid, `I${grid.length}`, 1);
    const after = read(grid, [rowOf(grid, "A.1.1"), rowOf(grid, "C.2")]);
    const values = (r: SheetReading) => r.indicators.map((i) => [i.code, Object.fromEntries(Object.entries(i.cells).map(([k, c]) => [k, c?.value]))]);
    expect(values(after)).toEqual(values(before));
    expect(after.details).toEqual(before.details);
    // The addresses follow the rows where they now are.
    expect(inputs(after, "A.2")?.actual?.address).toBe(`'Quý I-2020'!I${rowOf(grid, "A.2")}`);
  });

  test("a column inserted on an unprotected sheet moves nothing: columns are found by their headers", () => {
    const before = read(filledGrid());
    const grid = filledGrid();
    for (const row of grid) row.splice(col("explanation") - 1, 0, null); // before Giải trình
    for (const row of grid) row.splice(col("name") - 1, 0, null); // before Chỉ tiêu
    setCell(grid, `C${HEADER_ROW}`, "Ghi chú riêng");
    const after = read(grid);
    const values = (r: SheetReading) => r.indicators.map((i) => [i.code, Object.fromEntries(Object.entries(i.cells).map(([k, c]) => [k, c?.value]))]);
    expect(values(after)).toEqual(values(before));
    expect(after.details).toEqual(before.details);
    // Thực hiện moved from I to J; Giải trình from O to Q.
    expect(inputs(after, "A.1")?.actual?.address).toMatch(/!J\d+$/);
    expect(inputs(after, "C.1")?.explanation?.address).toMatch(/!Q\d+$/);
  });

  test("a sheet without the marker is not a template sheet; an unknown template is named", () => {
    const plain = readSheet(snapshotOf("Sheet1", [["TT", "Mã"], [1, "A.1"]]), lookup(defaultTemplate()));
    expect(plain).toEqual({ ok: false, reason: "not-a-template-sheet" });
    const other = readSheet(snapshotOf(NAME, filledGrid()), lookup(tinyTemplate()));
    expect(other).toEqual({ ok: false, reason: "unknown-template", templateId: "stttt-quarterly" });
    const grid = filledGrid();
    setCell(grid, `${letter("marks")}1`, "chitieu-template|x|y");
    expect(readSheet(snapshotOf(NAME, grid), lookup(defaultTemplate()))).toEqual({ ok: false, reason: "bad-marker" });
  });

  test("the marker survives the title being cleared: it sits in a hidden, locked column", () => {
    const plan = planSheet({ template: defaultTemplate(), period: Q1, details: DETAILS });
    const marker = plan.cells.find((c) => typeof c.value === "string" && c.value.startsWith("chitieu-template|"));
    expect(marker?.address).toBe(`${letter("marks")}1`);
    expect(marker?.locked).toBe(true);
    expect(plan.columns[col("marks") - 1].hidden).toBe(true);
    expect(marker?.value).toBe(`chitieu-template|${LAYOUT_VERSION}|stttt-quarterly|${defaultTemplate().version}|2020-Q1`);
  });

  test("sheet names that need quoting are quoted as Excel does", () => {
    const reading = read(filledGrid());
    expect(reading.indicators[0].cells.actual?.address.startsWith("'Quý I-2020'!")).toBe(true);
    const plain = readSheet(snapshotOf("Data", filledGrid()), lookup(defaultTemplate()));
    expect(plain.ok && plain.reading.indicators[0].cells.actual?.address).toMatch(/^Data!I\d+$/);
    const quote = readSheet(snapshotOf("Bob's", filledGrid()), lookup(defaultTemplate()));
    expect(quote.ok && quote.reading.indicators[0].cells.actual?.address).toMatch(/^'Bob''s'!I\d+$/);
  });

  test("the header row is where the reading of indicators starts", () => {
    const grid = filledGrid();
    expect(getCell(grid, `A${HEADER_ROW}`)).toBe("TT");
    // A code typed into the details area is not an indicator row.
    setCell(grid, "B5", "A.1");
    expect(inputs(read(grid), "A.1")?.actual?.value).toBe(920000);
  });
});

describe("reapplying the template keeps everything typed", () => {
  test("figures, plans, explanations and details survive a reapply, even in another language", () => {
    const template = defaultTemplate();
    const first = read(filledGrid());
    // The user also changed the details on the sheet.
    const typed: SheetReading = { ...first, details: { ...first.details, signerName: "Trần Thị B", recipients: ["UBND tỉnh"] } };
    const plan = planSheet({ template, period: Q1, details: { ...DETAILS, signerName: "" }, existing: typed, lang: "en" });
    const again = read(gridFromPlan(plan));
    const values = (r: SheetReading) => r.indicators.map((i) => [i.code, Object.fromEntries(Object.entries(i.cells).map(([k, c]) => [k, c?.value]))]);
    // An error value typed is kept as its text, so it is seen (and flagged), never silently dropped.
    const expected = values(typed).map(([code, cells]) => [code, code === "C.1" ? { ...(cells as object), actual: "#DIV/0!" } : cells]);
    expect(values(again)).toEqual(expected);
    expect(again.details.signerName).toBe("Trần Thị B");
    expect(again.details.recipients).toEqual(["UBND tỉnh"]);
  });

  test("values typed for an indicator a newer template dropped are written below the table", () => {
    const template = tinyTemplate();
    const grid = gridFromPlan(planSheet({ template, period: Q1, details: DETAILS }));
    setCell(grid, `I${rowOf(grid, "Y.3")}`, 6.7);
    setCell(grid, `${letter("explanation")}${rowOf(grid, "Y.3")}`, "giải trình");
    const typed = read(grid, [], template);
    const newer: Template = { ...template, version: "0.2.0", sections: template.sections.map((s) => ({ ...s, indicators: s.indicators.filter((i) => i.code !== "Y.3") })) };
    const plan = planSheet({ template: newer, period: Q1, details: DETAILS, existing: typed });
    const kept = plan.cells.filter((c) => c.value === 6.7 || c.value === "giải trình" || c.value === "Y.3");
    expect(kept).toHaveLength(3);
    const row = Number(kept[0].address.replace(/^[A-Z]+/, ""));
    expect(row).toBeGreaterThan(Number(plan.usedRange.split(":")[1].replace(/^[A-Z]+/, "")));
    // And they survive the next reapply too: the reader hands them on, the check ignores them.
    const reread = read(gridFromPlan(plan), [], newer);
    expect(reread.indicators.map((i) => i.code)).not.toContain("Y.3");
    expect(reread.kept?.map((k) => [k.code, k.cells.actual?.value, k.cells.explanation?.value])).toEqual([["Y.3", 6.7, "giải trình"]]);
    const again = planSheet({ template: newer, period: Q1, details: DETAILS, existing: reread });
    expect(again.cells.filter((c) => c.value === 6.7 || c.value === "giải trình")).toHaveLength(2);
  });

  test("a plan typed for an indicator that became informational is kept below the table", () => {
    const template = tinyTemplate();
    const grid = gridFromPlan(planSheet({ template, period: Q1, details: DETAILS }));
    setCell(grid, `E${rowOf(grid, "X.1")}`, 500);
    const typed = read(grid, [], template);
    const newer: Template = {
      ...template,
      sections: template.sections.map((s) => ({ ...s, indicators: s.indicators.map((i) => (i.code === "X.1" ? { ...i, direction: "informational" as const } : i)) })),
    };
    const plan = planSheet({ template: newer, period: Q1, details: DETAILS, existing: typed });
    const reread = read(gridFromPlan(plan), [], newer);
    expect(reread.kept?.find((k) => k.code === "X.1")?.cells.plan?.value).toBe(500);
    expect(reread.indicators.find((i) => i.code === "X.1")?.cells.plan).toBeUndefined();
  });
});

describe("report details typed by hand", () => {
  test("recipients one a line or separated by semicolons, bullets dropped; dates typed as text", () => {
    const grid = filledGrid();
    const row = grid.findIndex((r) => r[col("marks") - 1] === "details:recipients") + 1;
    setCell(grid, `D${row}`, "- UBND tỉnh;\n- Sở Tài chính; Lưu: VT");
    const dateRow = grid.findIndex((r) => r[col("marks") - 1] === "details:number,date") + 1;
    setCell(grid, `K${dateRow}`, "5/1/2020");
    const details = read(grid).details;
    expect(details.recipients).toEqual(["UBND tỉnh", "Sở Tài chính", "Lưu: VT"]);
    expect(details.date).toBe("2020-01-05");
  });
});
