// Period names, the quarters a period spans, and which earlier periods carry into it.
import { CATALOGS, type PeriodWordsKey } from "../i18n";
import type { Lang } from "../indicator";
import { PERIOD_KINDS, type Period, type PeriodId, type PeriodKind } from "./period";

export type QuarterNumber = 1 | 2 | 3 | 4;

const ROMAN: Readonly<Record<QuarterNumber, string>> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/** The quarters of the year a period covers: Q2 → [2], H1 → [1, 2], 9M → [1, 2, 3], Y → [1..4]. */
export function periodQuarters(kind: PeriodKind): readonly QuarterNumber[] {
  switch (kind) {
    case "Q1": return [1];
    case "Q2": return [2];
    case "Q3": return [3];
    case "Q4": return [4];
    case "H1": return [1, 2];
    case "9M": return [1, 2, 3];
    case "Y": return [1, 2, 3, 4];
  }
}

/** The share of the year in quarters, for pro-rata targets of flows (Q1 = 1, H1 = 2, 9M = 3, Y = 4). */
export function quartersInPeriod(p: Period | PeriodKind): QuarterNumber {
  const kind = typeof p === "string" ? p : p.kind;
  return periodQuarters(kind).length as QuarterNumber;
}

/** A single quarter, or null for H1, 9M and Y. */
export function quarterOf(kind: PeriodKind): QuarterNumber | null {
  const qs = periodQuarters(kind);
  return qs.length === 1 ? qs[0] : null;
}

/** "Quý I năm 2020", "6 tháng đầu năm 2020", "9 tháng năm 2020", "Năm 2020"; en "Q1 2020", "H1 2020", "9 months 2020", "Year 2020". */
export function periodLabel(p: Period, lang: Lang): string {
  return CATALOGS[lang].period.label(wordsKey(p.kind), ROMAN[quarterOf(p.kind) ?? 1], p.year);
}

/** The catalogue key of a period: its quarter number, or the cumulative kind. */
function wordsKey(kind: PeriodKind): PeriodWordsKey {
  const q = quarterOf(kind);
  if (q !== null) return q;
  return kind === "H1" || kind === "9M" ? kind : "Y";
}

/**
 * The period inside a sentence, without the year: vi "quý I", "6 tháng đầu năm", "9 tháng", "năm";
 * en "Q1", "the first half", "the first nine months", "the year".
 */
export function periodPhrase(kind: PeriodKind, lang: Lang): string {
  return CATALOGS[lang].period.phrase(wordsKey(kind), ROMAN[quarterOf(kind) ?? 1]);
}

/** The roman quarter numeral used in sheet names ("Quý I-2020"). */
export const quarterRoman = (q: QuarterNumber): string => ROMAN[q];

const KIND_ALIASES: Readonly<Record<string, PeriodKind>> = {
  q1: "Q1", q2: "Q2", q3: "Q3", q4: "Q4", i: "Q1", ii: "Q2", iii: "Q3", iv: "Q4",
  "quý i": "Q1", "quý ii": "Q2", "quý iii": "Q3", "quý iv": "Q4",
  "quý 1": "Q1", "quý 2": "Q2", "quý 3": "Q3", "quý 4": "Q4",
  h1: "H1", "6m": "H1", "6t": "H1", "6 tháng": "H1", "6 tháng đầu năm": "H1",
  "9m": "9M", "9t": "9M", "9 tháng": "9M", y: "Y", year: "Y", "năm": "Y", "cả năm": "Y",
};

/** Reads "Q1", "q1", "I", "Quý I", "H1", "6 tháng", "9M", "9 tháng", "Y", "năm"; null when unknown. */
export function parsePeriodKind(s: string): PeriodKind | null {
  const key = s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
  if ((PERIOD_KINDS as readonly string[]).includes(key.toUpperCase())) return key.toUpperCase() as PeriodKind;
  return KIND_ALIASES[key] ?? null;
}

/** Reads a period id "2020-Q1" (as in JSON output and file names); null when malformed. */
export function parsePeriodId(s: string): Period | null {
  const m = /^(\d{4})-(.+)$/.exec(s.trim());
  if (!m) return null;
  const kind = parsePeriodKind(m[2]);
  return kind === null ? null : { year: Number(m[1]), kind };
}

export const formatPeriodId = (p: Period): PeriodId => `${p.year}-${p.kind}`;

/**
 * The earlier quarter-periods of the same year whose flows carry into this period's Lũy kế:
 * Q3 → [Q1, Q2]. Cumulative periods (H1, 9M, Y) already hold the whole year so far: [].
 */
export function previousPeriods(p: Period): readonly Period[] {
  const q = quarterOf(p.kind);
  if (q === null) return [];
  const out: Period[] = [];
  for (let i = 1; i < q; i++) out.push({ year: p.year, kind: `Q${i}` as PeriodKind });
  return out;
}

/**
 * Alternative ways to carry the year so far into a quarter, the most complete sheet first:
 * Q4 → [[9M], [H1, Q3], [Q1, Q2, Q3]]. Each list covers exactly the earlier quarters.
 */
export function carrySources(p: Period): readonly (readonly Period[])[] {
  const q = quarterOf(p.kind);
  if (q === null || q === 1) return [];
  const y = p.year;
  const at = (kind: PeriodKind): Period => ({ year: y, kind });
  if (q === 2) return [[at("Q1")]];
  if (q === 3) return [[at("H1")], [at("Q1"), at("Q2")]];
  return [[at("9M")], [at("H1"), at("Q3")], [at("Q1"), at("Q2"), at("Q3")]];
}

/**
 * The period reported just before this one, for "Thực hiện kỳ trước": the quarter before
 * (Q1 → Q4 of the year before); for cumulative reports the previous report of the cycle
 * (H1 → Q1, 9M → H1, Y → 9M).
 */
export function precedingPeriod(p: Period): Period {
  switch (p.kind) {
    case "Q1": return { year: p.year - 1, kind: "Q4" };
    case "Q2": return { year: p.year, kind: "Q1" };
    case "Q3": return { year: p.year, kind: "Q2" };
    case "Q4": return { year: p.year, kind: "Q3" };
    case "H1": return { year: p.year, kind: "Q1" };
    case "9M": return { year: p.year, kind: "H1" };
    case "Y": return { year: p.year, kind: "9M" };
  }
}

/** The same period of the year before, for "Cùng kỳ năm trước". */
export const samePeriodLastYear = (p: Period): Period => ({ year: p.year - 1, kind: p.kind });
