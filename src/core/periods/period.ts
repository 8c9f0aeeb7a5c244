// Reporting periods of a year.

/** Q1..Q4, the first half (H1), nine months (9M), the whole year (Y). */
export type PeriodKind = "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "9M" | "Y";
export const PERIOD_KINDS: readonly PeriodKind[] = ["Q1", "Q2", "Q3", "Q4", "H1", "9M", "Y"];

export interface Period {
  readonly year: number;
  readonly kind: PeriodKind;
}

/** "2020-Q1": the id used in JSON output and file names. */
export type PeriodId = `${number}-${PeriodKind}`;
export const periodId = (p: Period): PeriodId => `${p.year}-${p.kind}`;
