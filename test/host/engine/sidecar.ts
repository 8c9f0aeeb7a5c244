// What ExcelJS 4.4 does not carry through a file and the host must:
// - conditional-format stopIfTrue (ExcelJS neither reads nor writes the attribute): read from the
//   sheet XML on open, written back onto <cfRule> on save;
// - Office.context.document.settings: kept in docProps/custom.xml as one custom document property
//   (Excel keeps them in a web-extension part; any place that survives a save and a reopen serves the tests).
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { orderedRules } from "./objects/conditional-formats";

export interface Sidecar {
  readonly settings: Record<string, unknown>;
  /** Per sheet name, the OOXML priorities of rules with stopIfTrue. */
  readonly stopIfTrue: Record<string, number[]>;
}

const SETTINGS_PROPERTY = "StandInOfficeSettings";
const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

const attr = (element: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
const unescapeXml = (t: string): string => t.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const escapeXml = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Sheet name → part path, from workbook.xml and its relationships. */
const sheetParts = async (zip: JSZip): Promise<Map<string, string>> => {
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const relsXml = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const rel of relsXml.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(rel, "Id");
    const target = attr(rel, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^xl\//, "")}`);
  }
  const parts = new Map<string, string>();
  for (const sheet of workbookXml.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(sheet, "name");
    const part = targets.get(attr(sheet, "r:id") ?? "");
    if (name && part) parts.set(unescapeXml(name), part);
  }
  return parts;
};

export const readSidecar = async (bytes: Uint8Array): Promise<Sidecar> => {
  const zip = await JSZip.loadAsync(bytes);
  const stopIfTrue: Record<string, number[]> = {};
  for (const [name, part] of await sheetParts(zip)) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const priorities = (xml.match(/<cfRule\b[^>]*>/g) ?? []).filter((r) => /\bstopIfTrue="(1|true)"/.test(r)).map((r) => Number(attr(r, "priority")));
    if (priorities.length) stopIfTrue[name] = priorities;
  }
  const custom = (await zip.file(CUSTOM_PART)?.async("string")) ?? "";
  const match = new RegExp(`name="${SETTINGS_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(custom);
  const settings = match ? (JSON.parse(unescapeXml(match[1]!)) as Record<string, unknown>) : {};
  return { settings, stopIfTrue };
};

/** Marks the rules the file said stop when true (after ExcelJS has read it without the attribute). */
export const applyStopIfTrue = (workbook: ExcelJS.Workbook, stopIfTrue: Record<string, number[]>): void => {
  for (const [name, priorities] of Object.entries(stopIfTrue)) {
    const ws = workbook.getWorksheet(name);
    if (!ws) continue;
    for (const { rule } of orderedRules(ws)) if (priorities.includes(rule.priority ?? -1)) rule.stopIfTrue = true;
  }
};

export const collectStopIfTrue = (workbook: ExcelJS.Workbook): Record<string, number[]> => {
  const out: Record<string, number[]> = {};
  for (const ws of workbook.worksheets) {
    const priorities = orderedRules(ws).filter((x) => x.rule.stopIfTrue).map((x) => x.rule.priority ?? -1);
    if (priorities.length) out[ws.name] = priorities;
  }
  return out;
};

const customXml = (settings: Record<string, unknown>): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${SETTINGS_PROPERTY}"><vt:lpwstr>${escapeXml(JSON.stringify(settings))}</vt:lpwstr></property></Properties>`;

export const writeSidecar = async (bytes: Uint8Array, sidecar: Sidecar): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, part] of await sheetParts(zip)) {
    const priorities = sidecar.stopIfTrue[name];
    const file = zip.file(part);
    if (!priorities || !file) continue;
    const xml = await file.async("string");
    zip.file(part, xml.replace(/<cfRule\b([^>]*?)(\/?)>/g, (whole, attributes: string, close: string) => {
      const p = Number(attr(attributes, "priority"));
      return priorities.includes(p) && !/\bstopIfTrue=/.test(attributes) ? `<cfRule${attributes} stopIfTrue="1"${close}>` : whole;
    }));
  }
  if (Object.keys(sidecar.settings).length > 0) {
    zip.file(CUSTOM_PART, customXml(sidecar.settings));
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    if (!types.includes(`/${CUSTOM_PART}`)) zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_CONTENT_TYPE}"/></Types>`));
    const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
    if (!rels.includes(CUSTOM_PART)) zip.file("_rels/.rels", rels.replace("</Relationships>", `<Relationship Id="rIdStandInCustom" Type="${CUSTOM_REL_TYPE}" Target="${CUSTOM_PART}"/></Relationships>`));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};
