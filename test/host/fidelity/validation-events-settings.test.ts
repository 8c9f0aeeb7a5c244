// Data validation (src/excel/apply-sheet-rules.ts), Worksheet.onChanged (src/excel/live.ts) and
// document settings (src/excel/review-store.ts, report-details-store.ts), as their pages say.
import { createHost } from "../index";

// https://learn.microsoft.com/javascript/api/excel/excel.datavalidation (rule, errorAlert, ignoreBlanks,
// clear) and https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
// ("Stop" rejects the entry; "Warning" and "Information" let the user keep it).
test("a decimal rule reads back; a Warning alert lets a bad entry in with the alert, Stop rejects it; clear removes the rule", async () => {
  const host = await createHost({ displayLanguage: "en-US", apiLevel: "1.8" });
  const { Excel } = host;
  const read = await Excel.run(async (context) => {
    const sheet = (): Excel.Worksheet => context.workbook.worksheets.getActiveWorksheet();
    const warn = sheet().getRange("B2:B4").dataValidation;
    warn.clear();
    warn.rule = { decimal: { operator: Excel.DataValidationOperator.greaterThanOrEqualTo, formula1: 0 } };
    warn.ignoreBlanks = true;
    warn.errorAlert = { showAlert: true, style: Excel.DataValidationAlertStyle.warning, title: "Số âm", message: "Kiểm tra lại" };
    const stop = sheet().getRange("C2").dataValidation;
    stop.rule = { wholeNumber: { operator: Excel.DataValidationOperator.between, formula1: 0, formula2: 100 } };
    stop.errorAlert = { showAlert: true, style: Excel.DataValidationAlertStyle.stop, title: "Sai", message: "0..100" };
    warn.load("rule,type,ignoreBlanks");
    await context.sync();
    return { type: warn.type, ignoreBlanks: warn.ignoreBlanks, operator: warn.rule.decimal?.operator, formula1: warn.rule.decimal?.formula1 };
  });
  // "When retrieving the value, it will always be returned as a string formula, for example: "=10""
  // (https://learn.microsoft.com/javascript/api/excel/excel.basicdatavalidation#excel-excel-basicdatavalidation-formula1-member).
  expect(read).toEqual({ type: "Decimal", ignoreBlanks: true, operator: "GreaterThanOrEqualTo", formula1: "=0" });
  expect(await host.user.type("Sheet1", "B3", "-5")).toEqual({ accepted: true, alert: { style: "Warning", title: "Số âm", message: "Kiểm tra lại" } });
  expect(await host.user.type("Sheet1", "C2", "150")).toMatchObject({ accepted: false, alert: { style: "Stop" } });
  const cleared = await Excel.run(async (context) => {
    const dv = context.workbook.worksheets.getActiveWorksheet().getRange("B2:B4").dataValidation;
    dv.clear();
    dv.load("type");
    await context.sync();
    return dv.type;
  });
  expect(cleared).toBe("None");
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member
// and .../excel.worksheetchangedeventargs (address of the changed range; changeType RangeEdited).
test("onChanged reports the user's typing with the cell's address", async () => {
  const host = await createHost({ displayLanguage: "en-US", apiLevel: "1.7" });
  const seen: string[] = [];
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().onChanged.add(async (e) => void seen.push(`${e.changeType} ${e.address}`));
    await context.sync();
  });
  await host.user.type("Sheet1", "I12", "920000");
  await new Promise((r) => setTimeout(r, 20));
  expect(seen).toEqual(["RangeEdited I12"]);
});

// https://learn.microsoft.com/javascript/api/office/office.settings: set changes the add-in's copy;
// saveAsync persists it in the document, so it is there when the file is opened again.
test("settings saved with saveAsync come back with the file; unsaved ones do not", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  const settings = host.Office.context.document.settings;
  settings.set("chitieu.review", { reviewer: "Nguyễn Thị Lan" });
  await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
  settings.set("chitieu.unsaved", 1);
  const reopened = await createHost({ workbook: await host.save() });
  const again = reopened.Office.context.document.settings;
  expect([again.get("chitieu.review"), again.get("chitieu.unsaved")]).toEqual([{ reviewer: "Nguyễn Thị Lan" }, null]);
});
