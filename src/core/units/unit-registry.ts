// The units Vietnamese reports write, each as a base dimension and a power of ten: "tỷ đồng" is
// đồng × 10⁹, "nghìn tấn" is kg × 10⁶, "nghìn ha" is m² × 10⁷. A figure typed with a unit is read
// against its row's unit through these (units/reconcile.ts).

/** What a unit measures. Units of one dimension convert by powers of ten; others never do. */
export type Dimension =
  | "vnd" | "usd" | "mass" | "area" | "length" | "volume" | "energy"
  | "people" | "visits" | "households" | "enterprises" | "percent" | "points";

export const DIMENSIONS: readonly Dimension[] = [
  "vnd", "usd", "mass", "area", "length", "volume", "energy", "people", "visits", "households", "enterprises", "percent", "points",
];

export interface UnitReading {
  /** A known dimension, another word read as its own (e.g. "thuê bao"), or null for a bare scale ("triệu") or no unit. */
  readonly dimension: Dimension | string | null;
  /** Power of ten against the dimension's base: "tỷ đồng" 9, "nghìn tấn" 6, "%" 0. */
  readonly exponent: number;
  /** The unit as written, NFC, lower case, spaces tidied: for messages. */
  readonly text: string;
}

/** Scale words, which multiply whatever follows; read whole when they stack ("nghìn tỷ" = 10¹²). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  "nghìn": 3, "ngàn": 3, "ngh": 3, "triệu": 6, "tr": 6, "tỷ": 9, "tỉ": 9,
};

/** Base units by their spellings, with the power of ten each stands for against its dimension's base. */
const BASE_UNITS: Readonly<Record<string, readonly [Dimension, number]>> = {
  "đồng": ["vnd", 0], "đ": ["vnd", 0], "vnđ": ["vnd", 0], "vnd": ["vnd", 0],
  "trđ": ["vnd", 6], "tr.đ": ["vnd", 6], "tr.đồng": ["vnd", 6],
  "usd": ["usd", 0], "đô la mỹ": ["usd", 0], "đô la": ["usd", 0], "$": ["usd", 0],
  "kg": ["mass", 0], "tạ": ["mass", 2], "tấn": ["mass", 3],
  "m²": ["area", 0], "m2": ["area", 0], "ha": ["area", 4], "héc ta": ["area", 4], "hecta": ["area", 4], "km²": ["area", 6], "km2": ["area", 6],
  "m": ["length", 0], "km": ["length", 3],
  "m³": ["volume", 0], "m3": ["volume", 0], "lít": ["volume", -3],
  "kwh": ["energy", 0], "mwh": ["energy", 3], "gwh": ["energy", 6],
  "người": ["people", 0], "lao động": ["people", 0],
  "lượt": ["visits", 0], "lượt khách": ["visits", 0], "lượt người": ["visits", 0],
  "hộ": ["households", 0],
  "doanh nghiệp": ["enterprises", 0], "dn": ["enterprises", 0],
  "%": ["percent", 0],
  "điểm %": ["points", 0], "điểm phần trăm": ["points", 0],
};

/** The words the lexicon and messages may list. */
export const UNIT_SPELLINGS: readonly string[] = Object.keys(BASE_UNITS);

const tidy = (s: string): string =>
  s.normalize("NFC").toLowerCase().replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu, " ").trim();

// "tỷ lệ" (rate) is no scale.
const SCALE_PREFIX = /^(nghìn|ngàn|triệu|tỷ|tỉ|tr)(?:\s+(?!lệ(?!\p{L}))|\.(?=\S)|$)/u;

const cache = new Map<string, UnitReading>();

/**
 * Reads a unit as written: "tỷ đồng" → vnd × 10⁹, "nghìn tỷ đồng" → vnd × 10¹², "triệu USD" →
 * usd × 10⁶, "thuê bao" → its own dimension, "triệu" → a bare scale (dimension null), "" → none.
 */
export function parseUnit(text: string): UnitReading {
  const key = tidy(text);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let rest = key.replace(/^\((.*)\)$/u, "$1").trim();
  let exponent = 0;
  for (;;) {
    // A spelling that starts like a scale word ("tr.đ", "trđ") is a unit in its own right.
    if (rest in BASE_UNITS) break;
    const m = SCALE_PREFIX.exec(rest);
    if (m === null) break;
    exponent += SCALE_WORDS[m[1]];
    rest = rest.slice(m[0].length).trim();
  }
  const base = BASE_UNITS[rest];
  const reading: UnitReading = base !== undefined
    ? { dimension: base[0], exponent: exponent + base[1], text: key }
    : { dimension: rest === "" ? null : rest, exponent, text: key };
  if (cache.size < 1000) cache.set(key, reading);
  return reading;
}
