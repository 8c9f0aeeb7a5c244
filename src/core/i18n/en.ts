// English catalogue, for Office running in English: what is wrong, then how to fix it.
import type { Finding } from "../finding";
import { formatNumber, formatRatio } from "../numbers/format-number";
import type { TemplateError } from "../template/template-error";
import { EXCEEDED_FROM_RANGE, TEMPLATE_PATTERNS } from "../template/template-schema";
import { evBool, evNum, evStr, type Catalog, type NamedIndicator, type VerdictParts } from "./catalog";

const n = (x: number | null): string => (x === null ? "?" : formatNumber(x, "en"));
const pct = (x: number | null): string => (x === null ? "" : formatRatio(x, "en"));

const ROLE = {
  plan: "Annual plan", periodTarget: "Period target", previousPeriod: "Previous period",
  samePeriodLastYear: "Same period last year", actual: "Actual", explanation: "Explanation",
  carriedYtd: "Earlier quarters, year to date", target: "target",
} as const;

const role = (f: Finding): string => ROLE[evStr(f, "role") as keyof typeof ROLE] ?? evStr(f, "role");

const REFERENCE: Readonly<Record<string, string>> = {
  previousPeriod: "the previous period", samePeriodLastYear: "the same period last year", target: "the target",
};

function targetText(f: Finding): string {
  const min = evNum(f, "min");
  const max = evNum(f, "max");
  if (min !== null && max !== null) return `${n(min)}-${n(max)}`;
  const t = n(evNum(f, "target"));
  const q = evStr(f, "qualifier");
  return q === "above" ? `above ${t}` : q === "below" ? `below ${t}` : q === "about" ? `about ${t}` : t;
}

/**
 * What to type for a figure: a whole number without separators ("type 920000"), which every
 * Excel reads alike; a decimal with the dot, and the comma for an Excel set to Vietnamese.
 */
function typeIt(x: number): string {
  if (Number.isInteger(x)) return `type ${String(x)}`;
  return `type ${String(x)}, or ${String(x).replace(".", ",")} if Excel uses a decimal comma`;
}

function notANumber(f: Finding): string {
  const text = evStr(f, "text");
  const suggestion = evNum(f, "suggestion");
  if (evStr(f, "reason") === "english-style") {
    if (suggestion === null) return `The ${role(f)} cell holds "${text}", written the English way, so its value is ambiguous. Write it the Vietnamese way: dots between thousands, a comma before decimals (for example 6,6-6,8).`;
    const how = Number.isInteger(suggestion) ? "without thousands separators" : "with its decimal separator";
    return `The ${role(f)} cell holds "${text}", written the English way, so its value is ambiguous. If you mean ${n(suggestion)}, type it again as a number ${how} (${typeIt(suggestion)}).`;
  }
  return `The ${role(f)} cell holds "${text}", which cannot be read as a number. Type a number (for example 920000, or 87.5; 87,5 if Excel uses a decimal comma), or leave it empty if there is no figure yet.`;
}

function finding(f: Finding): string {
  const v = evNum(f, "value");
  switch (f.rule) {
    case "not-a-number":
      return notANumber(f);
    case "formula-error":
      return `The ${role(f)} cell shows the error ${evStr(f, "error")}. Fix the formula that causes it, or type the figure directly.`;
    case "negative":
      return `The ${role(f)} cell holds ${n(v)}, but this indicator cannot be negative. Check it and type a number of 0 or more.`;
    case "not-integer":
      return evStr(f, "numberType") === "money"
        ? `The ${role(f)} cell holds ${n(v)} VND, but amounts are whole đồng. Type a whole number; the unit is the đồng, not the million đồng (7.5 million is 7500000).`
        : `The ${role(f)} cell holds ${n(v)}, but this indicator is a count. Type a whole number.`;
    case "percent-range":
      return `The ${role(f)} cell holds ${n(v)}%, outside 0-100%. Type the rate as a number from 0 to 100 (for example 87.5 for 87.5%).`;
    case "required":
      return evBool(f, "hasTarget")
        ? "The result is empty although this indicator has a target to grade. Type the result; type 0 if there was none."
        : "The result of this required indicator is empty. Type the result; type 0 if there was none.";
    case "sum-mismatch": {
      const sum = evNum(f, "sum");
      if (!evBool(f, "complete")) {
        return `The parts filled in (${evStr(f, "parts")}) add up to ${n(sum)}, more than the total ${n(v)}. Check the total and its parts.`;
      }
      const diff = v !== null && sum !== null ? Math.abs(v - sum) : null;
      return `The total ${n(v)} does not equal the sum of its parts (${evStr(f, "parts")}), ${n(sum)}: a difference of ${n(diff)}. Correct the total or the parts so that they match.`;
    }
    case "exceeds-parent":
      return `This figure (${n(v)}) is larger than that of ${evStr(f, "parent")} (${n(evNum(f, "parentValue"))}), yet it is only part of ${evStr(f, "parent")}. Check both figures.`;
    case "text-number":
      return `The ${role(f)} cell holds a number typed as text, "${evStr(f, "text")}", read as ${n(v)}. Type it again as a number${v === null ? "" : ` (${typeIt(v)})`} so that Excel formulas can use it.`;
    case "outlier": {
      const ref = REFERENCE[evStr(f, "reference")] ?? evStr(f, "reference");
      const rv = n(evNum(f, "referenceValue"));
      if (evBool(f, "fraction")) {
        const typed = v === null ? "?" : n(Math.round(v * 100 * 1e6) / 1e6);
        return `The rate ${n(v)} is very small against ${ref} (${rv}). ${typed}% may have been typed, which Excel stores as ${n(v)}. Rates here are in per cent: type ${typed} (without the % sign); if ${n(v)}% is right, ignore this warning.`;
      }
      return evBool(f, "low")
        ? `The result ${n(v)} is under 1/100 of ${ref} (${rv}). A thousands separator may have been lost: Excel set to English reads 920.000 as 920. Check the figure; if it is larger, type it again without dots (for example 920000).`
        : `The result ${n(v)} is over 100 times ${ref} (${rv}). An extra zero or a lost decimal comma may be the cause. Check the result and ${ref}.`;
    }
    case "below-target": {
      const ratio = evNum(f, "ratio");
      const reached = ratio === null ? "" : `, ${pct(ratio)} reached`;
      if (evBool(f, "explained")) return `${evStr(f, "grade") === "near" ? "Nearly met" : "Short of target"}: result ${n(v)} against the target ${targetText(f)}${reached}. An explanation is given.`;
      return evStr(f, "grade") === "near"
        ? `Nearly met: result ${n(v)} against the target ${targetText(f)}${reached}. Check the figure; if it is right, give the reason under Explanation.`
        : `Short of target: result ${n(v)} against the target ${targetText(f)}${reached}. Give the reason and the remedy under Explanation.`;
    }
    case "explanation-missing": {
      const ratio = evNum(f, "ratio");
      return `This indicator fell short of its target${ratio === null ? "" : ` (${pct(ratio)} reached)`} but has no explanation. Write the reason and the remedy in the Explanation cell.`;
    }
    // Issue 10: units, absurd ratios, target language.
    case "unit-mismatch":
      return `The ${role(f)} cell says "${evStr(f, "text")}" in ${evStr(f, "typedUnit")}, but this indicator is counted in ${evStr(f, "rowUnit")}; the two units do not convert into each other, so the figure was not graded. Type the figure again in ${evStr(f, "rowUnit")} (or type the number alone).${evStr(f, "typedUnit") === "%" ? " If the cell shows a % you did not type, it is formatted as a percentage: choose Create sheet, then Rebuild, to give the table its number formats back (every figure is kept), then type the number again." : ""}`;
    case "absurd-ratio":
      return `The result ${n(v)} is ${evBool(f, "low") ? "less than 1/1,000 of" : "more than 1,000 times"} the ${REFERENCE[evStr(f, "reference")] ?? evStr(f, "reference")} (${n(evNum(f, "referenceValue"))}): it cannot be right, so it was not graded. Check the unit (đồng or triệu, tỷ đồng) and the digits, and type it again.`;
    case "change-no-base":
      return `The target "${evStr(f, "text")}" is a change against the same period last year, but the Same period last year cell is empty, so it cannot be graded. Fill in the same period last year.`;
    case "qualitative-unknown":
      return `The ${role(f)} cell says "${evStr(f, "text")}", which is not an accepted result of this qualitative indicator (${evStr(f, "accepted")}). Write one of those results, or a figure if there is one.`;
  }
}

const FORMAT: Readonly<Record<string, string>> = {
  [TEMPLATE_PATTERNS.id]: "lower-case letters, digits and hyphens, for example stttt-quarterly",
  [TEMPLATE_PATTERNS.version]: "three numbers separated by dots, for example 1.0.0",
  [TEMPLATE_PATTERNS.code]: "letters and digits separated by dots, for example A.1.2",
};

function templateError(e: TemplateError): string {
  const at = e.path === "" ? "The template file" : `Field "${e.path}"`;
  const value = e.value ?? "";
  switch (e.code) {
    case "missing": return `${at} is missing. Add it.`;
    case "wrong-type": return `${at} must be ${e.expected === "array" || e.expected === "object" ? "an" : "a"} ${e.expected ?? ""}, but it is ${value}. Correct the value.`;
    case "not-allowed": return `${at} has the value ${value}, which is not allowed. Use one of: ${e.expected ?? ""}.`;
    case "bad-format": return `${at} has the value ${value}, in the wrong form. Write it as ${FORMAT[e.expected ?? ""] ?? e.expected}.`;
    case "out-of-range": return e.expected === EXCEEDED_FROM_RANGE
      ? `${at} has the value ${value}, outside ${e.expected}. Use a ratio above 1 and at most 10, for example 1.05 for Vượt from 105 %.`
      : `${at} has the value ${value}, outside ${e.expected ?? ""}. Use a number above 0 and at most 1, for example 0.9.`;
    case "empty": return `${at} is empty. Fill it in.`;
    case "unknown-field": return `${at} is not part of the template schema (perhaps a typo). Correct its name or remove it.`;
    case "duplicate-code": return `The code ${value} at ${at.toLowerCase()} is used twice. Every section and indicator needs its own code.`;
    case "unknown-parent": return `The parent ${value} at ${at.toLowerCase()} is not an indicator of this template. Use the code of one of its indicators.`;
    case "parent-cycle": return `The parent ${value} at ${at.toLowerCase()} leads back to the indicator itself. Point each part to its total, never in a circle.`;
    case "unknown-code": return `The rule at ${at.toLowerCase()} names ${value}, which is not an indicator of this template. Use the code of one of its indicators.`;
  }
}

const list = (xs: readonly NamedIndicator[]): string => xs.map((x) => (x.ratio === "" ? x.name : `${x.name} (${x.ratio})`)).join(", ");

function verdict(v: VerdictParts): string {
  if (v.graded === 0) {
    return v.ungraded === "no-figures"
      ? `No results have been entered for ${v.period} yet, so no indicator could be graded`
      : `No indicator has a target for ${v.period}, so none could be graded`;
  }
  const missing = v.missing ?? [];
  const unreported = missing.length > 0 ? `${missing.length} ${missing.length === 1 ? "has" : "have"} no valid result to grade yet: ${list(missing)}` : "";
  if (v.short.length === 0 && v.near.length === 0) {
    const all = unreported === "" ? `Overall, all indicators for ${v.period} met or exceeded their targets` : `Overall, the indicators graded for ${v.period} met or exceeded their targets`;
    return unreported === "" ? all : `${all}; ${unreported}`;
  }
  const parts = [
    ...(v.short.length > 0 ? [`${v.short.length} fell short: ${list(v.short)}`] : []),
    ...(v.near.length > 0 ? [`${v.near.length} nearly met: ${list(v.near)}`] : []),
    ...(unreported === "" ? [] : [unreported]),
  ].join("; ");
  return v.noneReached
    ? `Indicators for ${v.period} did not reach their targets; ${parts}`
    : `Overall, indicators for ${v.period} broadly met their targets; ${parts}`;
}

export const en: Catalog = {
  period: {
    label: (key, _roman, year) =>
      typeof key === "number" ? `Q${key} ${year}` : key === "H1" ? `H1 ${year}` : key === "9M" ? `9 months ${year}` : `Year ${year}`,
    phrase: (key) => (typeof key === "number" ? `Q${key}` : key === "H1" ? "the first half" : key === "9M" ? "the first nine months" : "the year"),
  },
  grade: { exceeded: "Exceeded", met: "Met", near: "Nearly met", shortfall: "Short", none: "Not graded" },
  severity: { error: "Error", shortfall: "Short of target", warning: "Warning" },
  role: ROLE,
  finding,
  templateError,
  verdict,
  qualifier: { above: "above", below: "below", about: "about" },
};
