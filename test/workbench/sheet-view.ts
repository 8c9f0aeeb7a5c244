// What the grid shows of a worksheet: visible columns up to the last used one, rows up to the
// last used one (at least a screenful), each cell as Excel would draw it: its text through its
// number format in the workbook's culture, its fill and font colour after conditional formatting
// (host.view), and merged areas drawn as one cell.
import type ExcelJS from "exceljs";
import type { Host } from "../host";

export interface GridCell {
  readonly address: string;
  readonly text: string;
  readonly formula: boolean;
  readonly locked: boolean;
  readonly fill: string | null;
  readonly fontColor: string | null;
  /** Set on the top-left cell of a merged area: how many visible rows and columns it spans. */
  readonly span?: { readonly rows: number; readonly columns: number };
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

interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** ExcelJS keeps merges by their master address; reading `ws.model` would build the whole sheet model. */
const mergesOf = (ws: ExcelJS.Worksheet): Merge[] =>
  Object.values((ws as unknown as { _merges?: Record<string, { model: Merge }> })._merges ?? {}).map((m) => m.model);

export function gridView(host: Host, ws: ExcelJS.Worksheet, minRows = 30): GridView {
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
  const shown = host.view(ws.name, `A1:${letterOf(lastCol)}${lastRow}`);
  const visibleRows = new Set<number>();
  for (let r = 1; r <= lastRow; r++) if (!ws.findRow(r)?.hidden) visibleRows.add(r);
  const visibleColumns = new Set(columns.map((c) => c.index));
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of mergesOf(ws)) {
    const rowsShown = [...Array(m.bottom - m.top + 1).keys()].filter((i) => visibleRows.has(m.top + i)).length;
    const columnsShown = [...Array(m.right - m.left + 1).keys()].filter((i) => visibleColumns.has(m.left + i)).length;
    spans.set(`${m.top}:${m.left}`, { rows: Math.max(1, rowsShown), columns: Math.max(1, columnsShown) });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const rows: { row: number; cells: GridCell[] }[] = [];
  for (let r = 1; r <= lastRow; r++) {
    if (!visibleRows.has(r)) continue;
    const row = ws.findRow(r);
    const cells: GridCell[] = [];
    for (const { letter, index } of columns) {
      if (covered.has(`${r}:${index}`)) continue;
      const cell = row?.findCell(index);
      const v = cell?.value as unknown;
      const formula = typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
      const look = shown[r - 1]?.[index - 1];
      const span = spans.get(`${r}:${index}`);
      cells.push({
        address: `${letter}${r}`,
        text: look?.text ?? "",
        formula,
        locked: protectedSheet && cell?.protection?.locked !== false,
        fill: look?.fill ?? null,
        fontColor: look?.fontColor ?? null,
        ...(span && (span.rows > 1 || span.columns > 1) ? { span } : {}),
      });
    }
    rows.push({ row: r, cells });
  }
  return { columns, rows };
}
