// The task pane's first download: the JavaScript files dist/taskpane.html loads with local
// <script src> tags, each gzipped at level 9, summed (issue 6: at most 138,240 B). Lazy chunks
// (Check, Review, Export, the Excel engine, ExcelJS) are not in it: they load with import().
// Builds dist/ first when it is missing or older than the sources, so the figure is never stale.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const goals = { taskpaneInitialGzipBytes: "<= 138240" };

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("bundle bench: package.json not found above " + __dirname);
    dir = up;
  }
  return dir;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The local scripts of an HTML page, in order ("taskpane.1a2b3c4d.js"); CDN scripts are not ours to count. */
export function localScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)) {
    if (!/^(https?:)?\/\//i.test(m[1])) out.push(m[1]);
  }
  return out;
}

export async function run(): Promise<Record<string, number>> {
  const root = repoRoot();
  const page = path.join(root, "dist", "taskpane.html");
  const sourcesChanged = !existsSync(page) || newestMtime(path.join(root, "src")) > statSync(page).mtimeMs;
  if (sourcesChanged) {
    process.stderr.write("bench: building dist/ (production)...\n");
    const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
    const built = spawnSync(process.execPath, [webpack, "--mode", "production"], { cwd: root, stdio: ["ignore", process.stderr, process.stderr] });
    if (built.status !== 0) throw new Error("bundle bench: the production build failed");
  }
  const scripts = localScripts(readFileSync(page, "utf8"));
  if (scripts.length === 0) throw new Error("bundle bench: dist/taskpane.html loads no local script");
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(root, "dist", src)), { level: 9 }).length, 0);
  return { taskpaneInitialGzipBytes: bytes };
}
