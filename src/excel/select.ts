// "Click a finding, see its cell": activates the finding's sheet and selects the cell.
// APIs: Worksheet.activate, Range.select (ExcelApi 1.1). One Excel.run, one sync.
import type { QualifiedAddress } from "../core/finding";
import type { SelectOutcome } from "./addin-api";
import { splitQualified } from "./a1";
import { describeError, isItemNotFound } from "./office-errors";

export async function selectCell(address: QualifiedAddress): Promise<SelectOutcome> {
  const parts = splitQualified(address);
  if (parts === null) return { ok: false, reason: "bad-address", detail: address };
  try {
    await Excel.run(async (context) => {
      // getItem (not OrNullObject): a missing sheet fails the one sync with ItemNotFound, which
      // is reported below, instead of costing a second sync to test isNullObject first.
      const sheet = context.workbook.worksheets.getItem(parts.sheet);
      sheet.activate();
      sheet.getRange(parts.address).select();
      await context.sync();
    });
    return { ok: true };
  } catch (e) {
    // A sheet renamed or deleted since the check, or a cell address gone with it.
    if (isItemNotFound(e)) return { ok: false, reason: "sheet-missing", detail: parts.sheet };
    return { ok: false, reason: "excel-error", detail: describeError(e) };
  }
}
