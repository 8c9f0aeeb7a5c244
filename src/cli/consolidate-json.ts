// The `chitieu consolidate --json` object:
// {"out","template":{"id","version"},"period":"2020-Q1","files":[{file,unit,included,excluded?,detail?,period,state,changedAfterApproval,filled,indicators,errors}],
//  "indicators":[{code,rule,values:{unit:figure},total,missing,target,ratio,grade}],"counts":{...}}
import type { Consolidation } from "../core/consolidation/consolidate";
import { formatPeriodId } from "../core/periods/period-labels";

type Done = Extract<Consolidation, { ok: true }>;

export function jsonOfConsolidation(out: string, c: Done) {
  const units = c.files.filter((f) => f.included).map((f) => f.unit);
  return {
    out,
    template: { id: c.template.id, version: c.template.version },
    period: formatPeriodId(c.period),
    files: c.files.map((f) => ({
      file: f.file, unit: f.unit, included: f.included,
      ...(f.excluded === undefined ? {} : { excluded: f.excluded, detail: f.detail ?? "" }),
      period: f.period === null ? null : formatPeriodId(f.period),
      state: f.state, changedAfterApproval: f.changedAfterApproval, filled: f.filled, indicators: f.indicators, errors: f.errors,
    })),
    indicators: c.rows.flatMap((r) => (r.kind === "section" ? [] : [{
      code: r.code, rule: r.rule,
      values: Object.fromEntries(r.values.map((v, i) => [units[i], v])),
      total: r.total, missing: r.missing, target: r.target, ratio: r.ratio, grade: r.grade,
    }])),
    counts: { ...c.counts },
  };
}
