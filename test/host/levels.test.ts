// A host at a given ExcelApi level refuses later APIs with ApiNotFound, and isSetSupported agrees.
// Levels come from the typings' [Api set: ExcelApi x.y] tags (engine/api-levels.json).
import { createHost, newestLevel } from "./index";
import { levelOf } from "./engine/api-levels";

// https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
test("the levels table is the typings': data validation 1.8, page layout 1.9, comments 1.10, notes 1.18", () => {
  expect(levelOf("Range", "dataValidation")).toBe("1.8");
  expect(levelOf("Excel", "createWorkbook")).toBe("1.8");
  expect(levelOf("Worksheet", "pageLayout")).toBe("1.9");
  expect(levelOf("WorksheetChangedEventArgs", "details")).toBe("1.9");
  expect(levelOf("Workbook", "comments")).toBe("1.10");
  expect(levelOf("WorksheetChangedEventArgs", "triggerSource")).toBe("1.14");
  expect(levelOf("Workbook", "notes")).toBe("1.18");
});

// https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime (isSetSupported)
test("isSetSupported follows the host's level", async () => {
  const old = await createHost({ apiLevel: "1.7" });
  expect(old.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
  expect(old.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
  const fresh = await createHost();
  expect(fresh.apiLevel).toBe(newestLevel);
  expect(fresh.Office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(true);
  expect(fresh.Office.context.displayLanguage).toBe("vi-VN");
});

// https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-development-errors (ApiNotFound for an API above the host's set)
test("a 1.7 host answers ApiNotFound for data validation, page layout (headers and footers too), indent levels, comments, notes and createWorkbook", async () => {
  const host = await createHost({ apiLevel: "1.7" });
  const { Excel } = host;
  const attempt = (f: (context: Excel.RequestContext) => void) =>
    Excel.run(async (context) => {
      f(context);
      await context.sync();
    });
  await expect(attempt((context) => void (context.workbook.worksheets.getActiveWorksheet().getRange("A1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } }))).rejects.toMatchObject({ code: "ApiNotFound" });
  await expect(attempt((context) => void (context.workbook.worksheets.getActiveWorksheet().pageLayout.orientation = "Landscape"))).rejects.toMatchObject({ code: "ApiNotFound" });
  await expect(attempt((context) => void (context.workbook.worksheets.getActiveWorksheet().pageLayout.headersFooters.defaultForAllPages.centerHeader = "&P"))).rejects.toMatchObject({ code: "ApiNotFound" });
  await expect(attempt((context) => void (context.workbook.worksheets.getActiveWorksheet().getRange("A1").format.indentLevel = 1))).rejects.toMatchObject({ code: "ApiNotFound" });
  await expect(attempt((context) => void context.workbook.comments.add("Trang_tính1!A1", "x"))).rejects.toMatchObject({ code: "ApiNotFound" });
  await expect(Excel.createWorkbook("")).rejects.toMatchObject({ code: "ApiNotFound" });
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-notes-member (ExcelApi 1.18)
test("the shipped client (@microsoft/office-js excel-web-16.00.js) has no notes API: feature-detect it, use comments", async () => {
  const host = await createHost();
  let notes: unknown = "not read";
  let comments: unknown;
  await host.Excel.run(async (context) => {
    notes = (context.workbook.worksheets.getActiveWorksheet() as unknown as { notes?: unknown }).notes;
    comments = context.workbook.comments;
    await context.sync();
  });
  expect(notes).toBeUndefined();
  expect(comments).toBeDefined();
});

// The engine checks levels too, for APIs the client does not guard itself (e.g. freezePanes is 1.7, getItemOrNullObject 1.4).
test("the engine refuses an API above its level even when the client does not check", async () => {
  const host = await createHost({ apiLevel: "1.3" });
  await expect(
    host.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("x");
      await context.sync();
      void ws.isNullObject;
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
});

// https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)
test("Excel.createWorkbook at 1.8 and later records the file it was given", async () => {
  const host = await createHost();
  await host.Excel.createWorkbook("UEsDBA==");
  expect(host.createdWorkbooks).toEqual(["UEsDBA=="]);
});
