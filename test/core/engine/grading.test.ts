// Grading exactly as the domain brief says.
import type { Direction } from "../../../src/core/indicator";
import type { PeriodKind } from "../../../src/core/periods/period";
import { DEFAULT_NEAR_THRESHOLD, grade, gradeFromPerMille, gradeTarget, ratioPercent } from "../../../src/core/grading/grading";
import { targetValue, type TargetSpec } from "../../../src/core/targets/target-spec";

const n = (value: number): TargetSpec => ({ kind: "number", value });
const g = (result: number | null, target: TargetSpec | null, direction: Direction = "higher", near = 0.9) => grade(result, target, direction, near);

describe("which target grades a figure", () => {
  test("the period target, when one is filled in, whatever the kind", () => {
    expect(gradeTarget("flow", "Q1", n(2), n(4))).toEqual({ target: n(2), source: "periodTarget" });
    expect(gradeTarget("stock", "Q1", n(915000), n(950000))).toEqual({ target: n(915000), source: "periodTarget" });
  });

  test.each([["Q1", 1], ["Q2", 1], ["Q4", 1], ["H1", 2], ["9M", 3], ["Y", 4]] as [PeriodKind, number][])(
    "a flow without one: the annual plan × quarters ÷ 4 (%s → 4 × %i ÷ 4)", (kind, quarters) => {
      expect(gradeTarget("flow", kind, null, n(4))).toEqual({ target: n(quarters), source: "plan" });
    });

  test("a flow's range or qualified plan is pro-rated too", () => {
    expect(gradeTarget("flow", "H1", null, { kind: "range", min: 10, max: 20 })?.target).toEqual({ kind: "range", min: 5, max: 10 });
    expect(gradeTarget("flow", "Q1", null, { kind: "qualified", qualifier: "above", value: 8 })?.target).toEqual({ kind: "qualified", qualifier: "above", value: 2 });
  });

  test("a plan too large to multiply by the quarters still gives a finite target (found by the property test)", () => {
    const t = gradeTarget("flow", "9M", null, n(5.992310449541053e307))?.target;
    expect(t?.kind === "number" && Number.isFinite(t.value)).toBe(true);
  });

  test("a stock or a rate: the annual plan itself", () => {
    expect(gradeTarget("stock", "Q1", null, n(950000))?.target).toEqual(n(950000));
    expect(gradeTarget("rate", "H1", null, n(80))?.target).toEqual(n(80));
  });

  test("no target filled: nothing grades", () => {
    expect(gradeTarget("flow", "Q1", null, null)).toBeNull();
  });

  test("reported targets are numbers or {min, max}", () => {
    expect(targetValue(n(4))).toBe(4);
    expect(targetValue({ kind: "range", min: 6.6, max: 6.8 })).toEqual({ min: 6.6, max: 6.8 });
    expect(targetValue({ kind: "qualified", qualifier: "below", value: 3 })).toBe(3);
  });
});

describe("grades by the ratio rounded to 0,1 percentage point", () => {
  test("the seed's figures", () => {
    expect(g(920000, n(915000))).toEqual({ grade: "exceeded", ratio: 1.005 });
    expect(g(110000, n(105000))).toEqual({ grade: "exceeded", ratio: 1.048 });
    expect(g(100, n(100))).toEqual({ grade: "met", ratio: 1 });
    expect(g(87, n(80))).toEqual({ grade: "exceeded", ratio: 1.088 });
    expect(g(1, n(1))).toEqual({ grade: "met", ratio: 1 });
  });

  test("100,04 % rounds to 100,0 %: met, not exceeded; 100,05 % rounds up to 100,1 %: exceeded", () => {
    expect(g(100040, n(100000))).toEqual({ grade: "met", ratio: 1 });
    expect(g(100050, n(100000))).toEqual({ grade: "exceeded", ratio: 1.001 });
  });

  test("99,95 % rounds up to 100,0 %: met (exact decimal rounding, no binary drift)", () => {
    expect(g(1999, n(2000))).toEqual({ grade: "met", ratio: 1 });
    expect(g(99949, n(100000))).toEqual({ grade: "near", ratio: 0.999 });
  });

  test("decimal figures whose quotient lands a hair under the half in binary still round the clerk's way", () => {
    // 0,10005 ÷ 0,1 is exactly 100,05 %, but 0.10005 * 1000 / 0.1 is 1000.4999999999999 in binary.
    expect(g(0.10005, n(0.1))).toEqual({ grade: "exceeded", ratio: 1.001 });
    expect(g(0.2001, n(0.2))).toEqual({ grade: "exceeded", ratio: 1.001 });
    // 0,008995 ÷ 0,01 is exactly 89,95 %: rounds up to the near threshold 90,0 %.
    expect(g(0.008995, n(0.01))).toEqual({ grade: "near", ratio: 0.9 });
    expect(g(2.01, n(0.8))).toEqual({ grade: "exceeded", ratio: 2.513 }); // 251,25 %
    expect(g(64.6, n(80))).toEqual({ grade: "shortfall", ratio: 0.808 }); // 80,75 %
  });

  test("other floating-point traps: 0,1 + 0,2 against 0,3, thirds, 915.000 × 1,005", () => {
    expect(g(0.1 + 0.2, n(0.3))).toEqual({ grade: "met", ratio: 1 });
    expect(g(0.3, n(0.1 + 0.2))).toEqual({ grade: "met", ratio: 1 });
    expect(g(1, n(3))).toEqual({ grade: "shortfall", ratio: 0.333 });
    expect(g(2, n(3))).toEqual({ grade: "shortfall", ratio: 0.667 });
    expect(g(915000 * 1.005, n(915000))).toEqual({ grade: "exceeded", ratio: 1.005 });
    expect(g(915000, n(915000 * 1.005), "lower")).toEqual({ grade: "exceeded", ratio: 1.005 });
  });

  test("a negative ratio rounds its half away from zero, as the sheet's ROUND does", () => {
    expect(g(-1999, n(2000))).toEqual({ grade: "shortfall", ratio: -1 });
    expect(g(-1, n(2000))).toEqual({ grade: "shortfall", ratio: -0.001 }); // −0,05 % → −0,1 %
    expect(Object.is(g(-1, n(3000)).ratio, 0)).toBe(true); // −0,03 % → 0, never −0
  });

  test("from the near threshold up to 99,9 %: near; below it: shortfall", () => {
    expect(g(90, n(100))).toEqual({ grade: "near", ratio: 0.9 });
    expect(g(89.96, n(100))).toEqual({ grade: "near", ratio: 0.9 });
    expect(g(89.94, n(100))).toEqual({ grade: "shortfall", ratio: 0.899 });
    expect(g(50, n(100))).toEqual({ grade: "shortfall", ratio: 0.5 });
  });

  test("a template or indicator threshold moves the near band", () => {
    expect(g(92, n(100), "higher", 0.95).grade).toBe("shortfall");
    expect(g(96, n(100), "higher", 0.95).grade).toBe("near");
    expect(DEFAULT_NEAR_THRESHOLD).toBe(0.9);
    expect(grade(90, n(100), "higher").grade).toBe("near");
  });

  test("the bands by per mille, as conditional formats and the pane use them", () => {
    expect([1001, 1000, 999, 900, 899].map((pm) => gradeFromPerMille(pm, 0.9))).toEqual(["exceeded", "met", "near", "near", "shortfall"]);
    expect(ratioPercent(1.005)).toBe(100.5);
  });
});

describe("lower is better", () => {
  test("the ratio inverts (target ÷ result): under the target is exceeded", () => {
    expect(g(2, n(3), "lower")).toEqual({ grade: "exceeded", ratio: 1.5 });
    expect(g(3, n(3), "lower")).toEqual({ grade: "met", ratio: 1 });
    expect(g(3.2, n(3), "lower")).toEqual({ grade: "near", ratio: 0.938 });
    expect(g(6, n(3), "lower")).toEqual({ grade: "shortfall", ratio: 0.5 });
  });

  test("a result of 0 against a positive target is exceeded, without dividing by zero", () => {
    expect(g(0, n(3), "lower")).toEqual({ grade: "exceeded", ratio: null });
  });
});

describe("zero targets never divide by zero", () => {
  test("higher is better: 0 against 0 is met, more is exceeded", () => {
    expect(g(0, n(0))).toEqual({ grade: "met", ratio: 1 });
    expect(g(5, n(0))).toEqual({ grade: "exceeded", ratio: null });
  });

  test("lower is better: 0 against 0 is met, more is a shortfall", () => {
    expect(g(0, n(0), "lower")).toEqual({ grade: "met", ratio: 1 });
    expect(g(2, n(0), "lower")).toEqual({ grade: "shortfall", ratio: 0 });
  });
});

describe("range targets (6,6-6,8)", () => {
  const range: TargetSpec = { kind: "range", min: 6.6, max: 6.8 };
  test("met anywhere inside, bounds included", () => {
    for (const r of [6.6, 6.7, 6.8]) expect(g(r, range)).toEqual({ grade: "met", ratio: 1 });
  });
  test("outside, the nearer bound grades", () => {
    expect(g(7, range)).toEqual({ grade: "exceeded", ratio: 1.029 });
    expect(g(6.3, range)).toEqual({ grade: "near", ratio: 0.955 });
    expect(g(5, range)).toEqual({ grade: "shortfall", ratio: 0.758 });
    expect(g(7, range, "lower")).toEqual({ grade: "near", ratio: 0.971 });
    expect(g(6, range, "lower")).toEqual({ grade: "exceeded", ratio: 1.1 });
  });
});

describe("qualified targets", () => {
  test("'Trên 4' is a floor: satisfied is Đạt (the ratio still shown), short of it grades by the ratio", () => {
    const above: TargetSpec = { kind: "qualified", qualifier: "above", value: 4 };
    expect(g(5, above)).toEqual({ grade: "met", ratio: 1.25 });
    expect(g(4, above).grade).toBe("met");
    expect(g(3.7, above)).toEqual({ grade: "near", ratio: 0.925 });
    expect(g(3, above).grade).toBe("shortfall");
    expect(g(5, above, "lower").grade).toBe("met");
  });

  test("'Dưới 4' is a ceiling: unemployment 3,1 is Đạt, even on a higher-is-better indicator; above it falls short", () => {
    const below: TargetSpec = { kind: "qualified", qualifier: "below", value: 4 };
    expect(g(3.1, below, "lower")).toEqual({ grade: "met", ratio: 1.29 });
    expect(g(3.1, below)).toEqual({ grade: "met", ratio: 1.29 });
    expect(g(0, below, "lower").grade).toBe("met");
    expect(g(5, below).grade).toBe("shortfall");
  });

  test("'Khoảng 4' keeps the indicator's direction", () => {
    const about: TargetSpec = { kind: "qualified", qualifier: "about", value: 4 };
    expect(g(4, about).grade).toBe("met");
    expect(g(3.8, about).grade).toBe("near");
    expect(g(3.8, about, "lower").grade).toBe("exceeded");
  });
});

describe("bands the template states", () => {
  test("three bands: Vượt / Đạt / Không đạt, no Gần đạt (Quảng Nam: 92,44 % is chưa đạt)", () => {
    expect(grade(32816, n(35500), "higher", 0.9, { bands: "three" })).toEqual({ grade: "shortfall", ratio: 0.924 });
    expect(grade(32816, n(35500), "higher", 0.9, { bands: "four" })).toEqual({ grade: "near", ratio: 0.924 });
    expect(grade(35500, n(35500), "higher", 0.9, { bands: "three" }).grade).toBe("met");
  });

  test("Vượt only from the ratio the template states (exceededFrom); between 100 % and it, Đạt", () => {
    expect(grade(2007, n(1915), "higher", 0.9, { exceededFrom: 1.05 })).toEqual({ grade: "met", ratio: 1.048 });
    expect(grade(7787, n(7213.5), "higher", 0.9, { exceededFrom: 1.05 })).toEqual({ grade: "exceeded", ratio: 1.08 });
  });

  test("growth by points: the difference in percentage points, meaningful at and below zero", () => {
    expect(grade(-4.13, n(2.28), "higher", 0.9, { growth: "points" })).toMatchObject({ grade: "shortfall", points: -6.41 });
    expect(grade(7.02, n(6.8), "higher", 0.9, { growth: "points" })).toMatchObject({ grade: "exceeded", points: 0.22 });
    expect(grade(6.2, n(6.8), "higher", 0.9, { growth: "points" })).toMatchObject({ grade: "near", points: -0.6 });
    expect(grade(-1, n(0), "higher", 0.9, { growth: "points" })).toMatchObject({ grade: "shortfall", points: -1 });
    expect(grade(-1, n(0), "higher", 0.9, { growth: "ratio" }).grade).toBe("shortfall");
  });
});

describe("no grade", () => {
  test("informational indicators, missing results or missing targets", () => {
    expect(g(28, n(10), "informational")).toEqual({ grade: "none", ratio: null });
    expect(g(null, n(10))).toEqual({ grade: "none", ratio: null });
    expect(g(10, null)).toEqual({ grade: "none", ratio: null });
    expect(g(Number.NaN, n(10))).toEqual({ grade: "none", ratio: null });
  });

  test("ratios stay finite numbers or null, even for extreme figures", () => {
    expect(g(1e308, n(1e-300)).ratio).toBeNull();
    expect(g(1e308, n(1e-300)).grade).toBe("exceeded");
  });
});
