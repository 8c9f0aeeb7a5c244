// Finding a workbook's template sheets: by name first (cheap, so an adapter reads only the
// sheets that matter), then by the marker (sure, whatever the sheet was renamed to).
import type { Period } from "../periods/period";
import { carrySources, periodQuarters, precedingPeriod, samePeriodLastYear } from "../periods/period-labels";
import type { SheetReading } from "../reading";
import type { SheetSnapshot } from "../snapshot";
import type { Template, TemplateId } from "../template/template";
import { readSheet } from "./read-sheet";
import { periodOfSheetName } from "./sheet-names";

export interface NamedPeriodSheet {
  readonly name: string;
  readonly period: Period;
}

/** The sheets whose names are period names, in the order given. */
export function periodSheets(names: readonly string[]): readonly NamedPeriodSheet[] {
  const out: NamedPeriodSheet[] = [];
  for (const name of names) {
    const period = periodOfSheetName(name);
    if (period !== null) out.push({ name, period });
  }
  return out;
}

/**
 * Whether a sheet of another year can give an earlier period's figure (carry-forward.ts's
 * figureOf): the period itself, a sheet inside its quarters (Q1 and Q2 for H1, summing a flow),
 * or one that ends at the same quarter (Q2 for H1, the level of a stock).
 */
function feeds(sheet: Period, target: Period): boolean {
  if (sheet.year !== target.year) return false;
  const qs = periodQuarters(target.kind);
  const ss = periodQuarters(sheet.kind);
  const inside = ss[0] >= qs[0] && ss[ss.length - 1] <= qs[qs.length - 1];
  return inside || ss[ss.length - 1] === qs[qs.length - 1];
}

/**
 * The names of the sheets worth reading to carry into this period: every earlier sheet of the
 * same year (plans, earlier quarters), and the sheets that give the preceding period and the
 * same period last year.
 */
export function carrySheetNames(names: readonly string[], period: Period): readonly string[] {
  const wanted = [precedingPeriod(period), samePeriodLastYear(period), ...carrySources(period).flat()];
  const same = (a: Period, b: Period): boolean => a.year === b.year && a.kind === b.kind;
  return periodSheets(names)
    .filter((s) => !same(s.period, period) && (s.period.year === period.year || wanted.some((w) => feeds(s.period, w))))
    .map((s) => s.name);
}

/** Every snapshot that is a template sheet, read; others (and unknown templates) are left out. */
export function findTemplateSheets(
  snapshots: readonly SheetSnapshot[],
  templates: (id: TemplateId) => Template | undefined,
): readonly SheetReading[] {
  const out: SheetReading[] = [];
  for (const snapshot of snapshots) {
    const result = readSheet(snapshot, templates);
    if (result.ok) out.push(result.reading);
  }
  return out;
}
