// Dates typed day first, the Vietnamese way, read into ISO dates and shown back as dd/mm/yyyy.
import { dateInWords, parseDateVi, showDateVi } from "../../../src/core/periods/date-vi";

describe("dates typed the Vietnamese way (day/month/year)", () => {
  test.each([
    ["5/1/2020", "2020-01-05"],
    ["05/01/2020", "2020-01-05"],
    ["05-01-2020", "2020-01-05"],
    ["05.01.2020", "2020-01-05"],
    [" 15/3/2020 ", "2020-03-15"],
    ["31/12/2019", "2019-12-31"],
    ["29/02/2020", "2020-02-29"],
  ])("%s is %s, day first", (typed, iso) => {
    expect(parseDateVi(typed)).toEqual({ ok: true, iso });
  });

  test.each(["31/02/2020", "29/02/2019", "31/4/2020", "0/1/2020", "5/13/2020", "5/0/2020", "1/1/0000"])(
    "%s is not a day of the calendar",
    (typed) => {
      expect(parseDateVi(typed)).toEqual({ ok: false, problem: "impossible" });
    },
  );

  test.each(["2020-01-05", "5/1/20", "5/1", "05/01-2020", "ngày 5 tháng 1", "5//1/2020", "123/1/2020"])(
    "%s is not in the day/month/year shape",
    (typed) => {
      expect(parseDateVi(typed)).toEqual({ ok: false, problem: "format" });
    },
  );

  test("blank text is no date, told apart from a wrong one", () => {
    expect(parseDateVi("")).toEqual({ ok: false, problem: "empty" });
    expect(parseDateVi("   ")).toEqual({ ok: false, problem: "empty" });
  });

  test("full-width digits typed with a Vietnamese IME are read as digits", () => {
    expect(parseDateVi("０５/０１/２０２０")).toEqual({ ok: true, iso: "2020-01-05" });
  });

  test("shown as dd/mm/yyyy, and read back to the same date", () => {
    expect(showDateVi("2020-01-05")).toBe("05/01/2020");
    expect(showDateVi("2020-03-15")).toBe("15/03/2020");
    expect(parseDateVi(showDateVi("2019-12-16"))).toEqual({ ok: true, iso: "2019-12-16" });
  });

  test("no date, or a stored value that is not a date, shows as an empty field", () => {
    expect(showDateVi("")).toBe("");
    expect(showDateVi("2020-02-30")).toBe("");
  });

  test("the date read, in words, leaves no doubt which is the day and which the month", () => {
    expect(dateInWords("2020-01-05", "vi")).toBe("ngày 5 tháng 1 năm 2020");
    expect(dateInWords("2020-01-05", "en")).toBe("5 January 2020");
    expect(dateInWords("", "vi")).toBe("");
  });
});
