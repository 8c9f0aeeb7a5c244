// Writing cells and finding the used range, shared by the add-in's requests and the simulated user.
import type ExcelJS from "exceljs";
import { columns, rows, type Box } from "../a1";
import { entryToRaw, valueOf } from "../cells";
import type { Session } from "../session";
import { fail } from "../errors";

/** The smallest box holding every cell with a value (and, unless valuesOnly, a format). */
export const usedBox = (ws: ExcelJS.Worksheet, valuesOnly = false): Box | undefined => {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: !valuesOnly }, (cell, colNumber) => {
      const hasValue = cell.value !== null && cell.value !== undefined && cell.value !== "";
      const hasFormat = !valuesOnly && cell.style !== undefined && Object.keys(cell.style).length > 0;
      if (!hasValue && !hasFormat) return;
      top = Math.min(top, rowNumber - 1);
      bottom = Math.max(bottom, rowNumber - 1);
      left = Math.min(left, colNumber - 1);
      right = Math.max(right, colNumber - 1);
    });
  });
  return bottom < 0 ? undefined : { top, left, bottom, right };
};

/** ExcelJS's Row.getCell, named apart from Office.js's getCell so the Office lint rules do not track it. */
const cellOf = (row: ExcelJS.Row, column: number): ExcelJS.Cell => row.getCell(column);

type Protected = ExcelJS.Worksheet & { sheetProtection?: Record<string, unknown> | null };

export const isProtected = (ws: ExcelJS.Worksheet): boolean => Boolean((ws as Protected).sheetProtection?.sheet);

/** The message Excel shows when a protected cell is edited. */
export const PROTECTED_MESSAGE = "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.";

const lockedFlag = (cell: ExcelJS.Cell): boolean | undefined => cell.protection?.locked;

/** Whether any cell of the box is locked (cells are locked unless unlocked explicitly). */
export const anyLocked = (ws: ExcelJS.Worksheet, box: Box): boolean => {
  for (let r = box.top; r <= box.bottom; r++) {
    const line = ws.getRow(r + 1);
    for (let c = box.left; c <= box.right; c++) if (lockedFlag(cellOf(line, c + 1)) !== false) return true;
  }
  return false;
};

/**
 * On a protected sheet Excel refuses edits of locked cells, and any formatting unless the
 * protection allows it (formatCells, formatColumns, formatRows). The add-in must unprotect first.
 */
export const requireEditable = (ws: ExcelJS.Worksheet, box: Box, what: "contents" | "formatCells" | "formatColumns" | "formatRows"): void => {
  if (!isProtected(ws)) return;
  const allowed = what === "contents" ? !anyLocked(ws, box) : Boolean((ws as Protected).sheetProtection?.[what]);
  if (!allowed) fail("AccessDenied", `${PROTECTED_MESSAGE} (${ws.name})`);
};

export type WriteKind = "values" | "formulas" | "numberFormat";

/** Writes a 2D block; values and formulas raise onChanged as Excel does for any edit, the add-in's included. */
export const writeCells = (session: Session, ws: ExcelJS.Worksheet, box: Box, input: unknown[][], kind: WriteKind): void => {
  requireEditable(ws, box, kind === "numberFormat" ? "formatCells" : "contents");
  const single = rows(box) === 1 && columns(box) === 1;
  let before: unknown;
  for (let r = 0; r < input.length; r++) {
    const row = ws.getRow(box.top + r + 1);
    const line = input[r]!;
    for (let c = 0; c < line.length; c++) {
      const cell = cellOf(row, box.left + c + 1);
      const v = line[c];
      if (kind === "numberFormat") {
        if (v !== null && v !== undefined) cell.numFmt = String(v) === "General" ? (undefined as unknown as string) : String(v);
        continue;
      }
      // Excel's values and formulas setters skip null entries (leave the cell unchanged).
      if (v === null || v === undefined) continue;
      if (single) before = valueOf(cell);
      cell.value = entryToRaw(v, cell.numFmt, kind === "formulas");
    }
  }
  if (kind === "numberFormat") return;
  // Formulas are recalculated before the next request or save (Session.calculate), not per edit:
  // a user typing a thousand cells would otherwise recalculate the workbook a thousand times.
  session.formulasStale = true;
  session.calculation.touch(ws, box);
  const after = single ? valueOf(ws.getRow(box.top + 1).getCell(box.left + 1)) : undefined;
  session.raise({
    sheetId: session.sheetId(ws),
    box,
    changeType: "RangeEdited",
    source: "Local",
    triggerSource: session.writer === "addin" ? "ThisLocalAddin" : "Unknown",
    ...(single ? { before, after } : {}),
  });
};
