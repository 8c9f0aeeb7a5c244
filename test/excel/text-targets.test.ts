// A target typed as text after the sheet was built ("6,6-6,8", "Trên 95"): the check rewrites
// that row's grading formulas to the ones that read it, in the same two syncs, so the sheet
// grades it from then on as the check did; rows of numbers keep theirs.
import { letter } from "../../src/core/layout/columns";
import { nearPerMille } from "../../src/core/layout/formulas";
import { gradingCells } from "../../src/core/layout/table-plan";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { templateIndicators } from "../../src/core/template/template-schema";
import { check } from "../../src/excel/check";
import { BUILTIN_SHEET, builtinSheetPerTest, Q1 } from "./builtin-sheet";
import { SEED_PLANS } from "./helpers";

const SHEET = BUILTIN_SHEET;

const sheet = builtinSheetPerTest();
const rowOf = (code: string): number => sheet.rowOf(code);

const formulaAt = (address: string): string | undefined => {
  const v = sheet.host.workbook.getWorksheet(SHEET)!.getCell(address).value as { formula?: string } | null;
  return v?.formula === undefined ? undefined : `=${v.formula}`;
};

it("rewrites the grading formulas of a row whose plan is now text, and only those, in two syncs", async () => {
  const template = defaultTemplate();
  const def = templateIndicators(template).find((d) => d.code === "B.1")!;
  for (const [code, v] of Object.entries(SEED_PLANS)) await sheet.host.user.type(SHEET, `${letter("plan")}${rowOf(code)}`, v);
  await sheet.host.user.type(SHEET, `${letter("plan")}${rowOf("B.1")}`, "Trên 95");
  await sheet.host.user.type(SHEET, `${letter("actual")}${rowOf("B.1")}`, 96);
  const numericBefore = formulaAt(`${letter("ratio")}${rowOf("A.1")}`);
  expect(formulaAt(`${letter("planLow")}${rowOf("B.1")}`)).toBeUndefined();

  sheet.host.instruments.reset();
  expect(await check(SHEET)).toMatchObject({ ok: true });
  expect(sheet.host.instruments.syncsPerRun).toEqual([2]);

  const row = rowOf("B.1");
  const want = gradingCells(def, Q1, row, nearPerMille(def, template.nearThreshold), "vi", true);
  expect(want.length).toBeGreaterThan(10);
  for (const cell of want) expect({ address: cell.address, formula: formulaAt(cell.address) }).toEqual({ address: cell.address, formula: cell.formula });
  expect(formulaAt(`${letter("ratio")}${rowOf("A.1")}`)).toBe(numericBefore);
  expect(formulaAt(`${letter("planLow")}${rowOf("A.1")}`)).toBeUndefined();
});

// The same for Thực hiện typed as text (Sở Công Thương Thái Nguyên writes "139.774 tỷ đồng";
// here a subscriber count "915 nghìn thuê bao"): the check reads it with a warning, and from then
// on the sheet weighs the figure read, grades it and leaves it uncoloured, as the check does.
it("a Thực hiện typed as text is read by the helpers the check writes, and graded by the sheet as by the check", async () => {
  for (const [code, v] of Object.entries(SEED_PLANS)) await sheet.host.user.type(SHEET, `${letter("plan")}${rowOf(code)}`, v);
  const row = rowOf("A.1");
  await sheet.host.user.type(SHEET, `${letter("actual")}${row}`, "915 nghìn thuê bao");
  const values = async (): Promise<unknown[]> => {
    let out: unknown[] = [];
    await sheet.host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange(`${letter("ytd")}${row}:${letter("grade")}${row}`);
      range.load("values");
      await context.sync();
      out = range.values[0]!;
    });
    return out;
  };
  // Before a check the sheet cannot weigh the text: nothing graded (the cell is coloured as an error).
  expect((await values()).every((v) => v === "")).toBe(true);

  sheet.host.instruments.reset();
  const result = await check(SHEET);
  expect(sheet.host.instruments.syncsPerRun).toEqual([2]);
  if (!result.ok) throw new Error(JSON.stringify(result));
  const a1 = result.result.indicators.find((i) => i.code === "A.1")!;
  expect(a1).toMatchObject({ value: 915000, grade: "near" });
  // Lũy kế 915.000; 915.000 ÷ 950.000 = 96,3 %: the check's ratio and grade, in the cells.
  const [ytd, pctPeriod, pctYear, , grade] = await values();
  expect({ ytd, pctPeriod, pctYear, grade }).toEqual({ ytd: 915000, pctPeriod: a1.ratio, pctYear: a1.planRatio, grade: "Gần đạt" });
  expect(sheet.host.view(SHEET, `${letter("actual")}${row}`)[0]![0]!.conditionalFill).toBe("#FFEB9C");
});
