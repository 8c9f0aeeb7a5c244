// chitieu template --from-table on real department tables (test/fixtures/real-tables, each
// written into an .xlsx as the department keeps it): the template it writes loads, builds the
// report workbook, and the corrections a person still has to make are stated here, per table,
// against the fixture's own reading of each indicator (its kind and direction).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseTemplate } from "../../src/core/template/template-schema";
import type { Template } from "../../src/core/template/template";
import { readTemplateSheets } from "../../src/xlsx/template-sheets";
import { loadWorkbook } from "../../src/xlsx/workbook-bytes";
import { loadRealTable, type RealTable } from "../fixtures/real-tables/load";
import { chitieu, scratchDir } from "./run-cli";
import { sheetRowOf, tableWorkbookBytes } from "./table-workbook";

interface Case {
  readonly id: string;
  readonly shape: string;
  /** What a person still corrects after the guess: "row N: field guessed → right", problems as "row N: code". */
  readonly corrections: readonly string[];
}

const CASES: readonly Case[] = [
  {
    id: "national-12-targets-2019",
    shape: "TT “1.”…“12.”, “- Trong đó:” sub-rows in the name, ranges and Khoảng/Dưới plans, an Đánh giá column",
    // Every target form is read as a plan; only the poverty reduction, a change of a rate written
    // in plain “điểm”, is a rate the person marks as such.
    corrections: ["row 9: kind stock → rate"],
  },
  {
    id: "thua-thien-hue-main-targets-2019",
    shape: "I/II/III sections, no unit column (units in the name's brackets), a TH 2018 column before the plan, “Tr.đó:” then dashes",
    corrections: [
      // Births and natural growth in ‰: rates per mille, which the person marks as rates.
      "row 15: kind stock → rate",
      "row 16: kind stock → rate", "row 16: direction higher → informational",
      // Two indicators in one row (under and over weight: “< 7,6\n<10,4”), named as such: the person splits row 17 in two.
      "row 17: two-in-one-row",
    ],
  },
  {
    id: "so-ldtbxh-dong-thap-2020",
    shape: "unnumbered rows between numbered ones, “Trong đó:” followed by unnumbered parts, most plans empty",
    corrections: [
      // Without a plan the guess is “reported only”; the department grades these against plans it
      // types later, so the person sets the direction.
      "row 4: direction informational → higher", "row 5: direction informational → lower", "row 6: direction informational → higher",
      // Workers sent abroad and “Tuyển mới” trainees are counted over the year.
      "row 6: kind stock → flow",
      "row 8: direction informational → higher", "row 9: direction informational → higher", "row 10: direction informational → lower",
      "row 11: direction informational → higher", "row 12: direction informational → higher", "row 13: direction informational → higher",
      "row 15: direction informational → higher", "row 16: direction informational → higher", "row 17: direction informational → higher",
      "row 18: direction informational → higher", "row 19: direction informational → higher", "row 20: direction informational → higher",
      "row 21: kind flow → rate", "row 21: direction informational → higher",
      "row 14: kind stock → flow",
    ],
  },
  {
    id: "so-ldtbxh-quang-nam-2020",
    shape: "plans written with their unit (“15.000 người”, “2,5 tỷ đồng”), “Chỉ tiêu, nhiệm vụ” and “Chỉ tiêu năm 2020” headers",
    corrections: [
      "row 4: direction informational → higher", "row 5: kind stock → flow", "row 5: direction informational → higher",
      "row 6: direction informational → lower", "row 7: direction informational → higher",
    ],
  },
  {
    id: "so-cong-thuong-thai-nguyen-2020-9m",
    shape: "money in tỷ đồng and triệu USD, a “Trong đó:\\n+” part, a plan written as a sentence",
    corrections: [
      // The plan written as a sentence (“803.300 tỷ đồng, tăng 8% so với thực hiện năm 2019”) is read
      // as 803.300; the two indicators the table leaves unplanned are set to be graded.
      "row 6: direction informational → higher", "row 7: direction informational → higher",
    ],
  },
  {
    id: "so-cong-thuong-thai-nguyen-2020-q1",
    shape: "no plan column at all (the department reports % of the annual plan only)",
    corrections: ["row 4: direction informational → higher", "row 5: direction informational → higher", "row 6: direction informational → higher"],
  },
];

function corrections(table: RealTable, template: Template, stdout: string, rows: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  const byRow = new Map<number, Template["sections"][number]["indicators"][number]>();
  for (const s of template.sections) for (const i of s.indicators) byRow.set(rows.get(i.code) ?? -1, i);
  for (const s of table.semantics) {
    const row = sheetRowOf(table, s.row);
    const made = byRow.get(row);
    if (made === undefined) {
      out.push(`row ${row}: missing`);
      continue;
    }
    if (made.kind !== s.kind) out.push(`row ${row}: kind ${made.kind} → ${s.kind}`);
    if (made.direction !== s.direction) out.push(`row ${row}: direction ${made.direction} → ${s.direction}`);
  }
  for (const m of stdout.matchAll(/Row (\d+): the plan/g)) out.push(`row ${m[1]}: plan-unreadable`);
  for (const m of stdout.matchAll(/Row (\d+) holds two plans/g)) out.push(`row ${m[1]}: two-in-one-row`);
  return out;
}

describe.each(CASES)("$id ($shape)", ({ id, corrections: expected }) => {
  const table = loadRealTable(id);
  const dir = scratchDir();

  test("the guessed template loads, builds the workbook, and needs only the corrections stated", async () => {
    writeFileSync(path.join(dir, "table.xlsx"), await tableWorkbookBytes(table));
    const run = await chitieu(["template", "--from-table", "table.xlsx", "--out", "template.json", "--lang", "en"], dir);
    expect(run.stderr).toContain("Wrote template");
    expect(run.code).toBe(0);
    const parsed = parseTemplate(JSON.parse(readFileSync(path.join(dir, "template.json"), "utf8")));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    // Each guess names the row it came from: the code's row is what the person compares with the table.
    const rows = new Map([...run.stdout.matchAll(/row (\d+) · ([A-Za-z0-9.]+) · Code:/g)].map((m) => [m[2], Number(m[1])]));
    expect(rows.size).toBe(parsed.template.sections.flatMap((s) => s.indicators).length);
    expect(corrections(table, parsed.template, run.stdout, rows).sort()).toEqual([...expected].sort());

    const built = await chitieu(["template", "--template", "template.json", "--out", "book.xlsx", "--year", String(table.period.year), "--period", table.period.kind], dir);
    expect(built.code).toBe(0);
    const book = await loadWorkbook(new Uint8Array(readFileSync(path.join(dir, "book.xlsx"))));
    if (!book.ok) throw new Error("book.xlsx does not open");
    expect(readTemplateSheets(book.workbook, [parsed.template]).sheets).toHaveLength(1);
  });
});

test("--out BOOK.xlsx makes the report workbook at once, its annual plans read from the table as written", async () => {
  const table = loadRealTable("national-12-targets-2019");
  const dir = scratchDir();
  writeFileSync(path.join(dir, "table.xlsx"), await tableWorkbookBytes(table));
  const run = await chitieu(["template", "--from-table", "table.xlsx", "--sheet", "Bảng chỉ tiêu", "--out", "book.xlsx", "--year", "2019", "--period", "Y"], dir);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("dòng 4 · A.1 · Kế hoạch: 6,6-6,8 (đọc từ cột Kế hoạch)");
  await chitieu(["template", "--from-table", "table.xlsx", "--out", "template.json"], dir);
  const parsed = parseTemplate(JSON.parse(readFileSync(path.join(dir, "template.json"), "utf8")));
  if (!parsed.ok) throw new Error("template.json does not load");
  const book = await loadWorkbook(new Uint8Array(readFileSync(path.join(dir, "book.xlsx"))));
  if (!book.ok) throw new Error("book.xlsx does not open");
  const [sheet] = readTemplateSheets(book.workbook, [parsed.template]).sheets;
  const plan = (code: string) => sheet.reading.indicators.find((i) => i.code === code)?.cells.plan?.value;
  expect([plan("A.1"), plan("A.2"), plan("A.4"), plan("A.10")]).toEqual(["6,6-6,8", "Khoảng 4", "Dưới 3", 88.1]);
  // Plans for another year than the table's are not carried into the sheet.
  const other = await chitieu(["template", "--from-table", "table.xlsx", "--out", "2020.xlsx", "--year", "2020", "--period", "Q1"], dir);
  expect(other.code).toBe(0);
  const book2 = await loadWorkbook(new Uint8Array(readFileSync(path.join(dir, "2020.xlsx"))));
  if (!book2.ok) throw new Error("2020.xlsx does not open");
  const [sheet2] = readTemplateSheets(book2.workbook, [parsed.template]).sheets;
  expect(sheet2.reading.indicators.find((i) => i.code === "A.1")?.cells.plan?.value ?? null).toBeNull();
});

test("a table a person has to fix says which row and what to write; an unknown sheet names the sheets there are", async () => {
  const dir = scratchDir();
  writeFileSync(path.join(dir, "table.xlsx"), await tableWorkbookBytes(loadRealTable("national-12-targets-2019")));
  const wrong = await chitieu(["template", "--from-table", "table.xlsx", "--sheet", "Sheet9", "--out", "t.json"], dir);
  expect(wrong.code).not.toBe(0);
  expect(wrong.stderr).toContain("Tệp không có trang tính \"Sheet9\". Các trang tính: Ghi chú, Bảng chỉ tiêu.");
  const notes = await chitieu(["template", "--from-table", "table.xlsx", "--sheet", "Ghi chú", "--out", "t.json", "--lang", "en"], dir);
  expect(notes.stderr).toContain("No header row found");
  const both = await chitieu(["template", "--from-table", "table.xlsx", "--template", "stttt-quarterly", "--out", "t.json"], dir);
  expect(both.stderr).toContain("không dùng cả hai");
});

test("format 2 where the table says so: a result in words is qualitative, “Không đạt” means three grades", async () => {
  const dir = scratchDir();
  for (const id of ["national-12-targets-2019", "thua-thien-hue-main-targets-2019"]) {
    writeFileSync(path.join(dir, `${id}.xlsx`), await tableWorkbookBytes(loadRealTable(id)));
    const run = await chitieu(["template", "--from-table", `${id}.xlsx`, "--out", `${id}.json`], dir);
    expect(run.code).toBe(0);
  }
  const national = parseTemplate(JSON.parse(readFileSync(path.join(dir, "national-12-targets-2019.json"), "utf8")));
  if (!national.ok) throw new Error("national does not load");
  expect(national.template.format).toBe(2);
  const qualitative = national.template.sections.flatMap((s) => s.indicators).filter((i) => i.qualitative).map((i) => i.name.vi);
  expect(qualitative).toEqual(["Tỷ lệ nhập siêu so với tổng kim ngạch xuất khẩu"]);
  expect(national.template.grading).toBeUndefined();
  const hue = parseTemplate(JSON.parse(readFileSync(path.join(dir, "thua-thien-hue-main-targets-2019.json"), "utf8")));
  if (!hue.ok) throw new Error("Huế does not load");
  expect(hue.template.grading).toEqual({ bands: "three" });
});
