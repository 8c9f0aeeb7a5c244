// Reading a target cell: a number, a range ("6,6-6,8") or a qualified number ("Trên 4",
// "Dưới 3", "Khoảng 4"), typed the Vietnamese way.
import type { TargetSpec } from "./target-spec";
import { normalizeText, readCellNumber, readNumberText, type CellNumber } from "../numbers/read-number";
import type { SnapshotCell } from "../snapshot";
import { alternation, TARGET_LEXICON } from "./target-lexicon";

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

const prefix = (words: readonly string[]): RegExp => new RegExp(`^(?:${alternation(words)})\\s*`, "u");

/** Floors, then ceilings, then "about": the first whose word starts the text qualifies it. */
const QUALIFIERS: readonly (readonly [RegExp, "above" | "below" | "about"])[] = [
  [prefix(TARGET_LEXICON.floor.prefixes), "above"],
  [prefix(TARGET_LEXICON.ceiling.prefixes), "below"],
  [prefix(TARGET_LEXICON.about.prefixes), "about"],
];

/**
 * "6,6-6,8", "6,6 – 6,8", "6,6 đến 6,8", "từ 6,6 đến 6,8", "6,6÷6,8": two Vietnamese numbers
 * (the left one unsigned) around a separator of the lexicon.
 */
const RANGE = new RegExp(
  `^(?:(?:${alternation(TARGET_LEXICON.range.openers)})\\s+)?(\\d[\\d., ]*?)\\s*(%?)\\s*(?:${alternation(TARGET_LEXICON.range.separators)})\\s*(\\d.*)$`,
  "u",
);

type Part = { value: number } | { suggestion: number | null; english: boolean; units?: { readonly typed: string; readonly row: string } };

function readPart(text: string, rowUnit: string | null): Part {
  const r = readNumberText(text, rowUnit);
  if (r.ok) return { value: r.reading.value };
  return { suggestion: r.suggestion, english: r.reason === "english-style", ...(r.units === undefined ? {} : { units: r.units }) };
}

/** The failure of a part, as the cell's reading: a unit that cannot be reconciled says both units. */
function partFailure(text: string, part: Exclude<Part, { value: number }>): CellTarget {
  if (part.units !== undefined) return { kind: "not-a-number", text, reason: "unit-mismatch", suggestion: null, units: part.units };
  return { kind: "not-a-number", text, reason: part.english ? "english-style" : "unreadable", suggestion: part.suggestion };
}

/** Reads a Kế hoạch năm or Chỉ tiêu kỳ cell. Never throws. */
export function readCellTarget(cell: SnapshotCell | undefined, rowUnit: string | null = null): CellTarget {
  // The common case, a number cell, without the detour through readCellNumber's result.
  if (typeof cell === "number" && Number.isFinite(cell)) {
    return { kind: "target", target: { kind: "number", value: cell === 0 ? 0 : cell }, text: null, plainText: false };
  }
  const plain = readCellNumber(cell, rowUnit);
  if (plain.kind === "empty" || plain.kind === "error" || typeof cell !== "string") return asTarget(plain);
  const text = normalizeText(cell);
  const lower = text.toLowerCase();
  // Qualifiers first: "Khoảng 4" in a target cell is how planners write targets, not a typing slip.
  for (const [re, qualifier] of QUALIFIERS) {
    const m = re.exec(lower);
    if (m === null || m[0] === "") continue;
    const part = readPart(lower.slice(m[0].length), rowUnit);
    if ("value" in part) return { kind: "target", target: { kind: "qualified", qualifier, value: part.value }, text, plainText: false };
    return partFailure(text, part);
  }
  const range = RANGE.exec(lower);
  if (range !== null) {
    const lo = readPart(range[1] + range[2], rowUnit);
    const hi = readPart(range[3], rowUnit);
    if ("value" in lo && "value" in hi) {
      // Planners sometimes write the bounds the other way round; the range is the same.
      const [min, max] = lo.value <= hi.value ? [lo.value, hi.value] : [hi.value, lo.value];
      return { kind: "target", target: { kind: "range", min, max }, text, plainText: false };
    }
    if (!("value" in lo) && lo.units !== undefined) return partFailure(text, lo);
    if (!("value" in hi) && hi.units !== undefined) return partFailure(text, hi);
    const english = ("english" in lo && lo.english) || ("english" in hi && hi.english);
    if (english) return { kind: "not-a-number", text, reason: "english-style", suggestion: null };
  }
  return asTarget(plain);
}

function asTarget(n: CellNumber): CellTarget {
  if (n.kind !== "number") return n;
  return { kind: "target", target: { kind: "number", value: n.value }, text: n.text, plainText: n.text !== null };
}
