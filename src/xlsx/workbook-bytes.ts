// Workbooks as bytes: loading (with the failure as data, not an exception) and writing.
// No node built-ins here: src/excel loads this module lazily in the browser.
import ExcelJS from "exceljs";
import { finishWorkbookBytes, rememberStopIfTrueOfBytes } from "./stop-if-true";

export type LoadWorkbookResult =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly reason: "not-a-workbook"; readonly detail: string };

export interface LoadOptions {
  /**
   * The workbook will be written again (filled and saved): also keep what ExcelJS drops on
   * reading (conditional formats' stopIfTrue). Costs a second unzip, so reading for a check skips it.
   */
  readonly forEditing?: boolean;
}

/** Reads .xlsx bytes. Anything that is not a readable .xlsx (a .xls, a text file, a broken zip) is a failure, not a throw. */
export async function loadWorkbook(bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadWorkbookResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; it reads any ArrayBuffer view through JSZip.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { ok: false, reason: "not-a-workbook", detail: error instanceof Error ? error.message : String(error) };
  }
  if (options.forEditing) await rememberStopIfTrueOfBytes(workbook, bytes);
  return { ok: true, workbook };
}

/** Fixed document properties: the same template and figures give the same file. */
export interface WorkbookIdentity {
  readonly creator: string;
  /** ISO date-time written as both created and modified. */
  readonly date: string;
}

export const DEFAULT_IDENTITY: WorkbookIdentity = { creator: "Chỉ Tiêu", date: "2020-01-01T00:00:00Z" };

/** A new, empty workbook stamped with a fixed identity. */
export function newWorkbook(identity: WorkbookIdentity = DEFAULT_IDENTITY): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  stampIdentity(workbook, identity);
  return workbook;
}

export function stampIdentity(workbook: ExcelJS.Workbook, identity: WorkbookIdentity): void {
  const date = new Date(identity.date);
  workbook.creator = identity.creator;
  workbook.lastModifiedBy = identity.creator;
  workbook.created = date;
  workbook.modified = date;
}

/**
 * The .xlsx bytes of a workbook, with what ExcelJS drops restored (see stop-if-true.ts).
 * ExcelJS writes formulas without computed results, so the file asks Excel to calculate every
 * formula on opening (fullCalcOnLoad): otherwise an Excel whose calculation engine matches the
 * file's calcId would show the % and Lũy kế cells empty until something changes.
 */
export async function writeWorkbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const buffer = await workbook.xlsx.writeBuffer();
  return finishWorkbookBytes(workbook, new Uint8Array(buffer as ArrayBuffer));
}
