// The Excel side of template authoring (loaded with the authoring step, never at start-up).
// Reading the user's table never writes to it: one Excel.run, one sync (the selection, the
// active sheet and its used range are loaded together).
//
// APIs: Workbook.getSelectedRange, worksheets.getActiveWorksheet (ExcelApi 1.1),
// getUsedRangeOrNullObject (1.4); the store's in template-store.ts.
import type { SheetSnapshot } from "../core/snapshot";
import type { HostFacts } from "./addin-api";
import type { AuthoringApi, TableRead } from "./authoring-api";
import { parseRange, type Rect } from "./a1";
import { downloadAllowed, offerDownload } from "./export-summary-download";
import { describeError } from "./office-errors";
import { queueSheetRead } from "./read-sheet";
import { readStoredTemplates, storeTemplate } from "./template-store";

/** The cells inside `r`, at their own rows and columns (null around them). */
function crop(s: SheetSnapshot, r: Rect): SheetSnapshot {
  const values = s.values.slice(0, r.bottom).map((row, i) =>
    i + 1 < r.top ? [] : Array.from({ length: Math.min(row.length, r.right) }, (_, c) => (c + 1 < r.left ? null : row[c] ?? null)));
  return { name: s.name, values };
}

export async function readTable(): Promise<TableRead> {
  try {
    return await Excel.run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load("address,cellCount");
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const read = queueSheetRead(sheet);
      await context.sync();
      const whole = read(sheet.name);
      // One cell selected: the user means "this sheet"; a block: that block is the table.
      const onSheet = selection.address.includes("!") ? selection.address.slice(0, selection.address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'") === sheet.name : true;
      if (selection.cellCount <= 1 || !onSheet) return { ok: true as const, snapshot: whole, selection: null };
      const bare = selection.address.slice(selection.address.lastIndexOf("!") + 1);
      return { ok: true as const, snapshot: crop(whole, parseRange(bare)), selection: bare };
    });
  } catch (e) {
    return { ok: false, reason: "excel-error", detail: describeError(e) };
  }
}

const JSON_TYPE = "application/json";

export function createAuthoringApi(facts: HostFacts): AuthoringApi {
  const canDownload = downloadAllowed(facts);
  return {
    readTable,
    storedTemplates: () => readStoredTemplates(),
    storeTemplate: async (entry) => {
      const r = await storeTemplate(entry);
      return r.ok ? r : { ok: false, reason: "host-error", detail: r.detail };
    },
    canDownload,
    downloadText: async (fileName, text) => {
      // Desktop Excel's web views swallow downloads (see export-summary-download.ts): the pane
      // shows the file's text to copy instead.
      if (!canDownload) return { ok: false, reason: "not-supported", detail: "download" };
      try {
        offerDownload(new Blob([text], { type: JSON_TYPE }), fileName);
        return { ok: true };
      } catch (e) {
        return { ok: false, reason: "host-error", detail: describeError(e) };
      }
    },
  };
}
