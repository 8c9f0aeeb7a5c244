// A simulated user at the keyboard: typing one cell (data validation applies), pasting a block
// (it does not, as in Excel), inserting and deleting rows, renaming a sheet, selecting.
import { boxAddress, parseAddress, rows, type Box } from "./a1";
import type { HostBridgeServer } from "./bridge";
import { fail, HostError } from "./errors";
import { anyLocked, isProtected, PROTECTED_MESSAGE, writeCells } from "./objects/sheet-ops";
import type { Session } from "./session";
import { checkEntry, type ValidationOutcome } from "./validation-check";
import { checkSheetName } from "./objects/worksheet";
import { applyRowShift } from "./row-shift";
import type ExcelJS from "exceljs";
import type { Culture } from "./culture";
import { parseEntry } from "./entry";

export type TypeResult = { readonly accepted: true; readonly alert?: ValidationOutcome } | { readonly accepted: false; readonly alert: ValidationOutcome };

const protectedAlert: ValidationOutcome = { style: "Stop", title: "Microsoft Excel", message: PROTECTED_MESSAGE };

/** Let the client run its event handlers (they are called from a message, then awaited). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A number format with a percent code: one "%" outside quotes, brackets and escapes. */
const isPercentFormat = (numFmt: string | undefined): boolean =>
  numFmt !== undefined && numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\.|[_*]./g, "").includes("%");

/**
 * Automatic percent entry, on by default: a number typed into a cell formatted as a percentage is
 * read as per cent, so 87,5 is stored as 0,875 (shown 87,50%) and 1 as 0,01; only a number below 1
 * typed without its leading zero (",5") is taken as the fraction itself (50%). An entry typed with
 * its own "%" is per cent already. (Microsoft KB 215203; Application.AutoPercentEntry,
 * https://learn.microsoft.com/office/vba/api/excel.application.autopercententry.)
 */
function percentEntry(value: string | number | boolean, numFmt: string | undefined, culture: Culture): string | number | boolean {
  if (!isPercentFormat(numFmt) || typeof value === "boolean") return value;
  const text = typeof value === "number" ? String(value).replace(".", culture.decimal) : value.trim();
  if (text.endsWith("%")) return value;
  const parsed = parseEntry(text, culture);
  // Dates and currency keep their own reading; a grouped number ("1.234") is a number like any other.
  if (parsed === undefined || typeof parsed.value !== "number" || (parsed.numFmt !== undefined && !/^[#,0.]+$/.test(parsed.numFmt))) return value;
  const bare = new RegExp(`^[+-]?\\${culture.decimal}`).test(text);
  return Math.abs(parsed.value) < 1 && bare ? parsed.value : parsed.value / 100;
}

export class SimulatedUser {
  constructor(private readonly session: Session, private readonly bridge: HostBridgeServer) {}

  private sheet(name: string): ExcelJS.Worksheet {
    return this.session.findSheet(name) ?? fail("ItemNotFound", `No worksheet named '${name}'.`);
  }

  private async asUser(edit: () => void): Promise<void> {
    this.session.writer = "user";
    try {
      edit();
    } finally {
      this.session.writer = "addin";
    }
    this.bridge.flushEvents();
    await settle();
  }

  /** Types into one cell and presses Enter. A "stop" rule rejects a bad entry; "warning" and "information" alerts let it in. */
  async type(sheet: string, address: string, value: string | number | boolean): Promise<TypeResult> {
    const ws = this.sheet(sheet);
    const box = parseAddress(address).box;
    if (rows(box) !== 1 || box.left !== box.right) throw new HostError("InvalidArgument", "type() edits one cell; use paste() for a block.");
    if (isProtected(ws) && anyLocked(ws, box)) return { accepted: false, alert: protectedAlert };
    const entered = percentEntry(value, ws.getCell(box.top + 1, box.left + 1).numFmt, this.session.culture);
    const outcome = checkEntry(this.session, ws, box, entered);
    if (outcome && outcome.style === "Stop") return { accepted: false, alert: outcome };
    await this.asUser(() => writeCells(this.session, ws, box, [[entered]], "values"));
    return outcome ? { accepted: true, alert: outcome } : { accepted: true };
  }

  /**
   * Home > Number Format on a range (the % Style button is "0%"): refused on a protected sheet
   * unless its protection allows formatting cells. Raises no change event (formats are no edit).
   */
  async formatCells(sheet: string, address: string, numFmt: string): Promise<{ readonly accepted: boolean }> {
    const ws = this.sheet(sheet);
    const box = parseAddress(address).box;
    if (!this.allowed(ws, "formatCells")) return { accepted: false };
    const block = Array.from({ length: rows(box) }, () => Array.from({ length: box.right - box.left + 1 }, () => numFmt));
    await this.asUser(() => writeCells(this.session, ws, box, block, "numberFormat"));
    return { accepted: true };
  }

  /** Pastes values (Ctrl+V of plain values): no data validation, one change event for the block; refused on locked cells of a protected sheet. */
  async paste(sheet: string, address: string, values: (string | number | boolean | null)[][]): Promise<{ readonly accepted: boolean }> {
    const ws = this.sheet(sheet);
    const start = parseAddress(address).box;
    const height = values.length;
    const width = Math.max(0, ...values.map((r) => r.length));
    const box: Box = { top: start.top, left: start.left, bottom: start.top + height - 1, right: start.left + width - 1 };
    const block = values.map((r) => Array.from({ length: width }, (_, i) => (r[i] === null || r[i] === undefined ? "" : r[i])));
    if (isProtected(ws) && anyLocked(ws, box)) return { accepted: false };
    await this.asUser(() => writeCells(this.session, ws, box, block, "values"));
    return { accepted: true };
  }

  /** Inserts `count` empty rows before 1-based row `at`. */
  async insertRows(sheet: string, at: number, count = 1): Promise<{ readonly accepted: boolean }> {
    const ws = this.sheet(sheet);
    if (!this.allowed(ws, "insertRows")) return { accepted: false };
    await this.asUser(() => {
      ws.spliceRows(at, 0, ...Array.from({ length: count }, () => []));
      applyRowShift(this.session.workbook, { sheet: ws.name, at, delta: count });
      this.session.formulasStale = true;
      this.session.calculation.invalidate();
      this.session.raise({ sheetId: this.session.sheetId(ws), box: rowBox(at, count), changeType: "RowInserted", source: "Local", triggerSource: "Unknown" });
    });
    return { accepted: true };
  }

  /** Deletes `count` rows from 1-based row `at`. */
  async deleteRows(sheet: string, at: number, count = 1): Promise<{ readonly accepted: boolean }> {
    const ws = this.sheet(sheet);
    if (!this.allowed(ws, "deleteRows")) return { accepted: false };
    await this.asUser(() => {
      ws.spliceRows(at, count);
      applyRowShift(this.session.workbook, { sheet: ws.name, at, delta: -count });
      this.session.formulasStale = true;
      this.session.calculation.invalidate();
      this.session.raise({ sheetId: this.session.sheetId(ws), box: rowBox(at, count), changeType: "RowDeleted", source: "Local", triggerSource: "Unknown" });
    });
    return { accepted: true };
  }

  /** A protected sheet lets the user insert or delete rows, or format cells, only when its protection allows it. */
  private allowed(ws: ExcelJS.Worksheet, option: "insertRows" | "deleteRows" | "formatCells"): boolean {
    const protection = (ws as ExcelJS.Worksheet & { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
    return !isProtected(ws) || Boolean(protection?.[option]);
  }

  async renameSheet(from: string, to: string): Promise<void> {
    const ws = this.sheet(from);
    checkSheetName(this.session, to, ws);
    await this.asUser(() => {
      ws.name = to;
    });
  }

  /**
   * Review > Unprotect Sheet. A sheet protected without a password (as the add-in protects its
   * sheets) opens to anyone who clicks it: protection guards against slips, not against intent.
   */
  unprotectSheet(sheet: string): void {
    (this.sheet(sheet) as ExcelJS.Worksheet & { sheetProtection?: Record<string, unknown> | null }).sheetProtection = null;
  }

  /** Clicks a sheet tab and selects a range, as Worksheet.activate and Range.select would. */
  async select(sheet: string, address: string): Promise<void> {
    const ws = this.sheet(sheet);
    const id = this.session.sheetId(ws);
    await this.asUser(() => this.session.select({ sheetId: id, box: parseAddress(address).box }));
  }

  /**
   * Double-clicks (or F2 on) a cell and starts typing: Excel is in cell-edit mode, and every add-in
   * request fails with InvalidOperationInCellEditMode, except those sent with
   * `Excel.run({ delayForCellEdit: true }, …)`, which wait until the user leaves the cell
   * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
   */
  startEditing(sheet: string, address: string): void {
    const ws = this.sheet(sheet);
    this.session.editing = { sheetId: this.session.sheetId(ws), address };
  }

  /** Leaves cell-edit mode: Enter with the typed `value` (validation applies, as in type()), or Esc without one. Held requests then run. */
  async finishEditing(value?: string | number | boolean): Promise<TypeResult | undefined> {
    const editing = this.session.editing;
    if (editing === null) throw new Error("finishEditing: the user is not editing a cell.");
    this.session.editing = null;
    const ws = this.session.findSheet(editing.sheetId);
    const typed = value !== undefined && ws ? await this.type(ws.name, editing.address, value) : undefined;
    this.bridge.releaseHeld();
    await settle();
    return typed;
  }

  /** Runs `action` just before the host serves the add-in's n-th request from now (1 = the next): the user acting between two syncs. */
  beforeRequest(n: number, action: () => void): void {
    this.bridge.beforeRequest(n, action);
  }

  /** The selection as "Sheet!A1:B2" (what the add-in last selected, or the user). */
  selection(): string | undefined {
    const sel = this.session.selection;
    const ws = sel ? this.session.findSheet(sel.sheetId) : undefined;
    return sel && ws ? `${ws.name}!${boxText(sel.box)}` : undefined;
  }
}

const rowBox = (at: number, count: number): Box => ({ top: at - 1, bottom: at + count - 2, left: 0, right: 16383 });
const boxText = (box: Box): string => boxAddress(box);
