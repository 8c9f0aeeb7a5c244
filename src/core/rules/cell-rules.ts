// Rules about one cell on its own: can it be read, is it typed as text, does it fit the
// indicator's number type. They apply to every numeric input, not only Thực hiện.
import type { Finding, QualifiedAddress, RuleId } from "../finding";
import type { IndicatorDef, NumberType } from "../indicator";
import type { CellNumber } from "../numbers/read-number";
import type { CellTarget } from "../targets/read-target";
import type { InputRole } from "../reading";
import { NUMBER_ROLES, TARGET_ROLES, type ReadInputs } from "./inputs";
import { RULE_SEVERITY } from "./severity";

type CellRule = Exclude<RuleId, "below-target">;

export function cellFinding(def: IndicatorDef, cell: QualifiedAddress, rule: CellRule, evidence: Finding["evidence"]): Finding {
  return { code: def.code, cell, severity: RULE_SEVERITY[rule], rule, evidence };
}

/** negative / not-integer / percent-range for one number, by the indicator's number type. */
export function numberTypeRules(numberType: NumberType, value: number): ("negative" | "not-integer" | "percent-range")[] {
  switch (numberType) {
    case "integer":
    case "money": {
      const out: ("negative" | "not-integer")[] = [];
      if (value < 0) out.push("negative");
      if (!Number.isInteger(value)) out.push("not-integer");
      return out;
    }
    case "percent":
      return value < 0 || value > 100 ? ["percent-range"] : [];
    case "decimal":
      return [];
  }
}

/** Whether a number breaks its number type: numberTypeRules(…).length > 0, without building the list. */
export function failsNumberType(numberType: NumberType, value: number): boolean {
  switch (numberType) {
    case "integer":
    case "money":
      return value < 0 || !Number.isInteger(value);
    case "percent":
      return value < 0 || value > 100;
    case "decimal":
      return false;
  }
}

/** Appends the problems of one cell to `out` (appending, not returning arrays, spares the garbage of 10,000 rows). */
function readProblems(out: Finding[], def: IndicatorDef, numberType: NumberType, role: InputRole, address: QualifiedAddress, read: CellNumber | CellTarget): void {
  switch (read.kind) {
    case "empty":
      return;
    case "error":
      out.push(cellFinding(def, address, "formula-error", { role, error: read.error }));
      return;
    case "not-a-number":
      if (read.units !== undefined) {
        out.push(cellFinding(def, address, "unit-mismatch", { role, text: read.text, typedUnit: read.units.typed, rowUnit: read.units.row }));
        return;
      }
      out.push(cellFinding(def, address, "not-a-number", { role, text: read.text, reason: read.reason, suggestion: read.suggestion }));
      return;
    case "number": {
      typeRules(out, def, numberType, role, address, read.value);
      if (read.text !== null) out.push(cellFinding(def, address, "text-number", { role, text: read.text, value: read.value }));
      return;
    }
    case "target": {
      const t = read.target;
      // A change is in per cent or points, not in the row's unit: no number type to test.
      if (t.kind === "range") {
        typeRules(out, def, numberType, role, address, t.min);
        typeRules(out, def, numberType, role, address, t.max);
      } else if (t.kind !== "change") {
        typeRules(out, def, numberType, role, address, t.value);
      }
      if (read.plainText && read.text !== null && t.kind === "number") {
        out.push(cellFinding(def, address, "text-number", { role, text: read.text, value: t.value }));
      }
      return;
    }
  }
}

function typeRules(out: Finding[], def: IndicatorDef, numberType: NumberType, role: InputRole, address: QualifiedAddress, value: number): void {
  // The common case, a fine figure, allocates nothing.
  if (!failsNumberType(numberType, value)) return;
  for (const rule of numberTypeRules(numberType, value)) out.push(cellFinding(def, address, rule, { role, value, numberType }));
}

/** A qualitative indicator's words ("Xuất siêu" as result or target) are no unreadable figure. */
const isWords = (read: CellNumber | CellTarget): boolean => read.kind === "not-a-number" && read.reason === "unreadable";

/** Every cell-level finding of one indicator, over all its numeric inputs. */
export function cellRules(r: ReadInputs, out: Finding[] = []): Finding[] {
  const qualitative = r.facts.qualitative;
  // The number type from the facts table (one shape for every row), not off the definition.
  const numberType = r.facts.numberType;
  for (const role of NUMBER_ROLES) {
    const c = r.numbers[role];
    if (c !== undefined && !(qualitative && role === "actual" && isWords(c.read))) readProblems(out, r.def, numberType, role, c.address, c.read);
  }
  for (const role of TARGET_ROLES) {
    const c = r.targets[role];
    if (c !== undefined && !(qualitative && isWords(c.read))) readProblems(out, r.def, numberType, role, c.address, c.read);
  }
  return out;
}
