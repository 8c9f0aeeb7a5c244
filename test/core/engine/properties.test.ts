// Property-based tests: the parser and the engine never throw on any cell value, findings do not
// depend on the order of rows, and Vietnamese display reads back to the same number.
import fc from "fast-check";
import { checkReading } from "../../../src/core/check";
import type { Grade } from "../../../src/core/grading/grade";
import { grade } from "../../../src/core/grading/grading";
import { findingMessage } from "../../../src/core/i18n";
import { readCellNumber } from "../../../src/core/numbers/read-number";
import { formatNumberVi } from "../../../src/core/numbers/format-number";
import { readCellTarget } from "../../../src/core/targets/read-target";
import { targetNumbers } from "../../../src/core/targets/target-spec";
import type { InputRole, SheetReading } from "../../../src/core/reading";
import type { SnapshotCell } from "../../../src/core/snapshot";
import { buildSummary } from "../../../src/core/summary/summary";
import { reading, stttt } from "./reading-builder";

/** Text shaped like what staff type: digits, separators, signs, units, qualifiers, errors. */
const typedText = fc
  .array(fc.constantFrom("0", "1", "2", "5", "9", "00", "000", ".", ",", " ", "\u00a0", "%", "-", "−", "khoảng ", "Trên ", "Dưới ", "đồng", " triệu", " tỷ", "tr", "–", " đến ", "#DIV/0!", "#N/A", "e", "E5", "Infinity", "NaN", "ước ", "\u0301"), { maxLength: 12 })
  .map((parts) => parts.join(""));

const cellValue: fc.Arbitrary<SnapshotCell> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  fc.boolean(),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  typedText,
  // Very long figures, which overflow a double.
  fc.array(fc.constantFrom("9", "0", ".", ","), { minLength: 300, maxLength: 500 }).map((d) => d.join("")),
  fc.record({ error: fc.constantFrom("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#SPILL!", "weird") }),
);

const ROLES: readonly InputRole[] = ["plan", "periodTarget", "previousPeriod", "samePeriodLastYear", "actual", "explanation", "carriedYtd"];
const CODES = ["A.1", "A.1.1", "A.1.2", "A.2", "B.1", "B.2", "C.1", "C.2", "C.2.1", "C.2.2", "C.2.3", "C.2.4", "C.3", "C.4", "C.5"];

const rowsArb = fc.dictionary(fc.constantFrom(...CODES), fc.dictionary(fc.constantFrom(...ROLES), cellValue));
const periodArb = fc.record({ year: fc.integer({ min: 2000, max: 2100 }), kind: fc.constantFrom("Q1", "Q2", "Q3", "Q4", "H1", "9M", "Y" as const) });

describe("the parser never throws", () => {
  test("on any cell value, and numbers it reads are finite", () => {
    fc.assert(fc.property(cellValue, (cell) => {
      const n = readCellNumber(cell);
      const t = readCellTarget(cell);
      if (n.kind === "number") expect(Number.isFinite(n.value)).toBe(true);
      if (t.kind === "target") for (const x of targetNumbers(t.target)) expect(Number.isFinite(x)).toBe(true);
    }), { numRuns: 2000 });
  });

  test("NFD and NFC spellings of the same text read the same", () => {
    fc.assert(fc.property(typedText, (text) => {
      expect(readCellNumber(text.normalize("NFD"))).toEqual(readCellNumber(text.normalize("NFC")));
    }), { numRuns: 1000 });
  });
});

describe("Vietnamese display reads back", () => {
  test("integers and numbers with up to two decimals", () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (i, cents) => {
      // Built from its decimal text, as a typed figure would be.
      const x = Number(`${i}.${String(cents).padStart(2, "0")}`);
      const shown = formatNumberVi(x, { maxDecimals: 2 });
      expect(readCellNumber(shown)).toMatchObject({ kind: "number", value: x });
    }));
  });
});

describe("checkReading never throws", () => {
  test("on any cell values in any role, and its result is plain JSON with finite ratios", () => {
    const template = stttt();
    fc.assert(fc.property(rowsArb, periodArb, (rows, period) => {
      const r = checkReading(template, reading(rows, { period }));
      for (const i of r.indicators) {
        if (i.ratio !== null) expect(Number.isFinite(i.ratio)).toBe(true);
        if (i.value !== null) expect(Number.isFinite(i.value)).toBe(true);
      }
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      // Outside the quoted text staff typed, a message never shows a broken value.
      const unquoted = (m: string) => m.replace(/"[^"]*"/g, "");
      for (const f of r.findings) {
        expect(unquoted(findingMessage(f, "vi"))).not.toMatch(/undefined|NaN|Infinity|\?\)/);
        expect(unquoted(findingMessage(f, "en"))).not.toMatch(/undefined|NaN|Infinity|\?\)/);
      }
      buildSummary(template, r, "vi");
    }), { numRuns: 400 });
  });
});

describe("findings do not depend on row order", () => {
  test("any permutation of the indicators read gives the same result", () => {
    const template = stttt();
    const shuffled = (base: SheetReading) =>
      fc.shuffledSubarray([...base.indicators], { minLength: base.indicators.length, maxLength: base.indicators.length })
        .map((indicators) => ({ ...base, indicators }));
    fc.assert(fc.property(rowsArb.chain((rows) => {
      const base = reading(rows);
      return fc.tuple(fc.constant(base), shuffled(base));
    }), ([base, permuted]) => {
      expect(checkReading(template, permuted)).toEqual(checkReading(template, base));
    }), { numRuns: 300 });
  });
});

/** Worse to better. */
const RANK: Readonly<Record<Grade, number>> = { none: -1, shortfall: 0, near: 1, met: 2, exceeded: 3 };
const num = (value: number) => ({ kind: "number" as const, value });
const positive = fc.double({ min: 1e-6, max: 1e12, noNaN: true });
const nonNegative = fc.oneof(fc.constant(0), positive);

describe("grading is monotone in the result", () => {
  test("higher is better: a larger result never grades worse, nor shows a smaller ratio", () => {
    fc.assert(fc.property(nonNegative, nonNegative, positive, fc.double({ min: 0.5, max: 1, noNaN: true }), (a, b, target, near) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const gl = grade(lo, num(target), "higher", near);
      const gh = grade(hi, num(target), "higher", near);
      expect(RANK[gl.grade]).toBeLessThanOrEqual(RANK[gh.grade]);
      if (gl.ratio !== null && gh.ratio !== null) expect(gl.ratio).toBeLessThanOrEqual(gh.ratio);
    }), { numRuns: 2000 });
  });

  test("lower is better: a larger result never grades better", () => {
    fc.assert(fc.property(nonNegative, nonNegative, positive, (a, b, target) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(RANK[grade(lo, num(target), "lower").grade]).toBeGreaterThanOrEqual(RANK[grade(hi, num(target), "lower").grade]);
    }), { numRuns: 2000 });
  });

  test("the grade is the band of the ratio shown: above 100,0 % Vượt, exactly Đạt, from the threshold Gần đạt", () => {
    fc.assert(fc.property(nonNegative, positive, fc.constantFrom("higher" as const, "lower" as const), (result, target, direction) => {
      const g = grade(result, num(target), direction, 0.9);
      if (g.ratio === null) return;
      const expected: Grade = g.ratio > 1 ? "exceeded" : g.ratio === 1 ? "met" : g.ratio >= 0.9 ? "near" : "shortfall";
      expect(g.grade).toBe(expected);
    }), { numRuns: 2000 });
  });
});

describe("the ratio rounds the way a clerk rounds on paper", () => {
  test("figures with up to two decimals: exactly the decimal ratio, rounded half up to 0,1 percentage point", () => {
    // Targets up to 1.000,00 keep every quotient that is not an exact half at least 5·10⁻⁶ ‰ from one.
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 100_000 }), (cents, targetCents) => {
      const result = Number((cents / 100).toFixed(2));
      const target = Number((targetCents / 100).toFixed(2));
      // ratio × 1000 = cents × 1000 / targetCents, rounded half up in exact integer arithmetic.
      const exact = Number((2n * 1000n * BigInt(cents) + BigInt(targetCents)) / (2n * BigInt(targetCents)));
      expect(grade(result, num(target), "higher").ratio).toBe(exact / 1000);
    }), { numRuns: 5000, examples: [[6460, 8000], [201, 80], [1000050, 1000000], [7996, 8000]] });
  });
});
