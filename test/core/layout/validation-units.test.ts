// The warning a clerk sees on typing a bad figure names the indicator's own unit: a count of
// organisations is not "Số tiền tính bằng đồng" (only money is); and it speaks the sheet's language.
import { planSheet } from "../../../src/core/layout/plan-sheet";
import { letter } from "../../../src/core/layout/columns";
import type { SheetPlan } from "../../../src/core/sheet-plan";
import { defaultTemplate } from "../../../src/core/template/template-builtin";
import { cellsOf, DETAILS } from "./fixtures";

const Q1 = { year: 2020, kind: "Q1" } as const;
const sheet = (lang: "vi" | "en"): SheetPlan => planSheet({ template: defaultTemplate(), period: Q1, details: DETAILS, lang });

function alertAt(plan: SheetPlan, code: string): { title: string; message: string } {
  const row = plan.cells.find((c) => c.address.startsWith(letter("code")) && c.value === code)!.address.slice(letter("code").length);
  const found = plan.validations.filter((v) => cellsOf(v.range).includes(`${letter("actual")}${row}`));
  expect(found).toHaveLength(1);
  return found[0].alert;
}

test("a count names its unit, money says đồng, in Vietnamese", () => {
  const vi = sheet("vi");
  const organisations = alertAt(vi, "C.2.1").message;
  expect(organisations).toContain("tổ chức");
  expect(organisations).not.toContain("đồng");
  expect(alertAt(vi, "A.1").message).toContain("thuê bao");
  expect(alertAt(vi, "C.4").message).toContain("đồng");
  expect(alertAt(vi, "B.1").message).toContain("từ 0 đến 100");
});

test("an English sheet's alerts are English, with the English unit", () => {
  const en = sheet("en");
  const organisations = alertAt(en, "C.2.1");
  expect(organisations.message).toContain("organisations");
  expect(organisations.message).not.toMatch(/đồng|tổ chức|VND/);
  expect(alertAt(en, "C.4").message).toMatch(/VND|đồng/);
  expect(organisations.title).not.toMatch(/[ạ-ỹ]/);
});

test("every alert stays within Excel's limits (title 32, message 225 characters)", () => {
  for (const plan of [sheet("vi"), sheet("en")]) {
    for (const v of plan.validations) {
      expect(v.alert.title.length).toBeLessThanOrEqual(32);
      expect(v.alert.message.length).toBeLessThanOrEqual(225);
    }
  }
});
