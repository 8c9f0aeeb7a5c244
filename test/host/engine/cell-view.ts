// What a cell looks like on screen: its text as Excel shows it, and its fill and font colour after
// conditional formatting. Conditional formats are evaluated as Excel documents them: each format's
// formula is written for the top-left cell of its range and moves with each cell (relative
// references); formats apply in priority order, the higher one winning where two set the same
// property, and "if the conditions of this conditional format are met, no lower-priority formats
// shall take effect on that cell" (stopIfTrue,
// https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-stopiftrue-member).
import type ExcelJS from "exceljs";
import { cellName, parseAddress, type Box } from "./a1";
import { textOf } from "./cells";
import type { CalcValue } from "./calc";
import { boxesOf, fillColour, fontColour, orderedRules, originOf } from "./objects/conditional-formats";
import { fromArgb } from "./objects/range-format";
import { usedBox } from "./objects/sheet-ops";
import { rebaseFormula } from "./rebase";
import type { Session } from "./session";

export interface CellView {
  /** Range.text: the value as its number format shows it. */
  readonly text: string;
  /** "#RRGGBB" or null (no fill): a conditional format's fill when one holds, else the cell's own. */
  readonly fill: string | null;
  readonly fontColor: string | null;
  /** The fill a conditional format gives the cell, or null when none holds (or none that fills). */
  readonly conditionalFill: string | null;
}

/** A format's formula is true when it gives TRUE or a non-zero number; text and errors are false. */
const holds = (v: CalcValue): boolean => v === true || (typeof v === "number" && v !== 0);

interface Styled {
  fill?: string;
  font?: string;
  stopped?: boolean;
}

/** The conditional fill and font colour of every cell of `area` that a format colours, by "A1". */
export const conditionalStyles = (session: Session, ws: ExcelJS.Worksheet, area?: Box): Map<string, Styled> => {
  session.calculate();
  const used = usedBox(ws) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const out = new Map<string, Styled>();
  for (const { entry, rule } of orderedRules(ws)) {
    const formula = rule.formulae?.[0];
    const origin = originOf(entry);
    if (rule.type !== "expression" || formula === undefined || origin === undefined) continue;
    const cells: { formula: string; row: number; col: number; key: string }[] = [];
    for (const box of boxesOf(entry)) {
      const b = { top: box.top, left: box.left, bottom: Math.min(box.bottom, used.bottom), right: Math.min(box.right, used.right) };
      const clip = area ? { top: Math.max(b.top, area.top), left: Math.max(b.left, area.left), bottom: Math.min(b.bottom, area.bottom), right: Math.min(b.right, area.right) } : b;
      for (let r = clip.top; r <= clip.bottom; r++) {
        for (let c = clip.left; c <= clip.right; c++) {
          const key = cellName(r, c);
          if (out.get(key)?.stopped) continue;
          cells.push({ formula: rebaseFormula(formula, r - origin.top, c - origin.left), row: r, col: c, key });
        }
      }
    }
    const results = session.calculation.evaluateAt(ws.name, cells);
    cells.forEach((cell, i) => {
      if (!holds(results[i]!)) return;
      const styled = out.get(cell.key) ?? {};
      styled.fill ??= fillColour(rule);
      styled.font ??= fontColour(rule);
      if (rule.stopIfTrue) styled.stopped = true;
      out.set(cell.key, styled);
    });
  }
  return out;
};

/** ExcelJS's Row.getCell, named apart from Office.js's getCell so the Office lint rules do not track it. */
const cellAt = (row: ExcelJS.Row, column: number): ExcelJS.Cell => row.getCell(column);

/** How each cell of `address` on `sheet` looks, row by row. */
export const viewCells = (session: Session, ws: ExcelJS.Worksheet, address: string): CellView[][] => {
  const box = parseAddress(address).box;
  const styles = conditionalStyles(session, ws, box);
  const out: CellView[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const line: CellView[] = [];
    const row = ws.getRow(r + 1);
    for (let c = box.left; c <= box.right; c++) {
      const cell = cellAt(row, c + 1);
      const own = cell.fill && cell.fill.type === "pattern" && cell.fill.pattern === "solid" ? (fromArgb(cell.fill.fgColor?.argb) ?? null) : null;
      const styled = styles.get(cellName(r, c));
      line.push({
        text: textOf(cell),
        fill: styled?.fill ?? own,
        fontColor: styled?.font ?? fromArgb(cell.font?.color?.argb) ?? null,
        conditionalFill: styled?.fill ?? null,
      });
    }
    out.push(line);
  }
  return out;
};
