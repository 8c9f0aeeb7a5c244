// The sync budget of check-and-highlight, measured on the stand-in host: a template of `count`
// indicators loaded, its Thực hiện column pasted with realistic figures (a tenth of them
// planted errors), then one check. Shared by the budget test and `npm run bench`.
import { syntheticReading, syntheticTemplate, BENCH_PERIOD } from "../../bench/fixtures";
import type { SnapshotCell } from "../../src/core/snapshot";
import { check } from "../../src/excel/check";
import { loadTemplate } from "../../src/excel/load-template";
import { DETAILS, startHost } from "./helpers";

export interface Budget {
  /** The largest request body of loading the template (written in bands under the limit). */
  readonly loadMaxRequestBytes: number;
  /** context.sync() round trips of the one check. */
  readonly syncs: number;
  /** The largest request body the check sent, in bytes. */
  readonly maxRequestBytes: number;
  /** The largest response body the check got back (its read), in bytes. */
  readonly maxResponseBytes: number;
  /** Findings the check wrote (to prove it checked something). */
  readonly findings: number;
}

export async function measureCheckBudget(count: number, apiLevel?: string): Promise<Budget> {
  const { host } = await startHost(apiLevel);
  try {
    const template = syntheticTemplate(count);
    const loaded = await loadTemplate({ template, period: BENCH_PERIOD, details: DETAILS, replaceExisting: false });
    if (!loaded.ok) throw new Error(`budget: load failed: ${JSON.stringify(loaded)}`);
    const loadMaxRequestBytes = host.instruments.maxRequestBytes;
    const empty = await check(loaded.sheetName);
    if (!empty.ok) throw new Error(`budget: check of the empty sheet failed: ${JSON.stringify(empty)}`);
    // One paste of the whole Thực hiện column, as staff paste from another file.
    const figures = new Map(syntheticReading(template).indicators.map((i) => [i.code as string, i.cells.actual?.value ?? null]));
    const rows = empty.reading.indicators.map((i) => {
      const address = i.cells.actual!.address;
      return { row: Number(/(\d+)$/.exec(address)![1]), column: /!([A-Z]+)\d+$/.exec(address)![1], value: figures.get(i.code) ?? null };
    });
    const first = Math.min(...rows.map((r) => r.row));
    const last = Math.max(...rows.map((r) => r.row));
    const block: (string | number | boolean | null)[][] = Array.from({ length: last - first + 1 }, () => [null]);
    for (const r of rows) block[r.row - first][0] = pasteable(r.value);
    await host.user.paste(loaded.sheetName, `${rows[0].column}${first}`, block);

    host.instruments.reset();
    const outcome = await check(loaded.sheetName);
    if (!outcome.ok) throw new Error(`budget: check failed: ${JSON.stringify(outcome)}`);
    return { loadMaxRequestBytes, syncs: host.instruments.syncsPerRun[0] ?? 0, maxRequestBytes: host.instruments.maxRequestBytes, maxResponseBytes: host.instruments.maxResponseBytes, findings: outcome.result.findings.length };
  } finally {
    host.uninstall();
  }
}

/** What a paste can carry: error values arrive as their text, as when pasted from another program. */
const pasteable = (cell: SnapshotCell): string | number | boolean | null =>
  cell !== null && typeof cell === "object" ? cell.error : cell;
