// Templates made in the pane travel in the workbook: stored in a very hidden sheet at ExcelApi
// 1.7, read back by a colleague's session, replaced by id on edit; the table's plans start the
// first sheet of their year; an edited template rebuilds the sheet without losing a typed figure.
import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { addIndicator, bumpVersion, draftOfTemplate, draftTemplate, editIndicator, moveIndicator, proposeTemplate, removeIndicator } from "../../src/core/authoring";
import { indicatorCode } from "../../src/core/indicator";
import type { Template } from "../../src/core/template/template";
import { readTable } from "../../src/excel/authoring";
import { createExcelAddin } from "../../src/excel/addin";
import { check } from "../../src/excel/check";
import { loadTemplate } from "../../src/excel/load-template";
import { readStoredTemplates, storeTemplate, TEMPLATE_SHEET_NAME } from "../../src/excel/template-store";
import { forgetTemplates, knownTemplate } from "../../src/excel/templates";
import { SEED_TABLE_ROWS } from "../core/authoring/seed-table";
import { chitieu, scratchDir } from "../cli/run-cli";
import { bare, DETAILS, startHost } from "./helpers";

const TABLE = "Chỉ tiêu Q1";
const Q1 = { year: 2020, kind: "Q1" } as const;

async function tableWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(TABLE);
  SEED_TABLE_ROWS.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null && typeof v !== "object") ws.getCell(r + 1, c + 1).value = v;
  }));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Cells that hold a value or a format, with both. */
function sheetState(ws: ExcelJS.Worksheet | undefined): string[] {
  const out: string[] = [];
  ws?.eachRow((row) => row.eachCell((cell) => {
    const e = JSON.stringify([cell.address, cell.value, cell.numFmt, cell.style]);
    if (cell.value !== null || JSON.stringify(cell.style) !== "{}") out.push(e);
  }));
  return out;
}

async function proposed() {
  const read = await readTable();
  if (!read.ok) throw new Error(read.detail);
  const p = proposeTemplate(read.snapshot);
  if (!p.ok) throw new Error(p.problem.code);
  const t = draftTemplate(p.proposal.draft);
  if (!t.ok) throw new Error(JSON.stringify(t.errors));
  return { draft: p.proposal.draft, template: t.template, read };
}

test("reading the table never writes, and a selected block is read at its own rows and columns", async () => {
  const { host } = await startHost("1.7", await tableWorkbook());
  const before = sheetState(host.workbook.getWorksheet(TABLE));
  host.instruments.reset();
  const whole = await readTable();
  expect(whole.ok && whole.selection).toBe(null);
  expect(whole.ok && whole.snapshot.values[8]?.[1]).toBe("Tổng số thuê bao điện thoại");
  await host.user.select(TABLE, "A6:F12");
  const part = await readTable();
  expect(part.ok && part.selection).toBe("A6:F12");
  expect(part.ok && part.snapshot.values.length).toBe(12);
  expect(part.ok && part.snapshot.values[0]).toEqual([]);
  expect(part.ok && part.snapshot.values[5]?.[1]).toBe("Chỉ tiêu");
  // One sync each, and the table is as it was: every cell's value and style.
  expect(host.instruments.syncsPerRun).toEqual([1, 1]);
  expect(sheetState(host.workbook.getWorksheet(TABLE))).toEqual(before);
});

test("a stored template lives in a very hidden sheet, is read back in a colleague's session, and an edit replaces it", async () => {
  const { host } = await startHost("1.7", await tableWorkbook());
  const { draft, template } = await proposed();
  expect(await storeTemplate({ template, plans: draft.plans, planYear: draft.planYear })).toEqual({ ok: true });
  expect(host.workbook.getWorksheet(TEMPLATE_SHEET_NAME)?.state).toBe("veryHidden");

  const edited = draftTemplate({ ...draftOfTemplate(template), meta: { ...template, version: bumpVersion(template.version) } });
  if (!edited.ok) throw new Error("edit does not load");
  expect(await storeTemplate({ template: edited.template, plans: {}, planYear: null })).toEqual({ ok: true });

  forgetTemplates();
  const back = await readStoredTemplates();
  expect(back.map((e) => [e.template.id, e.template.version])).toEqual([[template.id, "1.1.0"]]);
  expect(back[0].template).toEqual(edited.template);
  expect(knownTemplate(template.id)).toEqual(edited.template);
});

test("the table's plans start the first sheet of their year, and never another year's", async () => {
  await startHost("1.7", await tableWorkbook());
  const { draft, template } = await proposed();
  await storeTemplate({ template, plans: draft.plans, planYear: draft.planYear });
  const loaded = await loadTemplate({ template, period: Q1, details: DETAILS, replaceExisting: false });
  expect(loaded.ok).toBe(true);
  const read = await check("Quý I-2020");
  if (!read.ok) throw new Error(JSON.stringify(read));
  const plan = (code: string) => read.reading.indicators.find((i) => i.code === code)?.cells.plan?.value ?? null;
  expect([plan("I.1"), plan("I.2"), plan("II.2"), plan("III.1"), plan("III.2")]).toEqual([950000, 120000, 80, 4, null]);
  const next = await loadTemplate({ template, period: { year: 2021, kind: "Q1" }, details: DETAILS, replaceExisting: false });
  expect(next.ok).toBe(true);
  const read21 = await check("Quý I-2021");
  if (!read21.ok) throw new Error(JSON.stringify(read21));
  expect(read21.reading.indicators.find((i) => i.code === "I.1")?.cells.plan?.value ?? null).toBeNull();
});

test("an edited template (renamed, moved, removed, added, unit changed) rebuilds the sheet with every typed figure kept", async () => {
  const { host } = await startHost("1.7", await tableWorkbook());
  const { draft, template } = await proposed();
  await storeTemplate({ template, plans: draft.plans, planYear: draft.planYear });
  await loadTemplate({ template, period: Q1, details: DETAILS, replaceExisting: false });
  const first = await check("Quý I-2020");
  if (!first.ok) throw new Error("no sheet");
  const typed: Record<string, number> = { "I.1": 920000, "I.2": 110000, "II.2": 87, "III.1": 1, "III.5": 20 };
  for (const [code, v] of Object.entries(typed)) {
    const at = first.reading.indicators.find((i) => i.code === code)?.cells.actual?.address;
    if (at === undefined) throw new Error(code);
    expect((await host.user.type("Quý I-2020", bare(at), v)).accepted).toBe(true);
  }

  let d = draftOfTemplate(template);
  d = editIndicator(d, indicatorCode("I.2"), { name: "Thuê bao Internet băng rộng cố định", unit: "thuê bao Internet" });
  d = moveIndicator(d, indicatorCode("II.2"), -1);
  d = removeIndicator(d, indicatorCode("III.5"));
  d = addIndicator(d, "II", "Số dịch vụ công trực tuyến mức độ 4", "dịch vụ");
  const next = draftTemplate({ ...d, meta: { ...d.meta, version: bumpVersion(d.meta.version) } });
  if (!next.ok) throw new Error(JSON.stringify(next.errors));
  const edited: Template = next.template;
  await storeTemplate({ template: edited, plans: {}, planYear: null });
  const rebuilt = await loadTemplate({ template: edited, period: Q1, details: DETAILS, replaceExisting: true });
  expect(rebuilt.ok).toBe(true);

  // A colleague's session: only what the workbook holds.
  forgetTemplates();
  const list = await createExcelAddin().listTemplateSheets();
  expect(list.map((s) => [s.sheetName, s.templateVersion])).toEqual([["Quý I-2020", "1.1.0"]]);
  const after = await check("Quý I-2020");
  if (!after.ok) throw new Error(JSON.stringify(after));
  const actual = (code: string) => after.reading.indicators.find((i) => i.code === code)?.cells.actual?.value ?? null;
  expect([actual("I.1"), actual("I.2"), actual("II.2"), actual("III.1")]).toEqual([920000, 110000, 87, 1]);
  expect(after.reading.indicators.map((i) => i.code).slice(4, 7)).toEqual(["II.2", "II.1", "II.3"]);
  // The removed indicator's figure is not lost: it is kept below the table.
  // Its figure is not lost: it is kept below the table, and the row that now holds another
  // indicator (III.4, one row down since II.3 was added) does not inherit it.
  expect(after.reading.kept?.map((k) => [k.code, k.cells.actual?.value])).toEqual([["III.5", 20]]);
  expect(actual("III.4")).toBeNull();
});

test("chitieu check reads a saved workbook with the template it carries, no template file needed", async () => {
  const { host } = await startHost("1.7", await tableWorkbook());
  const { draft, template } = await proposed();
  await storeTemplate({ template, plans: draft.plans, planYear: draft.planYear });
  await loadTemplate({ template, period: Q1, details: DETAILS, replaceExisting: false });
  const read = await check("Quý I-2020");
  if (!read.ok) throw new Error("no sheet");
  const at = read.reading.indicators.find((i) => i.code === "I.1")?.cells.actual?.address;
  await host.user.type("Quý I-2020", bare(at ?? ""), 920000);
  const dir = scratchDir();
  writeFileSync(path.join(dir, "book.xlsx"), await host.save());
  const run = await chitieu(["check", "book.xlsx", "--json"], dir);
  const json = JSON.parse(run.stdout) as { files: { template?: { id: string }; indicators?: { code: string; grade: string }[]; error?: string }[] };
  expect(json.files[0].error).toBeUndefined();
  expect(json.files[0].template?.id).toBe(template.id);
  // A stock graded against its annual plan from the table: 920.000 ÷ 950.000 = 96,8 %, Gần đạt.
  expect(json.files[0].indicators?.find((i) => i.code === "I.1")?.grade).toBe("near");
});
