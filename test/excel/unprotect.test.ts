// Unprotecting a sheet that is not protected: Microsoft documents it as having no effect
// (https://learn.microsoft.com/office/vba/api/excel.worksheet.unprotect), yet Excel builds have
// refused it with AccessDenied (office-js #6784). The add-in relies on neither: it unprotects only
// a sheet it has read as protected. The host's strictUnprotect plays the refusing build.
import { letter } from "../../src/core/layout/columns";
import { STATUS_WORDS } from "../../src/core/layout/labels";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { check } from "../../src/excel/check";
import { createSummaryExportApi } from "../../src/excel/export-summary-api";
import { loadTemplate } from "../../src/excel/load-template";
import type { Host } from "../host";
import { DETAILS, startHost } from "./helpers";

const Q1 = { year: 2020, kind: "Q1" } as const;
const SHEET = "Quý I-2020";
let host: Host;
afterEach(() => host.uninstall());

/** A cell of an indicator's row, found by its code in the Mã column. */
function cellOf(code: string, role: "actual" | "status"): string {
  const ws = host.workbook.getWorksheet(SHEET)!;
  for (let row = 1; row <= ws.rowCount; row++) {
    if (ws.getCell(`${letter("code")}${row}`).value === code) return `${letter(role)}${row}`;
  }
  throw new Error(`no row for ${code}`);
}

const isProtected = (): Promise<boolean> =>
  Excel.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(SHEET).protection.load("protected");
    await context.sync();
    return protection.protected;
  });

it("loads, rebuilds (protected or not), checks and exports on an Excel that refuses to unprotect an unprotected sheet", async () => {
  let facts;
  ({ host, facts } = await startHost(undefined, undefined, { strictUnprotect: true }));
  const load = (replaceExisting: boolean) => loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting });

  expect(await load(false)).toMatchObject({ ok: true, sheetName: SHEET });
  expect(await isProtected()).toBe(true);
  expect(await load(true)).toMatchObject({ ok: true });

  // A user lifted the protection (Review > Unprotect Sheet): rebuilding protects it again.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).protection.unprotect();
    await context.sync();
  });
  expect(await load(true)).toMatchObject({ ok: true });
  expect(await isProtected()).toBe(true);

  expect(await check(SHEET)).toMatchObject({ ok: true });
  // One figure typed (an empty report is never exported); the others missing are errors, exported as the user may.
  await host.user.type(SHEET, cellOf("A.1", "actual"), 920000);
  expect(await createSummaryExportApi(facts).writeSheet(SHEET, "vi", { allowErrors: true })).toMatchObject({ ok: true, action: "sheet" });
});

it("the strict host does refuse it, so the test above can fail", async () => {
  ({ host } = await startHost(undefined, undefined, { strictUnprotect: true }));
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().protection.unprotect();
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "AccessDenied" });
});

it("a check whose marks fail (the user's own comment on a flagged cell) retries on such an Excel: the retry reads the sheet's protection again", async () => {
  ({ host } = await startHost(undefined, undefined, { strictUnprotect: true }));
  expect(await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false })).toMatchObject({ ok: true });
  // An empty Thực hiện is flagged; the user's own comment sits on it.
  const ws = host.workbook.getWorksheet(SHEET)!;
  const flagged = cellOf("A.1", "actual");
  const status = cellOf("A.1", "status");
  // A protected sheet takes no new comment (as Excel): the user lifted the protection to write it.
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.protection.unprotect();
    context.workbook.comments.add(`'${SHEET}'!${flagged}`, "Số liệu của Sở, đã kiểm tra");
    sheet.protection.protect();
    await context.sync();
  });
  const outcome = await check(SHEET);
  expect(outcome).toMatchObject({ ok: true, marks: "none" });
  expect(ws.getCell(status).value).toBe(STATUS_WORDS.error.vi);
  expect(await isProtected()).toBe(true);
});
