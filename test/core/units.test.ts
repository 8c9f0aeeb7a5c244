// Units and scale words: a figure typed with a unit is read in its row's unit, or refused
// naming both units; never multiplied blindly.
import { readCellNumber } from "../../src/core/numbers/read-number";
import { readCellTarget } from "../../src/core/targets/read-target";
import { reconcile } from "../../src/core/units/reconcile";
import { unitSuffixes } from "../../src/core/units/unit-suffixes";
import { parseUnit } from "../../src/core/units/unit-registry";

const value = (text: string, unit: string): number | null => {
  const r = readCellNumber(text, unit);
  return r.kind === "number" ? r.value : null;
};

describe("a figure typed with a unit is read in the row's unit", () => {
  test.each([
    ["139.774 tỷ đồng", "tỷ đồng", 139774],
    ["139.774 tỷ", "tỷ đồng", 139774],
    ["5.538,6 triệu USD", "triệu USD", 5538.6],
    ["11,3 tỷ USD", "triệu USD", 11300],
    ["14 nghìn tỷ đồng", "tỷ đồng", 14000],
    ["1,2 nghìn tỷ", "tỷ đồng", 1200],
    ["450 nghìn tấn", "tấn", 450000],
    ["1,5 triệu tấn", "nghìn tấn", 1500],
    ["7 triệu", "đồng", 7000000],
    ["7 triệu đồng", "triệu đồng", 7],
    ["2.000.000 đồng", "đồng", 2000000],
    ["25 nghìn ha", "ha", 25000],
    ["3.200 ha", "nghìn ha", 3.2],
    ["1,7 triệu người", "nghìn người", 1700],
    ["110.000 thuê bao", "thuê bao", 110000],
    ["110 nghìn thuê bao", "thuê bao", 110000],
    ["87,5%", "%", 87.5],
    ["1.200 triệu kWh", "triệu kWh", 1200],
    ["2,5 tỷ kWh", "triệu kWh", 2500],
    ["18,5 triệu lượt khách", "nghìn lượt khách", 18500],
    ["5 trường", "", 5],
  ])("%j in a %j row is %p", (text, unit, want) => {
    expect(value(text, unit)).toBe(want);
  });

  test.each([
    ["11,3 tỷ USD", "tỷ đồng", "tỷ usd", "tỷ đồng"],
    ["450 nghìn tấn", "nghìn ha", "nghìn tấn", "nghìn ha"],
    ["2.000.000 đồng", "USD", "đồng", "usd"],
    ["17,4%", "tỷ đồng", "%", "tỷ đồng"],
    ["1.000 người", "lượt khách", "người", "lượt khách"],
  ])("%j in a %j row cannot be reconciled: an error naming both units, no value guessed", (text, unit, typed, row) => {
    expect(readCellNumber(text, unit)).toEqual({ kind: "not-a-number", text, reason: "unit-mismatch", suggestion: null, units: { typed, row } });
  });

  test("compound scales read whole; 'tỷ lệ' is a rate, not a scale", () => {
    expect(parseUnit("nghìn tỷ đồng")).toMatchObject({ dimension: "vnd", exponent: 12 });
    expect(parseUnit("Tỷ lệ %")).toMatchObject({ exponent: 0 });
    expect(reconcile("triệu", "tỷ đồng")).toEqual({ ok: true, shift: -3 });
  });
});

describe("units as real reports abbreviate them", () => {
  test.each([
    ["45,22 tạ", "tạ/ha", 45.22],
    ["44,9 tạ/ha", "tạ/ha", 44.9],
    ["15 bác sỹ/ 10.000 dân", "bác sỹ", 15],
    ["34,5 giường/ 10.000 dân", "giường", 34.5],
    ["34% GDP", "% GDP", 34],
  ])("%j in a %j row is %p", (text, unit, want) => {
    expect(value(text, unit)).toBe(want);
  });
  test("a percent sign with a unit that is not the row's stays unreadable", () => {
    expect(readCellNumber("5% triệu", "tỷ đồng")).toMatchObject({ kind: "not-a-number" });
    expect(readCellNumber("5% triệu")).toMatchObject({ kind: "not-a-number", reason: "unreadable" });
  });
});

describe("a unit written once after a range is the unit of both ends", () => {
  const bounds = (text: string, unit: string): unknown => {
    const r = readCellTarget(text, unit);
    return r.kind === "target" && r.target.kind === "range" ? [r.target.min, r.target.max] : r;
  };
  test.each([
    // Found in wave 2: "6,6-6,8 tỷ USD" in a triệu USD row read as 6,6 to 6.800, which met any figure.
    ["6,6-6,8 tỷ USD", "triệu USD", [6600, 6800]],
    ["từ 6,6 đến 6,8 tỷ USD", "triệu USD", [6600, 6800]],
    ["Khoảng 40-48 nghìn tỷ đồng", "tỷ đồng", [40000, 48000]],
    ["40-48 tỷ đồng", "tỷ đồng", [40, 48]],
    ["33-34%", "%", [33, 34]],
  ])("%j in a %j row is the range %j", (text, unit, want) => {
    expect(bounds(text, unit)).toEqual(want);
  });
  test("a unit that cannot be reconciled is refused for both ends", () => {
    expect(readCellTarget("6,6-6,8 USD", "đồng")).toMatchObject({ kind: "not-a-number", reason: "unit-mismatch", units: { typed: "usd", row: "đồng" } });
  });
});

describe("the units the sheet's formulas read in a target cell", () => {
  const ROWS = ["tỷ đồng", "triệu USD", "tấn", "nghìn tấn", "ha", "người", "đồng", "thuê bao", "tạ/ha", ""];
  test.each(ROWS)("each read in a %j row as the check reads it, longest first", (row) => {
    const list = unitSuffixes(row);
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) expect(readCellNumber(`12 ${s.text}`, row)).toMatchObject({ kind: "number", value: Number(`12e${s.shift}`) });
    expect(list.map((s) => s.text.length)).toEqual([...list.map((s) => s.text.length)].sort((a, b) => b - a));
  });
  test("the issue's examples are among them, compounds whole", () => {
    const shift = (text: string, row: string) => unitSuffixes(row).find((s) => s.text === text)?.shift;
    expect(shift("tỷ đồng", "tỷ đồng")).toBe(0);
    expect(shift("tỷ usd", "triệu USD")).toBe(3);
    expect(shift("nghìn tỷ đồng", "tỷ đồng")).toBe(3);
    expect(shift("nghìn tấn", "tấn")).toBe(3);
    expect(shift("triệu", "đồng")).toBe(6);
  });
  test("none for a rate, none of another dimension", () => {
    expect(unitSuffixes("%")).toEqual([]);
    expect(unitSuffixes("% GDP")).toEqual([]);
    expect(unitSuffixes("tỷ đồng").some((s) => s.text.includes("usd"))).toBe(false);
    expect(unitSuffixes("ha").some((s) => s.text.includes("tấn"))).toBe(false);
  });
});
