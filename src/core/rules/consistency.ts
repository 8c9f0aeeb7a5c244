// Consistency between indicators: "Trong đó" parts sum to their total; a subset never exceeds
// its set. Only readable Thực hiện figures take part; unreadable ones are reported elsewhere.
import type { Finding } from "../finding";
import type { IndicatorCode } from "../indicator";
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
  // Both sides are at hand as read: no lookup of their codes again (this runs for every "Trong đó" row).
  const exceeds = (subset: ReadInputs, set: ReadInputs): void => {
    const s = numberOf(subset, "actual");
    const t = numberOf(set, "actual");
    const cell = subset.numbers.actual?.address;
    if (s === null || t === null || cell === undefined || s <= t || sameAmount(s, t)) return;
    const setCode = set.facts.code;
    const sets = flagged.get(subset.facts.code) ?? new Set<string>();
    if (sets.has(setCode)) return;
    sets.add(setCode);
    flagged.set(subset.facts.code, sets);
    out.push(cellFinding(subset.def, cell, "exceeds-parent", { value: s, parent: setCode, parentValue: t }));
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
      if (subset !== undefined && set !== undefined) exceeds(subset, set);
    }
  }
  // A "Trong đó" part is a subset of its parent even when no rule says so; rates are shares, not subsets.
  // Read off the facts table (one shape for every row), not off 10,000 definitions.
  for (const r of byCode.values()) {
    const parentCode = r.facts.parent;
    if (parentCode === undefined || r.facts.kind === "rate") continue;
    const parent = byCode.get(parentCode);
    if (parent !== undefined && parent.facts.kind !== "rate") exceeds(r, parent);
  }
  return out;
}
