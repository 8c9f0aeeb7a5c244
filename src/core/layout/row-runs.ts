// Grouping consecutive rows that share a property into runs, so that one range-wide format or
// validation covers them: the plan stays small at thousands of indicators.

export interface RowRun<K> {
  readonly key: K;
  readonly from: number;
  readonly to: number;
}

/**
 * Runs of consecutive rows with the same key. Rows whose key is null are neutral: they join the
 * run around them (a section row between two integer blocks keeps one run) but never start one
 * on their own; a run ends at its last keyed row.
 */
export function rowRuns<K extends string>(rows: readonly { readonly row: number; readonly key: K | null }[]): readonly RowRun<K>[] {
  const runs: RowRun<K>[] = [];
  let current: { key: K; from: number; to: number } | null = null;
  let lastRow = Number.NaN;
  for (const { row, key } of rows) {
    const contiguous = row === lastRow + 1;
    lastRow = row;
    if (key === null) {
      if (current !== null && !contiguous) { runs.push(current); current = null; }
      continue;
    }
    if (current !== null && current.key === key && contiguous) {
      current.to = row;
      continue;
    }
    if (current !== null && current.key === key && !contiguous) { runs.push(current); current = null; }
    if (current !== null && current.key !== key) { runs.push(current); current = null; }
    current = { key, from: row, to: row };
  }
  if (current !== null) runs.push(current);
  return runs;
}
