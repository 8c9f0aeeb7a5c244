// Periods: labels, quarters, carry-forward, data windows and official dates.
import type { Period, PeriodKind } from "../../../src/core/periods/period";
import { PERIOD_KINDS } from "../../../src/core/periods/period";
import {
  carrySources, parsePeriodId, parsePeriodKind, periodLabel, periodPhrase, precedingPeriod, previousPeriods, quartersInPeriod,
} from "../../../src/core/periods/period-labels";
import { dataWindow, formatDate, formatDateVi, formatDocumentDateVi, formatOfficialDate, formatOfficialDateVi, formatWindow, parseIsoDate } from "../../../src/core/periods/period-window";

const p = (kind: PeriodKind, year = 2020): Period => ({ year, kind });

describe("period labels", () => {
  test.each([
    ["Q1", "Quý I năm 2020", "Q1 2020"], ["Q2", "Quý II năm 2020", "Q2 2020"], ["Q3", "Quý III năm 2020", "Q3 2020"],
    ["Q4", "Quý IV năm 2020", "Q4 2020"], ["H1", "6 tháng đầu năm 2020", "H1 2020"], ["9M", "9 tháng năm 2020", "9 months 2020"],
    ["Y", "Năm 2020", "Year 2020"],
  ] as const)("%s is %s / %s", (kind, vi, en) => {
    expect(periodLabel(p(kind), "vi")).toBe(vi);
    expect(periodLabel(p(kind), "en")).toBe(en);
  });

  test("sentence phrases for verdicts", () => {
    expect(PERIOD_KINDS.map((k) => periodPhrase(k, "vi"))).toEqual(["quý I", "quý II", "quý III", "quý IV", "6 tháng đầu năm", "9 tháng", "năm"]);
    expect(periodPhrase("H1", "en")).toBe("the first half");
  });

  test("the share of the year counts quarters: Q = 1, H1 = 2, 9M = 3, Y = 4", () => {
    expect(PERIOD_KINDS.map((k) => quartersInPeriod(p(k)))).toEqual([1, 1, 1, 1, 2, 3, 4]);
  });

  test("reads the ways staff and file names write periods", () => {
    expect(["Q1", "q2", "III", "Quý IV", "quý 1", "H1", "6 tháng", "9M", "9 tháng", "Y", "Năm", "cả năm"].map(parsePeriodKind))
      .toEqual(["Q1", "Q2", "Q3", "Q4", "Q1", "H1", "H1", "9M", "9M", "Y", "Y", "Y"]);
    expect(parsePeriodKind("Q5")).toBeNull();
    expect(parsePeriodKind("Quý I".normalize("NFD"))).toBe("Q1");
    expect(parsePeriodId("2020-Q1")).toEqual(p("Q1"));
    expect(parsePeriodId("2020-9M")).toEqual(p("9M"));
    expect(parsePeriodId("Q1-2020")).toBeNull();
  });
});

describe("carrying the year so far", () => {
  test("earlier quarters of the same year carry into a quarter; cumulative periods need none", () => {
    expect(previousPeriods(p("Q1"))).toEqual([]);
    expect(previousPeriods(p("Q3"))).toEqual([p("Q1"), p("Q2")]);
    expect(previousPeriods(p("Q4"))).toEqual([p("Q1"), p("Q2"), p("Q3")]);
    expect(previousPeriods(p("H1"))).toEqual([]);
    expect(previousPeriods(p("Y"))).toEqual([]);
  });

  test("alternative sources cover exactly the earlier quarters, the most complete first", () => {
    expect(carrySources(p("Q4"))).toEqual([[p("9M")], [p("H1"), p("Q3")], [p("Q1"), p("Q2"), p("Q3")]]);
    expect(carrySources(p("Q2"))).toEqual([[p("Q1")]]);
    expect(carrySources(p("Q1"))).toEqual([]);
  });

  test("the preceding period crosses the year for Q1", () => {
    expect(precedingPeriod(p("Q1"))).toEqual(p("Q4", 2019));
    expect(precedingPeriod(p("9M"))).toEqual(p("H1"));
  });
});

describe("data windows belong to the report type", () => {
  test("inspection reports (TT 03/2013): Q1 2020 runs from 16/12/2019 to 15/3/2020, as the seed says", () => {
    expect(dataWindow(p("Q1"), "tt03-2013")).toEqual({ from: "2019-12-16", to: "2020-03-15" });
    expect(formatWindow(dataWindow(p("Q1"), "tt03-2013"), "vi")).toBe("từ ngày 16/12/2019 đến ngày 15/3/2020");
  });

  test("administrative reports (ND 09/2019): the 15th of the month before to the 14th of the last month", () => {
    expect(dataWindow(p("Q1"), "nd09-2019")).toEqual({ from: "2019-12-15", to: "2020-03-14" });
    expect(dataWindow(p("Q3"), "nd09-2019")).toEqual({ from: "2020-06-15", to: "2020-09-14" });
    expect(dataWindow(p("Y"), "nd09-2019")).toEqual({ from: "2019-12-15", to: "2020-12-14" });
  });

  test("sector statistics: calendar quarters, leap years included", () => {
    expect(dataWindow(p("Q1"), "calendar")).toEqual({ from: "2020-01-01", to: "2020-03-31" });
    expect(dataWindow(p("Q2"), "calendar")).toEqual({ from: "2020-04-01", to: "2020-06-30" });
    expect(dataWindow(p("Q4"), "calendar")).toEqual({ from: "2020-10-01", to: "2020-12-31" });
  });

  test("every period of every report type, in the words of the sheet's window line", () => {
    const vi = (kind: Parameters<typeof p>[0], type: Parameters<typeof dataWindow>[1], year = 2020) =>
      formatWindow(dataWindow({ year, kind }, type), "vi");
    expect(vi("Q1", "nd09-2019", 2021)).toBe("từ ngày 15/12/2020 đến ngày 14/3/2021");
    expect(vi("Q2", "tt03-2013")).toBe("từ ngày 16/3/2020 đến ngày 15/6/2020");
    expect(vi("Q4", "nd09-2019")).toBe("từ ngày 15/9/2020 đến ngày 14/12/2020");
    expect(vi("H1", "calendar", 2024)).toBe("từ ngày 01/01/2024 đến ngày 30/6/2024");
    expect(vi("Y", "calendar", 2023)).toBe("từ ngày 01/01/2023 đến ngày 31/12/2023");
    expect(formatWindow(dataWindow(p("9M"), "tt03-2013"), "en")).toBe("from 16 December 2019 to 15 September 2020");
  });

  test("leap years: a calendar Q1 holds 29 February and still ends on 31 March", () => {
    expect(dataWindow({ year: 2024, kind: "Q1" }, "calendar")).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(parseIsoDate("2024-02-29")).not.toBeNull();
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(formatDocumentDateVi("2024-02-29")).toBe("29/02/2024");
  });

  test("H1, 9 months and the year run from the first quarter's start to the last quarter's end", () => {
    expect(dataWindow(p("H1"), "tt03-2013")).toEqual({ from: "2019-12-16", to: "2020-06-15" });
    expect(dataWindow(p("9M"), "calendar")).toEqual({ from: "2020-01-01", to: "2020-09-30" });
    expect(dataWindow(p("Y"), "tt03-2013")).toEqual({ from: "2019-12-16", to: "2020-12-15" });
  });
});

describe("dates", () => {
  test("dates in a document's text are padded as ND 30 pads them (the seed: 15/3/2020, 20/02/2020)", () => {
    expect(formatDocumentDateVi("2020-03-15")).toBe("15/3/2020");
    expect(formatDocumentDateVi("2020-02-20")).toBe("20/02/2020");
    expect(formatDocumentDateVi("2020-01-05")).toBe("05/01/2020");
    expect(formatDocumentDateVi("1995-05-10")).toBe("10/5/1995");
  });

  test("short Vietnamese dates", () => {
    expect(formatDateVi("2019-12-16")).toBe("16/12/2019");
    expect(formatDate("2020-03-05", "en")).toBe("5 March 2020");
  });

  test("ND 30 date line: days below 10 and months 1-2 zero-padded, other months not", () => {
    expect(formatOfficialDateVi("Hà Nam", "2020-01-05")).toBe("Hà Nam, ngày 05 tháng 01 năm 2020");
    expect(formatOfficialDateVi("Hà Nam", "2020-02-28")).toBe("Hà Nam, ngày 28 tháng 02 năm 2020");
    expect(formatOfficialDateVi("Hà Nam", "2020-03-20")).toBe("Hà Nam, ngày 20 tháng 3 năm 2020");
    expect(formatOfficialDateVi("Hà Nam", "2020-12-09")).toBe("Hà Nam, ngày 09 tháng 12 năm 2020");
    expect(formatOfficialDate("Hà Nam", "2020-01-05", "en")).toBe("Hà Nam, 5 January 2020");
  });

  test("only real calendar dates parse", () => {
    expect(parseIsoDate("2020-02-29")).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseIsoDate("2019-02-29")).toBeNull();
    expect(parseIsoDate("20/03/2020")).toBeNull();
  });
});
