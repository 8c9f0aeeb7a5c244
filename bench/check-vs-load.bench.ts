// checkVsLoadRatio: 20 template workbooks of 300 indicators each. The full check of each
// (ExcelJS load, snapshot, reading, engine) divided by ExcelJS's load alone of the same bytes.
// Median of 9 paired rounds (CPU time) after a warm-up of each, in one process.
import ExcelJS from "exceljs";
import { checkReading } from "../src/core/check";
import { planSheet } from "../src/core/layout/plan-sheet";
import { readSheet } from "../src/core/layout/read-sheet";
import type { InputRole } from "../src/core/reading";
import type { SnapshotCell } from "../src/core/snapshot";
import { applySheetPlan } from "../src/xlsx/apply-plan";
import { fillInputs } from "../src/xlsx/fill-inputs";
import { readSnapshot } from "../src/xlsx/read-snapshot";
import { latestTemplateSheet, readTemplateSheets } from "../src/xlsx/template-sheets";
import { loadWorkbook, newWorkbook, writeWorkbookBytes } from "../src/xlsx/workbook-bytes";
import { BENCH_PERIOD, syntheticReading, syntheticTemplate } from "./fixtures";
import { performance } from "node:perf_hooks";
import { cpuRuns, median, round } from "./measure";

export const goals = { checkVsLoadRatio: "<= 1.2" };

const WORKBOOKS = 20;
const INDICATORS = 300;

/** A filled 300-indicator workbook, as staff would save it; `variant` shifts the figures so the 20 differ. */
export async function workbookBytes(variant: number): Promise<Uint8Array> {
  const template = syntheticTemplate(INDICATORS);
  const workbook = newWorkbook();
  const sheet = applySheetPlan(workbook, planSheet({
    template,
    period: BENCH_PERIOD,
    details: { number: `${variant}/BC`, place: "Hà Nam", date: "2020-03-20", estimate: true, signerTitle: "GIÁM ĐỐC", signerName: "", recipients: ["UBND tỉnh"] },
  }));
  const planned = readSheet(readSnapshot(sheet), (id) => (id === template.id ? template : undefined));
  if (!planned.ok) throw new Error(`bench: the planned sheet cannot be read: ${planned.reason}`);
  const figures = new Map<string, Partial<Record<InputRole, SnapshotCell>>>();
  for (const indicator of syntheticReading(template).indicators) {
    const values: Partial<Record<InputRole, SnapshotCell>> = {};
    for (const [role, cell] of Object.entries(indicator.cells) as [InputRole, { value: SnapshotCell }][]) {
      if (role === "carriedYtd") continue;
      values[role] = typeof cell.value === "number" && role === "actual" ? cell.value + variant : cell.value;
    }
    figures.set(indicator.code, values);
  }
  fillInputs(sheet, planned.reading, figures);
  return writeWorkbookBytes(workbook);
}

export async function run(): Promise<Record<string, number>> {
  const template = syntheticTemplate(INDICATORS);
  const files: Uint8Array[] = [];
  for (let variant = 0; variant < WORKBOOKS; variant += 1) files.push(await workbookBytes(variant));

  const loadAll = async (): Promise<void> => {
    for (const bytes of files) await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
  };
  let findings = 0;
  const checkAll = async (): Promise<void> => {
    findings = 0;
    for (const bytes of files) {
      const loaded = await loadWorkbook(bytes);
      if (!loaded.ok) throw new Error(`bench: ${loaded.detail}`);
      const latest = latestTemplateSheet(readTemplateSheets(loaded.workbook, [template]).sheets);
      if (latest === null) throw new Error("bench: no template sheet");
      findings += checkReading(latest.template, latest.reading).findings.length;
    }
  };
  // Warm-up of both, then 9 interleaved rounds, each timed in CPU time (the process's own
  // work) and in wall-clock time (what a user waits for, on a machine that may be busy).
  await loadAll();
  await checkAll();
  const loads: number[] = [];
  const checks: number[] = [];
  const loadsWall: number[] = [];
  const checksWall: number[] = [];
  for (let index = 0; index < 9; index += 1) {
    // Alternate which goes first: the garbage one leaves is collected during the other.
    const order = index % 2 === 0 ? (["load", "check"] as const) : (["check", "load"] as const);
    for (const which of order) {
      const started = performance.now();
      const [cpu] = await cpuRuns(which === "load" ? loadAll : checkAll, { warmups: 0, runs: 1 });
      (which === "load" ? loads : checks).push(cpu);
      (which === "load" ? loadsWall : checksWall).push(performance.now() - started);
    }
  }
  if (findings < WORKBOOKS * 20) throw new Error(`bench: only ${findings} findings in the check`);
  // The median of the paired rounds' ratios, in CPU time: a round's load and check run back to
  // back, so what is left of the machine's noise skews both alike.
  const ratios = loads.map((load, index) => checks[index] / load);
  return {
    checkVsLoadRatio: round(median(ratios), 3),
    loadCpuMs20x300: round(median(loads), 1),
    checkCpuMs20x300: round(median(checks), 1),
    loadWallMs20x300: round(median(loadsWall), 1),
    checkWallMs20x300: round(median(checksWall), 1),
  };
}
