// Excel.Range over an ExcelJS worksheet: values, formulas, number formats, text, geometry, and the
// methods that derive other ranges.
import type ExcelJS from "exceljs";
import { boxAddress, columns, MAX_COLUMNS, MAX_ROWS, parseAddress, qualified, rows, type Box } from "../a1";
import { formulaText, textOf, valueOf, valueTypeOf, type OfficeValue } from "../cells";
import { formulaFromLocal, formulaToLocal, numberFormatFromLocal, numberFormatToLocal, type Culture } from "../culture";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readOnly, readWrite, type MemberTable } from "./base";
import { RangeFormat } from "./range-format";
import { ConditionalFormatCollection } from "./conditional-formats";
import { DataValidation } from "./data-validation";
import { Worksheet } from "./worksheet";
import { requireEditable, usedBox, writeCells } from "./sheet-ops";

/** Reading a whole column or row would be a million cells; reads stop at the used range, as a 2D array of that size would. */
const readLimit = (ws: ExcelJS.Worksheet, box: Box): Box => {
  const used = usedBox(ws) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  return {
    top: box.top,
    left: box.left,
    bottom: box.bottom === MAX_ROWS - 1 ? Math.max(box.top, used.bottom) : box.bottom,
    right: box.right === MAX_COLUMNS - 1 ? Math.max(box.left, used.right) : box.right,
  };
};

/** "A range is limited to 5,000,000 cells for read operations" (resource-limits-and-performance-optimization#excel-add-ins). */
export const READ_CELL_LIMIT = 5_000_000;

export const grid = <T>(ws: ExcelJS.Worksheet, box: Box, f: (cell: ExcelJS.Cell) => T): T[][] => {
  if (rows(box) * columns(box) > READ_CELL_LIMIT) {
    fail("RangeExceedsLimit", `The cell count in the range has exceeded the maximum supported number (${rows(box) * columns(box)} > ${READ_CELL_LIMIT}).`);
  }
  const b = readLimit(ws, box);
  const out: T[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row = ws.getRow(r + 1);
    const line: T[] = [];
    for (let c = b.left; c <= b.right; c++) line.push(f(row.getCell(c + 1)));
    out.push(line);
  }
  return out;
};

/** Applies f to each entry of a 2D input or to a single value. */
const mapInput = (input: unknown, f: (x: unknown) => unknown): unknown => (Array.isArray(input) ? input.map((row) => (Array.isArray(row) ? row.map(f) : f(row))) : f(input));

const localFormula = (v: OfficeValue, culture: Culture): OfficeValue => (typeof v === "string" && v.startsWith("=") ? formulaToLocal(v, culture) : v);

/** A 2D input must match the range's size; a single value fills every cell (Range.values docs). */
export const shapeInput = (box: Box, input: unknown, what: string): unknown[][] => {
  const h = rows(box);
  const w = columns(box);
  if (!Array.isArray(input)) return Array.from({ length: h }, () => Array.from({ length: w }, () => input));
  if (input.length !== h || input.some((row) => !Array.isArray(row) || row.length !== w)) {
    fail("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  }
  return input as unknown[][];
};

export class Range extends ServerObject {
  readonly className = "Range";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet, readonly box: Box) {
    super(session);
  }

  get sheetId(): string {
    return this.session.sheetId(this.ws);
  }

  derive(box: Box): Range {
    if (box.top < 0 || box.left < 0 || box.bottom >= MAX_ROWS || box.right >= MAX_COLUMNS || box.bottom < box.top || box.right < box.left) {
      fail("InvalidArgument", "The resulting range would fall outside the worksheet.");
    }
    return new Range(this.session, this.ws, box);
  }

  protected members(): MemberTable {
    const ws = this.ws;
    const box = this.box;
    const culture = this.session.culture;
    const cells = <T>(f: (cell: ExcelJS.Cell) => T): T[][] => grid(ws, box, f);
    const write = (input: unknown, kind: "values" | "formulas" | "numberFormat"): void =>
      writeCells(this.session, ws, box, shapeInput(box, input, kind), kind);
    const rowFlags = (): boolean | null => {
      const flags = new Set<boolean>();
      for (let r = box.top; r <= Math.min(box.bottom, box.top + 10000); r++) flags.add(Boolean(ws.getRow(r + 1).hidden));
      return flags.size === 1 ? [...flags][0]! : null;
    };
    const columnFlags = (): boolean | null => {
      const flags = new Set<boolean>();
      for (let c = box.left; c <= Math.min(box.right, box.left + 1000); c++) flags.add(Boolean(ws.getColumn(c + 1).hidden));
      return flags.size === 1 ? [...flags][0]! : null;
    };
    return {
      props: {
        Address: readOnly(() => qualified(ws.name, box)),
        AddressLocal: readOnly(() => qualified(ws.name, box)),
        RowIndex: readOnly(() => box.top),
        ColumnIndex: readOnly(() => box.left),
        RowCount: readOnly(() => rows(box)),
        ColumnCount: readOnly(() => columns(box)),
        CellCount: readOnly(() => rows(box) * columns(box)),
        IsEntireRow: readOnly(() => box.left === 0 && box.right === MAX_COLUMNS - 1),
        IsEntireColumn: readOnly(() => box.top === 0 && box.bottom === MAX_ROWS - 1),
        Values: readWrite(() => cells(valueOf), (v) => write(v, "values")),
        Formulas: readWrite(() => cells(formulaText), (v) => write(v, "formulas")),
        // In the user's language: separators of the workbook's culture (";" between arguments and
        // "," for decimals in vi-VN); function names stay English, as Vietnamese Excel keeps them.
        FormulasLocal: readWrite(
          () => cells((c) => localFormula(formulaText(c), culture)),
          (v) => write(mapInput(v, (x) => (typeof x === "string" && x.startsWith("=") ? formulaFromLocal(x, culture) : x)), "formulas"),
        ),
        NumberFormat: readWrite(() => cells((c) => c.numFmt || "General"), (v) => write(v, "numberFormat")),
        NumberFormatLocal: readWrite(
          () => cells((c) => numberFormatToLocal(c.numFmt || "General", culture)),
          (v) => write(mapInput(v, (x) => (typeof x === "string" ? numberFormatFromLocal(x, culture) : x)), "numberFormat"),
        ),
        Text: readOnly(() => cells((c) => textOf(c, culture))),
        ValueTypes: readOnly(() => cells(valueTypeOf)),
        Hidden: readOnly(() => rowFlags() === true || columnFlags() === true),
        RowHidden: readWrite(rowFlags, (v) => {
          requireEditable(ws, box, "formatRows");
          for (let r = box.top; r <= box.bottom; r++) ws.getRow(r + 1).hidden = Boolean(v);
        }),
        ColumnHidden: readWrite(columnFlags, (v) => {
          requireEditable(ws, box, "formatColumns");
          for (let c = box.left; c <= box.right; c++) ws.getColumn(c + 1).hidden = Boolean(v);
        }),
      },
      navs: {
        Format: () => new RangeFormat(this.session, this),
        Worksheet: () => new Worksheet(this.session, ws),
        ConditionalFormats: () => new ConditionalFormatCollection(this.session, this),
        DataValidation: () => new DataValidation(this.session, this),
      },
      methods: {
        GetCell: ([row, column]) => this.derive({ top: box.top + Number(row), left: box.left + Number(column), bottom: box.top + Number(row), right: box.left + Number(column) }),
        GetResizedRange: ([dr, dc]) => this.derive({ ...box, bottom: box.bottom + Number(dr), right: box.right + Number(dc) }),
        GetOffsetRange: ([dr, dc]) => this.derive({ top: box.top + Number(dr), bottom: box.bottom + Number(dr), left: box.left + Number(dc), right: box.right + Number(dc) }),
        GetRow: ([i]) => this.derive({ ...box, top: box.top + Number(i), bottom: box.top + Number(i) }),
        GetColumn: ([i]) => this.derive({ ...box, left: box.left + Number(i), right: box.left + Number(i) }),
        GetEntireRow: () => this.derive({ ...box, left: 0, right: MAX_COLUMNS - 1 }),
        GetEntireColumn: () => this.derive({ ...box, top: 0, bottom: MAX_ROWS - 1 }),
        GetCellProperties: () => fail("ApiNotFound", "Range.getCellProperties is not served by the stand-in host."),
        GetRowsBelow: ([n = 1]) => this.derive({ ...box, top: box.bottom + 1, bottom: box.bottom + Number(n) }),
        GetRowsAbove: ([n = 1]) => this.derive({ ...box, top: box.top - Number(n), bottom: box.top - 1 }),
        GetLastCell: () => this.derive({ top: box.bottom, left: box.right, bottom: box.bottom, right: box.right }),
        GetUsedRange: ([valuesOnly]) => this.usedWithin(Boolean(valuesOnly)) ?? fail("ItemNotFound", "The range has no used cells."),
        GetUsedRangeOrNullObject: ([valuesOnly]) => this.usedWithin(Boolean(valuesOnly)),
        GetBoundingRect: ([other]) => {
          const o = other instanceof Range ? other.box : parseAddress(String(other)).box;
          return this.derive({ top: Math.min(box.top, o.top), left: Math.min(box.left, o.left), bottom: Math.max(box.bottom, o.bottom), right: Math.max(box.right, o.right) });
        },
        GetIntersection: ([other]) => this.intersection(other) ?? fail("ItemNotFound", "The ranges do not intersect."),
        GetIntersectionOrNullObject: ([other]) => this.intersection(other),
        Select: () => this.session.select({ sheetId: this.sheetId, box }),
        Merge: ([across]) => {
          requireEditable(ws, box, "formatCells");
          if (across) for (let r = box.top; r <= box.bottom; r++) ws.mergeCells(r + 1, box.left + 1, r + 1, box.right + 1);
          else ws.mergeCells(box.top + 1, box.left + 1, box.bottom + 1, box.right + 1);
        },
        Unmerge: () => ws.unMergeCells(box.top + 1, box.left + 1, box.bottom + 1, box.right + 1),
        Clear: ([applyTo]) => this.clear(String(applyTo ?? "All")),
        Calculate: () => undefined,
        // The client checks a large write's shape first, then sends it in chunks of ~1500 cells
        // (setRangePropertiesInBulk: getRow(i).getBoundingRect(getRow(j)) per chunk).
        _ValidateArraySize: ([r, c]) => {
          if (Number(r) !== rows(box) || Number(c) !== columns(box)) {
            fail("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
          }
        },
      },
    };
  }

  private intersection(other: unknown): Range | null {
    const o = other instanceof Range ? other.box : parseAddress(String(other)).box;
    const b = this.box;
    const box = { top: Math.max(b.top, o.top), left: Math.max(b.left, o.left), bottom: Math.min(b.bottom, o.bottom), right: Math.min(b.right, o.right) };
    return box.top > box.bottom || box.left > box.right ? null : this.derive(box);
  }

  private usedWithin(valuesOnly: boolean): Range | null {
    const used = usedBox(this.ws, valuesOnly);
    if (!used) return null;
    const b = this.box;
    const box = { top: Math.max(b.top, used.top), left: Math.max(b.left, used.left), bottom: Math.min(b.bottom, used.bottom), right: Math.min(b.right, used.right) };
    return box.top > box.bottom || box.left > box.right ? null : this.derive(box);
  }

  private clear(applyTo: string): void {
    const b = readLimit(this.ws, this.box);
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    if (formats) requireEditable(this.ws, b, "formatCells");
    if (contents) writeCells(this.session, this.ws, b, Array.from({ length: rows(b) }, () => Array.from({ length: columns(b) }, () => "")), "values");
    if (formats) {
      for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) this.ws.getRow(r + 1).getCell(c + 1).style = {};
    }
  }

  describe(): string {
    return `${this.ws.name}!${boxAddress(this.box)}`;
  }
}
