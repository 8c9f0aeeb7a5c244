// The command line's contracts: with --json, stdout is exactly one JSON object whatever happens;
// a template file with a JSON syntax error says where (line and column) in the chosen language;
// `summary --out` never replaces a file without --force; an empty file and a CSV are named as such.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chitieu, REPO, scratchDir } from "./run-cli";

const dir = scratchDir();
const EXAMPLE = path.join(REPO, "examples", "ha-nam-stttt-2020-Q1.xlsx");

const oneJsonObject = (stdout: string): Record<string, unknown> => {
  expect(stdout.trim().split("\n")).toHaveLength(1);
  const value = JSON.parse(stdout) as unknown;
  expect(typeof value === "object" && value !== null && !Array.isArray(value)).toBe(true);
  return value as Record<string, unknown>;
};

test.each([
  [["check", "--json"]],
  [["check", "--json", "--template", "missing.json", "x.xlsx"]],
  [["check", "--json", "--bogus", "x.xlsx"]],
  [["nonsense", "--json"]],
  [["check", "--json", "--lang", "fr", "x.xlsx"]],
  [["summary", "--json", "x.xlsx", "--out", "s.xlsx"]],
])("%j prints exactly one JSON object with the error, and nothing else on stdout", async (argv) => {
  const run = await chitieu(argv, dir);
  expect(run.code).toBe(2);
  const json = oneJsonObject(run.stdout);
  expect(typeof json.error).toBe("string");
  expect(String(json.error).length).toBeGreaterThan(10);
});

test("a successful check --json is still its one object", async () => {
  const run = await chitieu(["check", EXAMPLE, "--json"], dir);
  expect(oneJsonObject(run.stdout)).toHaveProperty("files");
});

test.each([
  ["vi", /dòng 3, cột 1/],
  ["en", /line 3, column 1/],
] as const)("a template JSON syntax error names its line and column (%s)", async (lang, where) => {
  writeFileSync(path.join(dir, "broken.json"), '{\n  "id": "x",\n}\n');
  const run = await chitieu(["check", EXAMPLE, "--template", "broken.json", "--lang", lang], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(where);
  expect(run.stderr).not.toContain("Expected double-quoted");
});

test("summary --out refuses to replace an existing file without --force, and replaces it with --force", async () => {
  const out = path.join(dir, "existing.xlsx");
  writeFileSync(out, "giữ nguyên");
  const refused = await chitieu(["summary", EXAMPLE, "--out", "existing.xlsx"], dir);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("--force");
  expect(readFileSync(out, "utf8")).toBe("giữ nguyên");
  const forced = await chitieu(["summary", EXAMPLE, "--out", "existing.xlsx", "--force"], dir);
  expect(forced.code).toBe(0);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
});

test.each([
  ["empty.xlsx", "", /trống|0 byte/i],
  ["bao-cao.csv", "Mã,Chỉ tiêu,Thực hiện\nA.1,Thuê bao,920000\n", /CSV/],
  ["csv-named.xlsx", "Mã;Chỉ tiêu;Thực hiện\nA.1;Thuê bao;920000\n", /CSV/],
])("%s gets its own message, for check and summary", async (name, content, expected) => {
  writeFileSync(path.join(dir, name), content);
  for (const argv of [["check", name], ["summary", name, "--out", `${name}.summary.xlsx`]]) {
    const run = await chitieu(argv, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toContain("không phải sổ Excel .xlsx đọc được");
  }
  expect(existsSync(path.join(dir, `${name}.summary.xlsx`))).toBe(false);
});

test("the README's command-line section documents summary", () => {
  const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Command line"), readme.indexOf("## Benchmarks"));
  expect(section).toMatch(/chitieu summary .*--out/);
  expect(section).toContain("--allow-errors");
});
