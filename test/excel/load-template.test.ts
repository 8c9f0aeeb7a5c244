// Loading the template on the stand-in host at 1.7 and the newest level: a new sheet named for
// the period; asking before replacing; never overwriting someone's own sheet; rebuilding over a
// filled sheet keeps every figure, plan, explanation and report detail; Q2 carries from Q1.
import type { InputRole, SheetReading } from "../../src/core/reading";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import type { QualifiedAddress } from "../../src/core/finding";
import { check } from "../../src/excel/check";
import { loadTemplate } from "../../src/excel/load-template";
import { selectCell } from "../../src/excel/select";
import { listTemplateSheets } from "../../src/excel/template-sheets";
import { newestLevel, type Host } from "../host";
import { bare, DETAILS, SEED_ACTUALS, SEED_PLANS, SEED_Q1_TARGETS, startHost } from "./helpers";

const Q1 = { year: 2020, kind: "Q1" } as const;
const Q2 = { year: 2020, kind: "Q2" } as const;

async function readingOf(sheet: string): Promise<SheetReading> {
  const outcome = await check(sheet);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.reading;
}

/** Every input of every indicator, by "code/role", as read. */
function inputsOf(reading: SheetReading): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const i of reading.indicators) for (const [role, c] of Object.entries(i.cells)) out[`${i.code}/${role}`] = c?.value ?? null;
  return out;
}

/** Types the seed's plans, Q1 targets and figures, and an explanation, into the sheet as a user. */
async function fill(host: Host, sheet: string, actuals: Readonly<Record<string, number>>, withTargets: boolean): Promise<void> {
  const reading = await readingOf(sheet);
  const at = (code: string, role: InputRole): string => {
    const address = reading.indicators.find((i) => i.code === code)?.cells[role]?.address;
    if (address === undefined) throw new Error(`${code} has no ${role}`);
    return bare(address);
  };
  if (withTargets) {
    for (const [code, v] of Object.entries(SEED_PLANS)) await host.user.type(sheet, at(code, "plan"), v);
    for (const [code, v] of Object.entries(SEED_Q1_TARGETS)) await host.user.type(sheet, at(code, "periodTarget"), v);
  }
  for (const [code, v] of Object.entries(actuals)) await host.user.type(sheet, at(code, "actual"), v);
  await host.user.type(sheet, at("C.1", "explanation"), "Đoàn thanh tra liên ngành");
}

describe.each(["1.7", newestLevel])("at ExcelApi %s", (level) => {
  let host: Host;
  beforeEach(async () => {
    ({ host } = await startHost(level));
  });
  afterEach(() => host.uninstall());

  it("loads into a new sheet named for the period, and asks before replacing it", async () => {
    const progress: [number, string][] = [];
    const first = await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false }, (f, step) => progress.push([f, step]));
    expect(first).toEqual({ ok: true, sheetName: "Quý I-2020", carriedFrom: [] });
    // Progress only moves forward and ends done, with the steps the pane's catalogues name.
    expect(progress.map(([f]) => f)).toEqual([...progress.map(([f]) => f)].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toEqual([1, "load.done"]);
    expect(new Set(progress.map(([, step]) => step))).toEqual(new Set(["load.reading", "load.writing", "load.done"]));
    expect(host.workbook.worksheets.map((w) => w.name)).toContain("Quý I-2020");
    const again = await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
    expect(again).toEqual({ ok: false, reason: "sheet-exists", sheetName: "Quý I-2020" });
  });

  it("never writes over a sheet of that name that it did not build", async () => {
    const own = host.workbook.worksheets[0].name;
    await host.user.renameSheet(own, "Quý I-2020");
    await host.user.type("Quý I-2020", "B2", "Bảng của tôi");
    const result = await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: true });
    expect(result).toEqual({ ok: false, reason: "name-taken", sheetName: "Quý I-2020" });
    expect(host.workbook.getWorksheet("Quý I-2020")!.getCell("B2").value).toBe("Bảng của tôi");
  });

  it("names someone's own sheet of that name at once, without being asked to replace it, in two syncs and no write", async () => {
    // The sheet made through Office.js as a user's macro or another add-in would.
    await Excel.run(async (c) => {
      c.workbook.worksheets.add("Quý I-2020").getRange("A1").values = [["x"]];
      await c.sync();
    });
    host.instruments.reset();
    const result = await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
    expect(result).toEqual({ ok: false, reason: "name-taken", sheetName: "Quý I-2020" });
    expect(host.instruments.syncsPerRun).toEqual([2]);
    expect(host.workbook.getWorksheet("Quý I-2020")!.getCell("A1").value).toBe("x");
  });

  it("asks before rebuilding its own sheet, in two syncs and no write", async () => {
    await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
    await loadTemplate({ template: defaultTemplate(), period: Q2, details: DETAILS, replaceExisting: false });
    host.instruments.reset();
    const result = await loadTemplate({ template: defaultTemplate(), period: Q2, details: DETAILS, replaceExisting: false });
    expect(result).toEqual({ ok: false, reason: "sheet-exists", sheetName: "Quý II-2020" });
    expect(host.instruments.syncsPerRun).toEqual([2]);
  });

  it("rebuilding over a filled sheet keeps every figure, plan, explanation and report detail", async () => {
    await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
    await fill(host, "Quý I-2020", SEED_ACTUALS, true);
    const before = await readingOf("Quý I-2020");
    // The pane passes empty details when the user changed nothing: what the sheet holds wins.
    const rebuilt = await loadTemplate({
      template: defaultTemplate(), period: Q1, replaceExisting: true,
      details: { ...DETAILS, number: "", signerName: "" },
    });
    expect(rebuilt).toMatchObject({ ok: true, sheetName: "Quý I-2020" });
    const after = await readingOf("Quý I-2020");
    expect(inputsOf(after)).toEqual(inputsOf(before));
    expect(after.details).toEqual(before.details);
    // And the sheet still has its one table: the rebuild did not add a second sheet.
    expect(host.workbook.worksheets.filter((w) => w.name.startsWith("Quý I")).length).toBe(1);
  });

  it("Q2 carries Q1's plans, figures as the previous period, and the flows' year to date", async () => {
    await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
    await fill(host, "Quý I-2020", SEED_ACTUALS, true);
    const q2 = await loadTemplate({ template: defaultTemplate(), period: Q2, details: DETAILS, replaceExisting: false });
    expect(q2).toEqual({ ok: true, sheetName: "Quý II-2020", carriedFrom: ["Quý I-2020"] });
    const inputs = inputsOf(await readingOf("Quý II-2020"));
    expect(inputs["A.1/plan"]).toBe(SEED_PLANS["A.1"]);
    expect(inputs["C.1/plan"]).toBe(SEED_PLANS["C.1"]);
    expect(inputs["A.1/previousPeriod"]).toBe(SEED_ACTUALS["A.1"]);
    // C.1 is a flow: Q1's inspections carry into Q2's Lũy kế.
    expect(inputs["C.1/carriedYtd"]).toBe(SEED_ACTUALS["C.1"]);
    // Nothing of Q2's own is invented.
    expect(inputs["A.1/actual"]).toBeNull();
  });

  it("Q3 reads Q1 and Q2 in the same read and carries both quarters into a flow's Lũy kế", async () => {
    await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
    await fill(host, "Quý I-2020", SEED_ACTUALS, true);
    await loadTemplate({ template: defaultTemplate(), period: Q2, details: DETAILS, replaceExisting: false });
    await fill(host, "Quý II-2020", { ...SEED_ACTUALS, "C.1": 2 }, false);
    host.instruments.reset();
    const q3 = await loadTemplate({ template: defaultTemplate(), period: { year: 2020, kind: "Q3" }, details: DETAILS, replaceExisting: false });
    expect(q3).toMatchObject({ ok: true, sheetName: "Quý III-2020" });
    if (!q3.ok) return;
    expect([...q3.carriedFrom].sort()).toEqual(["Quý I-2020", "Quý II-2020"]);
    // Names, one read of both earlier sheets, one write.
    expect(host.instruments.syncsPerRun).toEqual([3]);
    const inputs = inputsOf(await readingOf("Quý III-2020"));
    expect(inputs["C.1/carriedYtd"]).toBe(SEED_ACTUALS["C.1"] + 2);
    expect(inputs["C.1/previousPeriod"]).toBe(2);
  });

  it("lists the template sheets with their periods, and selects a finding's cell", async () => {
    await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
    await loadTemplate({ template: defaultTemplate(), period: Q2, details: DETAILS, replaceExisting: false });
    const listed = await listTemplateSheets();
    expect(listed.map((s) => [s.sheetName, s.period.kind, s.templateId])).toEqual([
      ["Quý I-2020", "Q1", defaultTemplate().id],
      ["Quý II-2020", "Q2", defaultTemplate().id],
    ]);
    expect(await selectCell("'Quý I-2020'!I18" as QualifiedAddress)).toEqual({ ok: true });
    expect(host.user.selection()).toBe("Quý I-2020!I18");
    expect(await selectCell("'Quý IX-2020'!I18" as QualifiedAddress)).toMatchObject({ ok: false, reason: "sheet-missing" });
  });
});
