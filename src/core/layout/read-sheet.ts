// readSheet: from a snapshot of a sheet's cells, recover each indicator's inputs by code and the
// report details. Rows are found by marks, never by position: a changed title, hidden rows, rows
// inserted between or added below change nothing.
import { indicatorCode, type IndicatorDef } from "../indicator";
import { INPUT_ROLES, type IndicatorInputs, type InputCell, type InputRole, type SheetReading } from "../reading";
import type { SheetSnapshot, SnapshotCell } from "../snapshot";
import type { Template, TemplateId } from "../template/template";
import { columnLetter, qualify } from "./a1";
import { col, colInLayout, COLUMNS, LAST_TABLE_COLUMN, ROLE_COLUMN } from "./columns";
import { readDetails } from "./details";
import { DETAIL_ROWS, detailSlots, HEADER_TAG, KEPT_TAG, PERCENT_TAG } from "./geometry";
import { percentScale, percentShown, percentText } from "../numbers/percent-format";
import { reconcile } from "../units/reconcile";
import type { DetailField } from "./labels";
import { looksLikeMarker, parseMarker, type SheetMarker } from "./marker";
import { inputRoles } from "./table-rows";

export type SheetReadFailure =
  /** No template marker anywhere on the sheet. */
  | "not-a-template-sheet"
  /** A marker that cannot be parsed (edited by hand, or written by a newer layout). */
  | "bad-marker"
  /** A template sheet whose template this add-in does not know. */
  | "unknown-template";

/** Where the sheet itself has what the check writes: its layout version and columns (1-based). */
export interface SheetLayout {
  /** The marker's layout version: a sheet built before the current one has its columns elsewhere. */
  readonly version: number;
  /** Kết quả kiểm tra. */
  readonly statusColumn: number;
  /** Giải trình, the table's last column: notes sit on cells up to it. */
  readonly lastTableColumn: number;
  /** The last row holding anything the layout put there (the table, the values kept below it). */
  readonly lastRow: number;
  /** Where the marker is: rows are tagged in this column. */
  readonly marksColumn: number;
}

export type SheetReadResult =
  | { readonly ok: true; readonly reading: SheetReading; readonly marker: SheetMarker; readonly layout: SheetLayout }
  | { readonly ok: false; readonly reason: SheetReadFailure; readonly templateId?: TemplateId };

const norm = (cell: SnapshotCell | undefined): string =>
  typeof cell === "string" ? cell.normalize("NFC").trim() : typeof cell === "number" ? String(cell) : "";

/** Where the marker is: its column says how far the layout moved if columns were inserted before it. */
/** Whether a snapshot holds a template marker: a part of a sheet read without it must be read whole. */
export const holdsMarker = (values: SheetSnapshot["values"]): boolean => findMarker(values) !== null;

function findMarker(values: SheetSnapshot["values"]): { row: number; column: number; text: string } | null {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "string" && looksLikeMarker(cell.trim())) return { row: r + 1, column: c + 1, text: cell };
    }
  }
  return null;
}

const headerKey = (s: string): string => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
const HEADERS = new Map<string, number>(
  COLUMNS.flatMap((c) => (c.key === "marks" ? [] : [[headerKey(c.header.vi), c.index], [headerKey(c.header.en), c.index]] as [string, number][])),
);

/** The layout's columns as a sheet of layout `version` has them (1-based, by the current layout's index). */
const POSITIONS = new Map<number, ReadonlyMap<number, number>>();
function positionsIn(version: number): ReadonlyMap<number, number> {
  let positions = POSITIONS.get(version);
  if (positions === undefined) {
    positions = new Map(COLUMNS.flatMap((c) => {
      const at = colInLayout(c.key, version);
      return at === null ? [] : [[c.index, at] as [number, number]];
    }));
    POSITIONS.set(version, positions);
  }
  return positions;
}

/**
 * Maps a layout column to where it is on the sheet: found by its header text (vi or en) in the
 * header row, else where the sheet's layout version put it, moved as far as the marker moved.
 */
function columnsByHeader(header: readonly SnapshotCell[], version: number, markerColumn: number): (column: number) => number {
  const found = new Map<number, number>();
  header.forEach((cell, i) => {
    const index = typeof cell === "string" ? HEADERS.get(headerKey(cell)) : undefined;
    if (index !== undefined && !found.has(index)) found.set(index, i + 1);
  });
  const positions = positionsIn(version);
  const shift = markerColumn - (positions.get(col("marks")) ?? col("marks"));
  return (column) => found.get(column) ?? (positions.get(column) ?? column) + shift;
}

/** The roles of a percent tag ("percent:actual,plan"), those this layout knows. */
const percentRoles = (tag: string): InputRole[] =>
  tag.slice(PERCENT_TAG.length).split(",").map((r) => r.trim()).filter((r): r is InputRole => (INPUT_ROLES as readonly string[]).includes(r));

const INDICATOR_CODE = /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+$/u;
const rowsFrom = (first: number, last: number): number[] => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);

export function readSheet(snapshot: SheetSnapshot, templates: (id: TemplateId) => Template | undefined): SheetReadResult {
  const found = findMarker(snapshot.values);
  if (found === null) return { ok: false, reason: "not-a-template-sheet" };
  const parsed = parseMarker(found.text);
  if (!parsed.ok) return { ok: false, reason: "bad-marker" };
  const marker = parsed.marker;
  const template = templates(marker.templateId);
  if (template === undefined) return { ok: false, reason: "unknown-template", templateId: marker.templateId };

  // Tags in the marks column (wherever the marker is): the header row and the detail rows.
  const cellAt = (row: number, column: number): SnapshotCell => snapshot.values[row - 1]?.[column - 1] ?? null;
  const findTag = (tag: string): number => {
    for (let row = 1; row <= snapshot.values.length; row++) if (norm(cellAt(row, found.column)) === tag) return row;
    return 0;
  };
  const headerRow = findTag(HEADER_TAG);
  const keptRow = findTag(KEPT_TAG);
  // Columns by their headers, so a column someone inserted (on an unprotected sheet) moves nothing.
  const where = columnsByHeader(snapshot.values[headerRow - 1] ?? [], marker.layoutVersion, found.column);
  const at = (row: number, column: number): SnapshotCell => cellAt(row, where(column));
  const address = (row: number, column: number) => qualify(snapshot.name, `${columnLetter(where(column))}${row}`);
  const formats = snapshot.numberFormats;
  /** An input cell as staff see it: a number in a percent format is the figure shown (numbers/percent-format.ts). */
  const inputAt = (row: number, column: number, unit: string): InputCell => {
    const value = at(row, column);
    if (formats === undefined || typeof value !== "number") return { address: address(row, column), value };
    const scale = percentScale(formats[row - 1]?.[where(column) - 1], value);
    if (scale === 0) return { address: address(row, column), value };
    // In a row of % the figure shown; in any other row the text shown, which its unit refuses.
    const shown = scale === 1 && reconcile("%", unit).ok ? percentShown(value) : percentText(value, scale);
    return { address: address(row, column), value: shown, shownAsPercent: true };
  };

  const detailCells: Partial<Record<DetailField, SnapshotCell>> = {};
  const byTag = new Map(DETAIL_ROWS.map((d) => [`details:${d.fields.join(",")}`, d]));
  for (let row = 1; row <= snapshot.values.length; row++) {
    const detailRow = byTag.get(norm(cellAt(row, found.column)));
    if (detailRow === undefined) continue;
    for (const slot of detailSlots(detailRow)) detailCells[slot.field] ??= at(row, slot.entryFrom);
  }

  // Indicator rows: the first row below the header whose Mã is one of the template's codes.
  const defs = new Map<string, IndicatorDef>();
  for (const section of template.sections) for (const ind of section.indicators) defs.set(ind.code, ind);
  const rowOf = new Map<string, number>();
  const tableEnd = keptRow > 0 ? keptRow : snapshot.values.length + 1;
  for (let row = headerRow + 1; row < tableEnd; row++) {
    const code = norm(at(row, col("code")));
    if (defs.has(code) && !rowOf.has(code)) rowOf.set(code, row);
  }

  // Below the "kept" tag: values an earlier template version had cells for, by code and column.
  // So are the values on table rows of codes this template no longer has (an edited template
  // dropped the indicator): the rebuild writes them below the table instead of losing them.
  const kept: IndicatorInputs[] = [];
  const dropped: number[] = [];
  for (let row = headerRow + 1; row < tableEnd; row++) {
    const code = norm(at(row, col("code")));
    if (code !== "" && !defs.has(code) && INDICATOR_CODE.test(code) && !template.sections.some((s) => s.code === code)) dropped.push(row);
  }
  for (const row of [...dropped, ...(keptRow > 0 ? rowsFrom(keptRow + 1, snapshot.values.length) : [])]) {
    const code = norm(at(row, col("code")));
    if (code === "") continue;
    const cells: Partial<Record<InputRole, InputCell>> = {};
    for (const role of INPUT_ROLES) {
      const column = col(ROLE_COLUMN[role]);
      const value = at(row, column);
      if (value !== null && value !== "") cells[role] = { address: address(row, column), value };
    }
    if (Object.keys(cells).length > 0) kept.push({ code: indicatorCode(code), cells });
  }

  const indicators: IndicatorInputs[] = [];
  for (const [code, def] of defs) {
    const row = rowOf.get(code);
    if (row === undefined) continue;
    const cells: Partial<Record<InputRole, InputCell>> = {};
    for (const role of inputRoles(def, marker.period)) {
      const column = col(ROLE_COLUMN[role]);
      cells[role] = role === "explanation" ? { address: address(row, column), value: at(row, column) } : inputAt(row, column, def.unit.vi);
    }
    const tag = norm(cellAt(row, found.column));
    const percentFormulas = tag.startsWith(PERCENT_TAG) ? percentRoles(tag) : [];
    indicators.push(percentFormulas.length > 0 ? { code: def.code, cells, percentFormulas } : { code: def.code, cells });
  }

  // Everything below the kept tag is the layout's too; spread-free for sheets of thousands of rows.
  const lastRow = [...rowOf.values(), ...dropped].reduce((m, r) => Math.max(m, r), keptRow > 0 ? snapshot.values.length : headerRow);
  return {
    ok: true,
    marker,
    layout: {
      version: marker.layoutVersion,
      statusColumn: where(col("status")),
      lastTableColumn: where(col(LAST_TABLE_COLUMN)),
      lastRow,
      marksColumn: found.column,
    },
    reading: {
      sheetName: snapshot.name,
      template: { id: marker.templateId, version: marker.templateVersion },
      period: marker.period,
      details: readDetails(detailCells),
      indicators,
      ...(kept.length > 0 ? { kept } : {}),
    },
  };
}
