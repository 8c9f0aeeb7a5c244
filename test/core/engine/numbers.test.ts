// Reading cell values the Vietnamese way, and writing numbers for readers.
import { readCellNumber, readCellText } from "../../../src/core/numbers/read-number";
import { formatNumber, formatNumberVi, formatPercent, formatRatio } from "../../../src/core/numbers/format-number";
import { readCellTarget } from "../../../src/core/targets/read-target";

const num = (value: number, text: string | null = null, percent = false) => ({ kind: "number", value, text, percent });

describe("reading cells", () => {
  test("numbers are numbers; zero is zero; empty is not zero", () => {
    expect(readCellNumber(920000)).toEqual(num(920000));
    expect(readCellNumber(0)).toEqual(num(0));
    expect(readCellNumber(-0)).toEqual(num(0));
    for (const empty of [null, undefined, "", "   ", "\u00a0", "\t\n"]) expect(readCellNumber(empty)).toEqual({ kind: "empty" });
  });

  test.each([
    ["920.000", 920000],
    ["920 000", 920000],
    ["920\u00a0000", 920000],
    ["1.234.567", 1234567],
    ["87,5", 87.5],
    ["1.234,56", 1234.56],
    ["1 234,5", 1234.5],
    ["0,75", 0.75],
    ["920000", 920000],
    ["2.000.000 đồng", 2000000],
    ["5.000.000đồng", 5000000],
    ["7 triệu", 7000000],
    ["1,5 tỷ", 1500000000],
    ["3 tỉ", 3000000000],
    ["20 nghìn", 20000],
    ["20 ngàn", 20000],
    ["khoảng 920.000", 920000],
    ["Ước thực hiện khoảng 920.000", 920000],
    ["ước khoảng 110.000 thuê bao", 110000],
    ["-5", -5],
    ["\u22123,5", -3.5],
    ["01", 1],
    ["5 trường", 5],
  ])("text %j is read as %p and flagged as a number typed as text", (text, value) => {
    expect(readCellNumber(text)).toEqual(num(value, text.replace(/\u00a0/g, " ")));
  });

  test("a percent sign is kept as information: the value stays in the indicator's % unit", () => {
    expect(readCellNumber("87,5%")).toEqual(num(87.5, "87,5%", true));
    expect(readCellNumber("100 %")).toEqual(num(100, "100 %", true));
  });

  test("decomposed (NFD) Vietnamese text reads the same as composed (NFC)", () => {
    const nfd = "2.000.000 đồng".normalize("NFD");
    expect(readCellNumber(nfd)).toEqual(num(2000000, "2.000.000 đồng"));
    expect(readCellNumber("7 triệu".normalize("NFD"))).toMatchObject({ value: 7000000 });
  });

  test.each([
    ["1,234.5", 1234.5],
    ["920,000", 920000],
    ["1,234,567", 1234567],
    ["87.5", 87.5],
    ["0.500", 0.5],
    ["1,5.5", null],
  ])("English-style %j is never silently guessed: not-a-number, proposing %p", (text, suggestion) => {
    const r = readCellNumber(text);
    expect(r.kind).toBe("not-a-number");
    if (suggestion !== null) expect(r).toEqual({ kind: "not-a-number", text, reason: "english-style", suggestion });
  });

  test("every space a keyboard or Excel puts between groups or before the % sign reads the same", () => {
    // U+00A0 no-break (Excel, Word), U+202F narrow no-break (French-style grouping), U+2009 thin.
    for (const space of [" ", "\u00a0", "\u202f", "\u2009"]) {
      expect(readCellNumber(`920${space}000`)).toMatchObject({ kind: "number", value: 920000 });
      expect(readCellNumber(`87,5${space}%`)).toMatchObject({ kind: "number", value: 87.5, percent: true });
    }
  });

  test("decomposed (NFD) 'khoảng', 'triệu', 'đồng' read as composed, and the text kept is NFC", () => {
    const nfd = "khoảng 1,5 triệu đồng".normalize("NFD");
    expect(nfd).not.toBe(nfd.normalize("NFC"));
    expect(readCellNumber(nfd)).toEqual(num(1500000, "khoảng 1,5 triệu đồng"));
  });

  test("full-width digits (an East Asian input method) are the same figure, still a number typed as text", () => {
    expect(readCellNumber("９２０．０００")).toEqual(num(920000, "９２０．０００"));
    expect(readCellNumber("８７，５％")).toEqual(num(87.5, "８７，５％", true));
    expect(readCellNumber("９２０，０００")).toMatchObject({ kind: "not-a-number", reason: "english-style", suggestion: 920000 });
  });

  test("negative zero typed as text is zero, never −0", () => {
    const r = readCellNumber("-0");
    expect(r.kind === "number" && Object.is(r.value, 0)).toBe(true);
  });

  test("a comma followed by other than three digits is the Vietnamese decimal comma, not ambiguous", () => {
    expect(readCellNumber("920,5")).toMatchObject({ kind: "number", value: 920.5 });
    expect(readCellNumber("0,500")).toMatchObject({ kind: "number", value: 0.5 });
    expect(readCellNumber("1234,567")).toMatchObject({ kind: "number", value: 1234.567 });
  });

  test.each(["abc", "x", "-", "12 tháng 3", "2 tỷ 500 triệu", "12 34", "1.2.3", "5% triệu", "N/A"])("%j is unreadable", (text) => {
    expect(readCellNumber(text)).toEqual({ kind: "not-a-number", text, reason: "unreadable", suggestion: null });
  });

  test("Excel error values, as snapshot objects and as strings", () => {
    for (const e of ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]) {
      expect(readCellNumber({ error: e })).toEqual({ kind: "error", error: e });
      expect(readCellNumber(e)).toEqual({ kind: "error", error: e });
    }
    expect(readCellNumber(" #n/a ")).toEqual({ kind: "error", error: "#N/A" });
  });

  test("a figure too long for a number is unreadable, not Infinity", () => {
    expect(readCellNumber("9".repeat(400))).toMatchObject({ kind: "not-a-number", reason: "unreadable" });
    expect(readCellNumber(`${"9".repeat(400)}.5`)).toMatchObject({ kind: "not-a-number", reason: "english-style", suggestion: null });
  });

  test("booleans and non-finite numbers are not numbers", () => {
    expect(readCellNumber(true)).toMatchObject({ kind: "not-a-number", reason: "boolean", text: "TRUE" });
    expect(readCellNumber(Number.NaN)).toMatchObject({ kind: "not-a-number", reason: "not-finite" });
    expect(readCellNumber(Infinity)).toMatchObject({ kind: "not-a-number", reason: "not-finite" });
  });

  test("explanations are read as NFC text with spaces tidied", () => {
    expect(readCellText("  Do   ảnh hưởng dịch bệnh ".normalize("NFD"))).toBe("Do ảnh hưởng dịch bệnh");
    expect(readCellText(null)).toBe("");
  });
});

describe("reading targets", () => {
  test("numbers and Vietnamese number text", () => {
    expect(readCellTarget(915000)).toEqual({ kind: "target", target: { kind: "number", value: 915000 }, text: null, plainText: false });
    expect(readCellTarget("915.000")).toEqual({ kind: "target", target: { kind: "number", value: 915000 }, text: "915.000", plainText: true });
  });

  test("ranges, either way round, with any dash or 'đến'", () => {
    const range = { kind: "range", min: 6.6, max: 6.8 };
    for (const text of ["6,6-6,8", "6,6 - 6,8", "6,6–6,8", "6,6 đến 6,8", "6,8-6,6", "6,6%-6,8%"]) {
      expect(readCellTarget(text)).toMatchObject({ kind: "target", target: range, plainText: false });
    }
  });

  test("qualifiers: Trên, Dưới, Khoảng", () => {
    expect(readCellTarget("Trên 4")).toMatchObject({ target: { kind: "qualified", qualifier: "above", value: 4 }, plainText: false });
    expect(readCellTarget("Dưới 3")).toMatchObject({ target: { kind: "qualified", qualifier: "below", value: 3 } });
    expect(readCellTarget("Khoảng 4")).toMatchObject({ target: { kind: "qualified", qualifier: "about", value: 4 }, plainText: false });
    expect(readCellTarget("trên 95%")).toMatchObject({ target: { kind: "qualified", qualifier: "above", value: 95 } });
    expect(readCellTarget("Dưới 3".normalize("NFD"))).toMatchObject({ target: { kind: "qualified", qualifier: "below", value: 3 } });
  });

  test("ranges as planners also write them: 'từ … đến …', the division sign '÷'", () => {
    const range = { kind: "range", min: 6.6, max: 6.8 };
    for (const text of ["Từ 6,6 đến 6,8", "từ 6,6-6,8", "6,6÷6,8", "6,6 ÷ 6,8%", "Từ 6,6 đến 6,8".normalize("NFD")]) {
      expect(readCellTarget(text)).toMatchObject({ kind: "target", target: range, plainText: false });
    }
  });

  test("negated qualifiers: 'Không dưới 90' is at least 90, 'Không quá 5' at most 5", () => {
    const above = { kind: "qualified", qualifier: "above", value: 90 };
    const below = { kind: "qualified", qualifier: "below", value: 5 };
    for (const text of ["Không dưới 90", "không dưới 90%", "Không thấp hơn 90", "Không dưới 90".normalize("NFD")]) {
      expect(readCellTarget(text)).toMatchObject({ kind: "target", target: above });
    }
    for (const text of ["Không quá 5", "không vượt quá 5", "Không cao hơn 5"]) {
      expect(readCellTarget(text)).toMatchObject({ kind: "target", target: below });
    }
  });

  test("English-style and unreadable targets are not-a-number; errors stay errors", () => {
    expect(readCellTarget("Trên 1,500")).toMatchObject({ kind: "not-a-number", reason: "english-style", suggestion: 1500 });
    expect(readCellTarget("6.6-6.8")).toMatchObject({ kind: "not-a-number", reason: "english-style" });
    expect(readCellTarget("cao")).toMatchObject({ kind: "not-a-number", reason: "unreadable" });
    expect(readCellTarget({ error: "#REF!" })).toEqual({ kind: "error", error: "#REF!" });
    expect(readCellTarget("")).toEqual({ kind: "empty" });
  });
});

describe("writing numbers", () => {
  test("Vietnamese: dots between thousands, comma before decimals", () => {
    expect(formatNumberVi(1234567)).toBe("1.234.567");
    expect(formatNumberVi(2000000)).toBe("2.000.000");
    expect(formatNumberVi(87.5)).toBe("87,5");
    expect(formatNumberVi(-1234.5)).toBe("-1.234,5");
    expect(formatNumberVi(0.1 + 0.2)).toBe("0,3");
    expect(formatNumberVi(999)).toBe("999");
  });

  test("English for Office in English", () => {
    expect(formatNumber(1234567.25, "en")).toBe("1,234,567.25");
  });

  test("rounds half up on the decimal digits people typed, not on binary noise", () => {
    expect(formatNumber(1.005, "vi", { maxDecimals: 2 })).toBe("1,01");
    expect(formatNumber(2.675, "en", { maxDecimals: 2 })).toBe("2.68");
    expect(formatNumber(9.995, "vi", { maxDecimals: 2 })).toBe("10");
    expect(formatNumber(-0.0004, "vi")).toBe("0");
    expect(formatNumber(5, "vi", { minDecimals: 1 })).toBe("5,0");
  });

  test("percentages and grading ratios", () => {
    expect(formatPercent(87.3, "vi")).toBe("87,3%");
    expect(formatRatio(1.005, "vi")).toBe("100,5%");
    expect(formatRatio(1, "vi")).toBe("100,0%");
    expect(formatRatio(1.048, "en")).toBe("104.8%");
  });

  test("agrees with Intl vi-VN grouping where Intl has full ICU data", () => {
    const intl = new Intl.NumberFormat("vi-VN").format(1234567);
    if (intl === "1.234.567") expect(formatNumberVi(1234567)).toBe(intl);
    else expect(formatNumberVi(1234567)).toBe("1.234.567");
  });
});
