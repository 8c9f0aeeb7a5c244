// The target helpers' formulas: built from the lexicon, portable to Excel 2013+ and LibreOffice,
// and planned only on rows whose targets are text (numbers keep today's short formulas). What
// they compute is tested in LibreOffice (test/libreoffice/target-forms.test.ts).
import { letter, planSheet } from "../../../src/core/layout";
import { targetAmountFormula, targetCodeFormula, targetWordFormula } from "../../../src/core/layout/target-formulas";
import type { SheetPlan } from "../../../src/core/sheet-plan";
import { TARGET_LEXICON } from "../../../src/core/targets/target-lexicon";
import type { Period } from "../../../src/core/periods/period";
import { DETAILS, tinyTemplate } from "./fixtures";

const Q1: Period = { year: 2020, kind: "Q1" };

const formulaAt = (plan: SheetPlan, address: string) => plan.cells.find((c) => c.address === address)?.formula;
const rowOf = (plan: SheetPlan, code: string): number =>
  Number(plan.cells.find((c) => c.value === code && c.address.startsWith(letter("code")))!.address.slice(1));

describe("the lexicon as the sheet reads it", () => {
  const change = (ws: readonly string[]) => ws.map((w) => `${w} `);
  const groups = [
    change(TARGET_LEXICON.change.increase), change(TARGET_LEXICON.change.decrease),
    TARGET_LEXICON.floor.prefixes, TARGET_LEXICON.ceiling.prefixes, TARGET_LEXICON.about.prefixes,
  ];

  test("no qualifier of one form starts a qualifier of another, so the longest match is the check's reading", () => {
    for (const [i, a] of groups.entries()) {
      for (const [j, b] of groups.entries()) {
        if (i === j) continue;
        for (const w of a) expect({ w, clashes: b.filter((x) => x.startsWith(w)) }).toEqual({ w, clashes: [] });
      }
    }
  });

  test("no qualifier starts with a digit or a range opener, so a qualifier and a range never both match", () => {
    for (const w of groups.flat()) {
      expect(w).not.toMatch(/^\d/);
      for (const o of TARGET_LEXICON.range.openers) expect(w.startsWith(`${o} `)).toBe(false);
    }
  });

  test("every reference phrase of a change starts with the shortest, where the sheet cuts", () => {
    const shortest = [...TARGET_LEXICON.change.reference].sort((a, b) => a.length - b.length)[0];
    for (const r of TARGET_LEXICON.change.reference) expect(r.startsWith(shortest)).toBe(true);
  });

  test("every qualifier word and range separator is in the formula that reads the form", () => {
    const formula = targetWordFormula("plan", 12) + targetCodeFormula("plan", 12);
    for (const w of [...groups.flat(), ...TARGET_LEXICON.range.separators]) expect(formula).toContain(`"${w}"`);
    for (const w of TARGET_LEXICON.change.points) expect(targetAmountFormula("plan", 12)).toContain(`"${w}"`);
  });
});

describe("planSheet: rows whose targets are text", () => {
  const template = tinyTemplate();
  const blank = planSheet({ template, period: Q1, details: DETAILS });
  const carried = { "X.1": { plan: "6,6-6,8" }, "Y.1": { periodTarget: "Trên 95%" } };
  const plan = planSheet({ template, period: Q1, details: DETAILS, carried });

  test("get the target helpers and the form-aware grading; rows of numbers keep today's formulas", () => {
    const x1 = rowOf(plan, "X.1");
    expect(formulaAt(plan, `${letter("planLowNumber")}${x1}`)).toContain("NUMBERVALUE(");
    expect(formulaAt(plan, `${letter("ratio")}${x1}`)).toContain(letter("gradeTargetHigh"));
    expect(formulaAt(plan, `${letter("planLow")}${rowOf(plan, "Y.1")}`)).toBeDefined();
    const numeric = rowOf(plan, "X.2");
    for (const key of ["ratio", "gradeTarget", "pctYear", "planLow", "gradeCode"] as const) {
      expect(formulaAt(plan, `${letter(key)}${numeric}`)).toBe(formulaAt(blank, `${letter(key)}${numeric}`));
    }
    expect(blank.cells.filter((c) => c.formula?.includes("NUMBERVALUE"))).toEqual([]);
  });

  test("use only functions Excel 2013 and LibreOffice both evaluate: no LET, LAMBDA or dynamic arrays", () => {
    const allowed = new Set([
      "IF", "AND", "OR", "NOT", "ISNUMBER", "ISTEXT", "ISERROR", "ISBLANK", "ROUND", "INT", "ABS", "SUM", "COUNT", "N", "SIGN",
      "MIN", "MAX", "MOD", "LEN", "LEFT", "MID", "RIGHT", "FIND", "TRIM", "LOWER", "SUBSTITUTE", "FIXED", "SUMPRODUCT", "IFERROR", "REPT",
      // Excel 2013+:
      "NUMBERVALUE", "UNICHAR",
    ]);
    const used = new Set(plan.cells.flatMap((c) => [...(c.formula ?? "").replace(/"[^"]*"/g, "").matchAll(/([A-Z]+)\(/g)].map((m) => m[1])));
    expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
    expect(used).toContain("NUMBERVALUE");
  });
});
