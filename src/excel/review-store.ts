// Review marks live in the workbook itself, in a very hidden worksheet, so that a second
// reviewer who opens the saved file sees the first one's marks. A very hidden sheet survives
// every Excel (desktop, Mac, web), LibreOffice and our stand-in host, unlike document settings
// (lost by LibreOffice) or custom XML parts (dropped by some converters); users cannot unhide it
// from the Excel UI, so marks are not edited by accident.
//
// APIs: worksheets.getItemOrNullObject / getUsedRangeOrNullObject (ExcelApi 1.4), setting
// Worksheet.visibility (1.2), getRangeByIndexes (1.7): all within the manifest's 1.7 minimum.
import type { ReviewMark } from "../core/review/review-mark";
import { markToRow, reviewHeaderRow, rowsToMarks, REVIEW_COLUMNS } from "../core/review/review-rows";

export const REVIEW_SHEET_NAME = "_ChiTieuReview";
const WIDTH = REVIEW_COLUMNS.length + 1;

export type ReviewReadResult =
  | { readonly ok: true; readonly marks: readonly ReviewMark[]; readonly skippedRows: readonly number[] }
  | { readonly ok: false; readonly reason: "read-failed"; readonly detail: string };

export type ReviewWriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "write-failed"; readonly detail: string };

const describe = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Every mark stored in the workbook, oldest first. A workbook without the sheet has none. */
export async function readReviewMarks(): Promise<ReviewReadResult> {
  try {
    return await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(REVIEW_SHEET_NAME);
      await context.sync();
      if (sheet.isNullObject) return { ok: true as const, marks: [], skippedRows: [] };
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      if (used.isNullObject) return { ok: true as const, marks: [], skippedRows: [] };
      const parsed = rowsToMarks(used.values);
      return { ok: true as const, marks: parsed.marks, skippedRows: parsed.skippedRows };
    });
  } catch (e) {
    return { ok: false, reason: "read-failed", detail: describe(e) };
  }
}

/**
 * Appends marks below the ones already stored (history is kept: the latest mark of a cell
 * stands). Creates the very hidden sheet on first use. Cells are formatted as text before the
 * values are written so that Excel does not turn an ISO date or "920.000" into a number.
 */
export async function appendReviewMarks(marks: readonly ReviewMark[]): Promise<ReviewWriteResult> {
  if (marks.length === 0) return { ok: true };
  try {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(REVIEW_SHEET_NAME);
      await context.sync();
      let firstRow = 0;
      const rows: string[][] = marks.map((m) => [...markToRow(m)]);
      let sheet: Excel.Worksheet;
      if (existing.isNullObject) {
        sheet = sheets.add(REVIEW_SHEET_NAME);
        sheet.visibility = Excel.SheetVisibility.veryHidden;
        rows.unshift([...reviewHeaderRow()]);
      } else {
        sheet = existing;
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load(["rowIndex", "rowCount"]);
        await context.sync();
        if (used.isNullObject) rows.unshift([...reviewHeaderRow()]);
        else firstRow = used.rowIndex + used.rowCount;
      }
      const target = sheet.getRangeByIndexes(firstRow, 0, rows.length, WIDTH);
      target.numberFormat = rows.map((r) => r.map(() => "@"));
      target.values = rows;
      await context.sync();
    });
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: "write-failed", detail: describe(e) };
  }
}
