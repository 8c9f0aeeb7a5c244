// The figures a report stands on: every input cell of every indicator, by code and role (never by
// address: a row inserted above moves cells, not figures). A fingerprint of them is kept when a
// report is approved, and the figures themselves with each round, so that a later change is both
// detected (the fingerprint) and named (the figures compared).
import type { IndicatorCode } from "../indicator";
import { INPUT_ROLES, type InputRole, type SheetReading } from "../reading";
import type { SnapshotCell } from "../snapshot";
import { isErrorValue } from "../snapshot";
import { figureChanged, type MarkedFigure } from "../review/review-mark";
import { sha256Hex } from "./sha256";

export interface ReportFigure {
  readonly code: IndicatorCode;
  readonly role: InputRole;
  /** As typed: a number, text (NFC, trimmed), a boolean, an error as its text ("#N/A"), or null when empty. */
  readonly figure: MarkedFigure;
}

/** Sorted by code, then role in the layout's order: the same figures always list alike. */
export type ReportFigures = readonly ReportFigure[];

const ROLE_ORDER = new Map<InputRole, number>(INPUT_ROLES.map((r, i) => [r, i]));

function figureOfCell(cell: SnapshotCell): MarkedFigure {
  if (isErrorValue(cell)) return cell.error;
  if (typeof cell === "string") {
    const t = cell.normalize("NFC").trim();
    return t === "" ? null : t;
  }
  return cell;
}

export function compareFigureKeys(a: { code: string; role: InputRole }, b: { code: string; role: InputRole }): number {
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return (ROLE_ORDER.get(a.role) ?? 0) - (ROLE_ORDER.get(b.role) ?? 0);
}

export function sortFigures(figures: readonly ReportFigure[]): ReportFigures {
  return [...figures].sort(compareFigureKeys);
}

/** The input figures of a reading (what staff typed or the add-in carried), sorted. */
export function reportFigures(reading: SheetReading): ReportFigures {
  const out: ReportFigure[] = [];
  for (const indicator of reading.indicators) {
    for (const role of INPUT_ROLES) {
      const cell = indicator.cells[role];
      if (cell !== undefined) out.push({ code: indicator.code, role, figure: figureOfCell(cell.value) });
    }
  }
  return sortFigures(out);
}

/**
 * One line a figure, typed ("n:", "s:", "b:", "0" for empty) so that the number 87 and the text
 * "87" differ; numbers as JavaScript prints them (the shortest exact form).
 */
function canonicalFigure(f: MarkedFigure): string {
  if (f === null) return "0";
  if (typeof f === "number") return `n:${Object.is(f, -0) ? "0" : String(f)}`;
  if (typeof f === "boolean") return `b:${String(f)}`;
  return `s:${JSON.stringify(f)}`;
}

/** "sha256:…": a deterministic hash of the figures by code and role, independent of their order given. */
export function fingerprintOf(figures: readonly ReportFigure[]): string {
  const text = sortFigures(figures).map((f) => `${f.code}\t${f.role}\t${canonicalFigure(f.figure)}\n`).join("");
  return `sha256:${sha256Hex(text)}`;
}

export interface FigureChange {
  readonly code: IndicatorCode;
  readonly role: InputRole;
  /** undefined: the cell did not exist then (a new indicator or column). */
  readonly before: MarkedFigure | undefined;
  readonly after: MarkedFigure | undefined;
}

const key = (f: { code: string; role: string }): string => `${f.code}\u0000${f.role}`;

/** What differs between two sets of figures, sorted by code and role. Text compares NFC and trimmed. */
export function figureChanges(before: readonly ReportFigure[], after: readonly ReportFigure[]): readonly FigureChange[] {
  const old = new Map(before.map((f) => [key(f), f]));
  const now = new Map(after.map((f) => [key(f), f]));
  const changes: FigureChange[] = [];
  for (const [k, a] of now) {
    const b = old.get(k);
    if (b === undefined) {
      if (a.figure !== null) changes.push({ code: a.code, role: a.role, before: undefined, after: a.figure });
    } else if (figureChanged(b.figure, a.figure)) {
      changes.push({ code: a.code, role: a.role, before: b.figure, after: a.figure });
    }
  }
  for (const [k, b] of old) {
    if (!now.has(k) && b.figure !== null) changes.push({ code: b.code, role: b.role, before: b.figure, after: undefined });
  }
  return [...changes].sort(compareFigureKeys);
}

/** The indicators a list of changes touches, in code order, each once. */
export const changedCodes = (changes: readonly FigureChange[]): readonly IndicatorCode[] =>
  [...new Set(changes.map((c) => c.code))].sort();
