// The mark that makes a sheet recognisable as a template sheet whatever the user did to its
// title: template id, version and period in a hidden, locked cell of the marks column.
import type { Period } from "../periods/period";
import { parsePeriodId, formatPeriodId } from "../periods/period-labels";
import type { TemplateId } from "../template/template";

/**
 * Bumped when the layout's columns or tags change, so a reader can tell old sheets apart.
 * 2: "% so với cùng kỳ" after "% kế hoạch năm" (columns.ts's ADDED_IN), the rest one column right.
 */
export const LAYOUT_VERSION = 2;
const PREFIX = "chitieu-template";

export interface SheetMarker {
  readonly layoutVersion: number;
  readonly templateId: TemplateId;
  readonly templateVersion: string;
  readonly period: Period;
}

/** "chitieu-template|1|stttt-quarterly|1.0.0|2020-Q1". */
export function formatMarker(m: SheetMarker): string {
  return [PREFIX, String(m.layoutVersion), m.templateId, m.templateVersion, formatPeriodId(m.period)].join("|");
}

export const looksLikeMarker = (s: string): boolean => s.startsWith(`${PREFIX}|`);

export type MarkerParse = { readonly ok: true; readonly marker: SheetMarker } | { readonly ok: false };

export function parseMarker(s: string): MarkerParse {
  const parts = s.trim().split("|");
  if (parts.length !== 5 || parts[0] !== PREFIX) return { ok: false };
  const layoutVersion = Number(parts[1]);
  const period = parsePeriodId(parts[4]);
  if (!Number.isInteger(layoutVersion) || layoutVersion < 1 || parts[2] === "" || period === null) return { ok: false };
  return { ok: true, marker: { layoutVersion, templateId: parts[2] as TemplateId, templateVersion: parts[3], period } };
}
