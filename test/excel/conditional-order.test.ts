// The add-in's conditional formats reach Excel in the plan's order with the plan's stopIfTrue.
// In Excel a format is addressed by its priority: once `priority` is set, the proxy reaches
// whichever format now holds its old priority ("you have to re-fetch a new copy of the object at
// that new priority location", https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-priority-member).
// Setting stopIfTrue after priority put it on the wrong format: the error rule kept going and
// a shortfall rule below it could repaint an error cell.
import { carryForward } from "../../src/core/layout/carry-forward";
import { planSheet } from "../../src/core/layout/plan-sheet";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { loadTemplate } from "../../src/excel/load-template";
import { DETAILS, startHost } from "./helpers";

const PERIOD = { year: 2020, kind: "Q1" } as const;

it.each(["1.7", "1.21"])("at ExcelApi %s every format has the plan's formula, order and stopIfTrue", async (level) => {
  const { host } = await startHost(level);
  try {
    const loaded = await loadTemplate({ template: defaultTemplate(), period: PERIOD, details: DETAILS, replaceExisting: false });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    const plan = planSheet({ template: defaultTemplate(), period: PERIOD, details: DETAILS, carried: carryForward([], defaultTemplate(), PERIOD) });
    // Read through the formats' own range, so that their relative formulas read as written.
    const ranges = new Set(plan.conditionalFormats.map((f) => f.range));
    expect(ranges.size).toBe(1);
    const expected = [...plan.conditionalFormats].sort((a, b) => a.priority - b.priority).map((f) => ({ formula: f.formula, fill: f.fill as string, stopIfTrue: f.stopIfTrue }));
    let got: typeof expected = [];
    await host.Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem(loaded.ok ? loaded.sheetName : "").getRange([...ranges][0]).conditionalFormats;
      formats.load("items/stopIfTrue,items/custom/rule/formula,items/custom/format/fill/color");
      await context.sync();
      got = formats.items.map((f) => ({ formula: f.custom.rule.formula, fill: f.custom.format.fill.color, stopIfTrue: f.stopIfTrue }));
    });
    expect(got).toEqual(expected);
    expect(expected.some((f) => f.stopIfTrue)).toBe(true);
  } finally {
    host.uninstall();
  }
});
