// Proposing a template from a department's own table: the seed's table comes out as the
// built-in template does (the same kinds, number types, parts and sums), every guess names its
// reason and row, and what cannot be read says which row to change.
import { draftTemplate, guessLine, problemMessage, proposeTemplate, type Proposal } from "../../../src/core/authoring";
import { templateIndicators } from "../../../src/core/template/template-schema";
import { defaultTemplate } from "../../../src/core/template/template-builtin";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { seedTable, SEED_TABLE_ROWS } from "./seed-table";

function propose(s: SheetSnapshot): Proposal {
  const r = proposeTemplate(s);
  if (!r.ok) throw new Error(`no proposal: ${problemMessage(r.problem, "en")}`);
  return r.proposal;
}

describe("the seed's table", () => {
  const p = propose(seedTable());
  const parsed = draftTemplate(p.draft);

  test("becomes a template the add-in loads", () => {
    expect(parsed.ok).toBe(true);
  });

  test("has the built-in template's indicators, in order, with the same kind, number type and parts", () => {
    if (!parsed.ok) throw new Error("not loaded");
    const built = templateIndicators(defaultTemplate());
    const made = templateIndicators(parsed.template);
    const plain = (n: string) => n.replace(/^Trong đó: /, "").toLocaleLowerCase("vi-VN");
    expect(made.map((i) => plain(i.name.vi))).toEqual(built.map((i) => plain(i.name.vi)));
    expect(made.map((i) => [i.kind, i.numberType])).toEqual(built.map((i) => [i.kind, i.numberType]));
    // Parts under the same total, by position (the codes follow the table's own numbering: I.1, III.2.1).
    const position = (list: typeof made, code: string | undefined) => (code === undefined ? -1 : list.findIndex((i) => i.code === code));
    expect(made.map((i) => position(made, i.parent))).toEqual(built.map((i) => position(built, i.parent)));
    expect(parsed.template.sections.map((s) => s.code)).toEqual(["I", "II", "III"]);
    expect(made.map((i) => i.code).slice(0, 4)).toEqual(["I.1", "I.1.1", "I.1.2", "I.2"]);
  });

  test("sums the four “Trong đó” parts below a marker row; the two inline ones too", () => {
    expect(p.draft.rules).toEqual([
      { kind: "sum", total: "I.1", parts: ["I.1.1", "I.1.2"] },
      { kind: "sum", total: "III.2", parts: ["III.2.1", "III.2.2", "III.2.3", "III.2.4"] },
    ]);
  });

  test("reads the plans from the Kế hoạch column, a Vietnamese “120.000” typed as text included, and the year of the plan", () => {
    expect(p.draft.plans).toEqual({ "I.1": 950000, "I.2": 120000, "II.1": 100, "II.2": 80, "III.1": 4 });
    expect(p.draft.planYear).toBe(2020);
  });

  test("an indicator without a plan is only reported, one with a plan is graded higher-is-better", () => {
    const dir = Object.fromEntries(p.draft.indicators.map((i) => [i.code, i.direction]));
    expect(dir["I.1"]).toBe("higher");
    expect(dir["III.2"]).toBe("informational");
    expect(p.draft.indicators.find((i) => i.code === "III.2")?.explanationRequired).toBe(false);
  });

  test("takes the agencies, place and title from the lines above the table", () => {
    expect(p.draft.meta.agency).toEqual({ parent: "UBND TỈNH HÀ NAM", issuing: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" });
    expect(p.draft.meta.place).toBe("Hà Nam");
    expect(p.draft.meta.title.vi).toBe("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ I NĂM 2020");
  });

  test("every guess names its reason and source row, in words in both languages", () => {
    const kind = p.guesses.find((g) => g.field === "kind" && g.code === "II.1");
    expect(kind).toEqual({ field: "kind", code: "II.1", value: "rate", because: "unit-percent", row: 14 });
    expect(guessLine(kind!, "vi")).toBe("dòng 14 · II.1 · Loại: Tỷ lệ (đơn vị tính là %)");
    expect(guessLine(kind!, "en")).toBe("row 14 · II.1 · Kind: Rate (the unit is %)");
    const money = p.guesses.find((g) => g.field === "numberType" && g.code === "III.4");
    expect(money).toMatchObject({ value: "money", because: "unit-money", row: 25 });
    const part = p.guesses.find((g) => g.field === "parent" && g.code === "III.2.1");
    expect(part).toMatchObject({ value: "III.2", because: "of-which", row: 20 });
    expect(p.problems).toEqual([]);
  });

  test("the signature block under the table is not read as indicators", () => {
    expect(p.draft.indicators.some((i) => /Người lập/.test(i.name.vi))).toBe(false);
  });
});

describe("tables of other shapes", () => {
  test("a header typed in decomposed Unicode, capitals and odd spacing, over two rows with a merged plan", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const s: SheetSnapshot = { name: "Sheet1", values: [
      [nfd("STT"), nfd("TÊN  CHỈ TIÊU"), nfd("ĐVT"), nfd("KẾ HOẠCH NĂM 2024"), null, nfd("Ước thực hiện")],
      [null, null, null, nfd("Cả năm"), "Quý I", null],
      [1, nfd("Tỷ lệ hộ nghèo"), "%", "Dưới 3", null, 2.9],
      [2, "Số doanh nghiệp thành lập mới", "doanh nghiệp", 600, 150, 160],
      [3, "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "15.000", null, "3.500"],
    ] };
    const p = propose(s);
    expect(p.header).toMatchObject({ firstRow: 1, lastRow: 2, bodyRow: 3, columns: { tt: 1, name: 2, unit: 3, plan: 4, actual: 6 }, planYear: 2024 });
    const byName = Object.fromEntries(p.draft.indicators.map((i) => [i.name.vi, i]));
    expect(byName["Tỷ lệ hộ nghèo"]).toMatchObject({ kind: "rate", numberType: "percent", direction: "lower" });
    expect(p.guesses.find((g) => g.field === "direction" && g.row === 3)?.because).toBe("plan-below");
    expect(byName["Số doanh nghiệp thành lập mới"]).toMatchObject({ kind: "flow", numberType: "integer", direction: "higher" });
    expect(byName["Thu ngân sách nhà nước trên địa bàn"]).toMatchObject({ kind: "flow", numberType: "decimal" });
    // No section heading: one section, named after the sheet, and the guess says so.
    expect(p.draft.sections.map((x) => x.code)).toEqual(["A"]);
    expect(p.guesses.find((g) => g.field === "section")?.because).toBe("no-heading");
    expect(p.draft.plans).toEqual({ "A.1": "Dưới 3", "A.2": 600, "A.3": 15000 });
    expect(draftTemplate(p.draft).ok).toBe(true);
  });

  test("lettered items under a numbered heading, inside a roman section: one section of both names", () => {
    const s: SheetSnapshot = { name: "KT", values: [
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
      ["I", "KINH TẾ"],
      [1, "Nông nghiệp"],
      ["a", "Sản lượng lương thực", "tấn", 350000, 90000],
      ["b", "Giá trị sản xuất trên 1 ha", "triệu đồng", 120, 30],
      [2, "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "6,6-6,8", 6.7],
    ] };
    const p = propose(s);
    expect(p.draft.sections.map((x) => [x.code, x.name.vi])).toEqual([["I.1", "KINH TẾ: Nông nghiệp"]]);
    expect(p.draft.indicators.map((i) => i.code)).toEqual(["I.1.a", "I.1.b", "I.1.2"]);
    expect(p.draft.plans["I.1.2"]).toBe("6,6-6,8");
    expect(draftTemplate(p.draft).ok).toBe(true);
  });

  test("an unreadable plan is named with its row and what to write instead; the indicator stays, unplanned", () => {
    const s: SheetSnapshot = { name: "x", values: [
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện"],
      [1, "Số cuộc thanh tra", "cuộc", "bốn cuộc", 1],
    ] };
    const p = propose(s);
    expect(p.problems).toEqual([{ code: "plan-unreadable", row: 2, text: "bốn cuộc" }]);
    expect(problemMessage(p.problems[0], "vi")).toMatch(/^Dòng 2: không đọc được kế hoạch “bốn cuộc”\. Hãy viết một số/);
    expect(problemMessage(p.problems[0], "en")).toMatch(/^Row 2: the plan “bốn cuộc” cannot be read\. Write a number/);
    expect(p.draft.plans).toEqual({});
  });

  test("two plans in one cell are named as two indicators in one row, with what to do", () => {
    const p = propose({ name: "x", values: [
      ["Stt", "Chỉ tiêu chủ yếu", "TH năm 2018", "KH năm 2019", "Ước TH năm 2019"],
      ["7", "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng:\n-Theo cân nặng (%)\n-Theo chiều cao (%)", "7,6\n10,4", "< 7,6\n<10,4", "7,6\n10,4"],
    ] });
    expect(p.problems).toEqual([{ code: "two-in-one-row", row: 2, text: "< 7,6 | <10,4" }]);
    expect(problemMessage(p.problems[0], "vi")).toContain("Hãy tách thành hai dòng");
  });

  test("a sheet without a header row says what the table needs", () => {
    const r = proposeTemplate({ name: "x", values: [["Báo cáo"], ["Nội dung tự do", 1, 2]] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe("no-header");
      expect(problemMessage(r.problem, "vi")).toContain("“Chỉ tiêu”");
    }
  });

  test("a row with figures but no name is skipped and named", () => {
    const rows = SEED_TABLE_ROWS.map((r) => [...r]);
    rows[16] = [1, null, "cuộc", 4, 1];
    const p = propose({ name: "x", values: rows });
    expect(p.problems).toContainEqual({ code: "name-missing", row: 17 });
  });
});
