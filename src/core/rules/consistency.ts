// Consistency between indicators: "Trong đó" parts sum to their total; a subset never exceeds
// its set. Only readable Thực hiện figures take part; unreadable ones are reported elsewhere.
import type { Finding } from "../finding";
import type { IndicatorCode, IndicatorDef } from "../indicator";
import type { Template } from "../template/template";
import { cellFinding } from "./cell-rules";
import { numberOf, type ReadInputs } from "./inputs";

/**
 * Equal up to floating-point noise of decimal parts (0,1 + 0,2 = 0,3): within 10⁻⁶, the same
 * tolerance as the sheet's consistency formulas (formulas.ts). Absolute, not relative: a budget
 * of 15.000.000.000 đồng whose parts are 5 đồng short is wrong, and whole đồng are exact.
 */
export const SAME_AMOUNT_TOLERANCE = 1e-6;
export const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) <= SAME_AMOUNT_TOLERANCE;

export function consistencyRules(template: Template, byCode: ReadonlyMap<IndicatorCode, ReadInputs>): Finding[] {
  const out: Finding[] = [];
  const value = (code: IndicatorCode): number | null => {
    const r = byCode.get(code);
    return r === undefined ? null : numberOf(r, "actual");
  };
  // Pairs already reported, so an explicit rule and a parent link do not report the same pair twice.
  const flagged = new Map<string, Set<string>>();
  const exceeds = (subset: ReadInputs, set: IndicatorDef): void => {
    const s = value(subset.def.code);
    const t = value(set.code);
    const cell = subset.numbers.actual?.address;
    if (s === null || t === null || cell === undefined || s <= t || sameAmount(s, t)) return;
    const sets = flagged.get(subset.def.code) ?? new Set<string>();
    if (sets.has(set.code)) return;
    sets.add(set.code);
    flagged.set(subset.def.code, sets);
    out.push(cellFinding(subset.def, cell, "exceeds-parent", { value: s, parent: set.code, parentValue: t }));
  };

  for (const rule of template.rules) {
    if (rule.kind === "sum") {
      const total = byCode.get(rule.total);
      const totalValue = value(rule.total);
      const cell = total?.numbers.actual?.address;
      if (total === undefined || totalValue === null || cell === undefined) continue;
      const filled = rule.parts.filter((p) => value(p) !== null);
      if (filled.length === 0) continue;
      const sum = filled.reduce((acc, p) => acc + (value(p) ?? 0), 0);
      const complete = filled.length === rule.parts.length;
      // All parts filled: they must add up. Some filled: they cannot add up to more than the total.
      const wrong = complete ? !sameAmount(sum, totalValue) : sum > totalValue && !sameAmount(sum, totalValue);
      if (wrong) {
        out.push(cellFinding(total.def, cell, "sum-mismatch", {
          value: totalValue, sum, parts: filled.join(", "), complete, missing: rule.parts.filter((p) => !filled.includes(p)).join(", "),
        }));
      }
    } else {
      const subset = byCode.get(rule.subset);
      const set = byCode.get(rule.set);
      if (subset !== undefined && set !== undefined) exceeds(subset, set.def);
    }
  }
  // A "Trong đó" part is a subset of its parent even when no rule says so; rates are shares, not subsets.
  for (const r of byCode.values()) {
    if (r.def.parent === undefined || r.def.kind === "rate") continue;
    const parent = byCode.get(r.def.parent);
    if (parent !== undefined && parent.def.kind !== "rate") exceeds(r, parent.def);
  }
  return out;
}
