// The real `chitieu` process, as staff and scripts run it: bin/chitieu.js over the compiled
// build (compiled here, as `npm ci` does through the prepare script).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { chitieuProcess, REPO, scratchDir } from "./run-cli";

jest.setTimeout(300_000);

describe("bin/chitieu.js", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(REPO, "tsconfig.cli.json")], { cwd: REPO });
  });

  it("prints exactly one JSON object on stdout with --json, and exits with the check's code", () => {
    const example = path.join("examples", "ha-nam-stttt-2020-Q1.xlsx");
    const run = chitieuProcess(["check", example, "missing.xlsx", "--json"]);
    const parsed = JSON.parse(run.stdout);
    expect(Object.keys(parsed)).toEqual(["files"]);
    expect(parsed.files[0].summary.counts).toMatchObject({ exceeded: 3, met: 2 });
    expect(parsed.files[1]).toEqual({ file: "missing.xlsx", error: expect.stringContaining("missing.xlsx") });
    expect(run.code).toBe(2);
  });

  it("writes a template and exits 0, with its report on stderr only", () => {
    const out = path.join(scratchDir(), "q1.xlsx");
    const run = chitieuProcess(["template", "--year", "2020", "--period", "Q1", "--out", out, "--lang", "en"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('Wrote');
    expect(run.code).toBe(0);
  });
});
