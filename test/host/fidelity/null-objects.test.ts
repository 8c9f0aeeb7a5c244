// *OrNullObject: "instead of throwing an exception when the object doesn't exist, the method returns
// a null object (isNullObject is true)" (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties);
// Microsoft's own samples delete a sheet that may not exist that way, in one line:
// `context.workbook.worksheets.getItemOrNullObject("Sample").delete();`
// (e.g. the setup functions of https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts).
import { createHost } from "../index";

test('getItemOrNullObject("missing").delete() does nothing, and the batch goes on', async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  let names: string[] = [];
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItemOrNullObject("Sample").delete();
    context.workbook.worksheets.add("Sample");
    await context.sync();
    // Now it exists: the same line deletes it.
    context.workbook.worksheets.getItemOrNullObject("Sample").delete();
    context.workbook.worksheets.add("Sample2");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    names = sheets.items.map((s) => s.name);
  });
  expect(names).toEqual(["Sheet1", "Sample2"]);
});

test("a property set on a null object does nothing; on the real object it applies", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  let tab = "";
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getItemOrNullObject("Nowhere").tabColor = "#FF0000";
    const own = context.workbook.worksheets.getItemOrNullObject("Sheet1");
    own.tabColor = "#00FF00";
    own.load("tabColor");
    await context.sync();
    tab = own.tabColor;
  });
  expect(tab).toBe("#00FF00");
});

test("a member the host does not serve answers ApiNotFound, naming it, never silence", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  const codes: { code: string; message: string }[] = [];
  const tryRun = (f: (context: Excel.RequestContext) => void): Promise<void> =>
    host.Excel.run(async (context) => {
      f(context);
      await context.sync().catch((e: { code?: string; message?: string }) => void codes.push({ code: String(e.code), message: String(e.message) }));
    });
  await tryRun((context) => void context.workbook.worksheets.getActiveWorksheet().charts.load("items"));
  await tryRun((context) => void context.workbook.worksheets.getActiveWorksheet().getRange("A1").conditionalFormats.add(host.Excel.ConditionalFormatType.dataBar));
  expect(codes.map((c) => c.code)).toEqual(["ApiNotFound", "ApiNotFound"]);
  expect(codes.every((c) => c.message.includes("does not serve"))).toBe(true);
});
