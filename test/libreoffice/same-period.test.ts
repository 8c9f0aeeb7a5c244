// "% so với cùng kỳ", rendered by LibreOffice from a workbook written by src/xlsx: every row shows
// the percentage the check computes (yoyRatio: Thực hiện ÷ Cùng kỳ năm trước, half up to 0,1 pp,
// whatever the indicator's direction), and nothing where there is nothing to divide. One run.
import { checkReading } from "../../src/core/check";
import type { IndicatorDef } from "../../src/core/indicator";
import { letter, planSheet, readSheet } from "../../src/core/layout";
import type { Period } from "../../src/core/periods/period";
import type { Template } from "../../src/core/template/template";
import { applySheetPlan, newWorkbook, readSnapshot, writeWorkbookBytes } from "../../src/xlsx";
import { DETAILS } from "../core/layout/fixtures";
import { caseRows, caseTemplate } from "./case-sheet";
import { parseSheets, renderHtml } from "./soffice-html";

jest.setTimeout(600_000);

interface Case {
  readonly actual?: number | string;
  readonly lastYear?: number | string;
  readonly direction?: IndicatorDef["direction"];
  readonly numberType?: IndicatorDef["numberType"];
  /** What a clerk computes on paper. */
  readonly shows: string;
}

const CASES: readonly Case[] = [
  { actual: 920000, lastYear: 880000, shows: "104.5%" },
  { actual: 1, lastYear: 3, shows: "33.3%" },
  { actual: 2001, lastYear: 2000, shows: "100.1%" }, // 100,05 %: half up
  { actual: 0.10005, lastYear: 0.1, shows: "100.1%" }, // exactly 100,05 %, a hair under in binary
  { actual: -1999, lastYear: 2000, shows: "-100.0%" }, // −99,95 %: half away from zero
  { actual: 0, lastYear: 5, shows: "0.0%" },
  { actual: 8, lastYear: 10, direction: "lower", shows: "80.0%" }, // lower is better: still Thực hiện ÷ Cùng kỳ
  { actual: 5, lastYear: 4, direction: "informational", shows: "125.0%" },
  { actual: 2.5, lastYear: 2, numberType: "integer", shows: "125.0%" }, // an error figure still divides, as in the check
  { actual: 5, lastYear: 0, shows: "" },
  { actual: 5, shows: "" }, // Cùng kỳ blank
  { actual: 5, lastYear: -3, shows: "" },
  { lastYear: 5, shows: "" }, // no figure yet
  { actual: "abc", lastYear: 5, shows: "" },
  { actual: 5, lastYear: "ba", shows: "" },
];

const Q1: Period = { year: 2020, kind: "Q1" };

const template = (): Template =>
  caseTemplate(CASES.map((c) => ({ kind: "stock", direction: c.direction ?? "higher", numberType: c.numberType ?? "decimal" })));

test("LibreOffice shows the check's % so với cùng kỳ on every row, as a clerk rounds it, and no error", async () => {
  const plan = planSheet({ template: template(), period: Q1, details: DETAILS });
  const workbook = newWorkbook();
  const sheet = applySheetPlan(workbook, plan);
  const rows = caseRows(plan, CASES.length);
  CASES.forEach((c, i) => {
    if (c.actual !== undefined) sheet.getCell(`${letter("actual")}${rows[i]}`).value = c.actual;
    if (c.lastYear !== undefined) sheet.getCell(`${letter("samePeriodLastYear")}${rows[i]}`).value = c.lastYear;
  });
  const read = readSheet(readSnapshot(sheet), () => template());
  if (!read.ok) throw new Error(read.reason);
  const result = checkReading(template(), read.reading);
  const pct = (r: number | null) => (r === null ? "" : `${(r * 100).toFixed(1)}%`);
  const checked = CASES.map((_, i) => pct(result.indicators.find((r) => r.code === `K.${i + 1}`)!.yoyRatio));

  const [html] = renderHtml([{ name: "same-period.xlsx", bytes: await writeWorkbookBytes(workbook) }]);
  const [rendered] = parseSheets(html);
  const shown = rows.map((row) => (rendered.get(`${letter("yoy")}${row}`)?.text.trim() ?? "").replace(",", "."));
  expect(shown).toEqual(checked);
  expect(shown).toEqual(CASES.map((c) => c.shows));
  expect(rendered.get(`${letter("yoy")}${plan.usedRange.match(/\d+/)![0]}`)?.text.trim()).toBe("% so với cùng kỳ");
  const errors = [...rendered.entries()].filter(([, cell]) => /#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!)|Err:/.test(cell.text));
  expect(errors).toEqual([]);
});
