// The template sheets of the open workbook, for the pane's list: each sheet's marker (template,
// version, period) read from its first rows. One Excel.run, two round trips: the sheet names,
// then the top rows of every sheet in one read. Only the marker is read, not whole tables.
//
// APIs: worksheets load / getItem, Range.values (1.1).
import type { TemplateSheetInfo } from "./addin-api";
import { HEADER_ROW } from "../core/layout/geometry";
import { parseMarker } from "../core/layout/marker";
import { columnLetters } from "./a1";

/**
 * The marker sits in the hidden marks column of the title row; the read spans 52 columns so
 * that a sheet where staff inserted columns before the marks column is still recognised.
 */
const MARKER_AREA = `A1:${columnLetters(52)}${HEADER_ROW}`;

export async function listTemplateSheets(): Promise<readonly TemplateSheetInfo[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const areas = sheets.items.map((sheet) => {
      const area = sheet.getRange(MARKER_AREA);
      area.load("values");
      return { name: sheet.name, area };
    });
    await context.sync();
    return areas.flatMap(({ name, area }) => {
      const info = markerIn(name, area.values);
      return info === null ? [] : [info];
    });
  });
}

function markerIn(sheetName: string, values: readonly (readonly unknown[])[]): TemplateSheetInfo | null {
  for (const row of values) {
    for (const value of row) {
      if (typeof value !== "string") continue;
      const parsed = parseMarker(value);
      if (parsed.ok) {
        const m = parsed.marker;
        return { sheetName, templateId: m.templateId, templateVersion: m.templateVersion, period: m.period };
      }
    }
  }
  return null;
}
