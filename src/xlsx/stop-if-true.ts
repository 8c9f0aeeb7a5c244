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

const attribute = (element: string, name: string): string | null =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1] ?? null;

/**
 * For a workbook that will be written again (filled, then saved): finds the rules that carry
 * stopIfTrue in the original bytes, so that writing restores them as well.
 */
export async function rememberStopIfTrueOfBytes(workbook: ExcelJS.Workbook, bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const relsXml = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const rel of relsXml.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(rel, "Id");
    const target = attribute(rel, "Target");
    if (id !== null && target !== null) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  for (const sheetElement of workbookXml.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(sheetElement, "name");
    const part = targets.get(attribute(sheetElement, "r:id") ?? "");
    const sheet = name === null ? undefined : workbook.getWorksheet(unescapeXml(name));
    const xml = part === undefined ? undefined : await zip.file(part)?.async("string");
    if (sheet === undefined || xml === undefined) continue;
    const priorities = (xml.match(/<cfRule\b[^>]*>/g) ?? [])
      .filter((rule) => attribute(rule, "stopIfTrue") === "1")
      .map((rule) => Number(attribute(rule, "priority")));
    rememberStopIfTrue(sheet, priorities);
  }
}

const unescapeXml = (text: string): string =>
  text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
