// npm run bench [-- --json]: compiles bench/** (tsconfig.bench.json) into build/bench, a
// gitignored folder, and runs bench/main.ts there. Compiler output goes to stderr so that
// stdout holds only the table, or with --json exactly one JSON object.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");

const compile = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.bench.json")], {
  cwd: root,
  stdio: ["ignore", process.stderr, process.stderr],
});
if (compile.status !== 0) {
  process.stderr.write("bench: the benchmark does not compile (see the errors above).\n");
  process.exit(compile.status ?? 1);
}
const main = path.join(root, "build", "bench", "bench", "main.js");
const run = spawnSync(process.execPath, [main, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
