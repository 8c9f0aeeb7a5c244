// ExcelJS 4.4 writes expression rules without the stopIfTrue attribute. We remember which
// rules carry it when the plan is applied and add the attribute to the written sheet XML.
import type ExcelJS from "exceljs";
import JSZip from "jszip";

const stopIfTrueBySheet = new WeakMap<ExcelJS.Worksheet, ReadonlySet<number>>();

/** Records the Excel priorities of the sheet's rules that stop evaluation when true. */
export function rememberStopIfTrue(sheet: ExcelJS.Worksheet, priorities: readonly number[]): void {
  if (priorities.length > 0) stopIfTrueBySheet.set(sheet, new Set(priorities));
}

/** The sheets of the workbook that have rules waiting for the attribute, by their part name. */
function pendingParts(workbook: ExcelJS.Workbook): Map<string, ReadonlySet<number>> {
  const parts = new Map<string, ReadonlySet<number>>();
  for (const sheet of workbook.worksheets) {
    const priorities = stopIfTrueBySheet.get(sheet);
    // ExcelJS names each sheet's part after the worksheet id.
    if (priorities) parts.set(`xl/worksheets/sheet${sheet.id}.xml`, priorities);
  }
  return parts;
}

/** Adds stopIfTrue="1" to each remembered <cfRule> of one sheet's XML. */
export function addStopIfTrue(sheetXml: string, priorities: ReadonlySet<number>): string {
  return sheetXml.replace(/<cfRule\b([^>]*?)(\/?)>/g, (whole: string, attributes: string, selfClosing: string) => {
    const priority = /\bpriority="(\d+)"/.exec(attributes);
    if (!priority || !priorities.has(Number(priority[1])) || /\bstopIfTrue=/.test(attributes)) return whole;
    return `<cfRule${attributes} stopIfTrue="1"${selfClosing}>`;
  });
}

/**
 * Rewrites the written workbook with the attribute restored. Always re-zipped, with fixed
 * entry dates, so that the same workbook gives the same bytes (ExcelJS stamps entries with "now").
 */
export async function finishWorkbookBytes(workbook: ExcelJS.Workbook, bytes: Uint8Array): Promise<Uint8Array> {
  const parts = pendingParts(workbook);
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, priorities] of parts) {
    const file = zip.file(name);
    if (file === null) throw new Error(`ExcelJS bug: the written workbook lacks ${name}`);
    zip.file(name, addStopIfTrue(await file.async("string"), priorities));
  }
  for (const entry of Object.values(zip.files)) entry.date = FIXED_ZIP_DATE;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

const FIXED_ZIP_DATE = new Date(Date.UTC(2020, 0, 1));
