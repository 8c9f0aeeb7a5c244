// A small collector of planned cells, merges and row heights, so that the parts of the summary
// (header, table, closing) can each place their rows without repeating address arithmetic.
import type { CellAddress, PlannedCell, RangeAddress, RowPlan } from "../sheet-plan";
import { styleFontSize, type SummaryStyleKey } from "./summary-styles";

/** Column letters of the summary sheet, A to L. */
export const SUMMARY_COLUMNS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

/** Column widths in characters (ExcelJS's unit), A to L. */
export const SUMMARY_WIDTHS: Readonly<Record<SummaryColumn, number>> = {
  A: 6, B: 42, C: 16, D: 12, E: 12, F: 12, G: 12, H: 10, I: 10, J: 10, K: 9, L: 24,
};

const address = (column: SummaryColumn, row: number): CellAddress => `${column}${row}` as CellAddress;

/** The width in characters of columns from..to. */
export function spanWidth(from: SummaryColumn, to: SummaryColumn): number {
  const a = SUMMARY_COLUMNS.indexOf(from);
  const b = SUMMARY_COLUMNS.indexOf(to);
  return SUMMARY_COLUMNS.slice(a, b + 1).reduce((sum, c) => sum + SUMMARY_WIDTHS[c], 0);
}

/**
 * How many lines a text takes when wrapped in a width (characters of the default 11 pt font).
 * Calibrated on Times New Roman 12 pt (a 42-character column holds about 58 characters of
 * Vietnamese text) and kept below that on purpose: Excel never grows a merged cell's row, so an
 * estimate too low would cut text off on paper, while one too high only leaves white space.
 */
export function wrappedLines(text: string, widthChars: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor((widthChars * 11 * 1.3) / fontSize));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) count += 1;
      // A word longer than a line breaks across lines of its own.
      const pieces = Math.ceil(word.length / perLine);
      count += pieces - 1;
      used = word.length - (pieces - 1) * perLine;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Points of one line of a font size (Excel's single spacing, about 1.3 × the size). */
export const lineHeight = (fontSize: number): number => Math.ceil(fontSize * 1.32 * 4) / 4;

export class SheetDraft {
  readonly cells: PlannedCell[] = [];
  readonly merges: RangeAddress[] = [];
  private readonly heights = new Map<number, number>();

  /** Text: always with the text number format, so that "=…", "+…", "-…" and "@…" stay words, never formulas. */
  text(column: SummaryColumn, row: number, value: string, style: SummaryStyleKey): void {
    if (value === "") this.cells.push({ address: address(column, row), style, locked: true });
    else this.cells.push({ address: address(column, row), value, numberFormat: "@", style, locked: true });
  }

  number(column: SummaryColumn, row: number, value: number, numberFormat: string, style: SummaryStyleKey): void {
    this.cells.push({ address: address(column, row), value, numberFormat, style, locked: true });
  }

  /** An empty cell that still carries its style (the table's borders). */
  blank(column: SummaryColumn, row: number, style: SummaryStyleKey): void {
    this.cells.push({ address: address(column, row), style, locked: true });
  }

  /** Text across columns from..to, merged. Styles the covered cells too, so borders show on every edge. */
  span(from: SummaryColumn, to: SummaryColumn, row: number, value: string, style: SummaryStyleKey): void {
    this.text(from, row, value, style);
    if (from !== to) {
      this.merges.push(`${from}${row}:${to}${row}` as RangeAddress);
      const a = SUMMARY_COLUMNS.indexOf(from);
      const b = SUMMARY_COLUMNS.indexOf(to);
      for (const column of SUMMARY_COLUMNS.slice(a + 1, b + 1)) this.blank(column, row, style);
    }
    this.fit(row, value, spanWidth(from, to), style);
  }

  /** Makes the row tall enough for the text in that width (the tallest need of the row wins). */
  fit(row: number, value: string, widthChars: number, style: SummaryStyleKey, padding = 2): void {
    const size = styleFontSize(style);
    this.atLeast(row, wrappedLines(value, widthChars, size) * lineHeight(size) + padding);
  }

  atLeast(row: number, height: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, height));
  }

  rows(): RowPlan[] {
    return [...this.heights.entries()].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
  }
}
