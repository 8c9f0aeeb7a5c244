// npm run bench: runs every bench module in one process and prints their figures, as a table
// or (with --json) as exactly one JSON object on stdout. Progress goes to stderr.
//
// Add a measurement: write bench/<name>.bench.ts exporting
//   export const goals: Record<string, string>  (optional: "< 50", "<= 1.2", shown in the table)
//   export async function run(): Promise<Record<string, number | Record<string, number>>>
// and list it in MODULES below. Keys must be unique across modules.
import * as bundle from "./bundle.bench";
import * as checkVsLoad from "./check-vs-load.bench";
import * as consolidateVsLoad from "./consolidate.bench";
import * as engine from "./engine.bench";
import * as syncs from "./syncs.bench";

type Figures = Record<string, number | Record<string, number>>;

interface BenchModule {
  readonly run: () => Promise<Figures>;
  readonly goals?: Readonly<Record<string, string>>;
}

// checkVsLoad first: a ratio of two timings is steadiest before other modules have grown the heap.
const MODULES: Readonly<Record<string, BenchModule>> = {
  checkVsLoad,
  consolidateVsLoad,
  engine,
  bundle,
  syncs,
};

function table(figures: Figures, goals: Readonly<Record<string, string>>): string {
  const rows: [string, string, string][] = [["measure", "value", "goal"]];
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value === "number") {
      rows.push([key, String(value), goals[key] ?? ""]);
    } else {
      for (const [sub, subValue] of Object.entries(value)) rows.push([`${key}.${sub}`, String(subValue), goals[key] ?? ""]);
    }
  }
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: [string, string, string]): string =>
    `${row[0].padEnd(widths[0])}  ${row[1].padStart(widths[1])}  ${row[2]}`.trimEnd();
  return [line(rows[0]), "-".repeat(widths[0] + widths[1] + widths[2] + 4), ...rows.slice(1).map(line)].join("\n");
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const figures: Figures = {};
  const goals: Record<string, string> = {};
  for (const [name, module] of Object.entries(MODULES)) {
    process.stderr.write(`bench: ${name}...\n`);
    const result = await module.run();
    for (const key of Object.keys(result)) {
      if (key in figures) throw new Error(`bench: key "${key}" is measured by two modules`);
    }
    Object.assign(figures, result);
    Object.assign(goals, module.goals ?? {});
  }
  process.stdout.write(json ? `${JSON.stringify(figures)}\n` : `${table(figures, goals)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
