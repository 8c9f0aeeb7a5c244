// Live re-checks as staff type: Worksheet.onChanged (ExcelApi 1.7) re-reads what changed,
// core re-validates, the pane's findings update. The handler NEVER writes to the sheet: a write
// would clear the user's undo history and raise onChanged again; the conditional formats
// already colour the cells as they change.
//
// What is re-read: one row changed (typing, or a small edit) → just that address, patched into
// the snapshot kept since the last read; several rows, or rows/cells inserted or deleted (a
// paste, which bypasses data validation and below 1.9 cannot be told from typing; a structural
// change that moves rows) → the table's columns again (read-sheet.ts's queueTableRead). One sync
// either way (two where inserted columns moved the marker past the columns read).
//
// The add-in's own writes raise onChanged too. From ExcelApi 1.14 the event says so
// (triggerSource "ThisLocalAddin") and is skipped. Below 1.14 the check's writes are told by
// where they land: the status column only (the sheet's own, found by readSheet), which holds nothing core reads.
import type { CheckOutcome, ExcelFailure, HostFacts, LiveUpdate, Unsubscribe } from "./addin-api";
import { col } from "../core/layout/columns";
import type { SheetSnapshot, SnapshotCell } from "../core/snapshot";
import { parseRange, rectRows, type Rect } from "./a1";
import { evaluateSnapshot, type Evaluation } from "./evaluate";
import { apiMinor, hostFacts } from "./host-facts";
import { describeError, isItemNotFound } from "./office-errors";
import { USER_ACTION } from "./protection";
import { queueRangeRead, queueSheetRead, queueTableRead, type SnapshotThunk, type TableRead } from "./read-sheet";

/** triggerSource on change events: ExcelApi 1.14. */
const TRIGGER_SOURCE_LEVEL = 14;

export async function watch(
  onUpdate: (update: LiveUpdate) => void,
  sheetName?: string,
  facts?: HostFacts,
): Promise<Unsubscribe | ExcelFailure> {
  const host = facts ?? (await hostFacts());
  const seesTrigger = host.apiLevel !== null && apiMinor(host.apiLevel) >= TRIGGER_SOURCE_LEVEL;
  let snapshot: SheetSnapshot;
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  let queue: Promise<void> = Promise.resolve();
  // Where the check writes on this sheet: a sheet of an earlier layout has its status column further left.
  let statusColumn = col("status");

  const handle = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (seesTrigger && event.triggerSource === "ThisLocalAddin") return;
    // Rows or cells inserted or deleted move the table, and their address may be whole rows
    // ("5:5"): re-read everything. So for an address this module cannot place.
    const rect = event.changeType === "RangeEdited" ? tryParseRange(event.address) : null;
    if (rect !== null && rect.left === statusColumn && rect.right === statusColumn) return;
    const whole = rect === null || rectRows(rect) > 1;
    try {
      snapshot = await reread(event.worksheetId, whole ? null : event.address, snapshot);
      const evaluated = evaluateSnapshot(snapshot);
      if (evaluated.ok) statusColumn = evaluated.layout.statusColumn;
      onUpdate({ sheetName: snapshot.name, changed: event.address, reread: whole ? "table" : "cells", outcome: outcomeOf(snapshot.name, evaluated) });
    } catch (e) {
      onUpdate({ sheetName: snapshot.name, changed: event.address, reread: whole ? "table" : "cells", outcome: { ok: false, reason: "excel-error", detail: describeError(e) } });
    }
  };

  try {
    const started = await Excel.run(USER_ACTION, async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
      sheet.load("name");
      const read = queueTableRead(sheet);
      // Events arrive in order; each is handled after the one before, so snapshots never interleave.
      const added = sheet.onChanged.add((event) => {
        queue = queue.then(() => handle(event));
        return queue;
      });
      await context.sync();
      return { snapshot: await wholeIfNeeded(context, sheet, read), added };
    });
    snapshot = started.snapshot;
    registration = started.added;
  } catch (e) {
    if (isItemNotFound(e) && sheetName !== undefined) return { ok: false, reason: "no-sheet", sheetName };
    return { ok: false, reason: "excel-error", detail: describeError(e) };
  }
  const first = evaluateSnapshot(snapshot);
  if (!first.ok) {
    await removeHandler(registration);
    return first;
  }
  statusColumn = first.layout.statusColumn;
  return () => removeHandler(registration);
}

async function removeHandler(registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>): Promise<void> {
  await Excel.run(registration.context, async (context) => {
    registration.remove();
    await context.sync();
  });
}

function tryParseRange(address: string): Rect | null {
  try {
    return parseRange(address);
  } catch {
    return null;
  }
}

function outcomeOf(sheetName: string, evaluated: Evaluation): CheckOutcome {
  if (!evaluated.ok) return evaluated;
  return { ok: true, sheetName, reading: evaluated.reading, result: evaluated.result, marks: "none" };
}

/** One sync: the whole used range (address null) or one address patched into the kept snapshot. */
async function reread(worksheetId: string, address: string | null, kept: SheetSnapshot): Promise<SheetSnapshot> {
  // Enter moves to the next cell and staff often type straight on: Excel serves no request while a
  // cell is being edited, so the re-read waits for that Enter instead of failing
  // (Excel.RunOptions.delayForCellEdit).
  return Excel.run(USER_ACTION, async (context) => {
    const sheet = context.workbook.worksheets.getItem(worksheetId);
    sheet.load("name");
    if (address === null) {
      const table = queueTableRead(sheet);
      await context.sync();
      return wholeIfNeeded(context, sheet, table);
    }
    const read: SnapshotThunk = queueRangeRead(sheet, address);
    await context.sync();
    return patch(kept, read(sheet.name), parseRange(address), sheet.name);
  });
}

/** The table read, or the whole sheet where columns inserted before the marker moved it past the columns read (one more sync). */
async function wholeIfNeeded(context: Excel.RequestContext, sheet: Excel.Worksheet, read: TableRead): Promise<SheetSnapshot> {
  const snapshot = read.snapshot(sheet.name);
  if (!read.wholeNeeded(snapshot)) return snapshot;
  const whole = queueSheetRead(sheet);
  await context.sync();
  return whole(sheet.name);
}

/** The kept snapshot with the re-read rectangle's cells and their number formats replaced (a renamed sheet takes its new name). */
export function patch(kept: SheetSnapshot, fresh: SheetSnapshot, rect: Rect, name: string): SheetSnapshot {
  const values = patched(kept.values, fresh.values, rect);
  if (kept.numberFormats === undefined && fresh.numberFormats === undefined) return { ...kept, name, values };
  return { ...kept, name, values, numberFormats: patched(kept.numberFormats ?? [], fresh.numberFormats ?? [], rect) };
}

function patched<T extends SnapshotCell | string>(kept: readonly (readonly (T | null)[])[], fresh: readonly (readonly (T | null)[])[], rect: Rect): (T | null)[][] {
  const out: (T | null)[][] = kept.map((row) => [...row]);
  for (let r = rect.top; r <= rect.bottom; r++) {
    while (out.length < r) out.push([]);
    const row = out[r - 1];
    for (let c = rect.left; c <= rect.right; c++) {
      while (row.length < c) row.push(null);
      row[c - 1] = fresh[r - 1]?.[c - 1] ?? null;
    }
  }
  return out;
}
