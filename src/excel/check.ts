// Check and highlight: read the whole sheet in one sync, let core validate it, write the
// status column and the notes in one sync. Two round trips whatever the number of indicators
// (the read is one used-range load; the write is one 2D array and one note per flagged cell).
// The colours themselves come from the conditional formats the template sheet already has:
// they follow the figures live, with or without the add-in.
//
// APIs: getItem / getActiveWorksheet, Range.values (1.1), getUsedRangeOrNullObject (1.4),
// WorksheetProtection protected/options/protect/unprotect (1.2), comments and replies (1.10),
// Comment.resolved (1.11), notes (1.18, only to sweep an earlier version's).
import type { CheckOutcome, HostFacts } from "./addin-api";
import { planCheckWrite, type CheckWritePlan } from "../core/layout/check-write";
import { boundingRect, parseCell, rectAddress, rectRows } from "./a1";
import { marksFor, queueMarksRead, queueMarksWrite, queueThreadLocations, type MarksRead, type ThreadsLocated } from "./cell-marks";
import { evaluateSnapshot } from "./evaluate";
import { hostFacts } from "./host-facts";
import { describeError, isItemNotFound } from "./office-errors";
import { restoreProtection, USER_ACTION, withProtectionNote } from "./protection";
import { queueSheetRead, queueTableRead } from "./read-sheet";

/** The sheet's own words are Vietnamese: it is an official record, whoever opens it. */
const SHEET_LANG = "vi" as const;

export async function check(sheetName?: string, facts?: HostFacts): Promise<CheckOutcome> {
  const host = facts ?? (await hostFacts());
  // The protection as the first attempt found it: a failed write batch may have left the sheet
  // unprotected (Excel applies a batch's commands up to the failing one), and the retry must
  // still protect it again.
  const found: FoundProtection = { value: null, sheetName: null };
  try {
    return await runCheck(sheetName, host, true, found);
  } catch (e) {
    if (isItemNotFound(e) && sheetName !== undefined) return { ok: false, reason: "no-sheet", sheetName };
    if (marksFor(host) === "none") return { ok: false, reason: "excel-error", detail: await afterFailedWrite(describeError(e), found) };
    // The marks failed (a note of the user's own on a flagged cell): the status column is what
    // matters, so check again without marks rather than leave the sheet unmarked.
    try {
      return await runCheck(sheetName, host, false, found);
    } catch (again) {
      return { ok: false, reason: "excel-error", detail: await afterFailedWrite(describeError(again), found) };
    }
  }
}

/**
 * The write failed (both attempts, where there were two): it may have unprotected the sheet before
 * failing. Protect it again where it was protected when the check began (nothing to do when the
 * read itself failed: nothing was written).
 */
async function afterFailedWrite(detail: string, found: FoundProtection): Promise<string> {
  if (found.value === null || !found.value.protected || found.sheetName === null) return detail;
  return withProtectionNote(detail, await restoreProtection(found.sheetName, found.value.options));
}

interface FoundProtection {
  value: { readonly protected: boolean; readonly options: Excel.WorksheetProtectionOptions } | null;
  /** The checked sheet's name, once read. */
  sheetName: string | null;
}

async function runCheck(sheetName: string | undefined, facts: HostFacts, withMarks: boolean, found: FoundProtection): Promise<CheckOutcome> {
  // A user still typing in a cell when they click Check: wait for Enter rather than fail.
  return Excel.run(USER_ACTION, async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
    const marks = withMarks ? marksFor(facts) : "none";
    sheet.load("name");
    sheet.protection.load("protected,options");
    const read = queueTableRead(sheet);
    const marksRead = queueMarksRead(sheet, marks, facts);
    await context.sync();

    let snapshot = read.snapshot(sheet.name);
    // Columns inserted before the marker moved it past the columns read (rare): one more sync.
    if (read.wholeNeeded(snapshot)) {
      const whole = queueSheetRead(sheet);
      await context.sync();
      snapshot = whole(sheet.name);
    }
    const evaluated = evaluateSnapshot(snapshot);
    if (!evaluated.ok) return evaluated;
    const plan = planCheckWrite(evaluated.reading, evaluated.result, SHEET_LANG, evaluated.template, evaluated.layout);
    // This attempt's own reading decides whether to unprotect: a failed first write may have left the
    // sheet unprotected, and Excel builds refuse to unprotect an unprotected sheet (office-js #6784).
    // The first attempt's reading decides how to protect it again.
    const now = protectionOf(sheet.protection);
    found.value ??= now;
    found.sheetName = sheet.name;
    // Threads with a reviewer's reply are kept, so their cells must be known (rare: one more sync).
    const threads = queueThreadLocations(marksRead);
    if (threads.pending) await context.sync();
    queueCheckWrite(sheet, plan, marksRead, threads, { unprotect: now.protected, protectAgain: found.value.protected ? found.value : now });
    await context.sync();
    return { ok: true, sheetName: sheet.name, reading: evaluated.reading, result: evaluated.result, marks };
  });
}

/** Read in the read sync: re-protect with exactly what the sheet allowed before. */
const protectionOf = (protection: Excel.WorksheetProtection): NonNullable<FoundProtection["value"]> => ({
  protected: protection.protected,
  options: protection.options,
});

/** Queues the status column and the marks, unprotecting around them when the sheet is protected now. */
function queueCheckWrite(
  sheet: Excel.Worksheet,
  plan: CheckWritePlan,
  marks: MarksRead,
  threads: ThreadsLocated,
  protection: { readonly unprotect: boolean; readonly protectAgain: NonNullable<FoundProtection["value"]> },
): void {
  if (protection.unprotect) sheet.protection.unprotect();
  queueStatusColumn(sheet, plan);
  queueFormulas(sheet, plan);
  queueTags(sheet, plan);
  queueMarksWrite(sheet, marks, threads, plan);
  if (protection.protectAgain.protected) sheet.protection.protect(protection.protectAgain.options);
}

/**
 * The formulas of rows whose inputs became text or are shown in a percent format, one range per
 * run of adjacent cells in a row (a few runs per such row; rows of plain numbers have none).
 * Range.formulas, ExcelApi 1.1.
 */
function queueFormulas(sheet: Excel.Worksheet, plan: CheckWritePlan): void {
  const refs = plan.formulas.map((c) => ({ ...parseCell(c.address), formula: c.formula }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  let run: typeof refs = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const first = run[0];
    const last = run[run.length - 1];
    sheet.getRange(rectAddress({ top: first.row, bottom: first.row, left: first.col, right: last.col })).formulas = [run.map((r) => r.formula)];
    run = [];
  };
  for (const ref of refs) {
    const prev = run[run.length - 1];
    if (prev !== undefined && (prev.row !== ref.row || prev.col + 1 !== ref.col)) flush();
    run.push(ref);
  }
  flush();
}

/** The row tags in the marks column (rows whose formulas weigh a percent format; rare): one cell each. Range.values, ExcelApi 1.1. */
function queueTags(sheet: Excel.Worksheet, plan: CheckWritePlan): void {
  for (const tag of plan.tags) sheet.getRange(tag.address).values = [[tag.value]];
}

/** The status cells as one column array from the first to the last indicator row (null skips a row between). */
function queueStatusColumn(sheet: Excel.Worksheet, plan: CheckWritePlan): void {
  const refs = plan.cells.map((c) => ({ ...parseCell(c.address), value: c.value }));
  const bounds = boundingRect(refs);
  if (bounds === null) return;
  if (bounds.left !== bounds.right) throw new Error("planCheckWrite bug: status cells span more than one column");
  const column: (string | null)[][] = Array.from({ length: rectRows(bounds) }, () => [null]);
  for (const ref of refs) column[ref.row - bounds.top][0] = ref.value;
  sheet.getRange(rectAddress(bounds)).values = column;
}
