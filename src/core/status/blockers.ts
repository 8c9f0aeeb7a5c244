// What stops a report from being submitted or approved: wrong data (every error finding) and
// shortfalls nobody explained. A warning (an outlier, text that reads as a number) is for the
// reviewer to judge and never blocks; a Chưa đạt with its Giải trình typed is an honest report.
import type { CheckResult } from "../check";
import type { Finding } from "../finding";

export function blockingFindings(result: CheckResult): readonly Finding[] {
  const unexplained = new Set(
    result.indicators.filter((i) => i.grade === "shortfall" && i.explanation.trim() === "").map((i) => i.code as string),
  );
  // One finding per unexplained shortfall: the template's explanation-missing where it has one,
  // else the below-target finding itself (a template may not require Giải trình, the workflow does).
  const explained = new Set(result.findings.filter((f) => f.rule === "explanation-missing").map((f) => f.code as string));
  return result.findings.filter((f) =>
    f.severity === "error" ||
    f.rule === "explanation-missing" ||
    (f.rule === "below-target" && f.severity === "shortfall" && unexplained.has(f.code) && !explained.has(f.code)),
  );
}
