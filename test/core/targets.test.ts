// The target language of real plans, read by the one parser the check and the sheet share.
import { readCellTarget } from "../../src/core/targets/read-target";
import type { TargetSpec } from "../../src/core/targets/target-spec";

const target = (text: string, unit: string | null = null): TargetSpec | string => {
  const r = readCellTarget(text, unit);
  return r.kind === "target" ? r.target : r.kind;
};

describe("targets as real plans write them", () => {
  test.each<[string, TargetSpec]>([
    ["6,6-6,8", { kind: "range", min: 6.6, max: 6.8 }],
    ["từ 6,6 đến 6,8", { kind: "range", min: 6.6, max: 6.8 }],
    ["Khoảng 33-34", { kind: "range", min: 33, max: 34 }],
    ["khoảng 45-47", { kind: "range", min: 45, max: 47 }],
    ["Trên 4", { kind: "qualified", qualifier: "above", value: 4, inclusive: false }],
    ["Dưới 3", { kind: "qualified", qualifier: "below", value: 3, inclusive: false }],
    ["từ 8,5% trở lên", { kind: "qualified", qualifier: "above", value: 8.5, inclusive: true }],
    ["không thấp hơn 90", { kind: "qualified", qualifier: "above", value: 90, inclusive: true }],
    ["không quá 5", { kind: "qualified", qualifier: "below", value: 5, inclusive: true }],
    ["tối thiểu 95%", { kind: "qualified", qualifier: "above", value: 95, inclusive: true }],
    ["tối đa 2", { kind: "qualified", qualifier: "below", value: 2, inclusive: true }],
    ["ít nhất 10", { kind: "qualified", qualifier: "above", value: 10, inclusive: true }],
    ["< 7,6", { kind: "qualified", qualifier: "below", value: 7.6, inclusive: false }],
    ["Khoảng 4", { kind: "qualified", qualifier: "about", value: 4 }],
    ["Tăng 7%", { kind: "change", change: "increase", measure: "percent", min: 7, max: 7 }],
    ["tăng 8% so với cùng kỳ", { kind: "change", change: "increase", measure: "percent", min: 8, max: 8 }],
    ["giảm 1,5%", { kind: "change", change: "decrease", measure: "percent", min: 1.5, max: 1.5 }],
    ["tăng 7-7,5%", { kind: "change", change: "increase", measure: "percent", min: 7, max: 7.5 }],
    ["giảm 1-1,5 điểm %", { kind: "change", change: "decrease", measure: "points", min: 1, max: 1.5 }],
  ])("%j", (text, want) => {
    expect(target(text)).toEqual(want);
  });

  test("units inside targets are read in the row's unit", () => {
    expect(target("14 nghìn tỷ đồng", "tỷ đồng")).toEqual({ kind: "number", value: 14000 });
    expect(target("Trên 1,2 tỷ USD", "triệu USD")).toMatchObject({ qualifier: "above", value: 1200 });
    expect(target("803.300 tỷ đồng, tăng 8% so với thực hiện năm 2019", "tỷ đồng")).toEqual({ kind: "number", value: 803300 });
    expect(readCellTarget("Trên 5 tỷ USD", "tỷ đồng")).toMatchObject({ kind: "not-a-number", reason: "unit-mismatch", units: { typed: "tỷ usd", row: "tỷ đồng" } });
  });

  test("a change must say per cent or points; anything else is not guessed", () => {
    expect(target("tăng 7")).toBe("not-a-number");
    expect(target("tăng nhiều")).toBe("not-a-number");
  });
});

describe("the part of a text that states the figure", () => {
  test("a comment in parentheses on the level left, or the level a change leaves", () => {
    expect(target("0,7%\n(còn 4,33%)")).toEqual({ kind: "number", value: 0.7 });
    expect(target("giảm 0,87%, hiện còn 1,86%")).toEqual({ kind: "number", value: 1.86 });
  });
});
