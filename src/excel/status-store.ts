// The report's status inside the workbook: its history in a very hidden "_ChiTieuStatus" sheet (as
// review marks are kept in "_ChiTieuReview", for the same reasons: it survives every Excel,
// LibreOffice and our stand-in host, and users cannot unhide it by accident), read by the add-in
// and by the command line alike. Core decides every transition; this module reads, then writes
// what core decided in one sync: the event's rows, and on approval the figures' cells locked.
//
// Round trips: a status read is the report sheet and the status sheet's lookup in one sync, then
// the status sheet's cells (only when it exists: a method on a null object is not queued). An
// action adds one write sync.
//
// APIs: worksheets.getItem / getItemOrNullObject (ExcelApi 1.1 / 1.4), getUsedRangeOrNullObject
// (1.4), Worksheet.visibility (1.2), getRangeByIndexes (1.7), Range.format.protection.locked and
// WorksheetProtection protected/options/protect/unprotect (1.2): all within the 1.7 minimum.
import type { ExcelFailure } from "./addin-api";
import type { SheetReading } from "../core/reading";
import { decideStatus, type StatusEvent, type StatusRefusal, type StatusRequest } from "../core/status/report-status";
import { eventToRows, rowsToEvents, statusHeaderRow, STATUS_COLUMNS } from "../core/status/status-rows";
import { statusViewOf, type StatusView } from "../core/status/status-view";
import { groupIntoRects, parseCell, rectAddress, splitQualified } from "./a1";
import { evaluateSnapshot, type Evaluation } from "./evaluate";
import { describeError, isItemNotFound } from "./office-errors";
import { USER_ACTION } from "./protection";
import { queueSheetRead } from "./read-sheet";

export const STATUS_SHEET_NAME = "_ChiTieuStatus";
const WIDTH = STATUS_COLUMNS.length + 1;

export type StatusOutcome = { readonly ok: true; readonly sheetName: string; readonly view: StatusView } | ExcelFailure;

export type StatusActionOutcome =
  | { readonly ok: true; readonly sheetName: string; readonly view: StatusView; readonly event: StatusEvent }
  /** Core refused (errors remain, no reasons, not a transition): nothing was written. */
  | { readonly ok: false; readonly reason: "refused"; readonly refusal: StatusRefusal; readonly sheetName: string; readonly view: StatusView }
  | ExcelFailure;

interface Read {
  readonly evaluated: Evaluation;
  readonly history: readonly StatusEvent[];
  readonly statusSheet: Excel.Worksheet | null;
  /** The row below the last used row of the status sheet (0 when it has none). */
  readonly nextRow: number;
  readonly protection: { readonly protected: boolean; readonly options: Excel.WorksheetProtectionOptions };
  readonly sheet: Excel.Worksheet;
}

/** Queues and syncs the read: the report sheet with the status sheet's lookup, then the history. */
async function readAll(context: Excel.RequestContext, sheetName: string): Promise<Read> {
  const sheets = context.workbook.worksheets;
  const sheet = sheets.getItem(sheetName);
  sheet.load("name,protection/protected,protection/options");
  const report = queueSheetRead(sheet);
  const found = sheets.getItemOrNullObject(STATUS_SHEET_NAME);
  await context.sync();
  const protection = { protected: sheet.protection.protected, options: sheet.protection.options };
  const { history, nextRow } = await statusHistoryOf(context, found);
  return {
    evaluated: evaluateSnapshot(report(sheetName)),
    history,
    statusSheet: found.isNullObject ? null : found,
    nextRow,
    protection,
    sheet,
  };
}

/**
 * After the sync that looked the status sheet up (getItemOrNullObject(STATUS_SHEET_NAME), queued
 * with the caller's own reads): its history, one more sync when it exists, none when it does not.
 */
export async function statusHistoryOf(context: Excel.RequestContext, found: Excel.Worksheet): Promise<{ readonly history: readonly StatusEvent[]; readonly nextRow: number }> {
  if (found.isNullObject) return { history: [], nextRow: 0 };
  const used = found.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,rowCount");
  await context.sync();
  if (used.isNullObject) return { history: [], nextRow: 0 };
  return { history: rowsToEvents(used.values).events, nextRow: used.rowIndex + used.rowCount };
}

const failure = (e: unknown, sheetName: string): ExcelFailure =>
  isItemNotFound(e) ? { ok: false, reason: "no-sheet", sheetName } : { ok: false, reason: "excel-error", detail: describeError(e) };

/** The status of a report sheet, with what changed since approval and since the last round. */
export async function readReportStatus(sheetName: string): Promise<StatusOutcome> {
  try {
    return await Excel.run(USER_ACTION, async (context) => {
      const read = await readAll(context, sheetName);
      if (!read.evaluated.ok) return read.evaluated;
      return { ok: true as const, sheetName, view: statusViewOf(read.history, read.evaluated.reading, read.evaluated.result) };
    });
  } catch (e) {
    return failure(e, sheetName);
  }
}

/** Submits, returns or approves the report as core decides; a refusal writes nothing. */
export async function applyStatusAction(sheetName: string, request: StatusRequest): Promise<StatusActionOutcome> {
  try {
    return await Excel.run(USER_ACTION, async (context) => {
      const read = await readAll(context, sheetName);
      if (!read.evaluated.ok) return read.evaluated;
      const { reading, result } = read.evaluated;
      const before = statusViewOf(read.history, reading, result);
      const decision = decideStatus(before.status, request, { reading, result });
      if (!decision.ok) return { ok: false as const, reason: "refused" as const, refusal: decision.refusal, sheetName, view: before };
      queueEventRows(context, read, decision.event);
      // Approved means locked; a return reopens an approved report for its fix.
      if (decision.event.action === "approve") queueFigureLocks(read, reading, true);
      else if (before.status.state === "approved") queueFigureLocks(read, reading, false);
      await context.sync();
      const history = [...read.history, decision.event];
      return { ok: true as const, sheetName, view: statusViewOf(history, reading, result), event: decision.event };
    });
  } catch (e) {
    return failure(e, sheetName);
  }
}

/** Appends the event's rows, as text, creating the very hidden sheet on first use. */
function queueEventRows(context: Excel.RequestContext, read: Read, event: StatusEvent): void {
  const rows: string[][] = eventToRows(event).map((r) => [...r]);
  let sheet = read.statusSheet;
  const first = read.nextRow;
  if (sheet === null) {
    sheet = context.workbook.worksheets.add(STATUS_SHEET_NAME);
    sheet.visibility = Excel.SheetVisibility.veryHidden;
  }
  if (first === 0) rows.unshift([...statusHeaderRow()]);
  const target = sheet.getRangeByIndexes(first, 0, rows.length, WIDTH);
  target.numberFormat = rows.map((r) => r.map(() => "@"));
  target.values = rows;
}

/**
 * Locks (or unlocks again) exactly the report's input cells, in as few rectangles as they form,
 * and leaves the sheet protected with the options it had (a sheet found unprotected is protected:
 * approved means locked).
 */
function queueFigureLocks(read: Read, reading: SheetReading, locked: boolean): void {
  const refs = reading.indicators.flatMap((i) =>
    Object.values(i.cells).flatMap((c) => {
      const split = c === undefined ? null : splitQualified(c.address);
      return split === null ? [] : [parseCell(split.address)];
    }),
  );
  if (read.protection.protected) read.sheet.protection.unprotect();
  for (const rect of groupIntoRects(refs)) read.sheet.getRange(rectAddress(rect)).format.protection.locked = locked;
  const options: Excel.WorksheetProtectionOptions = read.protection.protected ? read.protection.options : { allowFormatColumns: true, allowFormatRows: true };
  read.sheet.protection.protect(options);
}
