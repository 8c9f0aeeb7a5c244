// `node bin/chitieu.js check` on a workbook built from a real published table: the template a
// department would write (format 2), `chitieu template` from it, the source's cells typed in as
// written, then the real process checks it; grades and figures must be the source's.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseTemplate } from "../../src/core/template/template-schema";
import { fillInputs } from "../../src/xlsx/fill-inputs";
import { readTemplateSheets } from "../../src/xlsx/template-sheets";
import { loadWorkbook, writeWorkbookBytes } from "../../src/xlsx/workbook-bytes";
import { code, figuresOf, templateJsonOf } from "../core/real-table-template";
import { loadRealTable } from "../fixtures/real-tables/load";
import { chitieu, chitieuProcess, REPO, scratchDir } from "./run-cli";


interface JsonIndicator { readonly code: string; readonly value: number | null; readonly grade: string }
interface JsonFinding { readonly code: string; readonly rule: string; readonly severity: string }

describe("chitieu check on the national 12 targets of 2019, typed as published", () => {
  const table = loadRealTable("national-12-targets-2019");
  let checked: { indicators: JsonIndicator[]; findings: JsonFinding[]; summary: { verdict: string } };
  let code0 = -1;
  let workbook = "";
  let templateFile = "";

  beforeAll(async () => {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(REPO, "tsconfig.cli.json")], { cwd: REPO });
    const dir = scratchDir();
    templateFile = path.join(dir, "national.json");
    const json = templateJsonOf(table);
    writeFileSync(templateFile, JSON.stringify(json, null, 2));
    const parsed = parseTemplate(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const file = path.join(dir, "national-2019.xlsx");
    workbook = file;
    const made = await chitieu(["template", "--template", templateFile, "--year", "2019", "--period", "Y", "--out", file]);
    if (made.code !== 0) throw new Error(made.stderr);
    const loaded = await loadWorkbook(new Uint8Array(readFileSync(file)), { forEditing: true });
    if (!loaded.ok) throw new Error(loaded.detail);
    const [sheet] = readTemplateSheets(loaded.workbook, [parsed.template]).sheets;
    const filled = fillInputs(sheet.worksheet, sheet.reading, new Map(Object.entries(figuresOf(table))));
    // The national table has no same-period column: only plan and result are typed.
    expect(filled.missing.filter((m) => m.role !== "samePeriodLastYear")).toEqual([]);
    writeFileSync(file, await writeWorkbookBytes(loaded.workbook));
    const run = chitieuProcess(["check", file, "--template", templateFile, "--json"]);
    code0 = run.code;
    checked = JSON.parse(run.stdout).files[0];
  });

  it("grades every row as the source does where the source is consistent", () => {
    const rows = table.expected.filter((e) => e.grade !== null && e.sourceInconsistent !== true);
    const grade = (row: number): string | undefined => checked.indicators.find((i) => i.code === code(row))?.grade;
    expect(rows.map((e) => [e.row, grade(e.row)])).toEqual(rows.map((e) => [e.row, e.grade]));
  });

  it("the readable report shows the targets as written ('Dưới 4', 'Khoảng 4') and qualitative results as words", async () => {
    const run = await chitieu(["check", workbook, "--template", templateFile]);
    const line = (row: number): string => run.stdout.split("\n").find((l) => l.startsWith(`${code(row)} `)) ?? "";
    expect(line(7)).toContain("Dưới 4");
    expect(line(1)).toContain("Khoảng 4");
    expect(line(3)).toContain("Xuất siêu");
  });

  it("reads the results as written: ranges and floors as the figure they vouch for, 'Xuất siêu' as words, no data error", () => {
    const value = (row: number): number | null | undefined => checked.indicators.find((i) => i.code === code(row))?.value;
    expect([value(0), value(6), value(8), value(9), value(3)]).toEqual([7.02, 4, 61, 24, null]);
    expect(checked.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(code0).toBe(0);
  });
});
