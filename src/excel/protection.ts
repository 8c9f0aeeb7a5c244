// Putting a sheet's protection back after a write that failed part-way. Excel applies a batch's
// commands up to the one that fails and keeps them (OfficeExtension.Error: "the operations queued
// before the error are already applied"), and the add-in's writes begin with
// WorksheetProtection.unprotect(): a failure after it, or in a later sync of the same run, leaves
// the sheet unprotected. Staff must never be left with an unprotected sheet without being told.
//
// APIs: worksheets.getItemOrNullObject (ExcelApi 1.4), WorksheetProtection protected/protect (1.2;
// protect "fails if the worksheet has already been protected", so it is read first).
import { describeError } from "./office-errors";

/** Excel.run options for the add-in's user-started work: wait while the user is typing in a cell
 *  instead of failing with InvalidOperationInCellEditMode (Excel.RunOptions.delayForCellEdit). */
export const USER_ACTION: Excel.RunOptions = { delayForCellEdit: true };

export type ProtectionRestored =
  /** The sheet was protected again (or still was). */
  | { readonly ok: true }
  /** The sheet is gone (deleted meanwhile): nothing to protect. */
  | { readonly ok: true; readonly gone: true }
  | { readonly ok: false; readonly detail: string };

/** Protects `sheetName` again with `options` unless it is protected already. Two syncs; never throws. */
export async function restoreProtection(sheetName: string, options: Excel.WorksheetProtectionOptions): Promise<ProtectionRestored> {
  try {
    return await Excel.run(USER_ACTION, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      // Loaded through the sheet: a null object answers isNullObject, and its protection nothing.
      sheet.load("protection/protected");
      await context.sync();
      if (sheet.isNullObject) return { ok: true as const, gone: true as const };
      if (!sheet.protection.protected) {
        sheet.protection.protect(options);
        await context.sync();
      }
      return { ok: true as const };
    });
  } catch (e) {
    return { ok: false, detail: describeError(e) };
  }
}

/** The failure's detail, saying what became of the sheet's protection (the pane logs it; see ExcelFailure). */
export const withProtectionNote = (detail: string, restored: ProtectionRestored): string =>
  restored.ok ? `${detail} (sheet protection restored)` : `${detail}; the sheet may be left unprotected: ${restored.detail}`;
