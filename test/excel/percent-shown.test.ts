// A rate typed into a cell formatted as a percentage: with automatic percent entry (on by default,
// KB 215203) 75 typed is stored as 0,75 and shown 75,00%. Before the check the sheet's own
// formulas grade the 0,75 (Chưa đạt at 0,9 % of 80); the check reads the 75 shown, writes the
// row's formulas so the sheet weighs it too, in its two syncs, and tags the row; a later check
// gives the row its plain formulas back once the cell is a plain number again.
import { letter } from "../../src/core/layout/columns";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { check } from "../../src/excel/check";
import { loadTemplate } from "../../src/excel/load-template";
import { watch } from "../../src/excel/live";
import type { LiveUpdate } from "../../src/excel/addin-api";
import { BUILTIN_SHEET, builtinSheetPerTest, Q1 } from "./builtin-sheet";
import { DETAILS, SEED_PLANS } from "./helpers";

const SHEET = BUILTIN_SHEET;

const sheet = builtinSheetPerTest();
const rowOf = (code: string): number => sheet.rowOf(code);
beforeEach(async () => {
  for (const [code, v] of Object.entries(SEED_PLANS)) await sheet.host.user.type(SHEET, `${letter("plan")}${rowOf(code)}`, v);
});

/** What the reviewer sees in the row: the figure stored, Lũy kế, % chỉ tiêu kỳ and Đánh giá, and the tag. */
async function shown(code: string): Promise<{ stored: unknown; text: unknown; ytd: unknown; pctPeriod: unknown; grade: unknown; tag: unknown }> {
  const row = rowOf(code);
  let out = { stored: null as unknown, text: null as unknown, ytd: null as unknown, pctPeriod: null as unknown, grade: null as unknown, tag: null as unknown };
  await sheet.host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET);
    const actual = ws.getRange(`${letter("actual")}${row}`);
    const computed = ws.getRange(`${letter("ytd")}${row}:${letter("grade")}${row}`);
    const tag = ws.getRange(`${letter("marks")}${row}`);
    actual.load("values,text");
    computed.load("values");
    tag.load("values");
    await context.sync();
    const [ytd, pctPeriod, , , grade] = computed.values[0]!;
    out = { stored: actual.values[0]![0], text: actual.text[0]![0], ytd, pctPeriod, grade, tag: tag.values[0]![0] };
  });
  return out;
}

it("a rate typed into a cell formatted as a percentage is graded as shown, by the check and then by the sheet", async () => {
  const i = `${letter("actual")}${rowOf("B.2")}`;
  sheet.host.user.unprotectSheet(SHEET);
  expect(await sheet.host.user.formatCells(SHEET, i, "0.00%")).toEqual({ accepted: true });
  await sheet.host.user.type(SHEET, i, 75);
  // Stored as 0,75: the sheet, as built, grades what is stored.
  expect(await shown("B.2")).toMatchObject({ stored: 0.75, text: "75,00%", grade: "Chưa đạt" });

  sheet.host.instruments.reset();
  const result = await check(SHEET);
  expect(sheet.host.instruments.syncsPerRun).toEqual([2]);
  if (!result.ok) throw new Error(JSON.stringify(result));
  const b2 = result.result.indicators.find((r) => r.code === "B.2")!;
  expect(b2).toMatchObject({ value: 75, grade: "near" });
  // 75 of 80 is 93,75 %: the sheet now shows the check's figure and grade; the cell is as typed.
  expect(await shown("B.2")).toEqual({ stored: 0.75, text: "75,00%", ytd: 75, pctPeriod: b2.ratio, grade: "Gần đạt", tag: "percent:actual" });

  // The clerk types 78 into the same cell: still per cent (78,00%), and the formulas follow it live.
  await sheet.host.user.type(SHEET, i, 78);
  expect(await shown("B.2")).toMatchObject({ stored: 0.78, ytd: 78, grade: "Gần đạt" });

  // The cell given a number format again and 78 retyped: the next check writes the plain formulas back.
  await sheet.host.user.formatCells(SHEET, i, "#,##0.0");
  await sheet.host.user.type(SHEET, i, 78);
  expect((await shown("B.2")).ytd).toBe(7800); // the old formulas weigh 78 × 100 until checked
  const again = await check(SHEET);
  if (!again.ok) throw new Error(JSON.stringify(again));
  expect(again.result.indicators.find((r) => r.code === "B.2")).toMatchObject({ value: 78, grade: "near" });
  expect(await shown("B.2")).toMatchObject({ stored: 78, ytd: 78, grade: "Gần đạt", tag: "" });
});

it("a count typed into a cell formatted as a percentage is an error naming both units, and the sheet grades nothing", async () => {
  const i = `${letter("actual")}${rowOf("C.1")}`;
  sheet.host.user.unprotectSheet(SHEET);
  await sheet.host.user.formatCells(SHEET, i, "0%");
  await sheet.host.user.type(SHEET, i, 3);
  const result = await check(SHEET);
  if (!result.ok) throw new Error(JSON.stringify(result));
  expect(result.result.indicators.find((r) => r.code === "C.1")).toMatchObject({ value: null, grade: "none" });
  expect(result.result.findings.find((f) => f.code === "C.1" && f.rule === "unit-mismatch")).toMatchObject({ severity: "error", evidence: expect.objectContaining({ typedUnit: "%", rowUnit: "cuộc" }) });
  expect(await shown("C.1")).toMatchObject({ stored: 0.03, text: "3%", grade: "" });
});

it("the live watcher reads a cell's percent format with its figure", async () => {
  const i = `${letter("actual")}${rowOf("B.2")}`;
  sheet.host.user.unprotectSheet(SHEET);
  await sheet.host.user.formatCells(SHEET, i, "0.0%");
  const updates: LiveUpdate[] = [];
  const stop = await watch((u) => updates.push(u), SHEET);
  if (typeof stop !== "function") throw new Error(JSON.stringify(stop));
  await sheet.host.user.type(SHEET, i, 75);
  await new Promise((r) => setTimeout(r, 20));
  await stop();
  const last = updates[updates.length - 1]!;
  expect(last.reread).toBe("cells");
  if (!last.outcome.ok) throw new Error(JSON.stringify(last.outcome));
  expect(last.outcome.result.indicators.find((r) => r.code === "B.2")).toMatchObject({ value: 75, grade: "near" });
});

it("Rebuild keeps the figure shown: 75 in the row's own number format, graded the same by the sheet and the check", async () => {
  const i = `${letter("actual")}${rowOf("B.2")}`;
  sheet.host.user.unprotectSheet(SHEET);
  await sheet.host.user.formatCells(SHEET, i, "0.00%");
  await sheet.host.user.type(SHEET, i, 75);
  const rebuilt = await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: true });
  expect(rebuilt).toMatchObject({ ok: true });
  expect(await shown("B.2")).toMatchObject({ stored: 75, text: "75,0%", ytd: 75, grade: "Gần đạt" });
  const result = await check(SHEET);
  if (!result.ok) throw new Error(JSON.stringify(result));
  expect(result.result.indicators.find((r) => r.code === "B.2")).toMatchObject({ value: 75, grade: "near" });
  expect(await shown("B.2")).toMatchObject({ grade: "Gần đạt", tag: "" });
});
