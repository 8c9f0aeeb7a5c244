// The words of the target language, as plain data: the one list the check's parser
// (read-target.ts) and the sheet's formulas (layout/target-formulas.ts) are both built from, so a
// word the check reads is a word the sheet reads. Words are lower case, NFC, with single spaces
// (what normalizeText leaves); matching is at the start of the text unless said otherwise.

/** A word before a number ("Trên 4") or a pair of words around it ("từ 8,5% trở lên"). */
export interface Circumfix {
  readonly before: string;
  readonly after: string;
}

export interface TargetLexicon {
  /** The result must be at least the number: "Trên 4", "Không dưới 90", "≥ 95". */
  readonly floor: { readonly prefixes: readonly string[]; readonly circumfixes: readonly Circumfix[] };
  /** The result must be at most the number: "Dưới 3", "Không quá 5", "< 7,6". */
  readonly ceiling: { readonly prefixes: readonly string[]; readonly circumfixes: readonly Circumfix[] };
  /** The number is approximate: "Khoảng 4". */
  readonly about: { readonly prefixes: readonly string[] };
  /** Between two numbers: "6,6-6,8", "6,6 đến 6,8", "từ 6,6 đến 6,8". */
  readonly range: { readonly separators: readonly string[]; readonly openers: readonly string[] };
  /** A change against the same period last year: "Tăng 7%", "giảm 1-1,5 điểm %". */
  readonly change: {
    readonly increase: readonly string[];
    readonly decrease: readonly string[];
    /** Words that name the reference, after the number: "so với cùng kỳ". */
    readonly reference: readonly string[];
    /** Percentage points, after the number: "điểm %". */
    readonly points: readonly string[];
  };
}

export const TARGET_LEXICON: TargetLexicon = {
  floor: {
    // "Không dưới 90" (not below 90) is "at least": the negated forms are floors.
    prefixes: [
      "không dưới", "không thấp hơn", "không ít hơn", "không nhỏ hơn",
      "trên", "hơn", "lớn hơn", "cao hơn", "tối thiểu", "ít nhất", ">=", ">", "≥",
    ],
    circumfixes: [{ before: "từ", after: "trở lên" }],
  },
  ceiling: {
    prefixes: [
      "không vượt quá", "không quá", "không cao hơn", "không lớn hơn", "không hơn", "không trên",
      "dưới", "nhỏ hơn", "thấp hơn", "tối đa", "<=", "<", "≤",
    ],
    circumfixes: [{ before: "từ", after: "trở xuống" }],
  },
  about: { prefixes: ["khoảng", "xấp xỉ", "ước", "~", "≈"] },
  // "÷" is how Vietnamese plans often write a span; "—" is what word processors make of "-".
  range: { separators: ["-", "–", "—", "÷", "đến"], openers: ["từ"] },
  change: {
    increase: ["tăng"],
    decrease: ["giảm"],
    reference: ["so với cùng kỳ", "so với năm trước", "so với năm"],
    points: ["điểm %", "điểm phần trăm"],
  },
};

// Only the syntax characters: a unicode-mode pattern refuses any other escape ("\-").
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");

/**
 * A regular-expression alternation matching any of the words, the longest first (so ">=" wins
 * over ">"), each space matching any run of spaces.
 */
export function alternation(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return sorted.map((w) => escape(w).replace(/ /gu, "\\s+")).join("|");
}
