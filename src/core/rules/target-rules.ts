// Rules that weigh a figure against what it should be: required, outlier, below-target,
// explanation-missing.
import type { Finding, QualifiedAddress } from "../finding";
import type { IndicatorDef } from "../indicator";
import type { TargetSpec } from "../targets/target-spec";
import type { Assessment } from "./assess";
import { cellFinding } from "./cell-rules";
import { TARGET_LEXICON } from "../targets/target-lexicon";
import { numberOf, type ReadInputs } from "./inputs";

/** Outside 1/100 .. 100 × a reference: the size of a thousands separator lost in typing. */
export const OUTLIER_FACTOR = 100;

/** Most rows have nothing to report: one shared empty list rather than one per rule per row. */
const NOTHING: Finding[] = Object.freeze([]) as unknown as Finding[];

/** Empty Thực hiện when the indicator has a target or is marked required. */
export function requiredRule(r: ReadInputs, a: Assessment): Finding[] {
  const actual = r.numbers.actual;
  if (actual === undefined || actual.read.kind !== "empty") return NOTHING;
  if (!a.hasTarget && !r.facts.required) return NOTHING;
  return [cellFinding(r.def, actual.address, "required", { role: "actual", hasTarget: a.hasTarget })];
}

/** The number a figure is weighed against for the outlier test; null for a change (its base is the same period last year, tested already). */
const targetReference = (t: TargetSpec): number | null => (t.kind === "range" ? t.min : t.kind === "change" ? null : t.value);

/** A target that is a ceiling (lower is better, or "Dưới 3"): far under it is good, not a typing slip. */
const isCeiling = (t: TargetSpec, direction: ReadInputs["def"]["direction"]): boolean =>
  t.kind === "qualified" ? t.qualifier === "below" : direction === "lower";

/**
 * A rate typed as "87%" into a cell that holds percent figures: Excel stores 0,87. Its hundredfold
 * is within ten times the reference (80) while the figure itself is at most 1: staff typed a
 * percent sign, not a rate under one per cent.
 */
function looksLikeFraction(value: number, ref: number): boolean {
  if (value > 1 || ref < 5) return false;
  const hundredfold = value * 100;
  return hundredfold * 10 >= ref && hundredfold <= ref * 10;
}

/**
 * A figure under 1/100 or over 100 times the previous period, the same period last year or the
 * target: the mark of 920.000 typed as 920. Zero is a deliberate entry, never an outlier.
 */
export function outlierRule(r: ReadInputs, a: Assessment): Finding[] {
  const actual = r.numbers.actual;
  const value = a.value;
  // An absurd figure is already an error (ungradedRule): a warning on top would only repeat it.
  if (actual === undefined || value === null || value <= 0 || a.ungraded?.why === "absurd") return NOTHING;
  const ceiling = a.chosen !== null && isCeiling(a.chosen.target, r.facts.direction);
  // The references in turn, spelled out rather than a list of pairs: this runs for every row.
  const percent = r.facts.numberType === "percent";
  return outlierAgainst(r.def, percent, actual.address, value, "previousPeriod", numberOf(r, "previousPeriod"), false)
    ?? outlierAgainst(r.def, percent, actual.address, value, "samePeriodLastYear", numberOf(r, "samePeriodLastYear"), false)
    ?? outlierAgainst(r.def, percent, actual.address, value, "target", a.chosen === null ? null : targetReference(a.chosen.target), ceiling)
    ?? NOTHING;
}

/** The outlier finding against one reference, or null when the figure is plausible beside it. */
function outlierAgainst(
  def: IndicatorDef, percent: boolean, address: QualifiedAddress, value: number, reference: string, ref: number | null, ceiling: boolean,
): Finding[] | null {
  if (ref === null || ref <= 0) return null;
  // 0,02 % violations against "Dưới 3" is the best of results; the previous period still catches a lost separator.
  if (ceiling && value < ref) return null;
  if (percent && looksLikeFraction(value, ref)) {
    return [cellFinding(def, address, "outlier", { role: "actual", value, reference, referenceValue: ref, low: true, fraction: true })];
  }
  if (value * OUTLIER_FACTOR < ref || value > ref * OUTLIER_FACTOR) {
    return [cellFinding(def, address, "outlier", { role: "actual", value, reference, referenceValue: ref, low: value < ref })];
  }
  return null;
}

/**
 * Why an indicator with a figure and a target grades nothing: an absurd ratio (a unit or zeros
 * lost), a change target without its base, or qualitative words that are no accepted result.
 */
export function ungradedRule(r: ReadInputs, a: Assessment): Finding[] {
  const u = a.ungraded;
  const actual = r.numbers.actual;
  if (u === null || actual === undefined) return NOTHING;
  switch (u.why) {
    case "absurd":
      return [cellFinding(r.def, actual.address, "absurd-ratio", { role: "actual", value: a.value, reference: u.reference, referenceValue: u.referenceValue, low: u.low })];
    case "no-base": {
      const at = r.numbers.samePeriodLastYear?.address ?? actual.address;
      return [cellFinding(r.def, at, "change-no-base", { role: "samePeriodLastYear", text: u.text })];
    }
    case "qualitative": {
      const accepted = [...TARGET_LEXICON.qualitative.exceeded, ...TARGET_LEXICON.qualitative.met, ...(r.def.exceeding ?? []), ...(r.def.accepted ?? [])];
      return [cellFinding(r.def, actual.address, "qualitative-unknown", { role: "actual", text: u.text, accepted: accepted.join(", ") })];
    }
  }
}

/** Gần đạt (a warning) and Chưa đạt (a shortfall), on the Thực hiện cell. */
export function belowTargetRule(r: ReadInputs, a: Assessment): Finding[] {
  const actual = r.numbers.actual;
  if (actual === undefined || a.chosen === null || (a.grade !== "near" && a.grade !== "shortfall")) return NOTHING;
  const t = a.chosen.target;
  return [{
    code: r.def.code,
    cell: actual.address,
    severity: a.grade === "near" ? "warning" : "shortfall",
    rule: "below-target",
    evidence: {
      grade: a.grade, value: a.value, ratio: a.ratio, source: a.chosen.source, direction: r.def.direction,
      target: t.kind === "range" || t.kind === "change" ? null : t.value,
      min: t.kind === "range" || t.kind === "change" ? t.min : null,
      max: t.kind === "range" || t.kind === "change" ? t.max : null,
      qualifier: t.kind === "qualified" ? t.qualifier : null,
      // A filled Giải trình: the message then stops asking for one.
      explained: r.explanation !== null && r.explanation.read !== "",
    },
  }];
}

/** A shortfall with an empty Giải trình, when the template says a shortfall needs one. */
export function explanationRule(r: ReadInputs, a: Assessment): Finding[] {
  if (a.grade !== "shortfall" || !r.facts.explanationRequired || r.explanation === null || r.explanation.read !== "") return NOTHING;
  return [cellFinding(r.def, r.explanation.address, "explanation-missing", { ratio: a.ratio, value: a.value })];
}
