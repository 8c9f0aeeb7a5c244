// "% so với cùng kỳ" in the sheet is the check's yoyRatio (Thực hiện ÷ Cùng kỳ năm trước, to
// 0,1 pp), cell by cell, as Excel computes it: on the example with Cùng kỳ typed by a clerk, and
// on a real published table typed as its source writes it. Empty where Cùng kỳ is blank, 0,
// negative or words, and where Thực hiện is not a number in the sheet.
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkReading } from "../../src/core/check";
import { parseCellAddress, splitQualified } from "../../src/core/layout/a1";
import { letter } from "../../src/core/layout/columns";
import type { SheetReading } from "../../src/core/reading";
import type { Template } from "../../src/core/template/template";
import { builtinTemplate } from "../../src/core/template/template-builtin";
import { parseTemplate } from "../../src/core/template/template-schema";
import { check } from "../../src/excel/check";
import { loadTemplate } from "../../src/excel/load-template";
import { loadRealTables } from "../fixtures/real-tables/load";
import { figuresOf, templateJsonOf } from "../core/real-table-template";
import { newestLevel, type Host } from "../host";
import { DETAILS, startHost } from "./helpers";

const EXAMPLE = new Uint8Array(readFileSync(path.resolve(__dirname, "..", "..", "examples", "ha-nam-stttt-2020-Q1.xlsx")));

const rowOf = (reading: SheetReading, code: string): number => {
  const cells = reading.indicators.find((i) => i.code === code)!.cells;
  return parseCellAddress(splitQualified(cells.actual!.address).address)!.row;
};

/** What Excel shows in a column of the indicator rows: values as Range.values gives them (one sync). */
async function columnValues(sheet: string, key: "yoy" | "actual" | "samePeriodLastYear", rows: readonly number[]): Promise<unknown[]> {
  return Excel.run(async (context) => {
    const ranges = rows.map((row) => context.workbook.worksheets.getItem(sheet).getRange(`${letter(key)}${row}`).load("values"));
    await context.sync();
    return ranges.map((r) => r.values[0][0] as unknown);
  });
}

/** The sheet's % so với cùng kỳ beside the check's, per indicator; the figures they come from. */
async function compare(sheet: string, template: Template) {
  const outcome = await check(sheet);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  const result = checkReading(template, outcome.reading);
  const codes = outcome.reading.indicators.map((i) => i.code as string);
  const rows = codes.map((c) => rowOf(outcome.reading, c));
  const [yoy, actual, same] = await Promise.all([columnValues(sheet, "yoy", rows), columnValues(sheet, "actual", rows), columnValues(sheet, "samePeriodLastYear", rows)]);
  return codes.map((code, i) => ({
    code,
    actual: actual[i],
    same: same[i],
    sheet: yoy[i],
    check: result.indicators.find((r) => r.code === code)!.yoyRatio,
  }));
}

describe.each(["1.7", newestLevel])("at ExcelApi %s", (level) => {
  let host: Host;
  afterEach(() => host.uninstall());

  it("on the example, % so với cùng kỳ is the check's for every Cùng kỳ a clerk types, and empty without one", async () => {
    ({ host } = await startHost(level, EXAMPLE));
    const sheet = "Quý I-2020";
    const template = builtinTemplate("stttt-quarterly")!;
    const first = await check(sheet);
    if (!first.ok) throw new Error(JSON.stringify(first));
    const typed: Readonly<Record<string, number | string>> = {
      "A.1": 880000, // 104,5 %
      "A.2": 0, // nothing divides by zero: empty
      "B.1": 95.5, // 104,7 %
      "B.2": 87, // 100,0 %
      "C.1": 3, // 1 ÷ 3: 33,3 %
      "C.2": 27.9, // 100,4 %
      "C.2.1": -2, // a negative base: empty
      "C.2.2": "ba", // words: empty
      "C.2.4": 16, // 112,5 %
      "C.4": 5600000, // 125,0 %
      // C.2.3, C.3, C.5: left blank
    };
    for (const [code, v] of Object.entries(typed)) {
      await host.user.type(sheet, `${letter("samePeriodLastYear")}${rowOf(first.reading, code)}`, v);
    }
    // 2001 ÷ 2000 = 100,05 %: half up, as the check rounds it.
    await host.user.type(sheet, `${letter("actual")}${rowOf(first.reading, "C.5")}`, 2001);
    await host.user.type(sheet, `${letter("samePeriodLastYear")}${rowOf(first.reading, "C.5")}`, 2000);

    const rows = await compare(sheet, template);
    expect(rows.map((r) => [r.code, r.sheet])).toEqual(rows.map((r) => [r.code, r.check ?? ""]));
    const shown = Object.fromEntries(rows.map((r) => [r.code, r.sheet]));
    expect(shown).toMatchObject({ "A.1": 1.045, "A.2": "", "B.1": 1.047, "B.2": 1, "C.1": 0.333, "C.2": 1.004, "C.2.1": "", "C.2.2": "", "C.2.3": "", "C.2.4": 1.125, "C.4": 1.25, "C.5": 1.001 });
  });

  it("on a real table typed as its source writes it, % so với cùng kỳ is the check's wherever both figures are numbers in the sheet", async () => {
    // Thừa Thiên Huế 2019: TH 2018 beside TH 2019 (the year's same period last year), "6,61",
    // "-4,13%", "1.839", a blank, and cells packing two figures.
    const table = loadRealTables().find((t) => t.id === "thua-thien-hue-main-targets-2019")!;
    const parsed = parseTemplate(templateJsonOf(table));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    ({ host } = await startHost(level));
    const loaded = await loadTemplate({ template: parsed.template, period: table.period, details: DETAILS, replaceExisting: false });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    const first = await check(loaded.sheetName);
    if (!first.ok) throw new Error(JSON.stringify(first));
    for (const [code, roles] of Object.entries(figuresOf(table))) {
      for (const role of ["actual", "samePeriodLastYear"] as const) {
        const v = roles[role];
        if (v !== null && v !== undefined) await host.user.type(loaded.sheetName, `${letter(role)}${rowOf(first.reading, code)}`, v as string);
      }
    }
    const numbers = (r: Awaited<ReturnType<typeof compare>>[number]) => typeof r.actual === "number" && typeof r.same === "number";
    const rows = await compare(loaded.sheetName, parsed.template);
    expect(rows.map((r) => [r.code, r.sheet])).toEqual(rows.map((r) => [r.code, numbers(r) ? r.check ?? "" : ""]));
    // Not vacuous: most rows show a %; 7.787 against 7.788 is 100,0 %.
    expect(rows.filter((r) => typeof r.sheet === "number").length).toBeGreaterThanOrEqual(15);
    expect(rows.find((r) => r.code === "R9")).toMatchObject({ sheet: 1, check: 1 });
    // A result written as text ("0,86%\n(còn 4,17%)") is no number the sheet can divide: it shows
    // nothing there, while the check reads the figure the text states (and flags the text cell).
    expect(rows.find((r) => r.code === "R14")).toMatchObject({ sheet: "" });
    expect(rows.find((r) => r.code === "R14")?.check).not.toBeNull();

    // The clerk empties one Cùng kỳ and writes 0 in another: both show nothing, in the sheet and the check.
    await host.user.type(loaded.sheetName, `${letter("samePeriodLastYear")}${rowOf(first.reading, "R1")}`, "");
    await host.user.type(loaded.sheetName, `${letter("samePeriodLastYear")}${rowOf(first.reading, "R6")}`, 0);
    const again = await compare(loaded.sheetName, parsed.template);
    expect(again.map((r) => [r.code, r.sheet])).toEqual(again.map((r) => [r.code, numbers(r) ? r.check ?? "" : ""]));
    expect(again.filter((r) => r.code === "R1" || r.code === "R6").map((r) => [r.sheet, r.check])).toEqual([["", null], ["", null]]);
  });
});
