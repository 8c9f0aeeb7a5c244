// The summary for the provincial committee as a workbook of its own: one sheet, values only, the
// ND 30 page setup. Used by the command line and, loaded lazily, by src/excel for
// Excel.createWorkbook and the download.
import type { SheetPlan } from "../core/sheet-plan";
import { applySheetPlan } from "./apply-plan";
import { DEFAULT_IDENTITY, newWorkbook, writeWorkbookBytes, type WorkbookIdentity } from "./workbook-bytes";

/**
 * The .xlsx bytes of a workbook holding only the summary sheet. A plan with a formula is a bug
 * (the summary is values only, so nothing in it can point back to the source workbook).
 */
export async function summaryWorkbookBytes(plan: SheetPlan, identity: WorkbookIdentity = DEFAULT_IDENTITY): Promise<Uint8Array> {
  const formula = plan.cells.find((cell) => cell.formula !== undefined);
  if (formula !== undefined) throw new Error(`Summary plan bug: ${formula.address} holds a formula`);
  const workbook = newWorkbook(identity);
  applySheetPlan(workbook, plan);
  return writeWorkbookBytes(workbook);
}

/** Base64 of the bytes, as Excel.createWorkbook takes them (no btoa over a huge string: chunks). */
export function base64OfBytes(bytes: Uint8Array): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += `${alphabet[(n >> 18) & 63]}${alphabet[(n >> 12) & 63]}==`;
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += `${alphabet[(n >> 18) & 63]}${alphabet[(n >> 12) & 63]}${alphabet[(n >> 6) & 63]}=`;
  }
  return out;
}
