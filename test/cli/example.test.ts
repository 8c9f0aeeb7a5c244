// examples/ha-nam-stttt-2020-Q1.xlsx: regenerated identically by `npm run examples`, and
// graded as the domain brief says by `chitieu check`.
import { readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { exampleWorkbookBytes } from "../../src/cli/command-examples";
import { loadWorkbook } from "../../src/xlsx/workbook-bytes";
import { chitieu, REPO } from "./run-cli";

const EXAMPLE = path.join(REPO, "examples", "ha-nam-stttt-2020-Q1.xlsx");

/** Everything a user sees or Excel computes from, per cell: value or formula, format, style, lock. */
function cellsOf(workbook: ExcelJS.Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify([cell.value, cell.numFmt, cell.style, row.hidden]));
      });
    });
    cells.set(`${sheet.name}!merges`, JSON.stringify(Object.keys((sheet as unknown as { _merges: object })._merges).sort()));
    cells.set(`${sheet.name}!conditionalFormats`, JSON.stringify((sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings));
    cells.set(`${sheet.name}!columns`, JSON.stringify(sheet.columns.map((c) => [c.width, c.hidden])));
  }
  return cells;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.detail);
  return loaded.workbook;
}

describe("the example workbook", () => {
  it("is what `npm run examples` makes today, cell for cell (run it and commit the file if the template changed)", async () => {
    const committed = cellsOf(await load(new Uint8Array(readFileSync(EXAMPLE))));
    const fresh = cellsOf(await load(await exampleWorkbookBytes()));
    const differing = [...new Set([...committed.keys(), ...fresh.keys()])].filter((key) => committed.get(key) !== fresh.get(key));
    expect(differing).toEqual([]);
    expect(committed.size).toBeGreaterThan(100);
  });

  it("is byte for byte deterministic", async () => {
    expect(Buffer.from(await exampleWorkbookBytes()).equals(Buffer.from(await exampleWorkbookBytes()))).toBe(true);
  });

  it("grades A.1, A.2, B.2 exceeded and B.1, C.1 met, finds no error and gives the seed's verdict", async () => {
    const run = await chitieu(["check", EXAMPLE, "--json"]);
    const [file] = JSON.parse(run.stdout).files;
    const grades = Object.fromEntries(file.indicators.map((i: { code: string; grade: string }) => [i.code, i.grade]));
    expect(grades).toMatchObject({ "A.1": "exceeded", "A.2": "exceeded", "B.1": "met", "B.2": "exceeded", "C.1": "met" });
    for (const code of ["A.1.1", "A.1.2", "C.2", "C.2.1", "C.2.2", "C.2.3", "C.2.4", "C.3", "C.4", "C.5"]) expect(grades[code]).toBe("none");
    expect(file.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    expect(file.summary.verdict).toContain("Nhìn chung, tình hình thực hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra");
    expect(file.period).toBe("2020-Q1");
    expect(file.template).toEqual({ id: "stttt-quarterly", version: expect.any(String) });
    expect(run.code).toBe(0);
  });

  it("carries the report details of the seed", async () => {
    const run = await chitieu(["check", EXAMPLE, "--json"]);
    const a1 = JSON.parse(run.stdout).files[0].indicators[0];
    expect(a1).toMatchObject({ code: "A.1", value: 920000, target: 915000, ratio: 1.005 });
    const workbook = await load(new Uint8Array(readFileSync(EXAMPLE)));
    const text = workbook.worksheets[0].getSheetValues().flat().filter((v) => typeof v === "string").join("\n");
    expect(text).toContain("15/BC-STTTT");
    expect(text).toContain("GIÁM ĐỐC");
    expect(text).toContain("Sở Kế hoạch và Đầu tư");
  });
});
