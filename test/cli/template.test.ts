// `chitieu template`: the blank workbook, carry forward with --from, and errors that say what to fix.
import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import path from "node:path";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { readTemplateSheets } from "../../src/xlsx/template-sheets";
import { loadWorkbook } from "../../src/xlsx/workbook-bytes";
import { chitieu, REPO, scratchDir } from "./run-cli";

const EXAMPLE = path.join(REPO, "examples", "ha-nam-stttt-2020-Q1.xlsx");

async function templateSheets(file: string) {
  const loaded = await loadWorkbook(new Uint8Array(readFileSync(file)));
  if (!loaded.ok) throw new Error(loaded.detail);
  return readTemplateSheets(loaded.workbook, [defaultTemplate()]).sheets;
}

const valueOf = (sheet: { reading: { indicators: readonly { code: string; cells: Record<string, { value: unknown } | undefined> }[] } }, code: string, role: string): unknown =>
  sheet.reading.indicators.find((i) => i.code === code)?.cells[role]?.value;

describe("chitieu template", () => {
  it("writes the period's template sheet, empty and recognisable", async () => {
    const out = path.join(scratchDir(), "q3.xlsx");
    const run = await chitieu(["template", "--year", "2021", "--period", "Q3", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("Quý III-2021");
    const [sheet] = await templateSheets(out);
    expect(sheet.worksheet.name).toBe("Quý III-2021");
    expect(sheet.reading.period).toEqual({ year: 2021, kind: "Q3" });
    expect(sheet.reading.indicators.map((i) => i.code)).toEqual(defaultTemplate().sections.flatMap((s) => s.indicators.map((i) => i.code)));
    expect(sheet.reading.indicators.every((i) => i.cells.actual?.value === null)).toBe(true);
  });

  it("writes a sheet that protects itself: no password, typed cells open, warnings, colours that stop at the first rule", async () => {
    const out = path.join(scratchDir(), "q1.xlsx");
    await chitieu(["template", "--year", "2020", "--period", "Q1", "--out", out]);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    const protection = /<sheetProtection [^>]*>/.exec(xml)?.[0] ?? "";
    expect(protection).toContain('sheet="1"');
    expect(protection).not.toMatch(/hashValue|password/);
    const validations = xml.match(/<dataValidation [^>]*>/g) ?? [];
    expect(validations.length).toBeGreaterThan(0);
    expect(validations.every((v) => v.includes('errorStyle="warning"'))).toBe(true);
    const rules = xml.match(/<cfRule [^>]*>/g) ?? [];
    expect(rules.map((r) => /priority="(\d+)"/.exec(r)?.[1])).toEqual(["1", "2", "3"]);
    expect(rules.every((r) => r.includes('type="expression"') && r.includes('stopIfTrue="1"'))).toBe(true);
    const [sheet] = await templateSheets(out);
    const a1 = sheet.reading.indicators[0];
    for (const role of ["actual", "plan", "explanation"] as const) {
      const address = a1.cells[role]?.address.split("!")[1] ?? "";
      expect({ role, locked: sheet.worksheet.getCell(address).protection?.locked }).toEqual({ role, locked: false });
    }
    expect(sheet.worksheet.getCell("B1").protection?.locked).not.toBe(false);
  });

  it("with --from, makes the next period and carries plans, last period's figures and Lũy kế", async () => {
    const out = path.join(scratchDir(), "q2.xlsx");
    const run = await chitieu(["template", "--from", EXAMPLE, "--out", out]);
    expect(run.code).toBe(0);
    const [sheet] = await templateSheets(out);
    expect(sheet.reading.period).toEqual({ year: 2020, kind: "Q2" });
    expect(valueOf(sheet, "A.1", "plan")).toBe(950000);
    expect(valueOf(sheet, "A.1", "previousPeriod")).toBe(920000);
    expect(valueOf(sheet, "C.1", "previousPeriod")).toBe(1);
    expect(valueOf(sheet, "C.1", "carriedYtd")).toBe(1); // a flow: Q1's inspections count towards Q2's Lũy kế
    expect(valueOf(sheet, "A.1", "actual")).toBeNull(); // this period's figure is for staff to type
    expect(sheet.reading.details).toMatchObject({ signerTitle: "GIÁM ĐỐC", recipients: ["UBND tỉnh", "Sở Kế hoạch và Đầu tư"], number: "" });
  });

  it("accepts a template file checked by the schema, and check reads its workbooks with --template", async () => {
    const dir = scratchDir();
    const custom = { ...JSON.parse(readFileSync(path.join(REPO, "src/core/template/builtin/stttt-quarterly.json"), "utf8")), id: "stttt-hanam-custom" };
    const templateFile = path.join(dir, "custom.json");
    writeFileSync(templateFile, JSON.stringify(custom));
    const out = path.join(dir, "custom.xlsx");
    expect((await chitieu(["template", "--template", templateFile, "--year", "2020", "--period", "H1", "--out", out])).code).toBe(0);
    const withTemplate = await chitieu(["check", out, "--json", "--template", templateFile]);
    expect(JSON.parse(withTemplate.stdout).files[0]).toMatchObject({ template: { id: "stttt-hanam-custom" }, period: "2020-H1" });
    const without = await chitieu(["check", out, "--json"]);
    expect(JSON.parse(without.stdout).files[0].error).toContain("stttt-hanam-custom");
    expect(without.code).toBe(2);
  });

  it("never replaces an existing workbook unless --force says so", async () => {
    const dir = scratchDir();
    const out = path.join(dir, "q1.xlsx");
    writeFileSync(out, "figures typed by staff");
    const refused = await chitieu(["template", "--period", "Q1", "--year", "2020", "--out", out]);
    expect(refused.stderr).toMatch(/đã có: chọn tên khác, hoặc thêm --force/);
    expect(refused.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("figures typed by staff");
    const forced = await chitieu(["template", "--period", "Q1", "--year", "2020", "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect((await templateSheets(out)).map((s) => s.worksheet.name)).toEqual(["Quý I-2020"]);
  });

  it.each([
    [["template", "--year", "2020"], /--out TEN_TEP\.xlsx/],
    [["template", "--out", "a.csv"], /phải có đuôi \.xlsx/],
    [["template", "--period", "Q5", "--out", "a.xlsx"], /Q1, Q2, Q3, Q4, H1, 9M hoặc Y/],
    [["template", "--year", "20", "--out", "a.xlsx"], /năm bốn chữ số/],
    [["template", "--template", "no-such", "--out", "a.xlsx"], /Không tìm thấy mẫu "no-such".*stttt-quarterly/],
    [["template", "--from", "missing.xlsx", "--out", "a.xlsx"], /Không tìm thấy tệp "missing\.xlsx"/],
    [["template", "--ouut", "a.xlsx"], /Tùy chọn không hợp lệ: --ouut\. Xem: chitieu template --help/],
    [["tempalte"], /Không có lệnh "tempalte"/],
    [["check", "--lang", "fr"], /--lang vi hoặc --lang en/],
  ])("%j fails with exit 2 and says how to fix it", async (argv, message) => {
    const run = await chitieu(argv, scratchDir());
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
    expect(run.code).toBe(2);
  });

  it("names the field path of each problem in a bad template file", async () => {
    const dir = scratchDir();
    writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ ...defaultTemplate(), reportType: "monthly" }));
    const run = await chitieu(["template", "--template", "bad.json", "--out", "a.xlsx", "--lang", "en"], dir);
    expect(run.stderr).toContain("bad.json");
    expect(run.stderr).toContain("reportType");
    expect(run.code).toBe(2);
  });
});

describe("chitieu --help", () => {
  it("speaks Vietnamese and English unless --lang picks one", async () => {
    const both = await chitieu(["--help"]);
    expect(both.stdout).toContain("Các lệnh:");
    expect(both.stdout).toContain("Commands:");
    const english = await chitieu(["check", "--help", "--lang", "en"]);
    expect(english.stdout).toContain("Exit code: 0 no error");
    expect(english.stdout).not.toContain("Mã thoát");
    expect((await chitieu(["template", "-h"])).stdout).toContain("--from KY_TRUOC.xlsx");
  });
});
