// `chitieu summary` tells the user what is wrong and how to fix it, and writes nothing then.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import { buildExampleBytes } from "./example-workbook";

async function summary(argv: readonly string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["summary", ...argv], { out: (t) => { stdout += t; }, err: (t) => { stderr += t; } }, cwd);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "chitieu-summary-"));

beforeAll(async () => {
  writeFileSync(path.join(dir, "in.xlsx"), await buildExampleBytes());
  writeFileSync(path.join(dir, "notes.txt"), "không phải sổ Excel");
});

test.each([
  [["in.xlsx"], "--out"],
  [["in.xlsx", "--out", "s.csv"], ".xlsx"],
  [["missing.xlsx", "--out", "s.xlsx"], "missing.xlsx"],
  [["notes.txt", "--out", "s.xlsx"], "notes.txt"],
  [["in.xlsx", "--out", "s.xlsx", "--sheet", "Quý IV-2019"], "Quý I-2020"],
  [["--out", "s.xlsx"], "chitieu summary"],
])("%j fails with exit 2 and a message naming the fix", async (argv, mention) => {
  const run = await summary(argv, dir);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain(mention);
  expect(existsSync(path.join(dir, "s.xlsx"))).toBe(false);
});

test("--sheet picks the report sheet by name; --lang en writes the English document", async () => {
  const run = await summary(["in.xlsx", "--out", "en.xlsx", "--sheet", "Quý I-2020", "--lang", "en"], dir);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Exceeded 3, met 2, near 0, short 0.");
  expect(existsSync(path.join(dir, "en.xlsx"))).toBe(true);
});

test("the help explains the command in both languages", async () => {
  const run = await summary(["--help"], dir);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("chitieu summary TEP.xlsx --out TONG_HOP.xlsx");
  expect(run.stdout).toContain("chitieu summary FILE.xlsx --out SUMMARY.xlsx");
});
