// What the grid shows of an ExcelJS worksheet: visible columns up to the last used one, rows up
// to the last used one (at least a screenful), each cell's text as Excel would display it.
import type ExcelJS from "exceljs";

export interface GridCell {
  readonly address: string;
  readonly text: string;
  readonly formula: boolean;
  readonly locked: boolean;
  readonly fill: string | null;
}

export interface GridView {
  readonly columns: readonly { readonly letter: string; readonly width: number }[];
  readonly rows: readonly { readonly row: number; readonly cells: readonly GridCell[] }[];
}

const letterOf = (n: number): string => {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

function displayText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) return o.result === undefined || o.result === null ? "" : String(o.result);
    if ("richText" in o && Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
    if ("error" in o) return String(o.error);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v);
}

export function gridView(ws: ExcelJS.Worksheet, minRows = 30): GridView {
  const lastCol = Math.max(ws.actualColumnCount, ws.columnCount, 8);
  const columns: { letter: string; width: number; index: number }[] = [];
  for (let c = 1; c <= lastCol; c++) {
    // findRow/findCell and the columns array: ExcelJS lookups that do not create what they read.
    const column = ws.columns?.[c - 1];
    if (column?.hidden) continue;
    columns.push({ letter: letterOf(c), width: Math.max(4, Math.min(40, column?.width ?? 9)), index: c });
  }
  const lastRow = Math.max(ws.rowCount, minRows);
  const protectedSheet = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  const rows: { row: number; cells: GridCell[] }[] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.findRow(r);
    if (row?.hidden) continue;
    rows.push({
      row: r,
      cells: columns.map(({ letter, index }) => {
        const cell = row?.findCell(index);
        const v = cell?.value as unknown;
        const formula = typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
        const fill = (cell?.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
        return {
          address: `${letter}${r}`,
          text: cell === undefined ? "" : displayText(cell),
          formula,
          locked: protectedSheet && cell?.protection?.locked !== false,
          fill: fill ? `#${fill.slice(-6)}` : null,
        };
      }),
    });
  }
  return { columns, rows };
}
