// engineMs10k: the engine (core's checkReading) checking 10,000 indicators made from the
// built-in template's kinds, a tenth with planted errors. Median of 7 runs after 3 warm-ups.
import { checkReading } from "../src/core/check";
import { syntheticReading, syntheticTemplate } from "./fixtures";
import { cpuRuns, median, round, timeRuns } from "./measure";

export const goals = { engineMs10k: "< 50" };

export async function run(): Promise<Record<string, number>> {
  const template = syntheticTemplate(10_000);
  const reading = syntheticReading(template);
  let findings = 0;
  const times = await timeRuns(() => {
    findings = checkReading(template, reading).findings.length;
  }, { warmups: 3, runs: 7 });
  // A check that found nothing would be measuring the wrong thing.
  if (findings < 1000) throw new Error(`engine bench: only ${findings} findings for 1,000 planted errors`);
  // The same in CPU time: what the engine costs, whatever else keeps the machine busy.
  const cpu = await cpuRuns(() => checkReading(template, reading), { warmups: 1, runs: 7 });
  return { engineMs10k: round(median(times)), engineCpuMs10k: round(median(cpu)) };
}
