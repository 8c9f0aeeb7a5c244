/// <reference types="office-js" />
// syncs, maxRequestBytes and maxResponseBytes: check-and-highlight (read the whole sheet, validate, write the
// status column and the cells' comments) on the stand-in host at the newest ExcelApi level,
// for templates of 20, 500 and 5,000 indicators with a tenth of the figures wrong. Counted, not
// timed: context.sync() round trips of the one check, and its largest request and response bodies in bytes.
import { newestLevel } from "../test/host";
import { measureCheckBudget } from "../test/excel/budget";

export const goals = { syncs: "<= 2", maxRequestBytes: "< 5242880", maxResponseBytes: "< 5242880" };

const SIZES = [20, 500, 5000] as const;

export async function run(): Promise<{ syncs: Record<string, number>; maxRequestBytes: Record<string, number>; maxResponseBytes: Record<string, number> }> {
  const syncs: Record<string, number> = {};
  const maxRequestBytes: Record<string, number> = {};
  const maxResponseBytes: Record<string, number> = {};
  for (const size of SIZES) {
    process.stderr.write(`bench: check-and-highlight, ${size} indicators...\n`);
    const budget = await measureCheckBudget(size, newestLevel);
    syncs[String(size)] = budget.syncs;
    maxRequestBytes[String(size)] = budget.maxRequestBytes;
    maxResponseBytes[String(size)] = budget.maxResponseBytes;
  }
  return { syncs, maxRequestBytes, maxResponseBytes };
}
