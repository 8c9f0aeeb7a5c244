// Workbooks as staff make them: the template written by `chitieu template`, then figures typed
// into its entry cells (through ExcelJS, as a script or a user's Excel would save them).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PeriodKind } from "../../src/core/periods/period";
import type { InputRole } from "../../src/core/reading";
import type { SnapshotCell } from "../../src/core/snapshot";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { fillInputs } from "../../src/xlsx/fill-inputs";
import { readTemplateSheets } from "../../src/xlsx/template-sheets";
import { loadWorkbook, writeWorkbookBytes } from "../../src/xlsx/workbook-bytes";
import { chitieu } from "./run-cli";

export type Figures = Readonly<Record<string, Readonly<Partial<Record<InputRole, SnapshotCell>>>>>;

export interface FilledTemplate {
  readonly file: string;
  /** Where each indicator's inputs are, by code then role ("'Quý I-2020'!I12"). */
  readonly cells: ReadonlyMap<string, Readonly<Partial<Record<InputRole, string>>>>;
}

/** Runs `chitieu template` for the period, types the figures, saves; returns the file and its input cells. */
export async function filledTemplate(dir: string, name: string, year: number, period: PeriodKind, figures: Figures): Promise<FilledTemplate> {
  const file = path.join(dir, name);
  const made = await chitieu(["template", "--year", String(year), "--period", period, "--out", file]);
  if (made.code !== 0) throw new Error(`chitieu template failed: ${made.stderr}`);
  const loaded = await loadWorkbook(new Uint8Array(readFileSync(file)), { forEditing: true });
  if (!loaded.ok) throw new Error(loaded.detail);
  const [sheet] = readTemplateSheets(loaded.workbook, [defaultTemplate()]).sheets;
  const filled = fillInputs(sheet.worksheet, sheet.reading, new Map(Object.entries(figures)));
  if (filled.missing.length > 0) throw new Error(`no cell for ${JSON.stringify(filled.missing)}`);
  writeFileSync(file, await writeWorkbookBytes(loaded.workbook));
  const cells = new Map(
    sheet.reading.indicators.map((indicator) => [
      indicator.code as string,
      Object.fromEntries(Object.entries(indicator.cells).map(([role, cell]) => [role, cell?.address ?? ""])),
    ]),
  );
  return { file, cells };
}
