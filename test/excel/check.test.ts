// The check's writes over time and its refusals: a fixed figure loses its comment on the next
// check; a comment of the user's own on a flagged cell is never touched (the check then writes
// the status column without comments); a sheet the add-in did not build is not written to.
import { letter } from "../../src/core/layout/columns";
import { STATUS_WORDS } from "../../src/core/layout/labels";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { check } from "../../src/excel/check";
import { NOTE_TAG } from "../../src/excel/cell-marks";
import { loadTemplate } from "../../src/excel/load-template";
import { newestLevel, type Host } from "../host";
import { DETAILS, SEED_ACTUALS, SEED_PLANS, SEED_Q1_TARGETS, startHost } from "./helpers";

const SHEET = "Quý I-2020";

let host: Host;

/** A cell of an indicator's row, found the way a user would: by its code in the Mã column. */
function cellOf(code: string, role: "actual" | "plan" | "periodTarget"): string {
  const ws = host.workbook.getWorksheet(SHEET)!;
  const column = letter(role);
  for (let row = 1; row <= ws.rowCount; row++) {
    if (ws.getCell(`${letter("code")}${row}`).value === code) return `${column}${row}`;
  }
  throw new Error(`no row for ${code}`);
}
const actual = (code: string): string => cellOf(code, "actual");

beforeEach(async () => {
  ({ host } = await startHost(newestLevel));
  await loadTemplate({ template: defaultTemplate(), period: { year: 2020, kind: "Q1" }, details: DETAILS, replaceExisting: false });
  // The seed's clean figures everywhere, so that only the planted errors are flagged.
  for (const [code, v] of Object.entries(SEED_PLANS)) await host.user.type(SHEET, cellOf(code, "plan"), v);
  for (const [code, v] of Object.entries(SEED_Q1_TARGETS)) await host.user.type(SHEET, cellOf(code, "periodTarget"), v);
  for (const [code, v] of Object.entries(SEED_ACTUALS)) await host.user.type(SHEET, actual(code), v);
});
afterEach(() => host.uninstall());

const commentAt = (address: string): string | undefined => {
  const note = host.workbook.getWorksheet(SHEET)!.getCell(address).note as unknown;
  if (note === undefined || note === null) return undefined;
  return typeof note === "string" ? note : ((note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
};
const statusOf = (address: string): unknown => host.workbook.getWorksheet(SHEET)!.getCell(`${letter("status")}${address.replace(/^[A-Z]+/, "")}`).value;

it("a figure fixed since the last check loses its comment and its error status; the others keep theirs", async () => {
  await host.user.type(SHEET, actual("B.2"), 187);
  await host.user.type(SHEET, actual("C.1"), "một");
  const before = await check(SHEET);
  expect(before).toMatchObject({ ok: true, marks: "comments" });
  expect(commentAt(actual("B.2"))?.startsWith(NOTE_TAG)).toBe(true);
  expect(commentAt(actual("C.1"))?.startsWith(NOTE_TAG)).toBe(true);

  await host.user.type(SHEET, actual("B.2"), 87);
  host.instruments.reset();
  const after = await check(SHEET);
  expect(after).toMatchObject({ ok: true, marks: "comments" });
  expect(host.instruments.syncsPerRun).toEqual([2]);
  expect(commentAt(actual("B.2"))).toBeUndefined();
  expect(statusOf(actual("B.2"))).not.toBe(STATUS_WORDS.error.vi);
  expect(commentAt(actual("C.1"))?.startsWith(NOTE_TAG)).toBe(true);
});

it("checking twice with a required figure left empty keeps one comment on the empty cell and stays annotated", async () => {
  // An empty Thực hiện where a target is set: the flagged cell is empty, and so is its comment's cell.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange(actual("A.2")).clear("Contents");
    await context.sync();
  });
  const first = await check(SHEET);
  expect(first).toMatchObject({ ok: true, marks: "comments" });
  expect(commentAt(actual("A.2"))?.startsWith(NOTE_TAG)).toBe(true);
  const second = await check(SHEET);
  expect(second).toMatchObject({ ok: true, marks: "comments" });
  expect(commentAt(actual("A.2"))?.startsWith(NOTE_TAG)).toBe(true);
  expect(statusOf(actual("A.2"))).toBe(STATUS_WORDS.error.vi);
});

it("a comment of the user's own on a flagged cell is kept, and the status column is still written", async () => {
  // Written as another add-in or Excel's own Comments pane would: through the API.
  // A protected sheet takes no new comment (objects are protected, as in Excel): the user wrote it
  // while the sheet was unprotected, and the protection was put back as it was.
  await Excel.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(SHEET).protection;
    protection.load("options");
    await context.sync();
    const options = protection.options;
    protection.unprotect();
    context.workbook.worksheets.getItem(SHEET).comments.add(`'${SHEET}'!${actual("B.2")}`, "Số liệu của Sở, đã kiểm tra");
    protection.protect(options);
    await context.sync();
  });
  await host.user.type(SHEET, actual("B.2"), 187);
  const outcome = await check(SHEET);
  expect(outcome).toMatchObject({ ok: true, marks: "none" });
  expect(commentAt(actual("B.2"))).toBe("Số liệu của Sở, đã kiểm tra");
  expect(statusOf(actual("B.2"))).toBe(STATUS_WORDS.error.vi);
  // The failed first write had unprotected the sheet: the retry protected it again.
  const isProtected = await Excel.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(SHEET).protection;
    protection.load("protected");
    await context.sync();
    return protection.protected;
  });
  expect(isProtected).toBe(true);
});

it("a sheet the add-in did not build is reported, and nothing is written to it", async () => {
  const own = host.workbook.worksheets[0].name;
  await host.user.type(own, "A1", "Ghi chú của tôi");
  host.instruments.reset();
  const outcome = await check(own);
  expect(outcome).toMatchObject({ ok: false, reason: "not-a-template", sheetName: own });
  expect(host.instruments.syncsPerRun).toEqual([1]);
  expect(host.workbook.getWorksheet(own)!.getCell("A1").value).toBe("Ghi chú của tôi");
});

it("a sheet that does not exist is reported as such", async () => {
  expect(await check("Quý IV-1999")).toEqual({ ok: false, reason: "no-sheet", sheetName: "Quý IV-1999" });
});
