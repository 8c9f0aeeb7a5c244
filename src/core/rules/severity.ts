// Stable rule ids, their severities and the order findings of one cell are listed in.
import type { RuleId, Severity } from "../finding";

/** The severity of each rule; below-target is a warning when near and a shortfall below that. */
export const RULE_SEVERITY: Readonly<Record<Exclude<RuleId, "below-target">, Severity>> = {
  "not-a-number": "error",
  "unit-mismatch": "error",
  "formula-error": "error",
  "negative": "error",
  "not-integer": "error",
  "percent-range": "error",
  "required": "error",
  "sum-mismatch": "error",
  "exceeds-parent": "error",
  "text-number": "warning",
  "outlier": "warning",
  "explanation-missing": "warning",
  "absurd-ratio": "error",
  "change-no-base": "error",
  "qualitative-unknown": "error",
};

/** Within one cell, the most basic problem comes first: a reviewer fixes reading before judging. */
export const RULE_ORDER: readonly RuleId[] = [
  "formula-error", "not-a-number", "unit-mismatch", "required", "negative", "not-integer", "percent-range", "text-number",
  "sum-mismatch", "exceeds-parent", "absurd-ratio", "change-no-base", "qualitative-unknown", "outlier", "below-target", "explanation-missing",
];
