// The words of the target language, as plain data: the one list the check's parser
// (read-target.ts) and the sheet's formulas (layout/target-formulas.ts) are both built from, so a
// word the check reads is a word the sheet reads. Words are lower case, NFC, with single spaces
// (what normalizeText leaves); matching is at the start of the text unless said otherwise.

/** A word before a number ("Trên 4") or a pair of words around it ("từ 8,5% trở lên"). */
export interface Circumfix {
  readonly before: string;
  readonly after: string;
}

/** A floor or a ceiling: the words, and which of them include the bound itself ("không dưới 90": 90 will do). */
export interface Bound {
  readonly prefixes: readonly string[];
  readonly circumfixes: readonly Circumfix[];
  /** The prefixes that include the bound (the others are strict: "trên 4", "< 7,6"); circumfixes always include it. */
  readonly inclusive: readonly string[];
}

export interface TargetLexicon {
  /** The result must be at least the number: "Trên 4", "Không dưới 90", "≥ 95". */
  readonly floor: Bound;
  /** The result must be at most the number: "Dưới 3", "Không quá 5", "< 7,6". */
  readonly ceiling: Bound;
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
  /**
   * After a comma, words that start a comment on a target already stated ("803.300 tỷ đồng, tăng 8%
   * so với thực hiện năm 2019"): the target is what comes before the comma.
   */
  readonly comment: readonly string[];
  /**
   * The level left after a change: "giảm 0,87%, hiện còn 1,86%" states the rate 1,86; in
   * parentheses after a figure ("0,86% (còn 4,17%)") it is a comment on the figure.
   */
  readonly remaining: readonly string[];
  /** Verbs a plan starts with ("đạt khoảng 65%", "phấn đấu đạt 90%"): they add nothing to the target. */
  readonly verbs: readonly string[];
  /** A qualitative result (template format 2): words graded Đạt, and words graded Vượt, besides the template's own. */
  readonly qualitative: { readonly met: readonly string[]; readonly exceeded: readonly string[] };
}

export const TARGET_LEXICON: TargetLexicon = {
  floor: {
    // "Không dưới 90" (not below 90) is "at least": the negated forms are floors.
    prefixes: [
      "không dưới", "không thấp hơn", "không ít hơn", "không nhỏ hơn",
      "trên", "hơn", "lớn hơn", "cao hơn", "tối thiểu", "ít nhất", ">=", ">", "≥",
    ],
    circumfixes: [{ before: "từ", after: "trở lên" }],
    inclusive: ["không dưới", "không thấp hơn", "không ít hơn", "không nhỏ hơn", "tối thiểu", "ít nhất", ">=", "≥"],
  },
  ceiling: {
    prefixes: [
      "không vượt quá", "không quá", "không cao hơn", "không lớn hơn", "không hơn", "không trên",
      "dưới", "nhỏ hơn", "thấp hơn", "tối đa", "<=", "<", "≤",
    ],
    circumfixes: [{ before: "từ", after: "trở xuống" }],
    inclusive: ["không vượt quá", "không quá", "không cao hơn", "không lớn hơn", "không hơn", "không trên", "tối đa", "<=", "≤"],
  },
  about: { prefixes: ["khoảng", "xấp xỉ", "ước", "~", "≈"] },
  // "÷" is how Vietnamese plans often write a span; "—" is what word processors make of "-".
  range: { separators: ["-", "–", "—", "÷", "đến"], openers: ["từ"] },
  change: {
    increase: ["tăng"],
    decrease: ["giảm"],
    reference: ["so với cùng kỳ", "so với năm trước", "so với năm", "so với"],
    points: ["điểm %", "điểm phần trăm", "điểm"],
  },
  comment: ["tăng", "giảm", "so với", "bằng"],
  remaining: ["hiện còn", "còn"],
  verbs: ["phấn đấu đạt", "phấn đấu", "đạt mức", "đạt"],
  qualitative: {
    met: ["đạt", "hoàn thành", "đạt kế hoạch", "hoàn thành kế hoạch", "đạt chỉ tiêu"],
    exceeded: ["vượt", "vượt kế hoạch", "hoàn thành vượt", "vượt chỉ tiêu", "hoàn thành vượt kế hoạch"],
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
