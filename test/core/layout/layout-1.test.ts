// Sheets built before "% so với cùng kỳ" (layout version 1: Đánh giá in M, Giải trình in N, the
// status in O, the marker in V) keep working: test/fixtures/layout-1 holds the example workbook
// exactly as layout 1 wrote it. It reads with every figure, checks as the new example does, and a
// check writes its status into that sheet's own status column, never layout-2 formulas.
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkReading } from "../../../src/core/check";
import { col, letter, LAYOUT_VERSION, planCheckWrite, readSheet } from "../../../src/core/layout";
import { parseCellAddress, splitQualified } from "../../../src/core/layout/a1";
import type { SheetReading } from "../../../src/core/reading";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import type { TemplateId } from "../../../src/core/template/template";
import { builtinTemplate } from "../../../src/core/template/template-builtin";
import { readSnapshot } from "../../../src/xlsx";
import { loadWorkbook } from "../../../src/xlsx/workbook-bytes";

const REPO = path.resolve(__dirname, "..", "..", "..");
const template = builtinTemplate("stttt-quarterly")!;
const templates = (id: TemplateId) => (id === template.id ? template : undefined);

async function snapshotOfFile(file: string): Promise<SheetSnapshot> {
  const loaded = await loadWorkbook(new Uint8Array(readFileSync(path.join(REPO, file))));
  if (!loaded.ok) throw new Error(loaded.detail);
  return readSnapshot(loaded.workbook.getWorksheet("Quý I-2020")!);
}

/** Every input by code and role, without its address. */
const inputsOf = (reading: SheetReading) =>
  Object.fromEntries(reading.indicators.map((i) => [i.code, Object.fromEntries(Object.entries(i.cells).map(([role, c]) => [role, c?.value]))]));

const columnOf = (address: string): string => address.replace(/\d+$/, "");

let v1: SheetSnapshot;
let v2: SheetSnapshot;
beforeAll(async () => {
  v1 = await snapshotOfFile("test/fixtures/layout-1/ha-nam-stttt-2020-Q1.xlsx");
  v2 = await snapshotOfFile("examples/ha-nam-stttt-2020-Q1.xlsx");
});

test("the fixture is a layout-1 sheet: no % so với cùng kỳ, Đánh giá in M, the status in O", () => {
  const header = v1.values.find((row) => row.includes("Kết quả kiểm tra"))!;
  expect(header.indexOf("Đánh giá") + 1).toBe(13);
  expect(header.indexOf("Kết quả kiểm tra") + 1).toBe(15);
  expect(header).not.toContain("% so với cùng kỳ");
  // The example as layout 2 writes it: the new column between % kế hoạch năm and Đánh giá.
  const now = v2.values.find((row) => row.includes("Kết quả kiểm tra"))!;
  expect(now.slice(col("pctYear") - 1, col("grade"))).toEqual(["% kế hoạch năm", "% so với cùng kỳ", "Đánh giá"]);
  expect(LAYOUT_VERSION).toBe(2);
});

test("a layout-1 sheet reads every figure it holds, the same as the layout-2 example, and checks the same", () => {
  const old = readSheet(v1, templates);
  const now = readSheet(v2, templates);
  if (!old.ok || !now.ok) throw new Error("unreadable");
  expect(old.marker.layoutVersion).toBe(1);
  expect(now.marker.layoutVersion).toBe(2);
  expect(inputsOf(old.reading)).toEqual(inputsOf(now.reading));
  expect(old.reading.details).toEqual(now.reading.details);
  // Giải trình is read from N there, O here.
  const explanation = (r: SheetReading) => columnOf(splitQualified(r.indicators[0].cells.explanation!.address).address);
  expect([explanation(old.reading), explanation(now.reading)]).toEqual(["N", letter("explanation")]);
  const strip = (r: ReturnType<typeof checkReading>) => r.indicators.map((i) => ({ code: i.code, grade: i.grade, ratio: i.ratio, value: i.value }));
  expect(strip(checkReading(template, old.reading))).toEqual(strip(checkReading(template, now.reading)));
  expect(old.layout).toMatchObject({ version: 1, statusColumn: 15, lastTableColumn: 14 });
  expect(now.layout).toMatchObject({ version: 2, statusColumn: col("status"), lastTableColumn: col("explanation") });
});

test("a check writes a layout-1 sheet's status into its column O, notes up to its Giải trình, and no layout-2 formulas", () => {
  // A target typed as text since the sheet was built: a layout-2 sheet would get the formulas that read it.
  const grid = v1.values.map((row) => [...row]);
  const rowOfA1 = grid.findIndex((row) => row[col("code") - 1] === "A.1");
  grid[rowOfA1][col("plan") - 1] = "Trên 900.000";
  const old = readSheet({ name: v1.name, values: grid }, templates);
  if (!old.ok) throw new Error(old.reason);
  const result = checkReading(template, old.reading);
  const write = planCheckWrite(old.reading, result, "vi", template, old.layout);
  expect(new Set(write.cells.map((c) => columnOf(c.address)))).toEqual(new Set(["O"]));
  expect(write.cells.find((c) => c.address === `O${rowOfA1 + 1}`)?.value).toBe("Hợp lệ");
  expect(write.noteRange).toMatch(/^A\d+:N\d+$/);
  expect(write.formulas).toEqual([]);

  // The same sheet in layout 2 gets its status in P and the formulas of the text target.
  const now = readSheet({ name: v2.name, values: v2.values.map((row, i) => (i === rowOfA1 ? row.map((c, j) => (j === col("plan") - 1 ? "Trên 900.000" : c)) : row)) }, templates);
  if (!now.ok) throw new Error(now.reason);
  const written = planCheckWrite(now.reading, checkReading(template, now.reading), "vi", template, now.layout);
  expect(new Set(written.cells.map((c) => columnOf(c.address)))).toEqual(new Set([letter("status")]));
  expect(written.formulas.length).toBeGreaterThan(10);
  expect(written.formulas.every((f) => parseCellAddress(f.address)?.row === rowOfA1 + 1)).toBe(true);
});

test("a layout-1 sheet whose header texts were cleared is still read where layout 1 put its columns", () => {
  const header = v1.values.findIndex((row) => row.includes("Kết quả kiểm tra"));
  const grid = v1.values.map((row, i) => (i === header ? row.map((c, j) => (j === 21 ? c : null)) : [...row])); // V: the header tag stays
  const old = readSheet({ name: v1.name, values: grid }, templates);
  const now = readSheet(v1, templates);
  if (!old.ok || !now.ok) throw new Error("unreadable");
  expect(inputsOf(old.reading)).toEqual(inputsOf(now.reading));
  expect(columnOf(splitQualified(old.reading.indicators[0].cells.explanation!.address).address)).toBe("N");
  expect(old.layout).toMatchObject({ version: 1, statusColumn: 15, lastTableColumn: 14 });
});
