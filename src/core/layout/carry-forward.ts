// Carry forward: what a new period sheet takes from the workbook's earlier period sheets —
// the annual plans, the previous period's figures as "Thực hiện kỳ trước", the same period of
// last year as "Cùng kỳ năm trước", and for flows the earlier quarters summed as carried Lũy kế.
import type { IndicatorDef } from "../indicator";
import { readCellNumber } from "../numbers/read-number";
import { readCellTarget } from "../targets/read-target";
import { PERIOD_KINDS, type Period } from "../periods/period";
import { carrySources, periodQuarters, precedingPeriod, samePeriodLastYear } from "../periods/period-labels";
import type { InputRole, SheetReading } from "../reading";
import type { PlannedValue } from "../sheet-plan";
import type { Template } from "../template/template";
import type { CarriedInputs, CarriedValues } from "./carried";
import { carriesYtd } from "./table-rows";

const samePeriod = (a: Period, b: Period): boolean => a.year === b.year && a.kind === b.kind;

/** Later first: the period's last quarter, then the longer (cumulative) report. */
const recency = (p: Period): number => {
  const qs = periodQuarters(p.kind);
  return p.year * 100 + qs[qs.length - 1] * 10 + qs.length;
};

function cellOf(reading: SheetReading, code: string, role: InputRole) {
  return reading.indicators.find((i) => i.code === code)?.cells[role]?.value;
}

const numberIn = (reading: SheetReading | undefined, code: string, role: InputRole): number | null => {
  if (reading === undefined) return null;
  const n = readCellNumber(cellOf(reading, code, role));
  return n.kind === "number" ? n.value : null;
};

/**
 * A plan as the new sheet should hold it: the number that was read ("87,5" typed as text gives
 * 87.5, so the new sheet warns about nothing the clerk did not type there), a range or a
 * qualified target ("80-90", "Trên 4") as the text planners write it. Anything unreadable
 * ("abc", #REF!) is not carried: the cell stays empty for the clerk to type, rather than a
 * figure nobody typed on this sheet showing up as an error on it.
 */
function carriedPlan(reading: SheetReading, code: string): PlannedValue | undefined {
  const cell = cellOf(reading, code, "plan");
  const t = readCellTarget(cell);
  if (t.kind !== "target") return undefined;
  if (t.target.kind === "number") return t.target.value;
  return typeof cell === "string" ? cell : undefined;
}

/**
 * The year so far before this quarter, for a flow: the first way of covering the earlier
 * quarters whose sheets all hold a figure (9M; H1 + Q3; Q1 + Q2 + Q3 …), or else the previous
 * quarter's own Lũy kế (its figure plus what it carried). Null when nothing covers them.
 */
function carriedYtdOf(code: string, period: Period, find: (p: Period) => SheetReading | undefined): number | null {
  for (const sources of carrySources(period)) {
    const values = sources.map((p) => numberIn(find(p), code, "actual"));
    if (values.every((v): v is number => v !== null)) return values.reduce((a, b) => a + b, 0);
  }
  const before = find(precedingPeriod(period));
  const actual = numberIn(before, code, "actual");
  const carried = numberIn(before, code, "carriedYtd");
  return actual !== null && carried !== null ? actual + carried : null;
}

const lastQuarter = (kind: Period["kind"]): number => {
  const qs = periodQuarters(kind);
  return qs[qs.length - 1];
};

/**
 * A flow over quarters from..to of a year, summed from the sheets that cover them exactly, the
 * longest sheet first (H1 2019 = the H1 sheet, else Q1 + Q2). Null when no sheets cover them.
 */
function flowOver(year: number, from: number, to: number, code: string, find: (p: Period) => SheetReading | undefined): number | null {
  if (from > to) return 0;
  const kinds = PERIOD_KINDS.filter((k) => periodQuarters(k)[0] === from && lastQuarter(k) <= to)
    .sort((a, b) => lastQuarter(b) - lastQuarter(a));
  for (const kind of kinds) {
    const value = numberIn(find({ year, kind }), code, "actual");
    if (value === null) continue;
    const rest = flowOver(year, lastQuarter(kind) + 1, to, code, find);
    if (rest !== null) return value + rest;
  }
  return null;
}

/**
 * An earlier period's figure for Thực hiện kỳ trước or Cùng kỳ năm trước: as typed on its own
 * sheet; else, when the workbook reported that year in other periods, derived from them — a
 * flow summed over the sheets covering its quarters (H1 = Q1 + Q2), a stock or a rate the level
 * on the sheet that ends at the same quarter (H1 ← Q2, Y ← Q4, Q3 ← 9M).
 */
function figureOf(def: IndicatorDef, p: Period, find: (p: Period) => SheetReading | undefined): PlannedValue | undefined {
  // The number read, never the text it was typed as; unreadable text is not carried (carriedPlan).
  const typed = numberIn(find(p), def.code, "actual");
  if (typed !== null) return typed;
  if (def.kind === "flow") {
    const qs = periodQuarters(p.kind);
    return flowOver(p.year, qs[0], qs[qs.length - 1], def.code, find) ?? undefined;
  }
  const end = lastQuarter(p.kind);
  // The single quarter first (the level as reported at that date), then the cumulative report.
  for (const kind of PERIOD_KINDS) {
    if (kind === p.kind || lastQuarter(kind) !== end) continue;
    const level = numberIn(find({ year: p.year, kind }), def.code, "actual");
    if (level !== null) return level;
  }
  return undefined;
}

export function carryForward(previous: readonly SheetReading[], template: Template, period: Period): CarriedInputs {
  const sheets = previous
    .filter((r) => r.template.id === template.id && !samePeriod(r.period, period))
    .sort((a, b) => recency(b.period) - recency(a.period));
  const find = (p: Period): SheetReading | undefined => sheets.find((r) => samePeriod(r.period, p));
  const sameYear = sheets.filter((r) => r.period.year === period.year);

  const out: Record<string, CarriedValues> = {};
  const defs: IndicatorDef[] = template.sections.flatMap((s) => [...s.indicators]);
  for (const def of defs) {
    const values: { -readonly [K in keyof CarriedValues]: PlannedValue } = {};
    if (def.direction !== "informational") {
      for (const r of sameYear) {
        const plan = carriedPlan(r, def.code);
        if (plan !== undefined) { values.plan = plan; break; }
      }
    }
    const prev = figureOf(def, precedingPeriod(period), find);
    if (prev !== undefined) values.previousPeriod = prev;
    const last = figureOf(def, samePeriodLastYear(period), find);
    if (last !== undefined) values.samePeriodLastYear = last;
    if (carriesYtd(def, period)) {
      const ytd = carriedYtdOf(def.code, period, find);
      if (ytd !== null) values.carriedYtd = ytd;
    }
    if (Object.keys(values).length > 0) out[def.code] = values;
  }
  return out;
}
