// The declarative description of a worksheet that core decides and both adapters
// (src/excel over Office.js, src/xlsx over ExcelJS) apply without deciding anything themselves.
// Vocabulary follows Office.js (Excel.*) names so the Office adapter is a straight mapping.

/** An unqualified A1 cell address ("I9"). */
export type CellAddress = string & { readonly __brand: "CellAddress" };
/** An unqualified A1 range ("A1:N3", or a single cell "I9"). */
export type RangeAddress = string & { readonly __brand: "RangeAddress" };
/** "#RRGGBB", upper case. */
export type HexColor = `#${string}`;

export interface FontStyle {
  readonly name?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly color?: HexColor;
}

export interface CellStyle {
  readonly font?: FontStyle;
  readonly fill?: HexColor;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
  readonly verticalAlignment?: "Top" | "Center" | "Bottom";
  readonly wrapText?: boolean;
  /**
   * Indent from the aligned edge (Left: from the left, Right: from the right), in Excel's indent
   * levels (0-15, each about one character wide), so text does not touch the border.
   */
  readonly indent?: number;
  /** Thin borders on all four edges. */
  readonly border?: boolean;
}

export type PlannedValue = string | number | boolean;

/**
 * A format applied to every cell of a range, so that a table of thousands of rows needs no
 * per-cell styling. Adapters apply SheetPlan.formats in order, before the cells; each entry
 * sets only the properties it names (a style sets the font, fill, alignment and borders it
 * defines), so later entries refine earlier ones.
 */
export interface RangeFormatPlan {
  readonly range: RangeAddress;
  /** A key of SheetPlan.styles. */
  readonly style?: string;
  readonly numberFormat?: string;
  readonly locked?: boolean;
}

/**
 * One cell. Its style and number format, when given, override what SheetPlan.formats gave the
 * cell; when absent the cell keeps the range format (adapters must not reset it). So does
 * `locked`.
 */
export interface PlannedCell {
  readonly address: CellAddress;
  /** At most one of value and formula; neither means an empty cell. */
  readonly value?: PlannedValue;
  /** "=..." with English function names and A1 references, as Range.formulas takes it. */
  readonly formula?: string;
  /** Excel number format code ("#,##0", "0.0%", "@"). */
  readonly numberFormat?: string;
  /** A key of SheetPlan.styles. */
  readonly style?: string;
  /**
   * Entry cells are unlocked so staff can type while the sheet is protected. Absent: the cell
   * keeps what SheetPlan.formats gave it (locked when nothing did, as in Excel); a table of
   * thousands of rows leaves it to its range formats to keep the plan small.
   */
  readonly locked?: boolean;
}

export interface ColumnPlan {
  /** Width in characters of the default font (ExcelJS's unit); the Office adapter converts to points. */
  readonly width: number;
  readonly hidden?: boolean;
}

export interface RowPlan {
  readonly row: number;
  /** Height in points. */
  readonly height?: number;
  readonly hidden?: boolean;
}

/** Native data validation (ExcelApi 1.8); always a warning alert so nobody is blocked from saving a draft. */
export interface ValidationPlan {
  readonly range: RangeAddress;
  readonly rule:
    | { readonly type: "wholeNumber" | "decimal"; readonly operator: "GreaterThanOrEqualTo"; readonly formula1: number }
    | { readonly type: "wholeNumber" | "decimal"; readonly operator: "Between"; readonly formula1: number; readonly formula2: number };
  readonly alert: { readonly style: "Warning"; readonly title: string; readonly message: string };
}

/** What a conditional format marks. Precedence: error over shortfall over near. */
export type Highlight = "error" | "shortfall" | "near";

/** A custom-formula conditional format (Excel.ConditionalFormatType.custom). */
export interface ConditionalFormatPlan {
  readonly range: RangeAddress;
  /** "=..." relative to the top-left cell of range, English function names. */
  readonly formula: string;
  readonly highlight: Highlight;
  readonly fill: HexColor;
  readonly fontColor: HexColor;
  /** 0 is applied first; with stopIfTrue the first rule that holds wins. */
  readonly priority: number;
  readonly stopIfTrue: boolean;
}

/**
 * How the sheet prints (the Nghị định 30/2020 summary needs it; the entry sheet leaves it out).
 * Margins are in centimetres, as the decree writes them (top 2-2,5; bottom 2-2,5; left 3-3,5;
 * right 1,5-2): the ExcelJS adapter converts to inches, the Office.js adapter to points.
 */
export interface PageSetupPlan {
  readonly paperSize: "A4";
  readonly orientation: "Portrait" | "Landscape";
  readonly marginsCm: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Whole rows repeated at the top of every printed page, as "5:6" (Excel's $5:$6). */
  readonly printTitleRows?: RangeAddress;
  /** The range printed ("A1:K40"). */
  readonly printArea?: RangeAddress;
  /** Shrink to one page wide (any number of pages tall). */
  readonly fitToWidth: boolean;
  readonly centerHorizontally?: boolean;
  /**
   * Page numbers in the header (absent: none). Nghị định 30/2020 numbers pages in Arabic numerals,
   * centred in the top margin, and not on the first page.
   */
  readonly pageNumbers?: { readonly position: "top-center"; readonly skipFirstPage: boolean };
}

export interface SheetPlan {
  readonly name: string;
  /** Column widths from column A on. */
  readonly columns: readonly ColumnPlan[];
  readonly rows: readonly RowPlan[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  /**
   * Ranges whose contents are cleared before anything is written (absent: none): where a sheet
   * of an earlier layout had formulas, helpers and marks in columns that now hold other things.
   * Inside them nothing the sheet held before is kept: the cells hold exactly what the plan says.
   */
  readonly clearContents?: readonly RangeAddress[];
  /** Range-wide formats, applied in order before the cells (absent: none). */
  readonly formats?: readonly RangeFormatPlan[];
  readonly cells: readonly PlannedCell[];
  readonly merges: readonly RangeAddress[];
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Rows and columns frozen at the top left. */
  readonly freeze: { readonly rows: number; readonly columns: number };
  /** Protected without a password: the add-in unprotects and re-protects around its own writes. */
  readonly protection: { readonly protected: boolean; readonly allowFormatColumns: boolean; readonly allowFormatRows: boolean };
  /** The range the table occupies (header row to last indicator), for print areas and re-reading. */
  readonly usedRange: RangeAddress;
  /** Print setup; absent means the host's defaults. */
  readonly pageSetup?: PageSetupPlan;
}
