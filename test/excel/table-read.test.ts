// The check and the live watcher read only the columns core reads (A to the marks column): the
// hidden helpers right of it are formulas, and at 5,000 rows their values would take the response
// past Excel's 5 MB limit. Where columns inserted before the marker moved it further right, the
// sheet is read whole, in one more sync.
import { col } from "../../src/core/layout/columns";
import { columnLetter } from "../../src/core/layout/a1";
import { check } from "../../src/excel/check";
import { BUILTIN_SHEET, builtinSheetPerTest } from "./builtin-sheet";

const SHEET = BUILTIN_SHEET;

const sheet = builtinSheetPerTest();

it("reads A to the marks column in the check's two syncs", async () => {
  sheet.host.instruments.reset();
  const r = await check(SHEET);
  expect(r).toMatchObject({ ok: true });
  expect(sheet.host.instruments.syncsPerRun).toEqual([2]);
});

it("reads the whole sheet, in one more sync, when a column inserted before the marker moved it past those columns", async () => {
  // A column inserted before the table, as ExcelJS shifts cells (the host has no Range.insert).
  sheet.host.workbook.getWorksheet(SHEET)!.spliceColumns(1, 0, []);
  sheet.host.instruments.reset();
  const r = await check(SHEET);
  expect(sheet.host.instruments.syncsPerRun).toEqual([3]);
  expect(r).toMatchObject({ ok: true });
  if (r.ok) {
    expect(r.reading.indicators.length).toBe(15);
    // Thực hiện is read where the inserted column moved it.
    expect(r.reading.indicators[0]!.cells.actual!.address).toMatch(new RegExp(`!${columnLetter(col("actual") + 1)}\\d+$`));
  }
});
