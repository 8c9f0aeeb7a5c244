// consolidateVsLoadRatio: `chitieu consolidate`'s work on 20 unit workbooks of 300 indicators each
// (ExcelJS load, template sheets, check, status history, consolidation, the consolidated sheet
// planned and written as .xlsx bytes) divided by ExcelJS's load alone of the same bytes. Median of
// 7 paired rounds (CPU time) after a warm-up of each, in one process, as check-vs-load measures.
import ExcelJS from "exceljs";
import { checkReading } from "../src/core/check";
import { consolidate, type ConsolidationSource } from "../src/core/consolidation/consolidate";
import { planConsolidationSheet } from "../src/core/consolidation/consolidation-sheet";
import { readStatusHistory } from "../src/xlsx/status-sheet";
import { summaryWorkbookBytes } from "../src/xlsx/summary-workbook";
import { latestTemplateSheet, readTemplateSheets } from "../src/xlsx/template-sheets";
import { loadWorkbook } from "../src/xlsx/workbook-bytes";
import { workbookBytes } from "./check-vs-load.bench";
import { syntheticTemplate } from "./fixtures";
import { cpuRuns, median, round } from "./measure";

// The goal allows for what check-vs-load does not do: writing the consolidated workbook (ExcelJS
// writes every styled cell, then the bytes are re-zipped to be deterministic), about 0.4 of a load.
export const goals = { consolidateVsLoadRatio: "<= 1.6" };

const WORKBOOKS = 20;
const INDICATORS = 300;

export async function run(): Promise<Record<string, number>> {
  const template = syntheticTemplate(INDICATORS);
  const files: Uint8Array[] = [];
  for (let variant = 0; variant < WORKBOOKS; variant += 1) files.push(await workbookBytes(variant));

  const loadAll = async (): Promise<void> => {
    for (const bytes of files) await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
  };
  let included = 0;
  let outBytes = 0;
  const consolidateAll = async (): Promise<void> => {
    const sources: ConsolidationSource[] = [];
    for (const [index, bytes] of files.entries()) {
      const loaded = await loadWorkbook(bytes);
      if (!loaded.ok) throw new Error(`bench: ${loaded.detail}`);
      const latest = latestTemplateSheet(readTemplateSheets(loaded.workbook, [template]).sheets);
      if (latest === null) throw new Error("bench: no template sheet");
      sources.push({
        kind: "report", file: `unit-${index}.xlsx`, unit: `unit-${index}`, template: latest.template, reading: latest.reading,
        result: checkReading(latest.template, latest.reading), history: readStatusHistory(loaded.workbook),
      });
    }
    const c = consolidate(sources);
    if (!c.ok) throw new Error("bench: nothing consolidated");
    included = c.files.filter((f) => f.included).length;
    outBytes = (await summaryWorkbookBytes(planConsolidationSheet(c, "vi"))).length;
  };
  await loadAll();
  await consolidateAll();
  if (included !== WORKBOOKS) throw new Error(`bench: only ${included} of ${WORKBOOKS} workbooks consolidated`);
  const loads: number[] = [];
  const runs: number[] = [];
  for (let index = 0; index < 7; index += 1) {
    // Alternate which goes first: the garbage one leaves is collected during the other.
    const order = index % 2 === 0 ? (["load", "consolidate"] as const) : (["consolidate", "load"] as const);
    for (const which of order) {
      const [cpu] = await cpuRuns(which === "load" ? loadAll : consolidateAll, { warmups: 0, runs: 1 });
      (which === "load" ? loads : runs).push(cpu);
    }
  }
  const ratios = loads.map((load, index) => runs[index] / load);
  return {
    consolidateVsLoadRatio: round(median(ratios), 3),
    consolidateCpuMs20x300: round(median(runs), 1),
    consolidateLoadCpuMs20x300: round(median(loads), 1),
    consolidatedSheetBytes: outBytes,
  };
}
