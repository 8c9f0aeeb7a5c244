// The add-in's writes interrupted part-way: Excel keeps what a batch applied before the failing
// command (OfficeExtension.Error, https://learn.microsoft.com/javascript/api/office/officeextension.error),
// and every write begins by unprotecting the sheet (WorksheetProtection.unprotect). Whatever fails,
// the sheet must not be left unprotected without a word; and a user typing in a cell when they
// click a button makes the add-in wait for Enter rather than fail (Excel.RunOptions.delayForCellEdit,
// https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
import { letter } from "../../src/core/layout/columns";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { check } from "../../src/excel/check";
import { loadTemplate } from "../../src/excel/load-template";
import { syntheticTemplate, BENCH_PERIOD } from "../../bench/fixtures";
import { newestLevel, type Host } from "../host";
import { DETAILS, SEED_ACTUALS, startHost } from "./helpers";

const SHEET = "Quý I-2020";
const Q1 = { year: 2020, kind: "Q1" } as const;

let host: Host;
afterEach(() => host.uninstall());

const isProtected = async (sheet: string): Promise<boolean> =>
  Excel.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    protection.load("protected");
    await context.sync();
    return protection.protected;
  });

function actualCell(code: string): string {
  const ws = host.workbook.getWorksheet(SHEET)!;
  for (let row = 1; row <= ws.rowCount; row++) if (ws.getCell(`${letter("code")}${row}`).value === code) return `${letter("actual")}${row}`;
  throw new Error(`no row for ${code}`);
}

it("a check whose first write fails on a user's comment and whose retry is aborted leaves the sheet protected and says so", async () => {
  ({ host } = await startHost(newestLevel));
  await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
  await host.user.type(SHEET, actualCell("B.2"), 187);
  // A protected sheet takes no new comment (objects are protected, as in Excel): the user's comment
  // went in while the sheet was unprotected, and the protection was put back as it was.
  await Excel.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(SHEET).protection;
    protection.load("options");
    await context.sync();
    const options = protection.options;
    protection.unprotect();
    context.workbook.worksheets.getItem(SHEET).comments.add(`'${SHEET}'!${actualCell("B.2")}`, "Số liệu của Sở");
    protection.protect(options);
    await context.sync();
  });
  // Requests of the check: 1 read, 2 write (fails on the user's comment after unprotecting),
  // then the retry's read (3) and write (4), which a lost connection aborts.
  host.abortRequest(4);
  const outcome = await check(SHEET);
  expect(outcome).toMatchObject({ ok: false, reason: "excel-error" });
  expect(outcome.ok ? "" : "detail" in outcome ? outcome.detail : "").toContain("protection restored");
  expect(await isProtected(SHEET)).toBe(true);
});

it("a large load whose second band is aborted leaves the new sheet protected and says so", async () => {
  ({ host } = await startHost(newestLevel));
  const template = syntheticTemplate(2_000);
  // Requests: the names (1); the first band with the unprotect (2); the last band (3), aborted.
  host.abortRequest(3);
  const outcome = await loadTemplate({ template, period: BENCH_PERIOD, details: DETAILS, replaceExisting: false });
  expect(outcome).toMatchObject({ ok: false, reason: "excel-error" });
  expect(outcome.ok ? "" : "detail" in outcome ? outcome.detail : "").toContain("protection restored");
  const name = host.workbook.worksheets.map((w) => w.name).find((n) => n !== "Trang_tính1")!;
  expect(await isProtected(name)).toBe(true);
}, 300_000);

it("a check clicked while the user is still typing in a cell waits for Enter and checks the figure typed", async () => {
  ({ host } = await startHost(newestLevel));
  await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
  for (const [code, v] of Object.entries(SEED_ACTUALS)) if (code !== "B.2") await host.user.type(SHEET, actualCell(code), v);
  host.user.startEditing(SHEET, actualCell("B.2"));
  const pending = check(SHEET);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await host.user.finishEditing(187);
  const outcome = await pending;
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  const b2 = outcome.result.findings.filter((f) => f.cell.endsWith(`!${actualCell("B.2")}`));
  expect(b2.length).toBeGreaterThan(0);
});

it("loading the template while the user is typing in a cell waits for Enter instead of failing", async () => {
  ({ host } = await startHost(newestLevel));
  host.user.startEditing("Trang_tính1", "A1");
  const pending = loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
  await new Promise((resolve) => setTimeout(resolve, 20));
  await host.user.finishEditing("ghi chú");
  expect(await pending).toMatchObject({ ok: true, sheetName: SHEET });
  expect(await isProtected(SHEET)).toBe(true);
});

it("at ExcelApi 1.7 (no comments, no retry) a check whose write is aborted still makes sure the sheet is protected", async () => {
  ({ host } = await startHost("1.7"));
  await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
  await host.user.type(SHEET, actualCell("B.2"), 187);
  host.abortRequest(2);
  const outcome = await check(SHEET);
  expect(outcome).toMatchObject({ ok: false, reason: "excel-error" });
  expect(outcome.ok ? "" : "detail" in outcome ? outcome.detail : "").toContain("protection restored");
  expect(await isProtected(SHEET)).toBe(true);
});

it("a figure typed while a large sheet is being rebuilt, between two of its writes, is kept", async () => {
  ({ host } = await startHost(newestLevel));
  const template = syntheticTemplate(2_000);
  const first = await loadTemplate({ template, period: BENCH_PERIOD, details: DETAILS, replaceExisting: false });
  if (!first.ok) throw new Error(JSON.stringify(first));
  const read = await check(first.sheetName);
  if (!read.ok) throw new Error(JSON.stringify(read));
  // The last indicator's Thực hiện: written in the rebuild's last band.
  const last = read.reading.indicators[read.reading.indicators.length - 1].cells.actual!.address;
  const cell = last.slice(last.lastIndexOf("!") + 1);
  await host.user.type(first.sheetName, cell, 1234);
  // Requests of the rebuild: the names (1), the read (2), then its bands (3, which unprotects the
  // sheet; 4; 5, which holds the last rows). Staff correct the figure between the third and the fourth.
  host.user.beforeRequest(4, () => void host.user.type(first.sheetName, cell, 4321));
  const again = await loadTemplate({ template, period: BENCH_PERIOD, details: DETAILS, replaceExisting: true });
  expect(again).toMatchObject({ ok: true });
  expect(host.workbook.getWorksheet(first.sheetName)!.getCell(cell).value).toBe(4321);
}, 300_000);
