// No wrong report leaves silently: `chitieu summary` refuses a workbook whose check finds errors
// (920 subscribers typed for 920.000, −2 organisations, parts that do not add up to their total)
// and an empty report, listing the errors, exit 1. With --allow-errors it writes the summary,
// prints the errors, and the sheet says its figures are unverified.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { summaryWords } from "../../src/core/summary-sheet/summary-words";
import { buildExampleBytes } from "./example-workbook";


async function summary(argv: readonly string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["summary", ...argv], { out: (t) => { stdout += t; }, err: (t) => { stderr += t; } }, cwd);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "chitieu-refusal-"));

beforeAll(async () => {
  writeFileSync(path.join(dir, "bad.xlsx"), await buildExampleBytes({}, { "A.1": { actual: 920 }, "C.1": { actual: -2 }, "C.2.4": { actual: 10 } }));
  const made = await runCli(["template", "--year", "2020", "--period", "Q1", "--out", path.join(dir, "empty.xlsx")], { out: () => undefined, err: () => undefined }, dir);
  if (made !== 0) throw new Error("chitieu template failed");
});

async function sheetTexts(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && texts.push(cell.value))));
  return texts;
}

test("a workbook with errors is refused with the list of its errors, exit 1, nothing written", async () => {
  const run = await summary(["bad.xlsx", "--out", "s.xlsx"], dir);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain("--allow-errors");
  // One line per error, each naming its cell.
  for (const code of ["A.1", "C.1", "C.2"]) expect(run.stderr).toMatch(new RegExp(`${code.replace(".", "\\.")}\\b`));
  expect(existsSync(path.join(dir, "s.xlsx"))).toBe(false);
});

test("--allow-errors writes the summary, prints the errors, and the sheet says its figures are unverified", async () => {
  const run = await summary(["bad.xlsx", "--out", "allowed.xlsx", "--allow-errors"], dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain("C.1");
  const texts = await sheetTexts(path.join(dir, "allowed.xlsx"));
  expect(texts.some((t) => t.startsWith(summaryWords("vi").unverified(3).slice(0, 20)))).toBe(true);
});

test("a clean workbook's summary carries no unverified line", async () => {
  writeFileSync(path.join(dir, "good.xlsx"), await buildExampleBytes());
  const run = await summary(["good.xlsx", "--out", "good-s.xlsx"], dir);
  expect(run.code).toBe(0);
  const texts = await sheetTexts(path.join(dir, "good-s.xlsx"));
  expect(texts.some((t) => t.startsWith(summaryWords("vi").unverified(1).slice(0, 20)))).toBe(false);
});

test("an empty report is refused, even with --allow-errors, in the chosen language", async () => {
  for (const extra of [[], ["--allow-errors"]]) {
    const run = await summary(["empty.xlsx", "--out", "e.xlsx", "--lang", "en", ...extra], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no figures/i);
    expect(existsSync(path.join(dir, "e.xlsx"))).toBe(false);
  }
});
