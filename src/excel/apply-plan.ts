// Applies the core's SheetPlan to a worksheet with Office.js. Queue-only: nothing here calls
// context.sync(); the caller syncs once after everything is queued (or between the bands of a
// huge plan, see plan-bands.ts). Decides nothing: values, styles, rules and colours all come
// from the plan (src/xlsx applies the same).
//
// Requirement sets (from @types/office-js `[Api set]` tags, checked in Microsoft's reference):
// values/formulas/numberFormat/clear 1.1; format, borders, merge/unmerge, columnWidth,
// rowHeight, columnHidden/rowHidden, protection.locked, worksheet protect/unprotect 1.2;
// conditionalFormats (custom, priority, stopIfTrue, clearAll) 1.6; freezePanes 1.7;
// dataValidation 1.8 (skipped below: the conditional formats still colour bad figures);
// pageLayout 1.9 (skipped below: the host's print defaults apply); RangeFormat.indentLevel 1.9
// (skipped below: text sits against its aligned edge).
import type { HostFacts } from "./addin-api";
import type { CellStyle, RangeFormatPlan, SheetPlan } from "../core/sheet-plan";
import type { SheetSnapshot } from "../core/snapshot";
import { apiMinor } from "./host-facts";
import { excelWouldConvert } from "./text-values";
import { LINE_BYTES, LOCK_BLOCK_BYTES, MERGE_BYTES, planBands, RULE_BYTES, SHEET_SETTINGS_BYTES, STYLE_BLOCK_BYTES, type PlacedCell } from "./plan-bands";
import { queueConditionalFormats, queueFreeze, queuePageSetup, queueValidation } from "./apply-sheet-rules";
import { boundingRect, groupIntoRects, parseCell, parseRange, rectAddress, rectCols, rectRows, unionRect, type Rect, columnLetters } from "./a1";

/**
 * Column widths: the plan speaks in characters of the default font (ExcelJS's unit), Office.js
 * in points. Excel's rule for Calibri 11 (maximum digit width 7 px): chars × 7 + 5 px of
 * padding, and 96 px = 72 pt. Pixels are not truncated so that the stand-in host's inverse
 * (and so the saved .xlsx) gives the plan's width back to 0,01 character, as src/xlsx writes it.
 */
export const MAX_DIGIT_WIDTH_PX = 7;
export const columnWidthPoints = (chars: number): number => Math.round((chars * MAX_DIGIT_WIDTH_PX + 5) * 75) / 100;

export interface ApplyOptions {
  /**
   * The existing sheet's used range when rebuilding ("A1:N40"): formats, merges and rules are
   * cleared over it too, so nothing of an older template version lingers. Values outside the
   * plan are never cleared (the plan carries what the user typed).
   */
  readonly previousUsedRange?: string;
  /**
   * What the sheet held when it was read for this rebuild. A planned value the cell already holds is
   * not written again (null leaves a cell as it is): a large rebuild writes in several syncs, and a
   * figure staff type meanwhile into a cell whose value the plan does not change must survive.
   */
  readonly existing?: SheetSnapshot;
  /**
   * Whether the sheet is protected now (default: assume it is). A sheet known to be unprotected,
   * a new one above all, is not unprotected first: Microsoft documents that as having no effect,
   * but Excel builds have refused it with AccessDenied (office-js #6784).
   */
  readonly isProtected?: boolean;
}

/** Queues everything the plan says on `sheet`. Safe to run again over a sheet it built before. */
export function queueSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan, facts: HostFacts, options: ApplyOptions = {}): void {
  const parts = sheetPlanParts(sheet, plan, facts, options);
  parts.start();
  for (const band of parts.bands) band();
  parts.end();
}

/**
 * The plan as queue-only steps: `start` (unprotect, clear, columns, range formats), the cell
 * `bands` in row order, then `end` (merges, rules, validation, panes, protection). A caller
 * with a huge plan syncs between bands so that no request passes Excel on the web's 5 MB
 * payload limit; `maxBandBytes` bounds the estimated payload of one band (Infinity: one band).
 */
export interface PlanParts {
  readonly start: () => void;
  readonly bands: readonly (() => void)[];
  readonly end: () => void;
}

export function sheetPlanParts(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  facts: HostFacts,
  options: ApplyOptions = {},
  maxBandBytes = Infinity,
): PlanParts {
  const cells = plan.cells.map((c) => ({ planned: c, ref: parseCell(c.address) }));
  const bounds = boundingRect(cells.map((c) => c.ref));
  // Inside the cleared ranges the sheet holds nothing any more: every planned value is written.
  const clearedRects = (plan.clearContents ?? []).map(parseRange);
  const existing = options.existing === undefined ? undefined : { snapshot: options.existing, cleared: clearedRects };
  const start = (): void => {
    // Unprotect first (no password: the sheet was protected without one), protect last: every
    // write in between would fail on a protected sheet.
    if (options.isProtected !== false) sheet.protection.unprotect();
    if (bounds === null) return;
    let planRect = unionRect(bounds, parseRange(plan.usedRange));
    for (const format of plan.formats ?? []) planRect = unionRect(planRect, parseRange(format.range));
    const cleared = options.previousUsedRange ? unionRect(planRect, parseRange(options.previousUsedRange)) : planRect;
    queueClear(sheet, cleared, facts);
    // A sheet of an earlier layout: its formulas and helpers where other columns go now (Range.clear, 1.1).
    for (const range of plan.clearContents ?? []) sheet.getRange(range).clear("Contents");
    queueColumns(sheet, plan);
    // Rows without planned cells; the others are sized with their band.
    queueRows(sheet, plan.rows.filter((r) => !cellRows.has(r.row)));
  };
  // Range formats first, in order; cells refine them (a cell without a style keeps its range's).
  const levels: StyleLevels = { indent: facts.apiLevel !== null && apiMinor(facts.apiLevel) >= INDENT_LEVEL_MINOR };
  // What start and end queue with the first and the last band (a row's height goes with the
  // row's band: a document laid out row by row, the summary, sets thousands of them).
  const rowPlans = new Map(plan.rows.map((r) => [r.row, r]));
  const cellRows = new Set(cells.map((c) => c.ref.row));
  const reserve = {
    first: (plan.columns.length + plan.rows.filter((r) => !cellRows.has(r.row)).length + 2) * LINE_BYTES,
    last: plan.merges.length * MERGE_BYTES + (plan.conditionalFormats.length + plan.validations.length) * RULE_BYTES + SHEET_SETTINGS_BYTES,
  };
  const blockCost = (band: readonly PlacedCell[]): number =>
    blockBytes(band) + [...new Set(band.map((c) => c.ref.row))].filter((row) => rowPlans.has(row)).length * LINE_BYTES;
  const bands = planBands(plan.formats ?? [], cells, maxBandBytes, blockCost, reserve).map((band) => (): void => {
    queueRows(sheet, [...new Set(band.cells.map((c) => c.ref.row))].flatMap((row) => rowPlans.get(row) ?? []));
    for (const format of band.formats) queueRangeFormat(sheet, plan, format, levels);
    const rect = boundingRect(band.cells.map((c) => c.ref));
    if (rect === null) return;
    queueContents(sheet, plan, band.cells, rect, existing);
    queueStyles(sheet, plan, band.cells, levels);
    queueLocks(sheet, band.cells);
  });
  const end = (): void => {
    for (const merge of plan.merges) sheet.getRange(merge).merge(false);
    queueConditionalFormats(sheet, plan.conditionalFormats);
    // Data validation is ExcelApi 1.8: below it, entry cells take anything, and the conditional
    // formats (1.6) and the check still flag what is wrong.
    if (facts.supports.dataValidation) for (const v of plan.validations) queueValidation(sheet, v);
    queueFreeze(sheet, plan.freeze);
    // Page layout is ExcelApi 1.9: below it the sheet prints with Excel's defaults.
    if (plan.pageSetup && facts.supports.pageLayout) queuePageSetup(sheet, plan.pageSetup);
    if (plan.protection.protected) sheet.protection.protect(protectionOptions(plan.protection));
  };
  return { start, bands, end };
}

/** What a protected plan sheet still lets staff do (WorksheetProtectionOptions, ExcelApi 1.2). */
export const protectionOptions = (protection: SheetPlan["protection"]): Excel.WorksheetProtectionOptions => ({
  allowFormatColumns: protection.allowFormatColumns,
  allowFormatRows: protection.allowFormatRows,
});

/** The request bytes of the style and lock blocks `cells` form (as queueStyles and queueLocks group them). */
function blockBytes(cells: readonly PlacedCell[]): number {
  const byStyle = new Map<string, PlacedCell["ref"][]>();
  const byLock = new Map<boolean, PlacedCell["ref"][]>();
  const put = <K>(map: Map<K, PlacedCell["ref"][]>, key: K, ref: PlacedCell["ref"]): void => {
    const refs = map.get(key);
    if (refs) refs.push(ref);
    else map.set(key, [ref]);
  };
  for (const { planned, ref } of cells) {
    if (planned.style !== undefined) put(byStyle, planned.style, ref);
    if (planned.locked !== undefined) put(byLock, planned.locked, ref);
  }
  let bytes = 0;
  for (const refs of byStyle.values()) bytes += groupIntoRects(refs).length * STYLE_BLOCK_BYTES;
  for (const refs of byLock.values()) bytes += groupIntoRects(refs).length * LOCK_BLOCK_BYTES;
  return bytes;
}

/** Formats, merges, rules and validation of the area, so that reapplying starts clean. Values stay. */
function queueClear(sheet: Excel.Worksheet, rect: Rect, facts: HostFacts): void {
  const range = sheet.getRange(rectAddress(rect));
  range.unmerge();
  range.conditionalFormats.clearAll();
  if (facts.supports.dataValidation) range.dataValidation.clear();
  range.clear("Formats");
}

function queueColumns(sheet: Excel.Worksheet, plan: SheetPlan): void {
  plan.columns.forEach((column, index) => {
    const letters = columnLetters(index + 1);
    const range = sheet.getRange(`${letters}:${letters}`);
    range.format.columnWidth = columnWidthPoints(column.width);
    if (column.hidden) range.columnHidden = true;
  });
}

function queueRows(sheet: Excel.Worksheet, rows: SheetPlan["rows"]): void {
  for (const row of rows) {
    const range = sheet.getRange(`${row.row}:${row.row}`);
    if (row.height !== undefined) range.format.rowHeight = row.height;
    if (row.hidden) range.rowHidden = true;
  }
}

/**
 * Values and formulas as one 2D array over the plan's bounding box, number formats as another:
 * a few commands whatever the size. null leaves a cell unchanged (Microsoft: "null input in 2-D
 * array"), "" clears it. Number formats go first so a text-formatted ("@") cell keeps a typed
 * "920.000" as text instead of Excel parsing it as a number; other texts Excel would convert
 * are written under "@" and then given their planned format back (see text-values.ts).
 */
interface Existing {
  readonly snapshot: SheetSnapshot;
  /** Cleared before the cells are written: what the snapshot shows there is gone. */
  readonly cleared: readonly Rect[];
}

function queueContents(sheet: Excel.Worksheet, plan: SheetPlan, cells: readonly PlacedCell[], bounds: Rect, existing?: Existing): void {
  const rows = rectRows(bounds);
  const cols = rectCols(bounds);
  const grid = <T>(): (T | null)[][] => Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));
  const formulas = grid<string | number | boolean>();
  const formats = grid<string>();
  const asText = grid<string>();
  const restore = grid<string>();
  let anyFormat = false;
  let anyText = false;
  for (const { planned, ref } of cells) {
    const r = ref.row - bounds.top;
    const c = ref.col - bounds.left;
    const content = planned.formula ?? planned.value ?? "";
    formulas[r][c] = planned.formula === undefined && holds(existing, ref, content) ? null : content;
    if (planned.numberFormat !== undefined) {
      formats[r][c] = planned.numberFormat;
      anyFormat = true;
    }
    if (planned.formula === undefined && typeof content === "string" && excelWouldConvert(content)) {
      const effective = planned.numberFormat ?? rangeNumberFormat(plan, ref) ?? "General";
      if (effective !== "@") {
        asText[r][c] = "@";
        restore[r][c] = effective;
        anyText = true;
      }
    }
  }
  const range = sheet.getRange(rectAddress(bounds));
  if (anyFormat) range.numberFormat = formats;
  if (anyText) range.numberFormat = asText;
  range.formulas = formulas;
  if (anyText) range.numberFormat = restore;
}

/** Whether the read sheet held exactly `value` at `ref` (an empty cell holds ""), and still does. */
function holds(existing: Existing | undefined, ref: { readonly row: number; readonly col: number }, value: string | number | boolean): boolean {
  if (existing === undefined) return false;
  if (existing.cleared.some((r) => ref.row >= r.top && ref.row <= r.bottom && ref.col >= r.left && ref.col <= r.right)) return false;
  const held = existing.snapshot.values[ref.row - 1]?.[ref.col - 1] ?? null;
  if (held === null) return value === "";
  return typeof held !== "object" && held === value;
}

/** The number format the plan's range formats give a cell (the last one that covers it), if any. */
function rangeNumberFormat(plan: SheetPlan, ref: { readonly row: number; readonly col: number }): string | undefined {
  let found: string | undefined;
  for (const { rect, numberFormat } of numberFormatRects(plan)) {
    if (ref.row >= rect.top && ref.row <= rect.bottom && ref.col >= rect.left && ref.col <= rect.right) found = numberFormat;
  }
  return found;
}

/** The plan's number-format ranges, parsed once per plan (thousands of cells ask). */
const parsedFormats = new WeakMap<SheetPlan, readonly { readonly rect: Rect; readonly numberFormat: string }[]>();
function numberFormatRects(plan: SheetPlan): readonly { readonly rect: Rect; readonly numberFormat: string }[] {
  let parsed = parsedFormats.get(plan);
  if (parsed === undefined) {
    parsed = (plan.formats ?? []).flatMap((f) => (f.numberFormat === undefined ? [] : [{ rect: parseRange(f.range), numberFormat: f.numberFormat }]));
    parsedFormats.set(plan, parsed);
  }
  return parsed;
}

/** RangeFormat.indentLevel: ExcelApi 1.9. */
const INDENT_LEVEL_MINOR = 9;

/** Style properties above the add-in's minimum level (1.7) that the host supports. */
interface StyleLevels {
  readonly indent: boolean;
}

/** One format command set per rectangle of cells that share a style. */
function queueStyles(sheet: Excel.Worksheet, plan: SheetPlan, cells: readonly PlacedCell[], levels: StyleLevels): void {
  const byStyle = new Map<string, PlacedCell["ref"][]>();
  for (const { planned, ref } of cells) {
    if (planned.style === undefined) continue;
    if (!(planned.style in plan.styles)) throw new Error(`SheetPlan bug: cell ${planned.address} names unknown style "${planned.style}"`);
    const refs = byStyle.get(planned.style) ?? [];
    refs.push(ref);
    byStyle.set(planned.style, refs);
  }
  for (const [key, refs] of byStyle) {
    for (const rect of groupIntoRects(refs)) queueStyle(sheet.getRange(rectAddress(rect)).format, plan.styles[key], rect, levels);
  }
}

function queueStyle(format: Excel.RangeFormat, style: CellStyle, rect: Rect, levels: StyleLevels): void {
  const font = style.font;
  if (font) {
    if (font.name !== undefined) format.font.name = font.name;
    if (font.size !== undefined) format.font.size = font.size;
    if (font.bold !== undefined) format.font.bold = font.bold;
    if (font.italic !== undefined) format.font.italic = font.italic;
    if (font.underline !== undefined) format.font.underline = font.underline ? "Single" : "None";
    if (font.color !== undefined) format.font.color = font.color;
  }
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment) format.horizontalAlignment = style.horizontalAlignment;
  if (style.verticalAlignment) format.verticalAlignment = style.verticalAlignment;
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  // Below 1.9 the figure sits against its border: a cosmetic loss, not worth failing the write.
  if (style.indent !== undefined && levels.indent) format.indentLevel = style.indent;
  if (style.border) {
    const edges: Excel.BorderIndex[] = [
      Excel.BorderIndex.edgeTop, Excel.BorderIndex.edgeBottom, Excel.BorderIndex.edgeLeft, Excel.BorderIndex.edgeRight,
    ];
    // Inside borders exist only where the block has more than one row or column.
    if (rectRows(rect) > 1) edges.push(Excel.BorderIndex.insideHorizontal);
    if (rectCols(rect) > 1) edges.push(Excel.BorderIndex.insideVertical);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = Excel.BorderLineStyle.continuous;
      border.weight = Excel.BorderWeight.thin;
    }
  }
}

/** Every planned cell's lock, block by block (the plan always says; a range format may have said otherwise). */
function queueLocks(sheet: Excel.Worksheet, cells: readonly PlacedCell[]): void {
  for (const locked of [true, false]) {
    const refs = cells.filter((c) => c.planned.locked === locked).map((c) => c.ref);
    for (const rect of groupIntoRects(refs)) sheet.getRange(rectAddress(rect)).format.protection.locked = locked;
  }
}

/** A range-wide format: only what it names (style, number format, lock). */
function queueRangeFormat(sheet: Excel.Worksheet, plan: SheetPlan, format: RangeFormatPlan, levels: StyleLevels): void {
  const range = sheet.getRange(format.range);
  if (format.style !== undefined) {
    const style = plan.styles[format.style];
    if (style === undefined) throw new Error(`SheetPlan bug: range ${format.range} names unknown style "${format.style}"`);
    queueStyle(sheet.getRange(format.range).format, style, parseRange(format.range), levels);
  }
  if (format.numberFormat !== undefined) {
    const rect = parseRange(format.range);
    range.numberFormat = Array.from({ length: rectRows(rect) }, () => new Array<string>(rectCols(rect)).fill(format.numberFormat as string));
  }
  if (format.locked !== undefined) range.format.protection.locked = format.locked;
}

