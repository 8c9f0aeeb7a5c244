// Templates made in the pane live in the workbook itself, so that the file carries its own
// template to colleagues: a very hidden worksheet, one row per template (id, version, then the
// JSON in chunks under Excel's 32.767-character cell limit), like the review marks
// (review-store.ts) and for the same reasons. Document settings (Office.context.document.settings)
// also live in the file and work at ExcelApi 1.7, but LibreOffice drops them, they belong to one
// add-in (a colleague's copy hosted elsewhere would not see them), and Microsoft's "Persisting
// add-in state" names a size limit for them; custom XML parts (ExcelApi 1.5) are not served by
// our stand-in host and some converters drop them. A very hidden sheet survives every Excel,
// LibreOffice and the host, and users cannot unhide it from Excel's UI.
//
// APIs: worksheets.getItemOrNullObject, getUsedRangeOrNullObject (ExcelApi 1.4), setting
// Worksheet.visibility (1.2), getRangeByIndexes (1.7), Range.numberFormat / values (1.1).
import { storedTemplateRow, storedTemplatesOf, TEMPLATE_SHEET_HEADER, TEMPLATE_SHEET_NAME, type StoredTemplate } from "../core/authoring/stored-template";
import type { CarriedInputs } from "../core/layout/carried";
import { describeError } from "./office-errors";
import { knownTemplate, rememberTemplate } from "./templates";

export { TEMPLATE_SHEET_NAME, type StoredTemplate };

export type StoreOutcome = { readonly ok: true } | { readonly ok: false; readonly detail: string };

const stored = new Map<string, StoredTemplate>();
let read: Promise<readonly StoredTemplate[]> | null = null;

/** Every template stored in the workbook (an unreadable row is skipped); each is known to the engine from then on. */
export async function readStoredTemplates(): Promise<readonly StoredTemplate[]> {
  const entries = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(TEMPLATE_SHEET_NAME);
    await context.sync();
    if (sheet.isNullObject) return [];
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values");
    await context.sync();
    if (used.isNullObject) return [];
    return storedTemplatesOf(used.values);
  });
  for (const e of entries) remember(e);
  return entries;
}

function remember(e: StoredTemplate): void {
  stored.set(e.template.id, e);
  // A template loaded in this session (a newer one the user just opened) is not replaced.
  if (knownTemplate(e.template.id) === undefined || knownTemplate(e.template.id)?.version !== e.template.version) rememberTemplate(e.template);
}

/** Reads the stored templates once per session (the first time a sheet's template is not known). */
export function ensureStoredTemplates(): Promise<readonly StoredTemplate[]> {
  read ??= readStoredTemplates().catch(() => {
    read = null;
    return [];
  });
  return read;
}

/** The table's plans of a stored template, as the first sheet of their year starts with them. */
export function storedPlans(templateId: string, year: number): CarriedInputs {
  const e = stored.get(templateId);
  if (e === undefined || (e.planYear !== null && e.planYear !== year)) return {};
  return Object.fromEntries(Object.entries(e.plans).map(([code, plan]) => [code, { plan }]));
}

/** Stores (or replaces, by id) a template in the workbook's very hidden sheet. */
export async function storeTemplate(entry: StoredTemplate): Promise<StoreOutcome> {
  const row = storedTemplateRow(entry);
  try {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(TEMPLATE_SHEET_NAME);
      await context.sync();
      let sheet: Excel.Worksheet;
      let values: readonly (readonly unknown[])[] = [];
      if (existing.isNullObject) {
        sheet = sheets.add(TEMPLATE_SHEET_NAME);
        sheet.visibility = Excel.SheetVisibility.veryHidden;
      } else {
        sheet = existing;
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("values");
        await context.sync();
        values = used.isNullObject ? [] : used.values;
      }
      // The same id replaces its row (an edit); a new one goes below the others.
      const found = values.findIndex((r, i) => i > 0 && r[0] === entry.template.id);
      const at = found > 0 ? found : Math.max(1, values.length);
      const width = Math.max(TEMPLATE_SHEET_HEADER.length, row.length, values[at]?.length ?? 0);
      const cells = [...row, ...new Array<string>(width - row.length).fill("")];
      // Text format first: Excel would turn a version "1.10.0" or an id into something else.
      const header = sheet.getRangeByIndexes(0, 0, 1, TEMPLATE_SHEET_HEADER.length);
      header.numberFormat = [TEMPLATE_SHEET_HEADER.map(() => "@")];
      header.values = [[...TEMPLATE_SHEET_HEADER]];
      const target = sheet.getRangeByIndexes(at, 0, 1, width);
      target.numberFormat = [cells.map(() => "@")];
      target.values = [cells];
      await context.sync();
    });
  } catch (e) {
    return { ok: false, detail: describeError(e) };
  }
  remember(entry);
  rememberTemplate(entry.template);
  return { ok: true };
}
