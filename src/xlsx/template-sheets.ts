// The template sheets of a workbook: each one's reading, found by the core's marks, and which
// one is the latest period (the one `chitieu check` checks).
import type ExcelJS from "exceljs";
import { readSheet } from "../core/layout/read-sheet";
import type { SheetMarker } from "../core/layout/marker";
import { periodQuarters } from "../core/periods/period-labels";
import type { Period } from "../core/periods/period";
import type { SheetReading } from "../core/reading";
import type { Template, TemplateId } from "../core/template/template";
import { readSnapshot } from "./read-snapshot";

export interface TemplateSheet {
  readonly worksheet: ExcelJS.Worksheet;
  readonly reading: SheetReading;
  readonly marker: SheetMarker;
  readonly template: Template;
}

export interface TemplateSheets {
  readonly sheets: readonly TemplateSheet[];
  /** Template sheets made from a template we do not know (another department's, a newer file). */
  readonly unknownTemplates: readonly TemplateId[];
  /** Sheets with a template mark that cannot be read (edited by hand, or a newer layout). */
  readonly badMarks: readonly string[];
}

/** Reads every sheet; sheets that are not template sheets (notes, pivot tables) are skipped. */
export function readTemplateSheets(workbook: ExcelJS.Workbook, templates: readonly Template[]): TemplateSheets {
  const byId = new Map<string, Template>(templates.map((template) => [template.id, template]));
  const lookup = (id: TemplateId): Template | undefined => byId.get(id);
  const sheets: TemplateSheet[] = [];
  const unknownTemplates: TemplateId[] = [];
  const badMarks: string[] = [];
  for (const worksheet of workbook.worksheets) {
    const result = readSheet(readSnapshot(worksheet), lookup);
    if (result.ok) {
      const template = lookup(result.marker.templateId);
      if (template !== undefined) sheets.push({ worksheet, reading: result.reading, marker: result.marker, template });
    } else if (result.reason === "unknown-template" && result.templateId !== undefined) {
      unknownTemplates.push(result.templateId);
    } else if (result.reason === "bad-marker") {
      badMarks.push(worksheet.name);
    }
  }
  return { sheets, unknownTemplates, badMarks };
}

/** Orders periods by the last quarter they reach, then the longer one (Y after Q4, H1 after Q2). */
export function comparePeriods(a: Period, b: Period): number {
  if (a.year !== b.year) return a.year - b.year;
  const quartersA = periodQuarters(a.kind);
  const quartersB = periodQuarters(b.kind);
  const endA = quartersA[quartersA.length - 1];
  const endB = quartersB[quartersB.length - 1];
  return endA !== endB ? endA - endB : quartersA.length - quartersB.length;
}

/** The sheet of the latest period, or null; on a tie the sheet further right (added last) wins. */
export function latestTemplateSheet(sheets: readonly TemplateSheet[]): TemplateSheet | null {
  let latest: TemplateSheet | null = null;
  for (const sheet of sheets) {
    if (latest === null || comparePeriods(sheet.reading.period, latest.reading.period) >= 0) latest = sheet;
  }
  return latest;
}
