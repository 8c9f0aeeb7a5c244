// `chitieu check` of a workbook saved by Excel with rates typed as "75%": Excel stores 0,75 in a
// cell it formats 0.00%, and the file holds exactly that. The check reads the 75 shown, as the
// add-in does; a count so typed is an error naming both units.
import { readFileSync, writeFileSync } from "node:fs";
import { EXAMPLE_FIGURES } from "../../src/cli/example-ha-nam";
import { loadWorkbook, writeWorkbookBytes } from "../../src/xlsx/workbook-bytes";
import { filledTemplate, type Figures } from "./filled-template";
import { chitieu, scratchDir } from "./run-cli";

interface JsonOutput {
  files: { indicators?: { code: string; value: number | null; grade: string }[]; findings?: { code: string; rule: string; severity: string; message: string }[] }[];
}

it("reads a figure in a percent-formatted cell as shown, as Excel saved it", async () => {
  const seed: Figures = Object.fromEntries(EXAMPLE_FIGURES);
  const filled = await filledTemplate(scratchDir(), "percent.xlsx", 2020, "Q1", { ...seed, "B.2": { plan: 80, actual: 0.75 }, "C.1": { plan: 4, actual: 0.03 } });
  const loaded = await loadWorkbook(new Uint8Array(readFileSync(filled.file)), { forEditing: true });
  if (!loaded.ok) throw new Error(loaded.detail);
  const cell = (code: string) => {
    const [sheet, address] = filled.cells.get(code)!.actual!.split("!");
    return loaded.workbook.getWorksheet(sheet!.replace(/^'|'$/g, ""))!.getCell(address!);
  };
  // A style of its own: ExcelJS shares one style object among the cells loaded with the same one.
  const format = (code: string, numFmt: string) => { const c = cell(code); c.style = { ...c.style, numFmt }; };
  format("B.2", "0.00%");
  format("C.1", "0%");
  writeFileSync(filled.file, await writeWorkbookBytes(loaded.workbook));

  const run = await chitieu(["check", filled.file, "--json"]);
  const [file] = (JSON.parse(run.stdout) as JsonOutput).files;
  const indicator = (code: string) => file!.indicators!.find((i) => i.code === code)!;
  expect(indicator("B.2")).toMatchObject({ value: 75, grade: "near" }); // 93,75 % of 80, not 0,9 %
  expect(indicator("C.1")).toMatchObject({ value: null, grade: "none" });
  expect(file!.findings!.find((f) => f.code === "C.1" && f.rule === "unit-mismatch")).toMatchObject({ severity: "error", message: expect.stringContaining("cuộc") });
  expect(run.code).toBe(1);
});
