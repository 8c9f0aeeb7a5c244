// A finding is data: which rule, which cell, the evidence. Sentences come from the catalogues.
import type { IndicatorCode } from "./indicator";

export type RuleId =
  | "not-a-number"
  | "unit-mismatch"
  | "formula-error"
  | "negative"
  | "not-integer"
  | "percent-range"
  | "required"
  | "sum-mismatch"
  | "exceeds-parent"
  | "text-number"
  | "outlier"
  | "below-target"
  | "explanation-missing"
  | "absurd-ratio"
  | "change-no-base"
  | "qualitative-unknown";

/** error: wrong data; shortfall: Chưa đạt; warning: suspicious data or Gần đạt. */
export type Severity = "error" | "shortfall" | "warning";

/** A sheet-qualified A1 address: "'Quý I-2020'!I9". */
export type QualifiedAddress = string & { readonly __brand: "QualifiedAddress" };

export type Evidence = Readonly<Record<string, string | number | boolean | null>>;

export interface Finding {
  readonly code: IndicatorCode;
  readonly cell: QualifiedAddress;
  readonly severity: Severity;
  readonly rule: RuleId;
  /** The values that broke the rule, for the message and for reviewers. */
  readonly evidence: Evidence;
}
