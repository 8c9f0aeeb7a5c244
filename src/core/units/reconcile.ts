// A figure typed with a unit, read in its row's unit: "139.774 tỷ đồng" in a tỷ đồng row is
// 139.774, "11,3 tỷ USD" in a triệu USD row is 11.300, "7 triệu" in a đồng row is 7.000.000.
// A unit of another dimension (USD in a đồng row) cannot be reconciled: never guessed.
import { DIMENSIONS, parseUnit, type UnitReading } from "./unit-registry";

const KNOWN_DIMENSIONS: ReadonlySet<string> = new Set(DIMENSIONS);

export type Reconciled =
  /** The power of ten to apply to the typed number to express it in the row's unit. */
  | { readonly ok: true; readonly shift: number }
  | { readonly ok: false; readonly typed: string; readonly row: string };

/**
 * How a typed unit ("tỷ đồng", "triệu", "") relates to the row's unit ("tỷ đồng"). A bare scale
 * takes the row's dimension ("7 triệu" in a đồng row is 7 × 10⁶ đồng; in a triệu đồng row, 7).
 * Without a row unit (null: the caller does not know the row), a scale multiplies as written.
 */
export function reconcile(typed: string, rowUnit: string | null): Reconciled {
  // A bare number is in the row's unit already.
  if (typed === "") return { ok: true, shift: 0 };
  const t = parseUnit(typed);
  if (rowUnit === null) return { ok: true, shift: t.exponent };
  const r = parseUnit(rowUnit);
  if (t.dimension === null) return { ok: true, shift: t.exponent - r.exponent };
  // A row without a unit is a plain count: a word naming what is counted ("5 trường") is no unit to convert.
  if (r.dimension === null && !isKnown(t)) return { ok: true, shift: t.exponent };
  if (sameDimension(t, r)) return { ok: true, shift: t.exponent - r.exponent };
  // "45,22 tạ" in a tạ/ha row, "15 bác sỹ/ 10.000 dân" in a bác sỹ row: the same unit, its
  // denominator left out or added, as reports write yields and ratios per head.
  const numerator = (u: UnitReading): string => u.text.split("/")[0].trim();
  if (numerator(t) === numerator(r) && numerator(t) !== "") {
    return { ok: true, shift: parseUnit(numerator(t)).exponent - parseUnit(numerator(r)).exponent };
  }
  return { ok: false, typed: t.text, row: r.text };
}

const isKnown = (u: UnitReading): boolean => u.dimension !== null && KNOWN_DIMENSIONS.has(u.dimension);

function sameDimension(t: UnitReading, r: UnitReading): boolean {
  if (t.dimension === r.dimension) return true;
  // "87,5%" in a rate row, whatever words its unit adds ("% dân số") or none: the % is the row's own.
  if (t.dimension === "percent" && (r.dimension === null || r.text.includes("%"))) return true;
  // A row whose unit names a compound ("tổ chức, cá nhân") accepts either of its words.
  return typeof r.dimension === "string" && typeof t.dimension === "string" && r.dimension.split(/\s*[,/]\s*/u).includes(t.dimension);
}
