// Carry forward: what a new period sheet takes from the workbook's earlier period sheets —
// the annual plans, the previous period's figures as "Thực hiện kỳ trước", the same period of
// last year as "Cùng kỳ năm trước", and for flows the earlier quarters summed as carried Lũy kế.
import type { IndicatorDef } from "../indicator";
import { readCellNumber } from "../numbers";
import type { Period } from "../period";
import { carrySources, periodQuarters, precedingPeriod, samePeriodLastYear } from "../period-labels";
import type { InputRole, SheetReading } from "../reading";
import type { PlannedValue } from "../sheet-plan";
import type { Template } from "../template";
import type { CarriedInputs, CarriedValues } from "./carried";
import { plannedValueOf } from "./table-plan";
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

export function carryForward(previous: readonly SheetReading[], template: Template, period: Period): CarriedInputs {
  const sheets = previous
    .filter((r) => r.template.id === template.id && !samePeriod(r.period, period))
    .sort((a, b) => recency(b.period) - recency(a.period));
  const find = (p: Period): SheetReading | undefined => sheets.find((r) => samePeriod(r.period, p));
  const sameYear = sheets.filter((r) => r.period.year === period.year);
  const before = find(precedingPeriod(period));
  const lastYear = find(samePeriodLastYear(period));

  const out: Record<string, CarriedValues> = {};
  const defs: IndicatorDef[] = template.sections.flatMap((s) => [...s.indicators]);
  for (const def of defs) {
    const values: { -readonly [K in keyof CarriedValues]: PlannedValue } = {};
    if (def.direction !== "informational") {
      for (const r of sameYear) {
        const plan = plannedValueOf(cellOf(r, def.code, "plan"));
        if (plan !== undefined) { values.plan = plan; break; }
      }
    }
    const prev = before === undefined ? undefined : plannedValueOf(cellOf(before, def.code, "actual"));
    if (prev !== undefined) values.previousPeriod = prev;
    const last = lastYear === undefined ? undefined : plannedValueOf(cellOf(lastYear, def.code, "actual"));
    if (last !== undefined) values.samePeriodLastYear = last;
    if (carriesYtd(def, period)) {
      const ytd = carriedYtdOf(def.code, period, find);
      if (ytd !== null) values.carriedYtd = ytd;
    }
    if (Object.keys(values).length > 0) out[def.code] = values;
  }
  return out;
}
