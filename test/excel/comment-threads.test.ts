// A reviewer's reply under the add-in's comment is never lost: Comment.delete() "Deletes the comment
// and all the connected replies" (https://learn.microsoft.com/javascript/api/excel/excel.comment), so
// the check keeps a thread that has a reply: it rewrites the thread's text while the cell is still
// flagged, and once the figure is fixed resolves the thread (Comment.resolved, ExcelApi 1.11) or,
// below 1.11, says in its text that a later check found the cell clean.
import { letter } from "../../src/core/layout/columns";
import { MARK_CLEARED } from "../../src/core/layout/labels";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { NOTE_TAG } from "../../src/excel/cell-marks";
import { check } from "../../src/excel/check";
import { loadTemplate } from "../../src/excel/load-template";
import type { Host } from "../host";
import { DETAILS, SEED_ACTUALS, SEED_PLANS, SEED_Q1_TARGETS, startHost } from "./helpers";

const SHEET = "Quý I-2020";
let host: Host;
afterEach(() => host.uninstall());

function cellOf(code: string, role: "actual" | "plan" | "periodTarget"): string {
  const ws = host.workbook.getWorksheet(SHEET)!;
  for (let row = 1; row <= ws.rowCount; row++) {
    if (ws.getCell(`${letter("code")}${row}`).value === code) return `${letter(role)}${row}`;
  }
  throw new Error(`no row for ${code}`);
}
const actual = (code: string): string => cellOf(code, "actual");

async function start(apiLevel: string): Promise<void> {
  ({ host } = await startHost(apiLevel));
  await loadTemplate({ template: defaultTemplate(), period: { year: 2020, kind: "Q1" }, details: DETAILS, replaceExisting: false });
  for (const [code, v] of Object.entries(SEED_PLANS)) await host.user.type(SHEET, cellOf(code, "plan"), v);
  for (const [code, v] of Object.entries(SEED_Q1_TARGETS)) await host.user.type(SHEET, cellOf(code, "periodTarget"), v);
  for (const [code, v] of Object.entries(SEED_ACTUALS)) await host.user.type(SHEET, actual(code), v);
}

/** What a reviewer sees of the thread on a cell, read through the API (resolved only from 1.11). */
const threadAt = (address: string, withResolved: boolean): Promise<{ content: string; replies: string[]; resolved?: boolean } | null> =>
  Excel.run(async (context) => {
    const comments = context.workbook.worksheets.getItem(SHEET).comments;
    comments.load(withResolved ? "items/content,items/resolved" : "items/content");
    await context.sync();
    const located = comments.items.map((c) => ({ c, at: c.getLocation().load("address"), replies: c.replies.load("items/content") }));
    await context.sync();
    const found = located.find((x) => x.at.address.endsWith(`!${address}`));
    if (found === undefined) return null;
    return {
      content: found.c.content,
      replies: found.replies.items.map((r) => r.content),
      ...(withResolved ? { resolved: found.c.resolved } : {}),
    };
  });

const reply = (address: string, text: string): Promise<void> =>
  Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).comments.getItemByCell(`'${SHEET}'!${address}`).replies.add(text);
    await context.sync();
  });

it("a reply under the add-in's comment survives every later check; the thread is updated, resolved when fixed, reopened when wrong again", async () => {
  await start("1.11");
  const cell = actual("B.2");
  await host.user.type(SHEET, cell, 187);
  expect(await check(SHEET)).toMatchObject({ ok: true, marks: "comments" });
  await reply(cell, "đã xác minh");

  await host.user.type(SHEET, cell, 186);
  expect(await check(SHEET)).toMatchObject({ ok: true, marks: "comments" });
  const still = await threadAt(cell, true);
  expect(still).toMatchObject({ replies: ["đã xác minh"], resolved: false });
  expect(still!.content.startsWith(NOTE_TAG)).toBe(true);
  expect(still!.content).toContain("186");

  await host.user.type(SHEET, cell, 87);
  expect(await check(SHEET)).toMatchObject({ ok: true, marks: "comments" });
  expect(await threadAt(cell, true)).toMatchObject({ replies: ["đã xác minh"], resolved: true });

  await host.user.type(SHEET, cell, 188);
  expect(await check(SHEET)).toMatchObject({ ok: true, marks: "comments" });
  const again = await threadAt(cell, true);
  expect(again).toMatchObject({ replies: ["đã xác minh"], resolved: false });
  expect(again!.content).toContain("188");
});

it("below ExcelApi 1.11 a fixed cell's thread keeps its reply and says a later check found the cell clean", async () => {
  await start("1.10");
  const cell = actual("B.2");
  await host.user.type(SHEET, cell, 187);
  await check(SHEET);
  await reply(cell, "đã xác minh");
  await host.user.type(SHEET, cell, 87);
  expect(await check(SHEET)).toMatchObject({ ok: true, marks: "comments" });
  const thread = await threadAt(cell, false);
  expect(thread).toMatchObject({ replies: ["đã xác minh"] });
  expect(thread!.content.startsWith(`${NOTE_TAG}\n${MARK_CLEARED.vi}`)).toBe(true);
  // Checking again changes nothing: the thread is not stacked with a second "clean" line.
  await check(SHEET);
  expect((await threadAt(cell, false))!.content).toBe(thread!.content);
});

it("comments without replies are still replaced, in the check's two syncs", async () => {
  await start("1.11");
  const cell = actual("B.2");
  await host.user.type(SHEET, cell, 187);
  await check(SHEET);
  await host.user.type(SHEET, cell, 87);
  host.instruments.reset();
  await check(SHEET);
  expect(host.instruments.syncsPerRun).toEqual([2]);
  expect(await threadAt(cell, true)).toBeNull();
});
