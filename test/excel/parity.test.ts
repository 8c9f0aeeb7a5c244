// Parity: the template sheet src/excel writes through Office.js (on the stand-in, saved to
// .xlsx) and the one src/xlsx writes with ExcelJS for the same template and period are the
// same, cell by cell: values, formulas, number formats, locks, data validation (less at 1.7,
// where Office.js has none), conditional formats (ranges, formulas, colours, order, stopIfTrue),
// sheet protection, merges, frozen panes and column widths.
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { carryForward } from "../../src/core/layout/carry-forward";
import { planSheet } from "../../src/core/layout/plan-sheet";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { loadTemplate } from "../../src/excel/load-template";
import { applySheetPlan, loadWorkbook, newWorkbook, writeWorkbookBytes } from "../../src/xlsx";
import { newestLevel } from "../host";
import { DETAILS, startHost } from "./helpers";

const PERIOD = { year: 2020, kind: "Q1" } as const;
const SHEET = "Quý I-2020";

interface Side {
  readonly sheet: ExcelJS.Worksheet;
  readonly cfRules: readonly CfRule[];
  readonly protection: Record<string, string>;
}

interface CfRule {
  readonly sqref: string;
  readonly priority: number;
  readonly stopIfTrue: boolean;
  readonly formula: string;
}

async function sideOf(bytes: Uint8Array): Promise<Side> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.detail);
  const sheet = loaded.workbook.getWorksheet(SHEET);
  if (sheet === undefined) throw new Error(`no sheet ${SHEET}`);
  // stopIfTrue and the protection flags are read from the sheet XML itself: ExcelJS drops the first.
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheetTag = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${SHEET}"`))!;
  const rid = /r:id="([^"]+)"/.exec(sheetTag)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  const part = (target[1] ?? target[2]).replace(/^\/?(xl\/)?/, "xl/");
  const xml = await zip.file(part)!.async("string");
  const cfRules: CfRule[] = [];
  for (const block of xml.matchAll(/<conditionalFormatting\b[^>]*sqref="([^"]+)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g)) {
    for (const rule of block[2].matchAll(/<cfRule\b([^>]*)>([\s\S]*?)<\/cfRule>/g)) {
      cfRules.push({
        sqref: block[1],
        priority: Number(/priority="(\d+)"/.exec(rule[1])![1]),
        stopIfTrue: /stopIfTrue="(1|true)"/.test(rule[1]),
        formula: /<formula>([\s\S]*?)<\/formula>/.exec(rule[2])?.[1] ?? "",
      });
    }
  }
  cfRules.sort((a, b) => a.priority - b.priority);
  const protectionTag = /<sheetProtection\b([^>]*)\/?>/.exec(xml)?.[1] ?? "";
  const protection: Record<string, string> = {};
  for (const m of protectionTag.matchAll(/(\w+)="([^"]*)"/g)) protection[m[1]] = m[2];
  return { sheet, cfRules, protection };
}

/** What a cell holds and how it is protected, as Excel would see it. */
function cellsOf(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const formula = cell.formula ? `=${cell.formula}` : undefined;
      const value = formula ?? (cell.value === null || cell.value === undefined || cell.value === "" ? null : cell.value);
      out.set(cell.address, {
        value,
        numFmt: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null,
        locked: cell.protection?.locked !== false,
      });
    }),
  );
  // Inside a merge only the top-left cell counts: Excel shows and protects the merged area by it
  // (ExcelJS repeats the master's value in the others, and keeps whatever style they had).
  for (const merge of sheet.model.merges) {
    const [first, ...others] = expand(merge);
    void first;
    for (const address of others) out.delete(address);
  }
  // Cells that are empty, unformatted and locked on both sides are the same as absent ones.
  for (const [address, v] of out) {
    const c = v as { value: unknown; numFmt: unknown; locked: boolean };
    if (c.value === null && c.numFmt === null && c.locked) out.delete(address);
  }
  return out;
}

/** Validations by cell: the rule, operator, limits and alert. */
function validationsOf(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const model = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  const out: Record<string, unknown> = {};
  for (const [ref, v] of Object.entries(model)) {
    for (const address of expand(ref)) {
      out[address] = { type: v.type, operator: v.operator ?? "between", formulae: (v.formulae ?? []).map(String), errorStyle: v.errorStyle, error: v.error, errorTitle: v.errorTitle, allowBlank: v.allowBlank };
    }
  }
  return out;
}

/** "I12:I14" or "range:I12:I14" or "I12 I13" → every cell. */
function expand(ref: string): string[] {
  const out: string[] = [];
  for (const part of ref.replace(/^range:/, "").split(/\s+/)) {
    const [from, to = from] = part.split(":");
    const col = (s: string) => s.replace(/\d+/g, "");
    const row = (s: string) => Number(s.replace(/[A-Z]+/g, ""));
    const num = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const letters = (n: number): string => (n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
    for (let r = row(from); r <= row(to); r++) for (let c = num(col(from)); c <= num(col(to)); c++) out.push(`${letters(c)}${r}`);
  }
  return out;
}

/** ExcelJS keeps the loaded rules on the sheet (its typings only show the method that adds them). */
interface LoadedFormats {
  conditionalFormattings: { ref: string; rules: { priority?: number; style?: unknown }[] }[];
}

const conditionalStyles = (sheet: ExcelJS.Worksheet): unknown[] =>
  (sheet as unknown as LoadedFormats).conditionalFormattings
    .flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, priority: rule.priority, style: JSON.stringify(rule.style ?? {}) })))
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))
    .map(({ ref, style }) => ({ ref, fill: /"argb":"(\w+)"/.exec(style)?.[1] ?? null, font: /"font":\{"color":\{"argb":"(\w+)"/.exec(style)?.[1] ?? null }));

async function xlsxSide(): Promise<Side> {
  const template = defaultTemplate();
  const plan = planSheet({ template, period: PERIOD, details: DETAILS, carried: carryForward([], template, PERIOD) });
  const workbook = newWorkbook();
  applySheetPlan(workbook, plan);
  return sideOf(await writeWorkbookBytes(workbook));
}

async function excelSide(level: string): Promise<Side> {
  const { host } = await startHost(level);
  try {
    const loaded = await loadTemplate({ template: defaultTemplate(), period: PERIOD, details: DETAILS, replaceExisting: false });
    expect(loaded).toMatchObject({ ok: true, sheetName: SHEET });
    return sideOf(await host.save());
  } finally {
    host.uninstall();
  }
}

describe.each(["1.7", newestLevel])("Office.js at ExcelApi %s against ExcelJS", (level) => {
  let excel: Side;
  let xlsx: Side;
  beforeAll(async () => {
    xlsx = await xlsxSide();
    excel = await excelSide(level);
  });

  it("every cell has the same value or formula, number format and lock", () => {
    const a = cellsOf(excel.sheet);
    const b = cellsOf(xlsx.sheet);
    expect(a.size).toBeGreaterThan(100);

    expect(Object.fromEntries(a)).toEqual(Object.fromEntries(b));
  });

  it("the same conditional formats: ranges, formulas, colours, order and stopIfTrue", () => {
    expect(excel.cfRules.length).toBeGreaterThan(0);
    const shape = (s: Side) => s.cfRules.map(({ sqref, formula, stopIfTrue }) => ({ sqref, formula, stopIfTrue }));
    expect(shape(excel)).toEqual(shape(xlsx));
    expect(conditionalStyles(excel.sheet)).toEqual(conditionalStyles(xlsx.sheet));
  });

  it("the same sheet protection, merges, frozen panes and column widths", () => {
    expect(excel.protection).toEqual(xlsx.protection);
    expect([...excel.sheet.model.merges].sort()).toEqual([...xlsx.sheet.model.merges].sort());
    const frozen = (s: ExcelJS.Worksheet) =>
      s.views.map((v) => ({ state: v.state, xSplit: (v as { xSplit?: number }).xSplit ?? 0, ySplit: (v as { ySplit?: number }).ySplit ?? 0 }));
    expect(frozen(excel.sheet)).toEqual(frozen(xlsx.sheet));
    const widths = (s: ExcelJS.Worksheet) => Array.from({ length: 22 }, (_, i) => [s.getColumn(i + 1).width, s.getColumn(i + 1).hidden]);
    expect(widths(excel.sheet)).toEqual(widths(xlsx.sheet));
  });

  it(level === "1.7" ? "no data validation at 1.7 (Office.js has none before 1.8)" : "the same data validation on every entry cell", () => {
    const xlsxRules = validationsOf(xlsx.sheet);
    expect(Object.keys(xlsxRules).length).toBeGreaterThan(0);
    expect(validationsOf(excel.sheet)).toEqual(level === "1.7" ? {} : xlsxRules);
  });
});
