// Worksheet protection as the reference describes it:
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1)
// and its options (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions):
// every option defaults to false except selectionMode ("Normal"); what protect() was given reads
// back from `options`, and survives saving the file and opening it again.
import { createHost, type Host } from "../index";

// Several hosts and saved files per test: slower than jest's 5 s default on a loaded machine.

async function options(host: Host): Promise<Excel.WorksheetProtectionOptions> {
  let out: Excel.WorksheetProtectionOptions = {};
  await host.Excel.run(async (context) => {
    const protection = context.workbook.worksheets.getActiveWorksheet().protection;
    protection.load("options");
    await context.sync();
    out = protection.options;
  });
  return out;
}

const ALL_FALSE = {
  allowAutoFilter: false, allowDeleteColumns: false, allowDeleteRows: false, allowEditObjects: false, allowEditScenarios: false,
  allowFormatCells: false, allowFormatColumns: false, allowFormatRows: false, allowInsertColumns: false, allowInsertHyperlinks: false,
  allowInsertRows: false, allowPivotTables: false, allowSort: false,
};

test("protect() without options allows nothing but selecting; the options given read back, also after save and reopen", async () => {
  const plain = await createHost({ displayLanguage: "en-US" });
  await plain.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().protection.protect();
    await context.sync();
  });
  expect(await options(plain)).toMatchObject({ ...ALL_FALSE, selectionMode: "Normal" });

  const given = { allowFormatColumns: true, allowInsertRows: true, allowEditObjects: true, allowEditScenarios: true, selectionMode: "Unlocked" as Excel.ProtectionSelectionMode };
  const host = await createHost({ displayLanguage: "en-US" });
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().protection.protect(given);
    await context.sync();
  });
  const expected = { ...ALL_FALSE, ...given };
  expect(await options(host)).toMatchObject(expected);
  const reopened = await createHost({ displayLanguage: "en-US", workbook: await host.save() });
  expect(await options(reopened)).toMatchObject(expected);
  const none = await createHost({ displayLanguage: "en-US" });
  await none.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().protection.protect({ selectionMode: "None" });
    await context.sync();
  });
  expect((await options(await createHost({ workbook: await none.save() }))).selectionMode).toBe("None");
});

// Comments and notes are objects: on a protected sheet Excel's New Comment is unavailable unless
// the protection allows editing objects (allowEditObjects).
test("adding a comment on a protected sheet is refused with AccessDenied unless objects may be edited", async () => {
  const attempt = async (protect: Excel.WorksheetProtectionOptions | null): Promise<string> => {
    const host = await createHost({ displayLanguage: "en-US", apiLevel: "1.10" });
    const sheet = host.workbook.worksheets[0]!.name;
    return host.Excel.run(async (context) => {
      if (protect !== null) context.workbook.worksheets.getActiveWorksheet().protection.protect(protect);
      context.workbook.comments.add(`${sheet}!B2`, "Kiểm tra lại số này");
      return context.sync().then(
        () => "added",
        (e: { code?: string }) => String(e.code),
      );
    });
  };
  expect(await attempt(null)).toBe("added");
  expect(await attempt({})).toBe("AccessDenied");
  expect(await attempt({ allowEditObjects: true })).toBe("added");
});
