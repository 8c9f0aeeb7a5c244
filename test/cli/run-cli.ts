// Runs chitieu in-process with captured output (fast), or as a real process through
// bin/chitieu.js (for exit codes and stdout purity), for the CLI tests.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const REPO = path.resolve(__dirname, "..", "..");

export async function chitieu(argv: readonly string[], cwd = REPO): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { out: (text) => { stdout += text; }, err: (text) => { stderr += text; } }, cwd);
  return { code, stdout, stderr };
}

/** The real command, as staff run it: node bin/chitieu.js (needs `npm run prepare`, which the tests run once). */
export function chitieuProcess(argv: readonly string[], cwd = REPO): CliRun {
  const result = spawnSync(process.execPath, [path.join(REPO, "bin", "chitieu.js"), ...argv], { cwd, encoding: "utf8" });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export const scratchDir = (): string => mkdtempSync(path.join(tmpdir(), "chitieu-cli-"));
