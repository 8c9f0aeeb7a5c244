// The summary for the provincial committee, in Excel: a "Tổng hợp" sheet added or refreshed in
// the open workbook, or a new workbook Excel opens for the user to save and send.
//
// Requirement sets (@types/office-js `[Api set]` tags, checked against Microsoft's reference):
// worksheets.add / getItemOrNullObject / delete / activate, Range.values 1.1 and 1.4 (…OrNullObject);
// everything queueSheetPlan writes at 1.1-1.7, its page layout at 1.9 (skipped below it);
// Excel.createWorkbook(base64) 1.8. The bytes come from src/xlsx, loaded lazily so that ExcelJS
// reaches the pane only when someone exports.
import type { HostFacts } from "./addin-api";
import type { SheetPlan } from "../core/sheet-plan";
import { summaryWords } from "../core/summary-sheet/summary-words";
import { sheetPlanParts } from "./apply-plan";
import { WRITE_BAND_BYTES } from "./load-template";
import { describeError } from "./office-errors";

export type SummarySheetOutcome =
  | { readonly ok: true; readonly sheetName: string; readonly pageSetup: boolean }
  | { readonly ok: false; readonly reason: "host-error"; readonly detail: string };

export type SummaryWorkbookOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "not-supported" | "host-error"; readonly detail: string };

/** The cell where every summary sheet holds the quốc hiệu: how the add-in recognises a sheet it wrote. */
const MARK_CELL = "F1";
const isOurSummary = (value: unknown): boolean =>
  value === summaryWords("vi").nation || value === summaryWords("en").nation;

/**
 * A sheet name for the summary: the plan's name when that sheet is free or is an older summary
 * (then it is replaced); "Tổng hợp (2)", "(3)"… when someone's own sheet already carries it, so
 * that nothing staff wrote is ever deleted.
 */
export function summarySheetName(wanted: string, taken: readonly string[], ours: boolean): string {
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase("vi-VN")));
  if (!lower.has(wanted.toLocaleLowerCase("vi-VN")) || ours) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!lower.has(candidate.toLocaleLowerCase("vi-VN"))) return candidate;
  }
}

/**
 * Adds the summary sheet to the open workbook, or rebuilds the one an earlier export wrote.
 * Two round trips: one to learn the sheet names (and whether "Tổng hợp" is ours), one to write.
 */
export async function writeSummarySheet(plan: SheetPlan, facts: HostFacts): Promise<SummarySheetOutcome> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const existing = sheets.items.find((s) => s.name.toLocaleLowerCase("vi-VN") === plan.name.toLocaleLowerCase("vi-VN"));
      let ours = false;
      if (existing !== undefined) {
        const mark = existing.getRange(MARK_CELL);
        mark.load("values");
        await context.sync();
        ours = isOurSummary(mark.values[0][0]);
      }
      const name = summarySheetName(plan.name, sheets.items.map((s) => s.name), ours);
      // A fresh sheet rather than a cleared one: an older summary with more rows leaves nothing behind.
      if (existing !== undefined && ours) existing.delete();
      const sheet = sheets.add(name);
      // Excel on the web refuses requests over 5 MB: a summary of a few thousand indicators is
      // written in bands, one sync each, as load-template writes a large report sheet.
      const parts = sheetPlanParts(sheet, { ...plan, name }, facts, { isProtected: false }, WRITE_BAND_BYTES);
      parts.start();
      for (let i = 0; i < parts.bands.length - 1; i++) {
        parts.bands[i]();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the payload limit forces one sync per band
        await context.sync();
      }
      parts.bands[parts.bands.length - 1]?.();
      parts.end();
      sheet.activate();
      await context.sync();
      return { ok: true as const, sheetName: name, pageSetup: facts.supports.pageLayout && plan.pageSetup !== undefined };
    });
  } catch (error) {
    return { ok: false, reason: "host-error", detail: describeError(error) };
  }
}

/** The summary's .xlsx bytes, built by src/xlsx (loaded on first use). */
export async function summaryBytes(plan: SheetPlan): Promise<Uint8Array> {
  const { summaryWorkbookBytes } = await import(/* webpackChunkName: "xlsx-summary" */ "../xlsx/summary-workbook");
  return summaryWorkbookBytes(plan);
}

/** Opens the summary as a new workbook (ExcelApi 1.8) with its full page setup; the user saves and sends it. */
export async function openSummaryWorkbook(plan: SheetPlan, facts: HostFacts): Promise<SummaryWorkbookOutcome> {
  if (!facts.supports.createWorkbook) return { ok: false, reason: "not-supported", detail: "ExcelApi 1.8" };
  try {
    const { summaryWorkbookBytes, base64OfBytes } = await import(/* webpackChunkName: "xlsx-summary" */ "../xlsx/summary-workbook");
    await Excel.createWorkbook(base64OfBytes(await summaryWorkbookBytes(plan)));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: "host-error", detail: describeError(error) };
  }
}
