// The `chitieu check --json` object, exactly as issue 3 specifies it:
// {"files":[{"file","template":{"id","version"},"period":"2020-Q1","indicators":[...],"findings":[...],"summary":{"counts","verdict"}}]}
// and {"file","error"} for a file that cannot be used.
import type { CheckResult } from "../core/check";
import type { Finding, RuleId, Severity } from "../core/finding";
import type { Grade } from "../core/grading/grade";
import type { Lang } from "../core/indicator";
import { formatPeriodId } from "../core/periods/period-labels";

export interface JsonIndicator {
  readonly code: string;
  readonly cells: Readonly<Record<string, string>>;
  readonly value: number | null;
  readonly target: number | { readonly min: number; readonly max: number } | null;
  readonly ratio: number | null;
  readonly grade: Grade;
}

export interface JsonFinding {
  readonly code: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly rule: RuleId;
  readonly message: string;
}

export interface JsonCheckedFile {
  readonly file: string;
  readonly template: { readonly id: string; readonly version: string };
  readonly period: string;
  readonly indicators: readonly JsonIndicator[];
  readonly findings: readonly JsonFinding[];
  readonly summary: { readonly counts: Readonly<Record<Grade, number>>; readonly verdict: string };
}

export interface JsonUnusableFile {
  readonly file: string;
  readonly error: string;
}

export type JsonFile = JsonCheckedFile | JsonUnusableFile;

export function jsonOfCheck(
  file: string,
  result: CheckResult,
  message: (finding: Finding) => string,
  lang: Lang,
): JsonCheckedFile {
  return {
    file,
    template: { id: result.template.id, version: result.template.version },
    period: formatPeriodId(result.period),
    indicators: result.indicators.map((indicator) => ({
      code: indicator.code,
      cells: { ...indicator.cells },
      value: indicator.value,
      target: indicator.target,
      ratio: indicator.ratio,
      grade: indicator.grade,
    })),
    findings: result.findings.map((finding) => ({
      code: finding.code,
      cell: finding.cell,
      severity: finding.severity,
      rule: finding.rule,
      message: message(finding),
    })),
    summary: { counts: { ...result.summary.counts }, verdict: result.summary.verdict[lang] },
  };
}
