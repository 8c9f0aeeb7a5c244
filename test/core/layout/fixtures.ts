// Test fixtures for the layout: a small inline template, a generated large one, and a stand-in
// "sheet" built from a plan's values so readSheet can be tested without any spreadsheet.
import { indicatorCode, type IndicatorDef, type SectionCode, type SectionDef } from "../../../src/core/indicator";
import type { ReportDetails } from "../../../src/core/reading";
import type { SheetPlan } from "../../../src/core/sheet-plan";
import type { SheetSnapshot, SnapshotCell } from "../../../src/core/snapshot";
import type { ConsistencyRule, Template, TemplateId } from "../../../src/core/template/template";
import { defaultTemplate } from "../../../src/core/template/template-builtin";
import { parseCellAddress } from "../../../src/core/layout";

const ind = (code: string, o: Partial<IndicatorDef> = {}): IndicatorDef => ({
  code: indicatorCode(code),
  name: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
  unit: { vi: "cái", en: "items" },
  kind: "stock",
  direction: "higher",
  numberType: "integer",
  required: false,
  explanationRequired: false,
  ...o,
});

/** Every kind, direction and number type once, a sum rule and a subset rule. */
export function tinyTemplate(): Template {
  const sections: SectionDef[] = [
    {
      code: "S" as SectionCode,
      name: { vi: "Phần thử", en: "Test section" },
      indicators: [
        ind("X.1", { required: true }),
        ind("X.2", { kind: "flow" }),
        ind("X.2.1", { kind: "flow", direction: "informational", parent: indicatorCode("X.2") }),
        ind("X.2.2", { kind: "flow", direction: "informational", parent: indicatorCode("X.2") }),
      ],
    },
    {
      code: "T" as SectionCode,
      name: { vi: "Phần hai", en: "Second section" },
      indicators: [
        ind("Y.1", { kind: "rate", direction: "lower", numberType: "percent", unit: { vi: "%", en: "%" } }),
        ind("Y.2", { kind: "flow", direction: "informational", numberType: "money", unit: { vi: "đồng", en: "đồng" } }),
        ind("Y.3", { numberType: "decimal", nearThreshold: 0.8 }),
      ],
    },
  ];
  const rules: ConsistencyRule[] = [
    { kind: "sum", total: indicatorCode("X.2"), parts: [indicatorCode("X.2.1"), indicatorCode("X.2.2")] },
    { kind: "not-exceed", subset: indicatorCode("Y.2"), set: indicatorCode("X.2") },
  ];
  return {
    id: "tiny" as TemplateId,
    version: "0.1.0",
    title: { vi: "Mẫu thử", en: "Test template" },
    agency: { parent: "UBND TỈNH", issuing: "SỞ" },
    place: "Hà Nam",
    reportType: "tt03-2013",
    nearThreshold: 0.9,
    sections,
    rules,
  };
}

/** n indicators cycling through the built-in template's sections, kinds and rules. */
export function generatedTemplate(n: number): Template {
  const base = defaultTemplate();
  const sections: SectionDef[] = [];
  const rules: ConsistencyRule[] = [];
  let count = 0;
  for (let copy = 0; count < n; copy++) {
    const c = (code: string) => indicatorCode(`${code}-${copy}`);
    for (const s of base.sections) {
      if (count >= n) break;
      const indicators = s.indicators.slice(0, n - count).map((i) => ({ ...i, code: c(i.code), ...(i.parent ? { parent: c(i.parent) } : {}) }));
      count += indicators.length;
      sections.push({ ...s, code: `${s.code}-${copy}` as SectionCode, indicators });
    }
    const have = new Set(sections.flatMap((s) => s.indicators.map((i) => i.code as string)));
    for (const r of base.rules) {
      const mapped: ConsistencyRule = r.kind === "sum"
        ? { kind: "sum", total: c(r.total), parts: r.parts.map(c) }
        : { kind: "not-exceed", subset: c(r.subset), set: c(r.set) };
      const codes = mapped.kind === "sum" ? [mapped.total, ...mapped.parts] : [mapped.subset, mapped.set];
      if (codes.every((x) => have.has(x))) rules.push(mapped);
    }
  }
  return { ...base, id: "generated" as TemplateId, sections, rules };
}

export const DETAILS: ReportDetails = {
  number: "15/BC-STTTT",
  place: "Hà Nam",
  date: "2020-03-20",
  estimate: true,
  signerTitle: "GIÁM ĐỐC",
  signerName: "Nguyễn Văn A",
  recipients: ["UBND tỉnh", "Sở Kế hoạch và Đầu tư"],
};

/** A mutable grid: what a spreadsheet would hold after the plan's values were written. */
export type Grid = SnapshotCell[][];

export function gridFromPlan(plan: SheetPlan): Grid {
  const grid: Grid = [];
  for (const cell of plan.cells) {
    const at = parseCellAddress(cell.address);
    if (at === null) throw new Error(`bad address ${cell.address}`);
    const row = (grid[at.row - 1] ??= []);
    // Formulas have no value until a spreadsheet computes them: the reader must not need them.
    row[at.column - 1] = cell.value ?? null;
  }
  for (let r = 0; r < grid.length; r++) {
    grid[r] ??= [];
    for (let c = 0; c < grid[r].length; c++) if (grid[r][c] === undefined) grid[r][c] = null;
  }
  return grid;
}

export function setCell(grid: Grid, address: string, value: SnapshotCell): void {
  const at = parseCellAddress(address);
  if (at === null) throw new Error(`bad address ${address}`);
  const row = (grid[at.row - 1] ??= []);
  row[at.column - 1] = value;
  for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
}

export function getCell(grid: Grid, address: string): SnapshotCell {
  const at = parseCellAddress(address);
  if (at === null) throw new Error(`bad address ${address}`);
  return grid[at.row - 1]?.[at.column - 1] ?? null;
}

/** Inserts empty rows before the 1-based row `before`, as Excel's Insert row does. */
export function insertRows(grid: Grid, before: number, count: number): void {
  grid.splice(before - 1, 0, ...Array.from({ length: count }, () => [] as SnapshotCell[]));
}

export const snapshotOf = (name: string, grid: Grid, hiddenRows: readonly number[] = []): SheetSnapshot =>
  ({ name, values: grid.map((r) => [...r]), hiddenRows });

export interface Effective {
  locked: boolean;
  numberFormat?: string;
  style?: string;
}

/** Every cell a range covers, as "I9" addresses. */
export function cellsOf(range: string): string[] {
  const [a, b = a] = range.split(":");
  const from = parseCellAddress(a);
  const to = parseCellAddress(b);
  if (from === null || to === null) throw new Error(`bad range ${range}`);
  const out: string[] = [];
  for (let r = from.row; r <= to.row; r++) for (let c = from.column; c <= to.column; c++) out.push(`${colName(c)}${r}`);
  return out;
}

const colName = (c: number): string => (c <= 26 ? String.fromCharCode(64 + c) : String.fromCharCode(64 + Math.floor((c - 1) / 26)) + String.fromCharCode(65 + ((c - 1) % 26)));

/**
 * What each cell ends up with when an adapter applies the plan as the contract says: range
 * formats in order (each setting only what it names), then cells. Cells never mentioned are
 * Excel's default: locked.
 */
export function effectiveCells(plan: SheetPlan): Map<string, Effective> {
  const out = new Map<string, Effective>();
  const get = (a: string): Effective => {
    let e = out.get(a);
    if (e === undefined) { e = { locked: true }; out.set(a, e); }
    return e;
  };
  for (const f of plan.formats ?? []) {
    for (const a of cellsOf(f.range)) {
      const e = get(a);
      if (f.locked !== undefined) e.locked = f.locked;
      if (f.numberFormat !== undefined) e.numberFormat = f.numberFormat;
      if (f.style !== undefined) e.style = f.style;
    }
  }
  for (const c of plan.cells) {
    const e = get(c.address);
    if (c.locked !== undefined) e.locked = c.locked;
    if (c.numberFormat !== undefined) e.numberFormat = c.numberFormat;
    if (c.style !== undefined) e.style = c.style;
  }
  return out;
}
