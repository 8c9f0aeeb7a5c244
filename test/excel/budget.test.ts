// Check-and-highlight stays within two syncs whatever the size, and no request nears Excel on
// the web's 5 MB payload limit (counted by the stand-in host's instruments, not timed).
import { newestLevel, PAYLOAD_LIMIT_BYTES } from "../host";
import { measureCheckBudget } from "./budget";

jest.setTimeout(900_000);

describe.each(["1.7", newestLevel])("at ExcelApi %s", (level) => {
  it.each(level === "1.7" ? [20, 500, 5000] : [20, 500])("%i indicators: two syncs", async (count) => {
    const budget = await measureCheckBudget(count, level);
    expect(budget.findings).toBeGreaterThan(0);
    expect(budget.syncs).toBe(2);
  });
});

it("5,000 indicators at the newest level (comments on every flagged cell): two syncs, every request under 5 MB", async () => {
  const budget = await measureCheckBudget(5000, newestLevel);
  expect(budget.findings).toBeGreaterThan(500);
  expect(budget.syncs).toBe(2);
  expect(budget.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  // Loading that template writes in bands, each under the limit too.
  expect(budget.loadMaxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
});
