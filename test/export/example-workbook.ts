// The example Q1/2020 workbook for the export tests: examples/ha-nam-stttt-2020-Q1.xlsx when the
// repository has it, otherwise the bytes `chitieu examples` would write. Variants (an explanation
// beginning with "=", other details) are laid into the built-in template's sheet here: planSheet
// given the figures as an earlier reading of the sheet, written with src/xlsx.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { exampleWorkbookBytes } from "../../src/cli/command-examples";
import { EXAMPLE_DETAILS, EXAMPLE_FIGURES, EXAMPLE_FILE, EXAMPLE_PERIOD } from "../../src/cli/example-ha-nam";
import type { QualifiedAddress } from "../../src/core/finding";
import type { IndicatorInputs, InputCell, InputRole, ReportDetails, SheetReading } from "../../src/core/reading";
import { planSheet } from "../../src/core/layout/plan-sheet";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { applySheetPlan, newWorkbook, writeWorkbookBytes } from "../../src/xlsx";

export const REPO = path.resolve(__dirname, "..", "..");

/** The example's figures as a reading, with any detail overridden (an explanation beginning with "=", say). */
function readingOf(details: ReportDetails, extra: Partial<Record<string, Partial<Record<InputRole, string | number>>>>): SheetReading {
  const template = defaultTemplate();
  const indicators: IndicatorInputs[] = [];
  for (const [code, figures] of EXAMPLE_FIGURES) {
    const cells: Partial<Record<InputRole, InputCell>> = {};
    const all = { ...figures, ...(extra[code] ?? {}) };
    for (const [role, value] of Object.entries(all)) {
      cells[role as InputRole] = { address: "'x'!A1" as QualifiedAddress, value: value as string | number };
    }
    indicators.push({ code, cells });
  }
  return { sheetName: "x", template: { id: template.id, version: template.version }, period: EXAMPLE_PERIOD, details, indicators };
}

/** A workbook holding the example's report sheet, built from the template (no examples/ file needed). */
export async function buildExampleBytes(
  details: Partial<ReportDetails> = {},
  extra: Partial<Record<string, Partial<Record<InputRole, string | number>>>> = {},
): Promise<Uint8Array> {
  const all = { ...EXAMPLE_DETAILS, ...details };
  const plan = planSheet({ template: defaultTemplate(), period: EXAMPLE_PERIOD, details: all, existing: readingOf(all, extra) });
  const workbook = newWorkbook();
  applySheetPlan(workbook, plan);
  return writeWorkbookBytes(workbook);
}

/** The committed example workbook when there is one, else the bytes `chitieu examples` writes. */
export async function exampleBytes(): Promise<{ readonly bytes: Uint8Array; readonly from: "examples" | "generated" }> {
  const file = path.join(REPO, EXAMPLE_FILE);
  if (existsSync(file)) return { bytes: new Uint8Array(readFileSync(file)), from: "examples" };
  return { bytes: await exampleWorkbookBytes(), from: "generated" };
}
