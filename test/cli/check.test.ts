// `chitieu check`: every rule id flagged at its cell, exit codes, unusable files as {file, error}.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE_FIGURES } from "../../src/cli/example-ha-nam";
import type { RuleId } from "../../src/core/finding";
import { filledTemplate, type Figures } from "./filled-template";
import { chitieu, scratchDir } from "./run-cli";

interface JsonOutput {
  files: {
    file: string;
    error?: string;
    template?: { id: string; version: string };
    period?: string;
    indicators?: { code: string; cells: Record<string, string>; value: number | null; target: unknown; ratio: number | null; grade: string }[];
    findings?: { code: string; cell: string; severity: string; rule: RuleId; message: string }[];
    summary?: { counts: Record<string, number>; verdict: string };
  }[];
}

/** One workbook with a planted error for every rule id, each on an indicator of its own where possible. */
const PLANTED: Figures = {
  "A.1": { plan: 950000, periodTarget: 915000, actual: 700000 }, // 76,5 %: shortfall, and no Giải trình
  "A.2": { plan: 120000, periodTarget: 105000, actual: 100000, previousPeriod: "1,234.5" }, // near; English-style number
  "B.1": { plan: 100, actual: 120 }, // a rate above 100
  "B.2": { plan: 80, actual: "87,5" }, // typed as text
  "C.1": { plan: 4 }, // empty while it has a target
  "C.2": { actual: 28 },
  "C.2.1": { actual: 6, previousPeriod: 700 }, // under 1/100 of last period
  "C.2.2": { actual: 3 },
  "C.2.3": { actual: 1 },
  "C.2.4": { actual: 10 }, // 6 + 3 + 1 + 10 ≠ 28
  "C.3": { actual: 40 }, // more sanctioned than inspected
  "C.4": { actual: -7000000, previousPeriod: { error: "#N/A" } }, // negative; an Excel error value
  "C.5": { actual: 20.5 }, // a fraction of a book
};

/** [rule, code, the input role whose cell it must name]. */
const EXPECTED: readonly [RuleId, string, string][] = [
  ["below-target", "A.1", "actual"],
  ["explanation-missing", "A.1", "explanation"],
  ["below-target", "A.2", "actual"],
  ["not-a-number", "A.2", "previousPeriod"],
  ["percent-range", "B.1", "actual"],
  ["text-number", "B.2", "actual"],
  ["outlier", "C.2.1", "actual"],
  ["required", "C.1", "actual"],
  ["sum-mismatch", "C.2", "actual"],
  ["exceeds-parent", "C.3", "actual"],
  ["negative", "C.4", "actual"],
  ["formula-error", "C.4", "previousPeriod"],
  ["not-integer", "C.5", "actual"],
];

const parse = (stdout: string): JsonOutput => JSON.parse(stdout) as JsonOutput;

describe("chitieu check --json", () => {
  let dir: string;
  let planted: string;
  let clean: string;

  beforeAll(async () => {
    dir = scratchDir();
    planted = (await filledTemplate(dir, "planted.xlsx", 2020, "Q1", PLANTED)).file;
    // The seed's figures, with B.2 typed as text: a warning (text-number), no error.
    const seed: Figures = Object.fromEntries(EXAMPLE_FIGURES);
    clean = (await filledTemplate(dir, "clean.xlsx", 2020, "Q1", { ...seed, "B.2": { plan: 80, actual: "87" } })).file;
  });

  it("flags every rule id at the cell of the planted figure, and nothing else", async () => {
    const run = await chitieu(["check", planted, "--json"]);
    const [file] = parse(run.stdout).files;
    const cellOf = (code: string, role: string): string => file.indicators?.find((i) => i.code === code)?.cells[role] ?? `no ${role} cell for ${code}`;
    const found = (file.findings ?? []).map((f) => [f.rule, f.code, f.cell]).sort();
    expect(found).toEqual(EXPECTED.map(([rule, code, role]) => [rule, code, cellOf(code, role)]).sort());
    expect(new Set(found.map(([rule]) => rule)).size).toBe(12);
  });

  it("gives each finding its stable severity and a message in the chosen language", async () => {
    const vi = parse((await chitieu(["check", planted, "--json"])).stdout).files[0].findings ?? [];
    const en = parse((await chitieu(["check", planted, "--json", "--lang", "en"])).stdout).files[0].findings ?? [];
    const severity = Object.fromEntries(vi.map((f) => [`${f.rule} ${f.code}`, f.severity]));
    expect(severity["not-a-number A.2"]).toBe("error");
    expect(severity["text-number B.2"]).toBe("warning");
    expect(severity["below-target A.1"]).toBe("shortfall");
    expect(severity["below-target A.2"]).toBe("warning");
    expect(vi.every((f) => f.message.length > 0)).toBe(true);
    expect(en.map((f) => f.message)).not.toEqual(vi.map((f) => f.message));
  });

  it("exits 1 when a finding is an error, 0 when the worst is a warning", async () => {
    expect((await chitieu(["check", planted, "--json"])).code).toBe(1);
    const cleanRun = await chitieu(["check", clean, "--json"]);
    const findings = parse(cleanRun.stdout).files[0].findings ?? [];
    expect(findings.map((f) => [f.rule, f.code, f.severity])).toEqual([["text-number", "B.2", "warning"]]);
    expect(cleanRun.code).toBe(0);
  });

  it("reports a file it cannot use as {file, error}, checks the others, and exits 2", async () => {
    const notes = path.join(dir, "notes.xlsx");
    writeFileSync(notes, "TT;Mã;Thực hiện\n1;A.1;920.000\n");
    const run = await chitieu(["check", clean, notes, path.join(dir, "missing.xlsx"), "--json"]);
    const files = parse(run.stdout).files;
    expect(files.map((f) => Object.keys(f).sort())).toEqual([
      ["file", "findings", "indicators", "period", "status", "summary", "template"],
      ["error", "file"],
      ["error", "file"],
    ]);
    expect(files[1].error).toMatch(/CSV, không phải sổ Excel/);
    expect(files[2].error).toMatch(/Không tìm thấy tệp/);
    expect(run.code).toBe(2);
  });

  it("says a workbook without template sheets is unusable, and why", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "Tổng số thuê bao";
    const file = path.join(dir, "plain.xlsx");
    await workbook.xlsx.writeFile(file);
    const run = await chitieu(["check", file, "--json", "--lang", "en"]);
    expect(parse(run.stdout).files[0].error).toMatch(/no indicator sheet made from a template/);
    expect(run.code).toBe(2);
  });
});

describe("chitieu check on a workbook with several period sheets", () => {
  it("checks the latest period, whatever the order of the sheets", async () => {
    const dir = scratchDir();
    const q1 = await filledTemplate(dir, "q1.xlsx", 2020, "Q1", Object.fromEntries(EXAMPLE_FIGURES));
    const q2 = await filledTemplate(dir, "q2.xlsx", 2020, "Q2", { "A.1": { plan: 950000, actual: 925000 } });
    const ExcelJS = (await import("exceljs")).default;
    for (const order of [[q1.file, q2.file], [q2.file, q1.file]]) {
      const both = new ExcelJS.Workbook();
      for (const source of order) {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(source);
        const from = book.worksheets[0];
        const to = both.addWorksheet(from.name);
        from.eachRow({ includeEmpty: true }, (row, rowNumber) => {
          row.eachCell({ includeEmpty: false }, (cell, column) => { to.getRow(rowNumber).getCell(column).value = cell.value; });
        });
      }
      const file = path.join(dir, `${both.worksheets[0].name}-first.xlsx`);
      await both.xlsx.writeFile(file);
      const [checked] = JSON.parse((await chitieu(["check", file, "--json"])).stdout).files;
      expect(checked.period).toBe("2020-Q2");
      expect(checked.indicators.find((i: { code: string }) => i.code === "A.1").value).toBe(925000);
    }
  });
});

describe("chitieu check (table)", () => {
  it("prints Vietnamese numbers, grades, findings with their cells, and the verdict", async () => {
    const dir = scratchDir();
    const { file } = await filledTemplate(dir, "planted.xlsx", 2020, "Q1", PLANTED);
    const run = await chitieu(["check", file]);
    expect(run.stdout).toContain("Quý I năm 2020");
    expect(run.stdout).toMatch(/A\.1\s+Tổng số thuê bao điện thoại\s+700\.000\s+915\.000\s+76,5%\s+Chưa đạt/);
    expect(run.stdout).toMatch(/'Quý I-2020'!I\d+ C\.5/);
    expect(run.stdout).toContain("Tổng số thuê bao điện thoại");
    expect(run.code).toBe(1);
  });

  it("asks for a file when given none", async () => {
    const run = await chitieu(["check"]);
    expect(run.stderr).toContain("chitieu check TEP.xlsx");
    expect(run.code).toBe(2);
  });
});
