// Reading a target cell in the language of real plans: a number, a range ("6,6-6,8", "từ 6,6 đến
// 6,8", "Khoảng 33-34"), a floor or a ceiling ("Trên 4", "từ 8,5% trở lên", "không quá 5", "< 7,6"),
// an approximate figure ("Khoảng 4") or a change against the same period last year ("Tăng 7%",
// "giảm 1-1,5 điểm %"), typed the Vietnamese way, with units read in the row's unit. Every word
// comes from target-lexicon.ts, which the sheet's formulas are built from too.
import { normalizeText, readCellNumber, readNumberText, type CellNumber } from "../numbers/read-number";
import type { SnapshotCell } from "../snapshot";
import { alternation, TARGET_LEXICON, type Bound } from "./target-lexicon";
import type { Qualifier, TargetSpec } from "./target-spec";

export type CellTarget =
  | { readonly kind: "empty" }
  | {
      readonly kind: "target";
      readonly target: TargetSpec;
      /** The text it was read from; null for a number cell. */
      readonly text: string | null;
      /** A plain number typed as text: warrants the same `text-number` warning as any figure. */
      readonly plainText: boolean;
    }
  | Extract<CellNumber, { kind: "error" | "not-a-number" }>;

type Failure = Extract<CellTarget, { kind: "not-a-number" }>;

const L = TARGET_LEXICON;
const prefix = (words: readonly string[]): RegExp => new RegExp(`^(${alternation(words)})\\s*`, "u");
const tidyWord = (w: string): string => w.replace(/\s+/gu, " ");

/** Floors, then ceilings, then "about": the first whose word starts the text qualifies it. */
const QUALIFIERS: readonly (readonly [RegExp, Qualifier, readonly string[]])[] = [
  [prefix(L.floor.prefixes), "above", L.floor.inclusive],
  [prefix(L.ceiling.prefixes), "below", L.ceiling.inclusive],
  [prefix(L.about.prefixes), "about", []],
];

const circumfixes = (b: Bound): readonly RegExp[] =>
  b.circumfixes.map((c) => new RegExp(`^(?:${alternation([c.before])})\\s+(.+?)\\s*(?:${alternation([c.after])})$`, "u"));
const CIRCUMFIXES: readonly (readonly [RegExp, Qualifier])[] = [
  ...circumfixes(L.floor).map((re) => [re, "above"] as const),
  ...circumfixes(L.ceiling).map((re) => [re, "below"] as const),
];

/** "6,6-6,8", "6,6 – 6,8", "6,6 đến 6,8", "từ 6,6 đến 6,8", "6,6÷6,8": two Vietnamese numbers (the left one unsigned). */
const RANGE = new RegExp(
  `^(?:(?:${alternation(L.range.openers)})\\s+)?(\\d[\\d., ]*?)\\s*(%?)\\s*(?:${alternation(L.range.separators)})\\s*(\\d.*)$`,
  "u",
);

const CHANGE = new RegExp(`^(${alternation([...L.change.increase, ...L.change.decrease])})\\s+(.+)$`, "u");
const REFERENCE = new RegExp(`\\s*(?:${alternation(L.change.reference)})(?![\\p{L}]).*$`, "u");
const POINTS = new RegExp(`\\s*(?:${alternation(L.change.points)})$`, "u");
/** ", tăng 8% so với thực hiện năm 2019" after a target: a comment on it. */
const COMMENT = new RegExp(`,\\s+(?:${alternation(L.comment)})(?![\\p{L}]).*$`, "u");

const REMAINING = alternation(L.remaining);
/** "0,86% (còn 4,17%)", "575 (tăng 15%)", "0,4% (theo chuẩn nghèo giai đoạn 2016– 2020)": a figure, then a remark in parentheses. */
const REMARK = /^(.+?)\s*\([^()]*\)$/u;
const VERB = new RegExp(`^(?:${alternation(L.verbs)})\\s+(?=\\S)`, "u");
/** "giảm 0,87%, hiện còn 1,86%": a change, then the level it leaves, which is the figure. */
const CHANGE_THEN_LEVEL = new RegExp(`^(?:${alternation([...L.change.increase, ...L.change.decrease])})\\s.+?,\\s*(?:${REMAINING})\\s+(.+)$`, "u");

/** The part of a text that states the figure, when the rest comments on it; null when all of it does. */
export function statedPart(text: string): string | null {
  const lower = text.toLowerCase();
  const level = CHANGE_THEN_LEVEL.exec(lower);
  if (level !== null) return text.slice(text.length - level[1].length);
  const remark = REMARK.exec(lower);
  if (remark !== null) return text.slice(0, remark[1].length);
  const verb = VERB.exec(lower);
  return verb === null ? null : text.slice(verb[0].length);
}

type Amount = { readonly ok: true; readonly min: number; readonly max: number } | { readonly ok: false; readonly failure: Failure };

function failure(text: string, r: Exclude<ReturnType<typeof readNumberText>, { ok: true }>): Failure {
  if (r.units !== undefined) return { kind: "not-a-number", text, reason: "unit-mismatch", suggestion: null, units: r.units };
  return { kind: "not-a-number", text, reason: r.reason === "english-style" ? "english-style" : "unreadable", suggestion: r.suggestion };
}

/** A number or a range of numbers, in the row's unit: the body after a qualifier or a change word. */
function readAmount(s: string, text: string, rowUnit: string | null): Amount {
  const range = RANGE.exec(s);
  if (range !== null) {
    // A unit written once, after the range ("6,6-6,8 tỷ USD"), is the unit of both ends.
    const unit = range[2] === "" ? range[3].replace(/^[\d., ]+/u, "").trim() : "";
    const lo = readNumberText(range[1] + (range[2] === "" ? (unit === "" ? "" : ` ${unit}`) : range[2]), rowUnit);
    const hi = readNumberText(range[3], rowUnit);
    if (lo.ok && hi.ok) {
      // Planners sometimes write the bounds the other way round; the range is the same.
      const [min, max] = lo.reading.value <= hi.reading.value ? [lo.reading.value, hi.reading.value] : [hi.reading.value, lo.reading.value];
      return { ok: true, min, max };
    }
    const bad = !lo.ok ? lo : !hi.ok ? hi : null;
    if (bad !== null && (bad.units !== undefined || bad.reason === "english-style")) {
      return { ok: false, failure: bad.units !== undefined ? failure(text, bad) : { kind: "not-a-number", text, reason: "english-style", suggestion: null } };
    }
  }
  const one = readNumberText(s, rowUnit);
  if (one.ok) return { ok: true, min: one.reading.value, max: one.reading.value };
  return { ok: false, failure: failure(text, one) };
}

/** "tăng 7%", "giảm 1-1,5 điểm %", "tăng 8% so với cùng kỳ": per cent or points, never in the row's unit. */
function readChange(direction: string, body: string, text: string): TargetSpec | Failure {
  const change = L.change.decrease.includes(direction) ? "decrease" : "increase";
  const stated = body.replace(REFERENCE, "");
  const points = POINTS.test(stated);
  const amount = stated.replace(POINTS, "");
  // A change must say per cent or points: "tăng 7" could be 7 of anything.
  if (!points && !amount.includes("%")) return { kind: "not-a-number", text, reason: "unreadable", suggestion: null };
  const a = readAmount(amount, text, null);
  if (!a.ok) return a.failure;
  return { kind: "change", change, measure: points ? "points" : "percent", min: a.min, max: a.max };
}

/** The target language of a text cell (lower case, tidied), or null when the text is none of its forms. */
function readTargetText(s: string, text: string, rowUnit: string | null): TargetSpec | Failure | null {
  const change = CHANGE.exec(s);
  if (change !== null) return readChange(change[1], change[2], text);
  for (const [re, qualifier] of CIRCUMFIXES) {
    const m = re.exec(s);
    if (m === null) continue;
    const a = readAmount(m[1], text, rowUnit);
    if (!a.ok) return a.failure;
    return { kind: "qualified", qualifier, value: qualifier === "above" ? a.min : a.max, inclusive: true };
  }
  // Qualifiers before plain numbers: "Khoảng 4" in a target cell is how planners write targets, not a typing slip.
  for (const [re, qualifier, inclusive] of QUALIFIERS) {
    const m = re.exec(s);
    if (m === null || m[0] === "") continue;
    const a = readAmount(s.slice(m[0].length), text, rowUnit);
    if (!a.ok) return a.failure;
    // "Khoảng 33-34" is the range itself.
    if (a.min !== a.max) return { kind: "range", min: a.min, max: a.max };
    const value = a.min;
    return qualifier === "about" ? { kind: "qualified", qualifier, value } : { kind: "qualified", qualifier, value, inclusive: inclusive.includes(tidyWord(m[1])) };
  }
  if (RANGE.test(s)) {
    const a = readAmount(s, text, rowUnit);
    if (!a.ok) return a.failure.reason === "unreadable" ? null : a.failure;
    return a.min === a.max ? { kind: "number", value: a.min } : { kind: "range", min: a.min, max: a.max };
  }
  return null;
}

/** Reads a Kế hoạch năm or Chỉ tiêu kỳ cell (or a result written like one). Never throws. */
export function readCellTarget(cell: SnapshotCell | undefined, rowUnit: string | null = null): CellTarget {
  // The common case, a number cell, without the detour through readCellNumber's result.
  if (typeof cell === "number" && Number.isFinite(cell)) {
    return { kind: "target", target: { kind: "number", value: cell === 0 ? 0 : cell }, text: null, plainText: false };
  }
  const plain = readCellNumber(cell, rowUnit);
  if (plain.kind === "empty" || plain.kind === "error" || typeof cell !== "string") return asTarget(plain);
  const text = normalizeText(cell);
  const lower = text.toLowerCase();
  // "0,7% (còn 4,33%)", "giảm 0,87%, hiện còn 1,86%": read the part that states the figure.
  const stated = statedPart(text);
  if (stated !== null) {
    const head = readCellTarget(stated, rowUnit);
    if (head.kind === "target") return { kind: "target", target: head.target, text, plainText: false };
  }
  const read = readTargetText(lower, text, rowUnit);
  if (read !== null) return "reason" in read ? read : { kind: "target", target: read, text, plainText: false };
  // "803.300 tỷ đồng, tăng 8% so với thực hiện năm 2019": the target is stated before the comment.
  const uncommented = lower.replace(COMMENT, "");
  if (uncommented !== lower) {
    const head = readCellTarget(text.slice(0, uncommented.length), rowUnit);
    if (head.kind === "target") return { kind: "target", target: head.target, text, plainText: false };
  }
  return asTarget(plain);
}

function asTarget(n: CellNumber): CellTarget {
  if (n.kind !== "number") return n;
  return { kind: "target", target: { kind: "number", value: n.value }, text: n.text, plainText: n.text !== null };
}
