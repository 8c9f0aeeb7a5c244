// Whether a checked report may leave as a summary: a report with errors (a figure the check calls
// wrong: 920 typed for 920.000, a negative count, parts that do not add up) would send the
// committee a verdict built on wrong figures, and an empty one a verdict on nothing. Both
// adapters (the command line and the pane) ask this one question and give the same choice.
import type { CheckResult } from "../check";
import type { Finding } from "../finding";

export type SummaryReadiness =
  | { readonly ok: true }
  /** Nothing typed: no indicator has a Thực hiện figure. Never exported. */
  | { readonly ok: false; readonly reason: "empty" }
  /**
   * The check's errors and implausible figures (outliers: 920 typed for 920.000 is a warning on the
   * sheet, since the figure may be right, but a summary must not pass it unseen), in sheet order:
   * exported only when the user says so, marked unverified.
   */
  | { readonly ok: false; readonly reason: "errors"; readonly errors: readonly Finding[] };

export function summaryReadiness(result: Pick<CheckResult, "indicators" | "findings">): SummaryReadiness {
  if (result.indicators.every((i) => i.value === null)) return { ok: false, reason: "empty" };
  const errors = result.findings.filter((f) => f.severity === "error" || f.rule === "outlier");
  return errors.length === 0 ? { ok: true } : { ok: false, reason: "errors", errors };
}
