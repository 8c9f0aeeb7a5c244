// The period the Template step proposes: today's quarter in a new workbook, the report after the
// latest one in a workbook that already holds reports.
import { defaultPeriod, parseYear, periodAfter } from "../../src/taskpane/template/period-choice";

test("a new workbook proposes the quarter today falls in", () => {
  expect(defaultPeriod(new Date(2020, 2, 20))).toEqual({ year: 2020, kind: "Q1" });
  expect(defaultPeriod(new Date(2026, 10, 28))).toEqual({ year: 2026, kind: "Q4" });
});

test("after a quarter comes the next quarter; after Quý IV or the year, Quý I of the next year", () => {
  expect(periodAfter({ year: 2020, kind: "Q1" })).toEqual({ year: 2020, kind: "Q2" });
  expect(periodAfter({ year: 2020, kind: "Q3" })).toEqual({ year: 2020, kind: "Q4" });
  expect(periodAfter({ year: 2020, kind: "Q4" })).toEqual({ year: 2021, kind: "Q1" });
  expect(periodAfter({ year: 2020, kind: "H1" })).toEqual({ year: 2020, kind: "Q3" });
  expect(periodAfter({ year: 2020, kind: "9M" })).toEqual({ year: 2020, kind: "Q4" });
  expect(periodAfter({ year: 2020, kind: "Y" })).toEqual({ year: 2021, kind: "Q1" });
});

test("a year is four digits between 2000 and 2100", () => {
  expect(parseYear(" 2020 ")).toBe(2020);
  expect(parseYear("20")).toBeNull();
  expect(parseYear("1999")).toBeNull();
});
