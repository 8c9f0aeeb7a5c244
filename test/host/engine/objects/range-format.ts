// Excel.RangeFormat and its font, fill, borders and protection, over ExcelJS cell styles.
// Reading a property of a multi-cell range gives null when the cells differ, as Excel does.
import type ExcelJS from "exceljs";
import { columns, rows } from "../a1";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readWrite, type MemberTable, type Scalar } from "./base";
import type { Range } from "./range";
import { requireEditable } from "./sheet-ops";

const CELL_LIMIT = 20000;

const eachCell = (range: Range, f: (cell: ExcelJS.Cell) => void): void => {
  const { box, ws } = range;
  if (rows(box) * columns(box) > 1_000_000) fail("InvalidArgument", "The stand-in host formats at most a million cells at once.");
  for (let r = box.top; r <= box.bottom; r++) {
    const row = ws.getRow(r + 1);
    for (let c = box.left; c <= box.right; c++) f(row.getCell(c + 1));
  }
};

const common = <T>(range: Range, read: (cell: ExcelJS.Cell) => T): T | null => {
  let first: T | undefined;
  let seen = 0;
  let differs = false;
  eachCell(range, (cell) => {
    if (differs || seen > CELL_LIMIT) return;
    const v = read(cell);
    if (seen++ === 0) first = v;
    else if (v !== first) differs = true;
  });
  return differs ? null : (first as T);
};

/** "#RRGGBB" ↔ ExcelJS "FFRRGGBB". */
export const toArgb = (color: unknown): string => {
  const named: Record<string, string> = { red: "FF0000", green: "008000", blue: "0000FF", yellow: "FFFF00", black: "000000", white: "FFFFFF", orange: "FFA500", gray: "808080" };
  const text = String(color).trim();
  const hex = named[text.toLowerCase()] ?? text.replace(/^#/, "");
  if (!/^[0-9A-Fa-f]{6}$/.test(hex)) fail("InvalidArgument", `The color '${text}' is not valid.`);
  return `FF${hex.toUpperCase()}`;
};
export const fromArgb = (argb: string | undefined): string | undefined =>
  argb === undefined ? undefined : `#${argb.slice(-6).toUpperCase()}`;

const styleProp = <T>(range: Range, read: (cell: ExcelJS.Cell) => T, write: (cell: ExcelJS.Cell, v: unknown) => void): Scalar =>
  readWrite(
    () => common(range, read),
    (v) => {
      requireEditable(range.ws, range.box, "formatCells");
      eachCell(range, (cell) => write(cell, v));
    },
  );

const HORIZONTAL: Record<string, ExcelJS.Alignment["horizontal"] | undefined> = { General: undefined, Left: "left", Center: "center", Right: "right", Fill: "fill", Justify: "justify", CenterAcrossSelection: "centerContinuous", Distributed: "distributed" };
const VERTICAL: Record<string, ExcelJS.Alignment["vertical"]> = { Top: "top", Center: "middle", Bottom: "bottom", Justify: "justify", Distributed: "distributed" };
const reverse = <V>(map: Record<string, V>, v: V, fallback: string): string => Object.keys(map).find((k) => map[k] === v) ?? fallback;

const align = (cell: ExcelJS.Cell, patch: Partial<ExcelJS.Alignment>): void => {
  cell.alignment = { ...(cell.alignment ?? {}), ...patch };
};
const font = (cell: ExcelJS.Cell, patch: Partial<ExcelJS.Font>): void => {
  cell.font = { ...(cell.font ?? {}), ...patch };
};

/** Column width: Office.js speaks points, ExcelJS characters of the default font (7 px each plus 5 px padding). */
export const charsToPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
export const pointsToChars = (points: number): number => Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
const DEFAULT_COLUMN_CHARS = 8.43;
const DEFAULT_ROW_POINTS = 15;

export class RangeFormat extends ServerObject {
  readonly className = "RangeFormat";
  constructor(session: Session, readonly range: Range) {
    super(session);
  }
  protected members(): MemberTable {
    const r = this.range;
    const { ws, box } = r;
    return {
      props: {
        HorizontalAlignment: styleProp(r, (c) => reverse(HORIZONTAL, c.alignment?.horizontal, "General"), (c, v) => align(c, { horizontal: HORIZONTAL[String(v)] as ExcelJS.Alignment["horizontal"] })),
        VerticalAlignment: styleProp(r, (c) => reverse(VERTICAL, c.alignment?.vertical, "Bottom"), (c, v) => align(c, { vertical: VERTICAL[String(v)] })),
        WrapText: styleProp(r, (c) => Boolean(c.alignment?.wrapText), (c, v) => align(c, { wrapText: Boolean(v) })),
        IndentLevel: styleProp(r, (c) => c.alignment?.indent ?? 0, (c, v) => align(c, { indent: Number(v) })),
        ColumnWidth: readWrite(
          () => {
            const widths = new Set<number>();
            for (let c = box.left; c <= Math.min(box.right, box.left + 1000); c++) widths.add(charsToPoints(ws.getColumn(c + 1).width ?? DEFAULT_COLUMN_CHARS));
            return widths.size === 1 ? [...widths][0] : null;
          },
          (v) => {
            requireEditable(ws, box, "formatColumns");
            for (let c = box.left; c <= box.right; c++) ws.getColumn(c + 1).width = pointsToChars(Number(v));
          },
        ),
        RowHeight: readWrite(
          () => {
            const heights = new Set<number>();
            for (let x = box.top; x <= Math.min(box.bottom, box.top + 10000); x++) heights.add(ws.getRow(x + 1).height ?? DEFAULT_ROW_POINTS);
            return heights.size === 1 ? [...heights][0] : null;
          },
          (v) => {
            requireEditable(ws, box, "formatRows");
            for (let x = box.top; x <= box.bottom; x++) ws.getRow(x + 1).height = Number(v);
          },
        ),
      },
      navs: {
        Font: () => new RangeFont(this.session, r),
        Fill: () => new RangeFill(this.session, r),
        Borders: () => new RangeBorderCollection(this.session, r),
        Protection: () => new FormatProtection(this.session, r),
      },
      methods: {
        AutofitColumns: () => undefined,
        AutofitRows: () => undefined,
      },
    };
  }
}

export class RangeFont extends ServerObject {
  readonly className = "RangeFont";
  constructor(session: Session, readonly range: Range) {
    super(session);
  }
  protected members(): MemberTable {
    const r = this.range;
    return {
      props: {
        Name: styleProp(r, (c) => c.font?.name ?? "Calibri", (c, v) => font(c, { name: String(v) })),
        Size: styleProp(r, (c) => c.font?.size ?? 11, (c, v) => font(c, { size: Number(v) })),
        Bold: styleProp(r, (c) => Boolean(c.font?.bold), (c, v) => font(c, { bold: Boolean(v) })),
        Italic: styleProp(r, (c) => Boolean(c.font?.italic), (c, v) => font(c, { italic: Boolean(v) })),
        Strikethrough: styleProp(r, (c) => Boolean(c.font?.strike), (c, v) => font(c, { strike: Boolean(v) })),
        Underline: styleProp(
          r,
          (c) => (c.font?.underline === true || c.font?.underline === "single" ? "Single" : c.font?.underline === "double" ? "Double" : "None"),
          (c, v) => font(c, { underline: v === "None" ? false : v === "Double" ? "double" : "single" }),
        ),
        Color: styleProp(r, (c) => fromArgb(c.font?.color?.argb) ?? "#000000", (c, v) => font(c, { color: { argb: toArgb(v) } })),
      },
    };
  }
}

export class RangeFill extends ServerObject {
  readonly className = "RangeFill";
  constructor(session: Session, readonly range: Range) {
    super(session);
  }
  protected members(): MemberTable {
    const r = this.range;
    const colorOf = (c: ExcelJS.Cell): string => {
      const fill = c.fill;
      return fill && fill.type === "pattern" && fill.pattern === "solid" ? (fromArgb(fill.fgColor?.argb) ?? "#FFFFFF") : "#FFFFFF";
    };
    return {
      props: {
        Color: styleProp(r, colorOf, (c, v) => {
          c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(v) } };
        }),
      },
      methods: {
        Clear: () => {
          requireEditable(r.ws, r.box, "formatCells");
          eachCell(r, (c) => {
            c.fill = { type: "pattern", pattern: "none" };
          });
        },
      },
    };
  }
}

export class FormatProtection extends ServerObject {
  readonly className = "FormatProtection";
  constructor(session: Session, readonly range: Range) {
    super(session);
  }
  protected members(): MemberTable {
    const r = this.range;
    return {
      props: {
        Locked: styleProp(r, (c) => c.protection?.locked !== false, (c, v) => {
          c.protection = { ...(c.protection ?? {}), locked: Boolean(v) };
        }),
        FormulaHidden: styleProp(r, (c) => Boolean(c.protection?.hidden), (c, v) => {
          c.protection = { ...(c.protection ?? {}), hidden: Boolean(v) };
        }),
      },
    };
  }
}

const EDGES: Record<string, keyof ExcelJS.Borders> = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right", DiagonalDown: "diagonal", DiagonalUp: "diagonal" };
const EDGE_NAMES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export class RangeBorderCollection extends ServerObject {
  readonly className = "RangeBorderCollection";
  constructor(session: Session, readonly range: Range) {
    super(session);
  }
  protected members(): MemberTable {
    return {
      props: { Count: { get: () => EDGE_NAMES.length } },
      methods: { GetItem: ([index]) => this.indexer([index]) },
    };
  }
  override indexer(args: unknown[]): ServerObject {
    const index = String(args[0]);
    if (!EDGE_NAMES.includes(index)) fail("InvalidArgument", `The border index '${index}' is not valid.`);
    return new RangeBorder(this.session, this.range, index);
  }
  override items(): ServerObject[] {
    return EDGE_NAMES.map((name) => new RangeBorder(this.session, this.range, name));
  }
}

const STYLE_TO_EXCELJS: Record<string, ExcelJS.BorderStyle | undefined> = { None: undefined, Continuous: "thin", Dash: "dashed", DashDot: "dashDot", DashDotDot: "dashDotDot", Dot: "dotted", Double: "double" };

export class RangeBorder extends ServerObject {
  readonly className = "RangeBorder";
  constructor(session: Session, readonly range: Range, readonly index: string) {
    super(session);
  }
  /** Which cells carry this edge, and on which of their sides (inside edges are the cells' shared sides). */
  private targets(f: (cell: ExcelJS.Cell, side: keyof ExcelJS.Borders) => void): void {
    const { box, ws } = this.range;
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const cell = ws.getRow(r + 1).getCell(c + 1);
        if (this.index === "InsideHorizontal") { if (r < box.bottom) f(cell, "bottom"); continue; }
        if (this.index === "InsideVertical") { if (c < box.right) f(cell, "right"); continue; }
        const side = EDGES[this.index]!;
        if ((side === "top" && r === box.top) || (side === "bottom" && r === box.bottom) || (side === "left" && c === box.left) || (side === "right" && c === box.right) || side === "diagonal") f(cell, side);
      }
    }
  }
  private read<T>(pick: (b: Partial<ExcelJS.Border> | undefined) => T): T | null {
    const seen = new Set<T>();
    this.targets((cell, side) => seen.add(pick(cell.border?.[side] as Partial<ExcelJS.Border> | undefined)));
    return seen.size === 1 ? [...seen][0]! : seen.size === 0 ? pick(undefined) : null;
  }
  private write(patch: Partial<ExcelJS.Border> | null): void {
    requireEditable(this.range.ws, this.range.box, "formatCells");
    this.targets((cell, side) => {
      const current = (cell.border?.[side] ?? {}) as Partial<ExcelJS.Border>;
      cell.border = { ...(cell.border ?? {}), [side]: patch === null ? {} : { ...current, ...patch } };
    });
  }
  override idValue(): string {
    return this.index;
  }
  protected members(): MemberTable {
    return {
      props: {
        SideIndex: { get: () => this.index },
        Style: readWrite(
          () => this.read((b) => (b?.style ? (Object.keys(STYLE_TO_EXCELJS).find((k) => STYLE_TO_EXCELJS[k] === b.style) ?? "Continuous") : "None")),
          (v) => this.write(v === "None" ? null : { style: STYLE_TO_EXCELJS[String(v)] ?? "thin" }),
        ),
        Color: readWrite(() => this.read((b) => fromArgb(b?.color?.argb) ?? "#000000"), (v) => this.write({ color: { argb: toArgb(v) } })),
        Weight: readWrite(
          () => this.read((b) => (b?.style === "medium" ? "Medium" : b?.style === "thick" ? "Thick" : b?.style === "hair" ? "Hairline" : "Thin")),
          (v) => this.write({ style: v === "Medium" ? "medium" : v === "Thick" ? "thick" : v === "Hairline" ? "hair" : "thin" }),
        ),
      },
    };
  }
}
