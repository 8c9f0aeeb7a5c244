// readSheet: from a snapshot of a sheet's cells, recover each indicator's inputs by code and the
// report details. Rows are found by marks, never by position: a changed title, hidden rows, rows
// inserted between or added below change nothing.
import type { IndicatorDef } from "../indicator";
import type { IndicatorInputs, InputCell, InputRole, SheetReading } from "../reading";
import type { SheetSnapshot, SnapshotCell } from "../snapshot";
import type { Template, TemplateId } from "../template";
import { columnLetter, qualify } from "./a1";
import { col, ROLE_COLUMN } from "./columns";
import { readDetails } from "./details";
import { DETAIL_ROWS, detailSlots, HEADER_TAG } from "./geometry";
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

export type SheetReadResult =
  | { readonly ok: true; readonly reading: SheetReading; readonly marker: SheetMarker }
  | { readonly ok: false; readonly reason: SheetReadFailure; readonly templateId?: TemplateId };

const norm = (cell: SnapshotCell | undefined): string =>
  typeof cell === "string" ? cell.normalize("NFC").trim() : typeof cell === "number" ? String(cell) : "";

/** Where the marker is: its column says how far the layout moved if columns were inserted before it. */
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

export function readSheet(snapshot: SheetSnapshot, templates: (id: TemplateId) => Template | undefined): SheetReadResult {
  const found = findMarker(snapshot.values);
  if (found === null) return { ok: false, reason: "not-a-template-sheet" };
  const parsed = parseMarker(found.text);
  if (!parsed.ok) return { ok: false, reason: "bad-marker" };
  const marker = parsed.marker;
  const template = templates(marker.templateId);
  if (template === undefined) return { ok: false, reason: "unknown-template", templateId: marker.templateId };

  const shift = found.column - col("marks");
  const at = (row: number, column: number): SnapshotCell => snapshot.values[row - 1]?.[column - 1 + shift] ?? null;
  const address = (row: number, column: number) => qualify(snapshot.name, `${columnLetter(column + shift)}${row}`);

  // Tags in the marks column: the detail rows and the header row.
  const detailCells: Partial<Record<DetailField, SnapshotCell>> = {};
  let headerRow = 0;
  const byTag = new Map(DETAIL_ROWS.map((d) => [`details:${d.fields.join(",")}`, d]));
  for (let row = 1; row <= snapshot.values.length; row++) {
    const tag = norm(at(row, col("marks")));
    if (tag === HEADER_TAG && headerRow === 0) headerRow = row;
    const detailRow = byTag.get(tag);
    if (detailRow === undefined) continue;
    for (const slot of detailSlots(detailRow)) detailCells[slot.field] ??= at(row, slot.entryFrom);
  }

  // Indicator rows: the first row below the header whose Mã is one of the template's codes.
  const defs = new Map<string, IndicatorDef>();
  for (const section of template.sections) for (const ind of section.indicators) defs.set(ind.code, ind);
  const rowOf = new Map<string, number>();
  for (let row = headerRow + 1; row <= snapshot.values.length; row++) {
    const code = norm(at(row, col("code")));
    if (defs.has(code) && !rowOf.has(code)) rowOf.set(code, row);
  }

  const indicators: IndicatorInputs[] = [];
  for (const [code, def] of defs) {
    const row = rowOf.get(code);
    if (row === undefined) continue;
    const cells: Partial<Record<InputRole, InputCell>> = {};
    for (const role of inputRoles(def, marker.period)) {
      const column = col(ROLE_COLUMN[role]);
      cells[role] = { address: address(row, column), value: at(row, column) };
    }
    indicators.push({ code: def.code, cells });
  }

  return {
    ok: true,
    marker,
    reading: {
      sheetName: snapshot.name,
      template: { id: marker.templateId, version: marker.templateVersion },
      period: marker.period,
      details: readDetails(detailCells),
      indicators,
    },
  };
}
