// Timing helpers shared by the bench modules: warm up, repeat, take the median.
import { performance } from "node:perf_hooks";

export interface MedianOptions {
  /** Runs discarded first, so the JIT and caches are warm. */
  readonly warmups: number;
  /** Measured runs; the median is reported (at least 5 for the figures). */
  readonly runs: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Milliseconds of each measured run of work(). No forced garbage collection between runs: a
 * full collection shrinks the heap and makes the next run pay for growing it again.
 */
export async function timeRuns(work: () => unknown, options: MedianOptions): Promise<number[]> {
  for (let index = 0; index < options.warmups; index += 1) await work();
  const times: number[] = [];
  for (let index = 0; index < options.runs; index += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * CPU milliseconds (user + system) of each measured run: the work done, which another busy
 * process on the machine does not inflate the way it inflates wall-clock time.
 */
export async function cpuRuns(work: () => unknown, options: MedianOptions): Promise<number[]> {
  for (let index = 0; index < options.warmups; index += 1) await work();
  const times: number[] = [];
  for (let index = 0; index < options.runs; index += 1) {
    const start = process.cpuUsage();
    await work();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times;
}
