// Conditional formats as the reference describes them:
// https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat (id, priority, stopIfTrue),
// https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
// ("adds a new conditional format to the collection at the first/top priority").
import { createHost, type Host } from "../index";

const SHEET = "Sheet1";

async function withFormats(host: Host, formulas: string[]): Promise<void> {
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A4");
    range.values = [[1], [2], [3], [4]];
    // Added last-first, so that formulas[0] ends on top.
    for (const f of [...formulas].reverse()) {
      const format = range.conditionalFormats.add(host.Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = f;
      format.custom.format.fill.color = "#FF0000";
    }
    await context.sync();
  });
}

async function listed(host: Host): Promise<{ id: string; priority: number; formula: string; stopIfTrue: boolean }[]> {
  let out: { id: string; priority: number; formula: string; stopIfTrue: boolean }[] = [];
  await host.Excel.run(async (context) => {
    const formats = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A4").conditionalFormats;
    formats.load("items/id,items/priority,items/stopIfTrue,items/custom/rule/formula");
    await context.sync();
    out = formats.items.map((f) => ({ id: f.id, priority: f.priority, formula: f.custom.rule.formula, stopIfTrue: f.stopIfTrue }));
  });
  return out;
}

// "id: the priority of the conditional format within the current ConditionalFormatCollection."
test("a format's id is its priority, and getItem(id) reaches the format at that priority", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  await withFormats(host, ["=A1>3", "=A1>2", "=A1>1"]);
  expect((await listed(host)).map((f) => [f.id, f.priority, f.formula])).toEqual([["0", 0, "=A1>3"], ["1", 1, "=A1>2"], ["2", 2, "=A1>1"]]);
  let formula = "";
  await host.Excel.run(async (context) => {
    const f = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A4").conditionalFormats.getItem("1");
    f.load("custom/rule/formula");
    await context.sync();
    formula = f.custom.rule.formula;
  });
  expect(formula).toBe("=A1>2");
});

// "If you change the priority, you have to re-fetch a new copy of the object at that new priority
// location if you want to make further changes to it."
test("after its priority changes, a proxy reaches the format now at its old priority", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  await withFormats(host, ["=A1>2", "=A1>1"]);
  await host.Excel.run(async (context) => {
    const format = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A4").conditionalFormats.add(host.Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = "=A1>3";
    format.priority = 2;
    format.stopIfTrue = true; // lands on the format that moved up to priority 0
    await context.sync();
  });
  expect((await listed(host)).map((f) => [f.formula, f.stopIfTrue])).toEqual([["=A1>2", true], ["=A1>1", false], ["=A1>3", false]]);
});

// "Use a negative priority to begin from the back. Priorities greater than the bounds will get and
// set to the maximum (or minimum if negative) priority."
test("a negative priority counts from the back; one out of bounds goes to the end", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  await withFormats(host, ["=A1>3", "=A1>2", "=A1>1"]);
  await host.Excel.run(async (context) => {
    const formats = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A4").conditionalFormats;
    formats.getItemAt(0).priority = -1;
    await context.sync();
  });
  expect((await listed(host)).map((f) => f.formula)).toEqual(["=A1>2", "=A1>1", "=A1>3"]);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("A1:A4").conditionalFormats.getItemAt(2).priority = -99;
    await context.sync();
  });
  expect((await listed(host)).map((f) => f.formula)).toEqual(["=A1>3", "=A1>2", "=A1>1"]);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("A1:A4").conditionalFormats.getItemAt(0).priority = 99;
    await context.sync();
  });
  expect((await listed(host)).map((f) => f.formula)).toEqual(["=A1>2", "=A1>1", "=A1>3"]);
});

// A relative formula is relative to the top-left cell of the range it is set through (as in
// Excel's dialog, to the active cell): set through A1:A9 for a format on A3:A4, "=A1>2" is
// stored as "=A3>2" for the format's own first cell.
test("a formula set through another range is re-based to the format's own range", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  let throughOwn = "";
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.getRange("A1:A4").values = [[1], [2], [3], [4]];
    ws.getRange("A3:A4").conditionalFormats.add(host.Excel.ConditionalFormatType.custom).custom.format.fill.color = "#00FF00";
    await context.sync();
    const viaWider = ws.getRange("A1:A9").conditionalFormats.getItemAt(0);
    viaWider.custom.rule.formula = "=AND(A1>2,$A$1=1)";
    const own = ws.getRange("A3:A4").conditionalFormats.getItemAt(0);
    own.load("custom/rule/formula");
    await context.sync();
    throughOwn = own.custom.rule.formula;
  });
  expect(throughOwn).toBe("=AND(A3>2,$A$1=1)");
  expect(host.view(SHEET, "A1:A4").map((r) => r[0]!.conditionalFill)).toEqual([null, null, "#00FF00", "#00FF00"]);
});

// "If the conditions of this conditional format are met, no lower-priority formats shall take
// effect on that cell" (stopIfTrue); otherwise the higher format wins where both set a fill.
test("the host evaluates formats per cell, in priority order, with stopIfTrue", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A4");
    range.values = [[1], [2], [3], [4]];
    const low = range.conditionalFormats.add(host.Excel.ConditionalFormatType.custom);
    low.custom.rule.formula = "=A1>=2";
    low.custom.format.fill.color = "#0000FF";
    low.custom.format.font.color = "#FFFFFF";
    const high = range.conditionalFormats.add(host.Excel.ConditionalFormatType.custom);
    high.custom.rule.formula = "=A1>=3";
    high.custom.format.fill.color = "#FF0000";
    high.stopIfTrue = true;
    await context.sync();
  });
  const view = host.view(SHEET, "A1:A4").map((r) => [r[0]!.conditionalFill, r[0]!.fontColor]);
  expect(view).toEqual([[null, null], ["#0000FF", "#FFFFFF"], ["#FF0000", null], ["#FF0000", null]]);
});

test("changing a conditional format on a protected sheet is refused with AccessDenied", async () => {
  const host = await createHost({ displayLanguage: "en-US" });
  await withFormats(host, ["=A1>3"]);
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().protection.protect();
    await context.sync();
  });
  const attempt = (change: (f: Excel.ConditionalFormatCollection) => void): Promise<string> =>
    host.Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A4").conditionalFormats;
      change(formats);
      return context.sync().then(
        () => "applied",
        (e: { code?: string }) => String(e.code),
      );
    });
  const codes = [
    await attempt((f) => void (f.getItemAt(0).priority = 0)),
    await attempt((f) => void (f.getItemAt(0).custom.rule.formula = "=A1>1")),
    await attempt((f) => f.getItemAt(0).delete()),
    await attempt((f) => f.clearAll()),
    await attempt((f) => void f.add(host.Excel.ConditionalFormatType.custom)),
  ];
  expect(codes).toEqual(Array(5).fill("AccessDenied"));
  expect((await listed(host)).map((f) => f.formula)).toEqual(["=A1>3"]);
});
