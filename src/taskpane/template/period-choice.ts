// The period a new report most likely covers: reports are written at the end of a quarter,
// so the quarter that today falls in, of this year.
import { PERIOD_KINDS, type Period, type PeriodKind } from "../../core/period";

export function defaultPeriod(today: Date): Period {
  const q = Math.floor(today.getMonth() / 3) + 1;
  return { year: today.getFullYear(), kind: `Q${q}` as PeriodKind };
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
