// Rules about one cell on its own: can it be read, is it typed as text, does it fit the
// indicator's number type. They apply to every numeric input, not only Thực hiện.
import type { Finding, QualifiedAddress, RuleId } from "../finding";
import type { IndicatorDef, NumberType } from "../indicator";
import type { CellNumber } from "../numbers";
import { targetNumbers, type CellTarget } from "../numbers-target";
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

function readProblems(def: IndicatorDef, role: InputRole, address: QualifiedAddress, read: CellNumber | CellTarget): Finding[] {
  switch (read.kind) {
    case "empty":
      return [];
    case "error":
      return [cellFinding(def, address, "formula-error", { role, error: read.error })];
    case "not-a-number":
      return [cellFinding(def, address, "not-a-number", { role, text: read.text, reason: read.reason, suggestion: read.suggestion })];
    case "number": {
      const out = numberTypeRules(def.numberType, read.value).map((rule) =>
        cellFinding(def, address, rule, { role, value: read.value, numberType: def.numberType }));
      if (read.text !== null) out.push(cellFinding(def, address, "text-number", { role, text: read.text, value: read.value }));
      return out;
    }
    case "target": {
      const out = targetNumbers(read.target).flatMap((value) => numberTypeRules(def.numberType, value).map((rule) =>
        cellFinding(def, address, rule, { role, value, numberType: def.numberType })));
      if (read.plainText && read.text !== null && read.target.kind === "number") {
        out.push(cellFinding(def, address, "text-number", { role, text: read.text, value: read.target.value }));
      }
      return out;
    }
  }
}

/** Every cell-level finding of one indicator, over all its numeric inputs. */
export function cellRules(r: ReadInputs): Finding[] {
  const out: Finding[] = [];
  for (const role of NUMBER_ROLES) {
    const c = r.numbers[role];
    if (c !== undefined) out.push(...readProblems(r.def, role, c.address, c.read));
  }
  for (const role of TARGET_ROLES) {
    const c = r.targets[role];
    if (c !== undefined) out.push(...readProblems(r.def, role, c.address, c.read));
  }
  return out;
}
