// A sheet built before "% so với cùng kỳ" (layout version 1, test/fixtures/layout-1: the example
// as layout 1 wrote it) opened in Excel: the check writes its status into that sheet's own status
// column (O) and nothing else of it changes; "Rebuild" gives it layout 2 with every figure, target,
// explanation and detail kept, and nothing of the old layout left in the columns that moved.
import { readFileSync } from "node:fs";
import path from "node:path";
import { columnLetter, parseCellAddress } from "../../src/core/layout/a1";
import { col, COLUMNS, LAST_COLUMN, letter } from "../../src/core/layout/columns";
import { HEADER_ROW } from "../../src/core/layout/geometry";
import { planSheet } from "../../src/core/layout/plan-sheet";
import { readSheet } from "../../src/core/layout/read-sheet";
import type { SheetReading } from "../../src/core/reading";
import { builtinTemplate } from "../../src/core/template/template-builtin";
import { check } from "../../src/excel/check";
import { watch } from "../../src/excel/live";
import { loadTemplate } from "../../src/excel/load-template";
import type { LiveUpdate } from "../../src/excel/addin-api";
import { readSnapshot } from "../../src/xlsx";
import { newestLevel, type Host } from "../host";
import { startHost } from "./helpers";

const SHEET = "Quý I-2020";
const Q1 = { year: 2020, kind: "Q1" } as const;
const V1 = new Uint8Array(readFileSync(path.resolve(__dirname, "..", "fixtures", "layout-1", "ha-nam-stttt-2020-Q1.xlsx")));
const template = builtinTemplate("stttt-quarterly")!;

/** Every cell's value or formula ("=…"), by address, from column `from` on. */
function contents(host: Host, from: number): Map<string, unknown> {
  const out = new Map<string, unknown>();
  host.workbook.getWorksheet(SHEET)!.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // A merged cell's others show its master's value: only the master holds it.
      if (Number(cell.col) < from || (cell.isMerged && cell.master.address !== cell.address)) return;
      const v = cell.value as { formula?: string } | null;
      const content = v !== null && typeof v === "object" && "formula" in v ? `=${v.formula}` : v;
      if (content !== null && content !== "") out.set(cell.address, content);
    });
  });
  return out;
}

const inputsOf = (reading: SheetReading) =>
  Object.fromEntries(reading.indicators.flatMap((i) => Object.entries(i.cells).map(([role, c]) => [`${i.code}/${role}`, c?.value ?? null])));

const readHere = (host: Host) => {
  const read = readSheet(readSnapshot(host.workbook.getWorksheet(SHEET)!), (id) => (id === template.id ? template : undefined));
  if (!read.ok) throw new Error(read.reason);
  return read;
};

describe.each(["1.7", newestLevel])("at ExcelApi %s", (level) => {
  let host: Host;
  beforeEach(async () => {
    ({ host } = await startHost(level, V1));
  });
  afterEach(() => host.uninstall());

  it("checks a layout-1 sheet: the status goes to its column O, and no formula of it is rewritten", async () => {
    const a1 = readHere(host).reading.indicators.find((i) => i.code === "A.1")!;
    const row = parseCellAddress(a1.cells.actual!.address.split("!")[1]!)!.row;
    // A plan typed as text since the sheet was built: a layout-2 sheet would get the formulas that read it.
    expect(await host.user.type(SHEET, `${letter("plan")}${row}`, "Trên 900.000")).toMatchObject({ accepted: true });
    const before = contents(host, col("pctYear") + 1);
    expect(before.get(`O${HEADER_ROW}`)).toBe("Kết quả kiểm tra"); // the header of layout 1's status column

    const outcome = await check(SHEET);
    expect(outcome).toMatchObject({ ok: true });
    const after = contents(host, col("pctYear") + 1);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((a) => before.get(a) !== after.get(a));
    expect(changed.length).toBeGreaterThan(10);
    expect(changed.filter((a) => !/^O\d+$/.test(a))).toEqual([]);
    expect(after.get(`O${row}`)).toBe("Hợp lệ");
    // Đánh giá is still layout 1's own formula in M (its ratio in R).
    expect(String(after.get(`M${row}`))).toContain(`R${row}`);
  });

  it("rebuilds a layout-1 sheet to layout 2 keeping every input, with nothing of layout 1 left where columns moved", async () => {
    const explanationRow = readHere(host).reading.indicators.find((i) => i.code === "C.1")!.cells.explanation!.address.split("!")[1]!;
    expect(explanationRow.startsWith("N")).toBe(true);
    await host.user.type(SHEET, explanationRow, "Đoàn thanh tra liên ngành");
    expect(await check(SHEET)).toMatchObject({ ok: true }); // status words in O, where Giải trình goes now
    const old = readHere(host);
    expect(old.marker.layoutVersion).toBe(1);

    const rebuilt = await loadTemplate({ template, period: Q1, details: old.reading.details, replaceExisting: true });
    expect(rebuilt).toMatchObject({ ok: true, sheetName: SHEET });
    const now = readHere(host);
    expect(now.marker.layoutVersion).toBe(2);
    expect(inputsOf(now.reading)).toEqual(inputsOf(old.reading));
    expect(now.reading.details).toEqual(old.reading.details);
    expect(now.reading.indicators.find((i) => i.code === "C.1")!.cells.explanation).toMatchObject({ value: "Đoàn thanh tra liên ngành" });

    // From M on, the sheet holds exactly what layout 2 plans for these inputs: no old status word
    // in Giải trình, no old marker among the helpers, no layout-1 formula.
    const plan = planSheet({ template, period: Q1, details: old.reading.details, existing: old.reading });
    const planned = new Map(plan.cells
      .filter((c) => parseCellAddress(c.address)!.column >= col("yoy") && (c.formula ?? c.value ?? "") !== "")
      .map((c) => [c.address as string, c.formula ?? c.value]));
    expect(Object.fromEntries(contents(host, col("yoy")))).toEqual(Object.fromEntries(planned));
    expect(planned.get(`${letter("marks")}1`)).toMatch(/^chitieu-template\|2\|/);
    expect(COLUMNS[col(LAST_COLUMN) - 1].key).toBe(LAST_COLUMN);

    // And the check writes the new status column P, and % so với cùng kỳ computes.
    expect(await check(SHEET)).toMatchObject({ ok: true });
    const statuses = contents(host, col("status"));
    expect([...statuses.keys()].filter((a) => a.startsWith(letter("status"))).length).toBeGreaterThan(10);
    expect(columnLetter(col("status"))).toBe("P");
  });
});

it("below ExcelApi 1.14, the check's own status write in a layout-1 sheet's column O is no live update; typing is", async () => {
  const { host } = await startHost("1.7", V1);
  try {
    const updates: LiveUpdate[] = [];
    const stop = await watch((u) => updates.push(u), SHEET);
    if (typeof stop !== "function") throw new Error(JSON.stringify(stop));
    const settle = async () => { for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0)); };
    expect(await check(SHEET)).toMatchObject({ ok: true });
    await settle();
    expect(updates).toEqual([]);
    const row = parseCellAddress(readHere(host).reading.indicators.find((i) => i.code === "B.2")!.cells.actual!.address.split("!")[1]!)!.row;
    await host.user.type(SHEET, `${letter("actual")}${row}`, 187);
    await settle();
    expect(updates.map((u) => u.changed)).toEqual([`${letter("actual")}${row}`]);
    await stop();
  } finally {
    host.uninstall();
  }
});
