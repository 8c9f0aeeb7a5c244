// Every validation rule: when it fires, on which cell, with which severity, and what the
// reviewer reads in Vietnamese and English.
import { checkReading } from "../../../src/core/check";
import type { Finding, RuleId } from "../../../src/core/finding";
import { findingMessage, roleLabel } from "../../../src/core/i18n";
import { COLUMNS, ROLE_COLUMN } from "../../../src/core/layout/columns";
import type { InputRole } from "../../../src/core/reading";
import { ROW_OF, SEED_ROWS, addr, reading, stttt, type Row } from "./reading-builder";

const withRows = (over: Record<string, Row>) => checkReading(stttt(), reading({ ...SEED_ROWS, ...over }));
const only = (over: Record<string, Row>, rule: RuleId): Finding[] => withRows(over).findings.filter((f) => f.rule === rule);
const one = (over: Record<string, Row>, rule: RuleId): Finding => {
  const fs = only(over, rule);
  expect(fs).toHaveLength(1);
  return fs[0];
};
const messages = (f: Finding) => ({ vi: findingMessage(f, "vi"), en: findingMessage(f, "en") });

describe("messages name cells as the sheet's headers do", () => {
  test("every input role's label is its column's header, in both languages", () => {
    for (const role of Object.keys(ROLE_COLUMN) as InputRole[]) {
      const header = COLUMNS.find((c) => c.key === ROLE_COLUMN[role])?.header;
      expect({ role, vi: roleLabel(role, "vi"), en: roleLabel(role, "en") }).toEqual({ role, vi: header?.vi, en: header?.en });
    }
  });
});

describe("not-a-number", () => {
  test("an English-style figure is an error proposing the likely reading", () => {
    const f = one({ "A.1": { plan: 950000, periodTarget: 915000, actual: "920,000" } }, "not-a-number");
    expect(f).toMatchObject({ code: "A.1", cell: addr("actual", ROW_OF("A.1")), severity: "error" });
    const m = messages(f);
    expect(m.vi).toBe("Ô Thực hiện ghi \"920,000\" theo kiểu tiếng Anh nên không rõ giá trị. Nếu ý là 920.000, hãy gõ lại dưới dạng số, không có dấu ngăn cách hàng nghìn (gõ 920000).");
    expect(m.en).toBe("The Actual cell holds \"920,000\", written the English way, so its value is ambiguous. If you mean 920,000, type it again as a number without thousands separators (type 920000).");
  });

  test("an English decimal point says how to type the decimal, not to drop thousands separators", () => {
    const f = one({ "B.2": { plan: 80, actual: "87.5" } }, "not-a-number");
    expect(messages(f).vi).toBe("Ô Thực hiện ghi \"87.5\" theo kiểu tiếng Anh nên không rõ giá trị. Nếu ý là 87,5, hãy gõ lại dưới dạng số, với dấu phẩy trước phần thập phân (gõ 87,5; nếu Excel dùng dấu chấm thập phân thì gõ 87.5).");
    expect(messages(f).en).toBe("The Actual cell holds \"87.5\", written the English way, so its value is ambiguous. If you mean 87.5, type it again as a number with its decimal separator (type 87.5, or 87,5 if Excel uses a decimal comma).");
    const text = one({ "B.2": { plan: 80, actual: "87,5" } }, "text-number");
    expect(messages(text).vi).toContain("Hãy gõ lại dưới dạng số (gõ 87,5; nếu Excel dùng dấu chấm thập phân thì gõ 87.5)");
  });

  test("unreadable text in any numeric input, the plan included", () => {
    const f = one({ "A.2": { plan: "một trăm hai mươi nghìn", periodTarget: 105000, actual: 110000 } }, "not-a-number");
    expect(f.cell).toBe(addr("plan", ROW_OF("A.2")));
    expect(messages(f).vi).toContain("Kế hoạch năm");
    expect(messages(f).vi).toContain("không đọc được thành số");
    expect(messages(f).en).toContain("Annual plan");
    expect(messages(f).en).toContain("cannot be read as a number");
    // An English reader is shown the decimal point first, the Vietnamese comma as the alternative.
    expect(messages(f).en).toContain("87.5; 87,5 if Excel uses a decimal comma");
  });

  test("previous-period and same-period cells are checked too", () => {
    const fs = only({ "C.1": { plan: 4, actual: 1, previousPeriod: "abc", samePeriodLastYear: "1.5" } }, "not-a-number");
    expect(fs.map((f) => f.cell)).toEqual([addr("previousPeriod", ROW_OF("C.1")), addr("samePeriodLastYear", ROW_OF("C.1"))]);
  });

  test("a range target written the English way has no single reading but still says how to write it", () => {
    const f = one({ "B.2": { plan: "80.5-85.5", actual: 87 } }, "not-a-number");
    expect(messages(f).vi).toContain("6,6-6,8");
    expect(messages(f).en).toContain("6,6-6,8");
  });
});

describe("formula-error", () => {
  test("an Excel error value in a cell is an error naming it", () => {
    const f = one({ "B.2": { plan: 80, actual: { error: "#DIV/0!" } } }, "formula-error");
    expect(f).toMatchObject({ code: "B.2", severity: "error", cell: addr("actual", ROW_OF("B.2")) });
    expect(messages(f).vi).toBe("Ô Thực hiện đang báo lỗi #DIV/0!. Hãy sửa công thức gây lỗi hoặc gõ trực tiếp số liệu vào ô.");
    expect(messages(f).en).toBe("The Actual cell shows the error #DIV/0!. Fix the formula that causes it, or type the figure directly.");
  });

  test("a typed error string counts too, and a graded indicator with an unreadable result gets no grade", () => {
    const r = withRows({ "C.1": { plan: 4, actual: "#N/A" } });
    expect(r.findings.filter((f) => f.rule === "formula-error").map((f) => f.code)).toEqual(["C.1"]);
    expect(r.indicators.find((i) => i.code === "C.1")).toMatchObject({ value: null, grade: "none" });
  });
});

describe("number types", () => {
  test("negative counts and money are errors", () => {
    const f = one({ "C.5": { actual: -20 } }, "negative");
    expect(f).toMatchObject({ severity: "error", code: "C.5" });
    expect(messages(f).vi).toBe("Ô Thực hiện ghi -20, nhưng chỉ tiêu này không thể là số âm. Hãy kiểm tra lại và gõ số từ 0 trở lên.");
    expect(messages(f).en).toContain("cannot be negative");
  });

  test("counts must be whole; money is whole đồng", () => {
    const count = one({ "C.1": { plan: 4, actual: 1.5 } }, "not-integer");
    expect(messages(count).vi).toContain("đếm bằng số nguyên");
    expect(messages(count).en).toContain("is a count");
    const money = one({ "C.4": { actual: "7.000.000,5" } }, "not-integer");
    expect(messages(money).vi).toBe("Ô Thực hiện ghi 7.000.000,5 đồng, nhưng số tiền phải là số đồng chẵn. Hãy gõ số nguyên, không có phần lẻ; đơn vị là đồng, không phải triệu đồng (ví dụ 7,5 triệu đồng thì gõ 7500000).");
    expect(messages(money).en).toContain("whole đồng");
  });

  test("rates stay within 0..100, the plan included", () => {
    const fs = only({ "B.2": { plan: 180, actual: 120 } }, "percent-range");
    expect(fs.map((f) => f.cell)).toEqual([addr("plan", ROW_OF("B.2")), addr("actual", ROW_OF("B.2"))]);
    expect(messages(fs[1]).vi).toBe("Ô Thực hiện ghi 120%, nằm ngoài khoảng từ 0% đến 100%. Hãy gõ tỷ lệ là một số từ 0 đến 100 (ví dụ gõ 87,5 cho 87,5%).");
    expect(messages(fs[1]).en).toContain("outside 0-100%");
    expect(only({ "B.2": { plan: 80, actual: 0 } }, "percent-range")).toEqual([]);
    expect(only({ "B.2": { plan: 80, actual: 100 } }, "percent-range")).toEqual([]);
  });

  test("a decimal number type allows fractions and signs", () => {
    const t = stttt();
    const decimal = { ...t, sections: [{ ...t.sections[2], indicators: [{ ...t.sections[2].indicators[0], numberType: "decimal" as const }] }], rules: [] };
    const r = checkReading(decimal, reading({ "C.1": { plan: 4, actual: -1.5 } }, { template: decimal }));
    expect(r.findings.filter((f) => ["negative", "not-integer", "percent-range"].includes(f.rule))).toEqual([]);
  });
});

describe("required", () => {
  test("an empty result with a target is an error; empty is not zero", () => {
    const f = one({ "C.1": { plan: 4, actual: null } }, "required");
    expect(f).toMatchObject({ severity: "error", cell: addr("actual", ROW_OF("C.1")), evidence: { hasTarget: true } });
    expect(messages(f).vi).toBe("Chưa nhập số Thực hiện, trong khi chỉ tiêu này có kế hoạch cần đánh giá. Hãy nhập số thực hiện; nếu không phát sinh, gõ 0.");
    expect(messages(f).en).toContain("type 0 if there was none");
    expect(only({ "C.1": { plan: 4, actual: 0 } }, "required")).toEqual([]);
  });

  test("an indicator marked required must be filled even without a target", () => {
    const f = one({ "C.5": { actual: "  " } }, "required");
    expect(f.evidence.hasTarget).toBe(false);
    expect(messages(f).vi).toContain("bắt buộc báo cáo");
    expect(messages(f).en).toContain("required indicator");
  });

  test("parts ('Trong đó') without targets may stay empty", () => {
    expect(withRows({}).findings.filter((f) => f.code === "A.1.1" || f.code === "A.1.2")).toEqual([]);
  });
});

describe("which target grades, read from the sheet", () => {
  test("an unreadable period target is still filled in: the plan does not stand in for it, nothing grades", () => {
    for (const periodTarget of ["bốn", { error: "#REF!" }]) {
      const r = withRows({ "C.1": { plan: 4, periodTarget, actual: 1 } });
      expect(r.indicators.find((i) => i.code === "C.1")).toMatchObject({ grade: "none", target: null, ratio: null });
      expect(r.findings.filter((f) => f.code === "C.1").map((f) => f.rule)).toEqual([typeof periodTarget === "string" ? "not-a-number" : "formula-error"]);
    }
  });

  test("an empty period target leaves the plan to grade: a flow pro rata, a stock as it is", () => {
    expect(withRows({ "C.1": { plan: 4, actual: 1 } }).indicators.find((i) => i.code === "C.1")).toMatchObject({ grade: "met", target: 1 });
    expect(withRows({ "A.2": { plan: 120000, actual: 110000 } }).indicators.find((i) => i.code === "A.2")).toMatchObject({ grade: "near", target: 120000, ratio: 0.917 });
  });
});

describe("consistency", () => {
  test("parts that do not sum to the total: sum-mismatch on the total", () => {
    const f = one({ "C.2.4": { actual: 17 } }, "sum-mismatch");
    expect(f).toMatchObject({ code: "C.2", severity: "error", cell: addr("actual", ROW_OF("C.2")) });
    expect(messages(f).vi).toBe("Số tổng 28 không khớp với tổng các chỉ tiêu thành phần (C.2.1, C.2.2, C.2.3, C.2.4) là 27, chênh lệch 1. Hãy sửa số tổng hoặc các số thành phần cho khớp.");
    expect(messages(f).en).toBe("The total 28 does not equal the sum of its parts (C.2.1, C.2.2, C.2.3, C.2.4), 27: a difference of 1. Correct the total or the parts so that they match.");
  });

  test("A.1 = A.1.1 + A.1.2 only when the parts are filled; filled parts alone may not exceed the total", () => {
    expect(only({ "A.1.1": { actual: 800000 } }, "sum-mismatch")).toEqual([]);
    expect(only({ "A.1.1": { actual: 800000 }, "A.1.2": { actual: 120000 } }, "sum-mismatch")).toEqual([]);
    expect(one({ "A.1.1": { actual: 800000 }, "A.1.2": { actual: 100000 } }, "sum-mismatch").evidence).toMatchObject({ sum: 900000, complete: true });
    const partial = one({ "A.1.1": { actual: 930000 } }, "sum-mismatch");
    expect(messages(partial).vi).toContain("Các chỉ tiêu thành phần đã nhập (A.1.1) cộng lại 930.000, lớn hơn số tổng 920.000");
    expect(messages(partial).en).toContain("add up to 930,000, more than the total 920,000");
  });

  test("decimal parts add up without floating-point noise", () => {
    const t = stttt();
    const dec = { ...t, sections: t.sections.map((s) => ({ ...s, indicators: s.indicators.map((i) => ({ ...i, numberType: "decimal" as const })) })) };
    const r = checkReading(dec, reading({ ...SEED_ROWS, "C.2": { actual: 0.3 }, "C.2.1": { actual: 0.1 }, "C.2.2": { actual: 0.2 }, "C.2.3": { actual: 0 }, "C.2.4": { actual: 0 } }, { template: dec }));
    expect(r.findings.filter((f) => f.rule === "sum-mismatch")).toEqual([]);
  });

  test("large whole amounts: a few units off is a mismatch however large the total, as the sheet colours it", () => {
    const big = { "C.2": { actual: 15_000_000_005 }, "C.2.1": { actual: 6_000_000_000 }, "C.2.2": { actual: 3_000_000_000 }, "C.2.3": { actual: 1_000_000_000 }, "C.2.4": { actual: 5_000_000_000 } };
    expect(one(big, "sum-mismatch").evidence).toMatchObject({ value: 15_000_000_005, sum: 15_000_000_000 });
    expect(only({ ...big, "C.2": { actual: 15_000_000_000 } }, "sum-mismatch")).toEqual([]);
    expect(one({ ...big, "C.3": { actual: 15_000_000_006 } }, "exceeds-parent").evidence).toMatchObject({ parentValue: 15_000_000_005 });
  });

  test("a subset larger than its set: exceeds-parent on the subset (C.3 ≤ C.2)", () => {
    const f = one({ "C.3": { actual: 30 } }, "exceeds-parent");
    expect(f).toMatchObject({ code: "C.3", severity: "error", cell: addr("actual", ROW_OF("C.3")) });
    expect(messages(f).vi).toBe("Số liệu này (30) lớn hơn số của chỉ tiêu C.2 (28), trong khi đây chỉ là một phần của C.2. Hãy kiểm tra lại cả hai số liệu.");
    expect(messages(f).en).toContain("yet it is only part of C.2");
  });

  test("a 'Trong đó' part larger than its parent is flagged on the part", () => {
    const fs = only({ "A.1.1": { actual: 950000 } }, "exceeds-parent");
    expect(fs.map((f) => f.code)).toEqual(["A.1.1"]);
  });
});

describe("text-number", () => {
  test("a number typed as text is read the Vietnamese way and flagged as a warning", () => {
    const r = withRows({ "A.1": { plan: 950000, periodTarget: 915000, actual: "khoảng 920.000" } });
    expect(r.indicators.find((i) => i.code === "A.1")).toMatchObject({ value: 920000, grade: "exceeded" });
    const f = r.findings.filter((x) => x.rule === "text-number");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", code: "A.1" });
    expect(messages(f[0]).vi).toBe("Ô Thực hiện chứa số ở dạng văn bản \"khoảng 920.000\", đã được hiểu là 920.000. Hãy gõ lại dưới dạng số (gõ 920000) để Excel tính được công thức.");
    expect(messages(f[0]).en).toContain("read as 920,000");
  });

  test("a plan typed as text too; range and qualified targets are how planners write, not slips", () => {
    expect(one({ "A.2": { plan: "120.000", periodTarget: 105000, actual: 110000 } }, "text-number").cell).toBe(addr("plan", ROW_OF("A.2")));
    expect(only({ "B.2": { plan: "Trên 80", actual: 87 } }, "text-number")).toEqual([]);
    expect(only({ "B.2": { plan: "80-85", actual: 87 } }, "text-number")).toEqual([]);
  });
});

describe("outlier", () => {
  test("920.000 typed as 920: under 1/100 of the target", () => {
    const f = one({ "A.1": { plan: 950000, periodTarget: 915000, actual: 920 } }, "outlier");
    expect(f).toMatchObject({ severity: "warning", code: "A.1", evidence: { reference: "target", low: true } });
    expect(messages(f).vi).toBe("Thực hiện 920 chưa bằng 1/100 chỉ tiêu (915.000). Có thể dấu chấm ngăn cách hàng nghìn đã bị Excel hiểu là dấu thập phân (gõ 920.000 nhưng Excel lưu thành 920). Hãy kiểm tra lại; nếu số đúng lớn hơn, gõ lại không có dấu chấm (ví dụ 920000).");
    expect(messages(f).en).toContain("A thousands separator may have been lost");
  });

  test("against the previous period first, then the same period last year", () => {
    expect(one({ "C.2": { actual: 28, previousPeriod: 2900 } }, "outlier").evidence).toMatchObject({ reference: "previousPeriod", low: true });
    const high = one({ "C.5": { actual: 20, samePeriodLastYear: 0.1 } }, "outlier");
    expect(high.evidence).toMatchObject({ reference: "samePeriodLastYear", low: false });
    expect(messages(high).vi).toBe("Thực hiện 20 gấp hơn 100 lần cùng kỳ năm trước (0,1). Có thể đã gõ thừa chữ số 0 hoặc thiếu dấu phẩy thập phân. Hãy kiểm tra lại số thực hiện và số cùng kỳ năm trước.");
    expect(messages(high).en).toContain("over 100 times the same period last year");
  });

  test("a rate typed as 87% that Excel stored as 0,87: the percent sign is named as the cause", () => {
    const f = one({ "B.2": { plan: 80, actual: 0.87 } }, "outlier");
    expect(f.evidence).toMatchObject({ fraction: true, reference: "target", referenceValue: 80 });
    expect(messages(f).vi).toBe("Tỷ lệ Thực hiện là 0,87, rất nhỏ so với chỉ tiêu (80). Có thể đã gõ 87% nên Excel lưu thành 0,87. Tỷ lệ ở đây ghi bằng số phần trăm: hãy gõ 87 (không có dấu %); nếu đúng là 0,87% thì bỏ qua cảnh báo này.");
    expect(messages(f).en).toBe("The rate 0.87 is very small against the target (80). 87% may have been typed, which Excel stores as 0.87. Rates here are in per cent: type 87 (without the % sign); if 0.87% is right, ignore this warning.");
    expect(one({ "B.1": { plan: 100, actual: 1 } }, "outlier").evidence).toMatchObject({ fraction: true });
    // A small rate far from the reference's hundredth is no slip of the % sign; counts are never read so.
    expect(only({ "B.2": { plan: 80, actual: 0.05 } }, "outlier").map((x) => x.evidence.fraction)).not.toContain(true);
    expect(only({ "B.2": { plan: 3, actual: 0.5 } }, "outlier")).toEqual([]);
    expect(only({ "C.1": { plan: 400, actual: 0.87 } }, "outlier").map((x) => x.evidence.fraction)).not.toContain(true);
  });

  test("far under a ceiling target is good, not a slip: no outlier against the target, still one against the previous period", () => {
    const lower = (t: ReturnType<typeof stttt>) => ({ ...t, sections: t.sections.map((s) => ({ ...s, indicators: s.indicators.map((i) => (i.code === "B.2" ? { ...i, direction: "lower" as const } : i)) })) });
    const check = (row: Row, template = stttt()) => checkReading(template, reading({ ...SEED_ROWS, "B.2": row }, { template })).findings.filter((f) => f.rule === "outlier");
    expect(check({ plan: "Dưới 3", actual: 0.02 })).toEqual([]);
    expect(check({ plan: 3, actual: 0.02 }, lower(stttt()))).toEqual([]);
    expect(check({ plan: "Dưới 3", actual: 0.02, previousPeriod: 2.5 }).map((f) => f.evidence.reference)).toEqual(["previousPeriod"]);
    // Higher is better: far under the target is still the mark of a lost separator.
    expect(check({ plan: 3, actual: 0.02 }).map((f) => f.evidence.reference)).toEqual(["target"]);
  });

  test("exactly 1/100 or 100 times is no outlier, and zero is a deliberate entry", () => {
    expect(only({ "C.2": { actual: 28, previousPeriod: 2800 } }, "outlier")).toEqual([]);
    expect(only({ "C.5": { actual: 20, previousPeriod: 0.2 } }, "outlier")).toEqual([]);
    expect(only({ "C.5": { actual: 0, previousPeriod: 2000 } }, "outlier")).toEqual([]);
  });
});

describe("below-target", () => {
  test("Gần đạt is a warning", () => {
    const f = one({ "A.2": { plan: 120000, periodTarget: 105000, actual: 100000 } }, "below-target");
    expect(f).toMatchObject({ severity: "warning", code: "A.2", evidence: { grade: "near" } });
    expect(messages(f).vi).toBe("Gần đạt: thực hiện 100.000 so với chỉ tiêu 105.000, đạt 95,2%. Hãy kiểm tra lại số liệu; nếu đúng, nên ghi nguyên nhân ở cột Giải trình.");
    expect(messages(f).en).toBe("Nearly met: result 100,000 against the target 105,000, 95.2% reached. Check the figure; if it is right, give the reason under Explanation.");
  });

  test("Chưa đạt is a shortfall, against the pro-rated plan of a flow", () => {
    const f = one({ "C.1": { plan: 8, actual: 1, explanation: "Do dịch bệnh" } }, "below-target");
    expect(f).toMatchObject({ severity: "shortfall", evidence: { grade: "shortfall", target: 2, source: "plan" } });
    // The Giải trình is filled: the message says so rather than ask for it (explained-shortfall.test.ts).
    expect(messages(f).vi).toBe("Chưa đạt: thực hiện 1 so với chỉ tiêu 2, đạt 50,0%. Đã có giải trình.");
    expect(messages(f).en).toContain("Short of target");
  });

  test("range and qualified targets are named as typed", () => {
    expect(messages(one({ "B.2": { plan: "90-95", actual: 87, explanation: "x" } }, "below-target")).vi).toContain("so với chỉ tiêu 90-95, đạt 96,7%");
    expect(messages(one({ "B.2": { plan: "Trên 95", actual: 87, explanation: "x" } }, "below-target")).en).toContain("against the target above 95, 91.6% reached");
  });
});

describe("explanation-missing", () => {
  test("a shortfall with an empty Giải trình is a warning on the Giải trình cell", () => {
    const f = one({ "C.1": { plan: 8, actual: 1 } }, "explanation-missing");
    expect(f).toMatchObject({ severity: "warning", code: "C.1", cell: addr("explanation", ROW_OF("C.1")) });
    expect(messages(f).vi).toBe("Chỉ tiêu chưa đạt (đạt 50,0%) nhưng chưa có giải trình. Hãy ghi nguyên nhân và giải pháp khắc phục vào ô Giải trình.");
    expect(messages(f).en).toBe("This indicator fell short of its target (50.0% reached) but has no explanation. Write the reason and the remedy in the Explanation cell.");
  });

  test("not for near misses, not once explained, not where the template does not ask for it", () => {
    expect(only({ "A.2": { plan: 120000, periodTarget: 105000, actual: 100000 } }, "explanation-missing")).toEqual([]);
    expect(only({ "C.1": { plan: 8, actual: 1, explanation: "Do dịch COVID-19" } }, "explanation-missing")).toEqual([]);
    const t = stttt();
    const relaxed = { ...t, sections: t.sections.map((s) => ({ ...s, indicators: s.indicators.map((i) => ({ ...i, explanationRequired: false })) })) };
    const r = checkReading(relaxed, reading({ ...SEED_ROWS, "C.1": { plan: 8, actual: 1 } }, { template: relaxed }));
    expect(r.findings.map((f) => f.rule)).toEqual(["below-target"]);
  });
});

describe("layouts without some columns", () => {
  test("no Giải trình column: a shortfall is still graded, nothing points at a missing cell", () => {
    const r = checkReading(stttt(), reading({ ...SEED_ROWS, "C.1": { plan: 8, actual: 1 } }, { roles: ["plan", "periodTarget", "actual"] }));
    expect(r.findings.map((f) => `${f.code} ${f.rule} ${f.cell}`)).toEqual([`C.1 below-target ${addr("actual", ROW_OF("C.1"))}`]);
  });

  test("no Thực hiện column: nothing is required of a cell that is not there", () => {
    const r = checkReading(stttt(), reading({ "C.1": { plan: 4 } }, { roles: ["plan"] }));
    expect(r.findings).toEqual([]);
    expect(r.indicators.find((i) => i.code === "C.1")).toMatchObject({ value: null, grade: "none", cells: { plan: addr("plan", ROW_OF("C.1")) } });
  });
});
