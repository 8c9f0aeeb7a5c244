// The period a new report most likely covers: reports are written at the end of a quarter,
// so the quarter that today falls in, of this year.
import { PERIOD_KINDS, type Period, type PeriodKind } from "../../core/periods/period";

export function defaultPeriod(today: Date): Period {
  const q = Math.floor(today.getMonth() / 3) + 1;
  return { year: today.getFullYear(), kind: `Q${q}` as PeriodKind };
}

/**
 * The report that follows `p` in a workbook that already holds it: staff keep one workbook a
 * year and add each quarter to it, so after Quý I comes Quý II; after the year, Quý I of the next.
 */
export function periodAfter(p: Period): Period {
  const next: Readonly<Record<PeriodKind, PeriodKind>> = { Q1: "Q2", Q2: "Q3", Q3: "Q4", Q4: "Q1", H1: "Q3", "9M": "Q4", Y: "Q1" };
  const kind = next[p.kind];
  return { year: p.kind === "Q4" || p.kind === "Y" ? p.year + 1 : p.year, kind };
}

export const isPeriodKind = (s: string): s is PeriodKind => (PERIOD_KINDS as readonly string[]).includes(s);

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The year typed, or null while it is not a plausible report year. */
export function parseYear(text: string): number | null {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const y = Number(text);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}
