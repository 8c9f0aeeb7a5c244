// The state behind the client: the ExcelJS workbook, the host's API level, the references the
// client keeps between syncs, event registrations, the selection and what the add-in created.
import type ExcelJS from "exceljs";
import type { Box } from "./a1";
import { fail } from "./errors";
import { isSupported, levelOf, memberName, type ApiLevel } from "./api-levels";
import type { ServerObject } from "./objects/base";
import { Calculation } from "./calc";

/** ExcelJS keeps tab order in an untyped orderNo. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

export interface ChangeEvent {
  readonly sheetId: string;
  readonly box: Box;
  readonly changeType: "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";
  readonly source: "Local" | "Remote";
  /** Only for a single-cell edit, as Excel gives `details` (ExcelApi 1.9). */
  readonly before?: unknown;
  readonly after?: unknown;
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
}

export interface Selection {
  readonly sheetId: string;
  readonly box: Box;
}

export class Session {
  /** Objects the client asked to keep (`_KeepReference`), by the `_ReferenceId` we gave it. */
  readonly references = new Map<string, ServerObject>();
  private nextReference = 1;
  /** Worksheet ids with a registered onChanged handler. */
  readonly changedRegistrations = new Set<string>();
  /** Events raised during the current request, delivered after its response. */
  pendingEvents: ChangeEvent[] = [];
  /** Worksheet ids with a registered onSelectionChanged handler, and the selections made since the last delivery. */
  readonly selectionRegistrations = new Set<string>();
  pendingSelections: Selection[] = [];
  /** Workbooks made by Excel.createWorkbook(base64), newest last. */
  readonly createdWorkbooks: string[] = [];
  selection: Selection | undefined;
  activeSheetId: string | undefined;
  /** Who is writing now: the add-in (a request) or the simulated user. */
  writer: "addin" | "user" = "addin";
  /** The cell the user is editing (cell-edit mode: Excel serves no add-in request meanwhile), or null. */
  editing: { readonly sheetId: string; readonly address: string } | null = null;
  /** Set by every edit; cleared by calculate(). */
  formulasStale = false;
  /** New sheets are named prefix + number, as the UI language names them ("Sheet", "Trang_tính"). */
  defaultSheetPrefix = "Sheet";
  /** See HostOptions.strictUnprotect. */
  strictUnprotect = false;
  private sheetIds = new WeakMap<ExcelJS.Worksheet, string>();
  private nextSheet = 1;

  /** The workbook's calculation (HyperFormula): formula results and conditional formats read it. */
  readonly calculation: Calculation;

  constructor(public workbook: ExcelJS.Workbook, readonly apiLevel: ApiLevel) {
    this.calculation = new Calculation(workbook);
  }

  keep(object: ServerObject): string {
    for (const [id, kept] of this.references) if (kept === object) return id;
    const id = `ref:${this.nextReference++}`;
    this.references.set(id, object);
    return id;
  }

  referenceOf(object: ServerObject): string | undefined {
    for (const [id, kept] of this.references) if (kept === object) return id;
    return undefined;
  }

  /** Throws ApiNotFound when `Class.member` is above this host's level. */
  requireLevel(className: string, wireName?: string): void {
    const required = levelOf(className, wireName === undefined ? undefined : memberName(wireName));
    if (!isSupported(this.apiLevel, required)) {
      const what = wireName === undefined ? className : `${className}.${memberName(wireName)}`;
      fail("ApiNotFound", `The API '${what}' needs ExcelApi ${required}; this host supports ExcelApi ${this.apiLevel}.`);
    }
  }

  supports(className: string, member?: string): boolean {
    return isSupported(this.apiLevel, levelOf(className, member));
  }

  sheetId(ws: ExcelJS.Worksheet): string {
    let id = this.sheetIds.get(ws);
    if (!id) {
      const n = (this.nextSheet++).toString(16).toUpperCase().padStart(8, "0");
      id = `{${n}-0000-4000-8000-000000000000}`;
      this.sheetIds.set(ws, id);
    }
    return id;
  }

  /** Sheets in tab order. */
  sheets(): ExcelJS.Worksheet[] {
    return [...this.workbook.worksheets].sort((a, b) => (a as Ordered).orderNo - (b as Ordered).orderNo);
  }

  findSheet(key: string): ExcelJS.Worksheet | undefined {
    const sheets = this.sheets();
    return (
      sheets.find((ws) => this.sheetId(ws) === key) ??
      sheets.find((ws) => ws.name.toLowerCase() === key.toLowerCase())
    );
  }

  sheetById(id: string): ExcelJS.Worksheet {
    return this.findSheet(id) ?? fail("ItemNotFound", `The worksheet '${id}' does not exist.`);
  }

  activeSheet(): ExcelJS.Worksheet {
    const active = this.activeSheetId === undefined ? undefined : this.findSheet(this.activeSheetId);
    const sheets = this.sheets();
    const visible = sheets.find((ws) => ws.state === undefined || ws.state === "visible");
    const sheet = active ?? visible ?? sheets[0];
    if (!sheet) return fail("ItemNotFound", "The workbook has no worksheet.");
    return sheet;
  }

  /** Excel's automatic calculation, done when something may read results. */
  calculate(): void {
    if (!this.formulasStale) return;
    this.formulasStale = false;
    this.calculation.run();
  }

  /** Moves the selection (the add-in's Range.select or the user's click) and raises onSelectionChanged. */
  select(selection: Selection): void {
    this.selection = selection;
    this.activeSheetId = selection.sheetId;
    this.pendingSelections.push(selection);
  }

  raise(event: ChangeEvent): void {
    this.pendingEvents.push(event);
  }
}
