// The units a target cell of a row may be written with, as the sheet's formulas list them: each
// with the power of ten that takes a number written with it into the row's unit. The list is
// made by asking reconcile.ts of every candidate, so the sheet never reads a unit otherwise than
// the check does; a unit missing here leaves the sheet ungraded, never graded differently.
import { reconcile } from "./reconcile";
import { parseUnit, UNIT_SPELLINGS } from "./unit-registry";

export interface UnitSuffix {
  /** NFC, lower case, single spaces, as the sheet's text helper leaves a cell. */
  readonly text: string;
  /** Power of ten into the row's unit: "tỷ USD" in a triệu USD row is 3. */
  readonly shift: number;
}

/** The scale words reports put before a unit ("450 nghìn tấn", "11,3 tỷ USD"), compounds whole. */
const SCALES = ["nghìn", "ngàn", "triệu", "tỷ", "tỉ"] as const;
/** Compounds, for money only: "14 nghìn tỷ đồng", "nghìn tỷ USD". */
const MONEY_SCALES = ["nghìn tỷ", "ngàn tỷ"] as const;
/** Written without a unit ("7 triệu", "Trên 4 nghìn"): the row's own dimension. */
const BARE_SCALES = [...SCALES, ...MONEY_SCALES, "tr"] as const;

const tidy = (s: string): string => s.normalize("NFC").trim().toLowerCase().replace(/\s+/gu, " ");

const cache = new Map<string, readonly UnitSuffix[]>();

/**
 * The suffixes of a row's unit, longest first: its own unit (shift 0), the other spellings and
 * scales of its dimension ("đồng", "nghìn tỷ đồng" in a tỷ đồng row), the same scales before its
 * own words for a unit the registry does not know ("nghìn thuê bao"), and bare scale words. None
 * for a rate ("%" or "% GDP": the number texts drop the "%") or a unit the formulas cannot quote.
 */
export function unitSuffixes(rowUnit: string): readonly UnitSuffix[] {
  const row = tidy(rowUnit);
  const hit = cache.get(row);
  if (hit !== undefined) return hit;
  const suffixes = row.includes("%") || row.includes('"') ? [] : collect(row);
  if (cache.size < 1000) cache.set(row, suffixes);
  return suffixes;
}

function collect(row: string): UnitSuffix[] {
  const own = parseUnit(row);
  // The row's own word without its scale ("tỷ đồng" → "đồng") takes every scale; the registry's
  // other spellings of its dimension ("vnđ", "kg") are read as written; a numerator alone ("tạ"
  // of "tạ/ha") as reports leave the denominator out.
  const word = own.dimension === null ? "" : own.text.replace(/^((nghìn|ngàn|triệu|tỷ|tỉ|tr)\s)+/u, "");
  const money = own.dimension === "vnd" || own.dimension === "usd";
  const candidates = new Set<string>([row, ...BARE_SCALES]);
  if (word !== "") for (const s of ["", ...SCALES, ...(money ? MONEY_SCALES : [])]) candidates.add(s === "" ? word : `${s} ${word}`);
  if (row.includes("/")) candidates.add(row.split("/")[0].trim());
  for (const s of UNIT_SPELLINGS) if (own.dimension !== null && parseUnit(s).dimension === own.dimension) candidates.add(s);
  const out: UnitSuffix[] = [];
  for (const text of candidates) {
    if (text === "" || text.includes("%") || text.includes('"')) continue;
    const r = reconcile(text, row);
    if (r.ok) out.push({ text, shift: r.shift });
  }
  return out.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}
