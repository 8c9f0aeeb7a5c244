// The check reads a figure typed with a unit in its row's unit before it grades: a scale word is
// never multiplied blindly, and a unit that cannot be reconciled grades nothing.
import { checkReading } from "../../src/core/check";
import { findingMessage } from "../../src/core/i18n";
import { reading } from "./engine/reading-builder";
import { template } from "./template-builder";

const Y2019 = { year: 2019, kind: "Y" } as const;

describe("figures typed with units", () => {
  const t = template([
    { code: "T.1", unit: "tỷ đồng", kind: "flow" },
    { code: "T.2", unit: "triệu USD", kind: "flow" },
    { code: "T.3", unit: "đồng", kind: "flow", numberType: "money" },
  ]);

  test("'139.774 tỷ đồng' in a tỷ đồng row is 139.774 and grades against its plan, not at 69 billion per cent", () => {
    const r = checkReading(t, reading({ "T.1": { plan: "130.000 tỷ đồng", actual: "139.774 tỷ đồng" } }, { template: t, period: Y2019 }));
    const row = r.indicators[0];
    expect([row.value, row.target, row.ratio, row.grade]).toEqual([139774, 130000, 1.075, "exceeded"]);
  });

  test("'11,3 tỷ USD' in a triệu USD row is 11.300; '7 triệu' in a đồng row is 7.000.000", () => {
    const r = checkReading(t, reading({ "T.2": { plan: 11000, actual: "11,3 tỷ USD" }, "T.3": { actual: "7 triệu" } }, { template: t, period: Y2019 }));
    expect(r.indicators.map((i) => i.value)).toEqual([null, 11300, 7000000]);
  });

  test("USD in a tỷ đồng row is an error naming both units, and grades nothing", () => {
    const r = checkReading(t, reading({ "T.1": { plan: 130000, actual: "11,3 tỷ USD" } }, { template: t, period: Y2019 }));
    expect(r.indicators[0].grade).toBe("none");
    const f = r.findings.find((x) => x.rule === "unit-mismatch");
    expect(f).toMatchObject({ severity: "error", evidence: { typedUnit: "tỷ usd", rowUnit: "tỷ đồng" } });
    if (f === undefined) return;
    expect(findingMessage(f, "vi")).toContain("tỷ usd");
    expect(findingMessage(f, "vi")).toContain("tỷ đồng");
    expect(findingMessage(f, "en")).toContain("tỷ đồng");
    expect(r.summary.verdict.vi).not.toContain("đều đạt và vượt");
  });
});
