// The report status history as rows of a worksheet (the very hidden "_ChiTieuStatus" sheet that
// carries it inside the workbook, read by the add-in and by the command line alike). Every cell is
// text, so no host turns a date or "920.000" into a number; figures keep their type as JSON.
// One event row, then its figure rows and its change rows, tied to it by sheet, round, action and date.
import { indicatorCode } from "../indicator";
import { INPUT_ROLES, type InputRole } from "../reading";
import type { MarkedFigure } from "../review/review-mark";
import type { ReportFigure } from "./report-figures";
import { STATUS_ACTIONS, type RoundChange, type StatusAction, type StatusEvent } from "./report-status";

export const STATUS_ROWS_FORMAT = "chitieu-status-1";

export const STATUS_COLUMNS = [
  "kind", "sheet", "round", "action", "date", "name", "role", "text", "fingerprint", "code", "inputRole", "before", "after",
] as const;
type Column = (typeof STATUS_COLUMNS)[number];
type Kind = "event" | "figure" | "change";

export type StatusRow = readonly string[];

/** The first row: the format tag, then the column names. */
export const statusHeaderRow = (): StatusRow => [STATUS_ROWS_FORMAT, ...STATUS_COLUMNS];

const row = (values: Partial<Record<Column, string>>): StatusRow => ["", ...STATUS_COLUMNS.map((c) => values[c] ?? "")];

/** JSON, with "" for a figure that did not exist (a cell added or removed between rounds). */
const figureText = (f: MarkedFigure | undefined): string => (f === undefined ? "" : JSON.stringify(f));

/** The rows of one event: the event, its figures, its changes. */
export function eventToRows(e: StatusEvent): readonly StatusRow[] {
  const id = { sheet: e.sheet, round: String(e.round), action: e.action, date: e.date };
  return [
    row({ kind: "event", ...id, name: e.actor.name, role: e.actor.role, text: JSON.stringify(e.reasons), fingerprint: e.fingerprint }),
    ...e.figures.map((f) => row({ kind: "figure", ...id, code: f.code, inputRole: f.role, after: figureText(f.figure) })),
    ...e.changes.map((c) => row({ kind: "change", ...id, code: c.code, inputRole: c.role, before: figureText(c.before), after: figureText(c.after), text: c.reason })),
  ];
}

export const eventsToRows = (events: readonly StatusEvent[]): readonly StatusRow[] => events.flatMap(eventToRows);

function parseFigure(s: string): MarkedFigure | undefined | "bad" {
  if (s === "") return undefined;
  try {
    const v: unknown = JSON.parse(s);
    return v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : "bad";
  } catch {
    return "bad";
  }
}

function parseReasons(s: string): readonly string[] | null {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) && v.every((x) => typeof x === "string") ? v : null;
  } catch {
    return null;
  }
}

const cellText = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
const isAction = (s: string): s is StatusAction => (STATUS_ACTIONS as readonly string[]).includes(s);
const isRole = (s: string): s is InputRole => (INPUT_ROLES as readonly string[]).includes(s);

export interface ParsedStatusRows {
  readonly events: readonly StatusEvent[];
  /** 1-based rows that could not be read (edited by hand, truncated). */
  readonly skippedRows: readonly number[];
}

interface Building {
  event: Omit<StatusEvent, "figures" | "changes">;
  figures: ReportFigure[];
  changes: RoundChange[];
}

/**
 * Reads rows as a host returns them (numbers may come back for "1"). A sheet without our header
 * yields no events: a damaged history must not block anyone; the report then starts as a draft.
 */
export function rowsToEvents(rows: readonly (readonly unknown[])[]): ParsedStatusRows {
  if (rows.length === 0 || cellText(rows[0][0]) !== STATUS_ROWS_FORMAT) {
    return { events: [], skippedRows: rows.map((_, i) => i + 1) };
  }
  const index = new Map<string, number>(rows[0].map((h, i) => [cellText(h), i]));
  const built: Building[] = [];
  const byId = new Map<string, Building>();
  const skippedRows: number[] = [];
  for (let r = 1; r < rows.length; r++) {
    const get = (c: Column): string => {
      const i = index.get(c);
      return i === undefined ? "" : cellText(rows[r][i]).normalize("NFC");
    };
    if (rows[r].every((v) => cellText(v) === "")) continue;
    const action = get("action");
    const round = Number(get("round"));
    const id = [get("sheet"), get("round"), action, get("date")].join("\u0000");
    const skip = () => skippedRows.push(r + 1);
    if (get("sheet") === "" || !isAction(action) || !Number.isInteger(round) || round < 0 || get("date") === "") {
      skip();
      continue;
    }
    const kind = get("kind") as Kind;
    if (kind === "event") {
      const reasons = parseReasons(get("text"));
      if (reasons === null || get("fingerprint") === "") {
        skip();
        continue;
      }
      const b: Building = {
        event: { sheet: get("sheet"), round, action, date: get("date"), actor: { name: get("name"), role: get("role") }, reasons, fingerprint: get("fingerprint") },
        figures: [],
        changes: [],
      };
      built.push(b);
      byId.set(id, b);
      continue;
    }
    const owner = byId.get(id);
    const role = get("inputRole");
    const before = parseFigure(get("before"));
    const after = parseFigure(get("after"));
    if (owner === undefined || get("code") === "" || !isRole(role) || before === "bad" || after === "bad") {
      skip();
      continue;
    }
    const code = indicatorCode(get("code"));
    if (kind === "figure" && after !== undefined) owner.figures.push({ code, role, figure: after });
    else if (kind === "change") owner.changes.push({ code, role, before, after, reason: get("text") });
    else skip();
  }
  return { events: built.map((b) => ({ ...b.event, figures: b.figures, changes: b.changes })), skippedRows };
}
