// The shape of a message catalogue: every user-facing sentence of the engine, per language.
import type { Finding, Severity } from "../finding";
import type { Grade } from "../grading/grade";
import type { InputRole } from "../reading";
import type { TemplateError } from "../template/template-error";
import type { Qualifier } from "../targets/target-spec";

/** An indicator named in a verdict, with its ratio already formatted ("85,0%") or "" without one. */
export interface NamedIndicator {
  readonly name: string;
  readonly ratio: string;
}

export interface VerdictParts {
  /** "quý I", "6 tháng đầu năm", "năm 2020"; en "Q1", "the first half", "the year 2020". */
  readonly period: string;
  readonly graded: number;
  readonly short: readonly NamedIndicator[];
  readonly near: readonly NamedIndicator[];
  /** Indicators with a target but no usable figure yet, named so the sentence does not overclaim. */
  readonly missing?: readonly NamedIndicator[];
  /** None met or exceeded. */
  readonly noneReached: boolean;
  /**
   * Why nothing was graded, when graded is 0: "no-figures" when some indicator has a target but
   * none with a target has its Thực hiện yet; "no-targets" when no indicator has a target.
   */
  readonly ungraded?: "no-figures" | "no-targets";
}

/** A quarter by number (with its roman numeral), or a cumulative period. */
export type PeriodWordsKey = 1 | 2 | 3 | 4 | "H1" | "9M" | "Y";

export interface Catalog {
  readonly period: {
    /** "Quý I năm 2020", "6 tháng đầu năm 2020"; en "Q1 2020", "H1 2020". */
    label(key: PeriodWordsKey, roman: string, year: number): string;
    /** Inside a sentence: "quý I", "6 tháng đầu năm"; en "Q1", "the first half". */
    phrase(key: PeriodWordsKey, roman: string): string;
  };
  readonly grade: Readonly<Record<Grade, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly role: Readonly<Record<InputRole | "target", string>>;
  finding(f: Finding): string;
  templateError(e: TemplateError): string;
  verdict(v: VerdictParts): string;
  /** A derived target's word ("trên 1" for "Trên 4" pro-rated to a quarter); en "above", "below", "about". */
  readonly qualifier: Readonly<Record<Qualifier, string>>;
}

/** Evidence readers: evidence is loosely typed data, so each message reads what it needs defensively. */
export const evNum = (f: Finding, key: string): number | null => {
  const v = f.evidence[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};
export const evStr = (f: Finding, key: string): string => {
  const v = f.evidence[key];
  return typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
};
export const evBool = (f: Finding, key: string): boolean => f.evidence[key] === true;
