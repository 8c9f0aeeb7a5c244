// Host facts detected once after Office.onReady: the UI language, the highest ExcelApi level
// and which optional features the add-in may use. The task pane receives them through
// src/excel (it never calls Office.js), and every Excel operation takes them so that a
// feature above the host's level is never asked for (an API above the level fails with
// ApiNotFound in the whole batch, losing every other write queued with it).
import type { ApiLevel, HostFacts } from "./addin-api";
import { officeReady } from "./office-ready";

/** The manifest's minimum (Excel 2019); levels below it are not probed. */
export const MIN_API_LEVEL = 7;
/**
 * Probing stops at the first unsupported minor version: requirement sets are cumulative, so a
 * host that supports 1.n supports every 1.m below it. The cap only bounds the loop.
 */
const MAX_PROBED_MINOR = 99;

/** The requirement set that introduced each optional feature (from @types/office-js `[Api set: ...]` tags). */
export const FEATURE_LEVELS = {
  dataValidation: 8, // Range.dataValidation: ExcelApi 1.8
  createWorkbook: 8, // Application.createWorkbook: ExcelApi 1.8
  pageLayout: 9, // Worksheet.pageLayout: ExcelApi 1.9
  comments: 10, // Workbook.comments: ExcelApi 1.10
  notes: 18, // Worksheet.notes: ExcelApi 1.18
} as const satisfies Record<keyof HostFacts["supports"], number>;

export const OUTSIDE_EXCEL: HostFacts = {
  inExcel: false,
  displayLanguage: "vi-VN",
  apiLevel: null,
  supports: { dataValidation: false, createWorkbook: false, pageLayout: false, comments: false, notes: false },
};

/** The minor version of an ApiLevel ("1.14" → 14). */
export const apiMinor = (level: ApiLevel): number => Number(level.split(".")[1]);

/** Builds the facts for a known level; exported for tests and for the workbench. */
export function factsForLevel(minor: number, displayLanguage: string): HostFacts {
  const at = (feature: keyof HostFacts["supports"]): boolean => minor >= FEATURE_LEVELS[feature];
  return {
    inExcel: true,
    displayLanguage,
    apiLevel: `1.${minor}`,
    supports: {
      dataValidation: at("dataValidation"),
      createWorkbook: at("createWorkbook"),
      pageLayout: at("pageLayout"),
      comments: at("comments"),
      notes: at("notes"),
    },
  };
}

/** The highest ExcelApi minor version the host reports, or null below the manifest's minimum. */
export function probeApiMinor(isSetSupported: (name: string, version: string) => boolean): number | null {
  if (!isSetSupported("ExcelApi", `1.${MIN_API_LEVEL}`)) return null;
  let minor = MIN_API_LEVEL;
  while (minor < MAX_PROBED_MINOR && isSetSupported("ExcelApi", `1.${minor + 1}`)) minor++;
  return minor;
}

let detected: Promise<HostFacts> | null = null;

/** Detects the facts once (after Office.onReady); later calls return the same promise. */
export function hostFacts(): Promise<HostFacts> {
  if (detected === null) detected = detectHostFacts();
  return detected;
}

/** For tests that install a new stand-in host in the same process. */
export function resetHostFacts(): void {
  detected = null;
}

async function detectHostFacts(): Promise<HostFacts> {
  const info = await officeReady();
  if (!info.inExcel) {
    const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return lang ? { ...OUTSIDE_EXCEL, displayLanguage: lang } : OUTSIDE_EXCEL;
  }
  const requirements = Office.context.requirements;
  const minor = probeApiMinor((name, version) => requirements.isSetSupported(name, version));
  const displayLanguage = Office.context.displayLanguage || "vi-VN";
  // Below 1.7 the add-in's Excel features cannot run (the manifest forbids it; Office may still
  // open the pane in an old build): report Excel without a level so the pane explains.
  if (minor === null) return { ...OUTSIDE_EXCEL, inExcel: true, displayLanguage };
  return factsForLevel(minor, displayLanguage);
}
