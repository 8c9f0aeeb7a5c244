// The check and the live watcher read only the columns core reads (A to the marks column): the
// hidden helpers right of it are formulas, and at 5,000 rows their values would take the response
// past Excel's 5 MB limit. Where columns inserted before the marker moved it further right, the
// sheet is read whole, in one more sync.
import { col } from "../../src/core/layout/columns";
import { columnLetter } from "../../src/core/layout/a1";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { check } from "../../src/excel/check";
import { loadTemplate } from "../../src/excel/load-template";
import { newestLevel, type Host } from "../host";
import { DETAILS, startHost } from "./helpers";

const SHEET = "Quý I-2020";
const Q1 = { year: 2020, kind: "Q1" } as const;

let host: Host;
beforeEach(async () => {
  ({ host } = await startHost(newestLevel));
  await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
});
afterEach(() => host.uninstall());

it("reads A to the marks column in the check's two syncs", async () => {
  host.instruments.reset();
  const r = await check(SHEET);
  expect(r).toMatchObject({ ok: true });
  expect(host.instruments.syncsPerRun).toEqual([2]);
});

it("reads the whole sheet, in one more sync, when a column inserted before the marker moved it past those columns", async () => {
  // A column inserted before the table, as ExcelJS shifts cells (the host has no Range.insert).
  host.workbook.getWorksheet(SHEET)!.spliceColumns(1, 0, []);
  host.instruments.reset();
  const r = await check(SHEET);
  expect(host.instruments.syncsPerRun).toEqual([3]);
  expect(r).toMatchObject({ ok: true });
  if (r.ok) {
    expect(r.reading.indicators.length).toBe(15);
    // Thực hiện is read where the inserted column moved it.
    expect(r.reading.indicators[0]!.cells.actual!.address).toMatch(new RegExp(`!${columnLetter(col("actual") + 1)}\\d+$`));
  }
});
