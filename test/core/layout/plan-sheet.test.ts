// The template sheet a user sees: headers where they expect them, entry cells they can type in
// (and only those), formulas for the computed columns, validation and highlighting rules.
import {
  col, COLUMNS, FIRST_BODY_ROW, HEADER_ROW, HIGHLIGHT_COLORS, letter, NUMBER_FORMATS, planSheet, RATIO_FORMAT, readSheet,
  sheetNameFor,
} from "../../../src/core/layout";
import type { Period } from "../../../src/core/periods/period";
import type { SheetPlan } from "../../../src/core/sheet-plan";
import { defaultTemplate } from "../../../src/core/template/template-builtin";
import { cellsOf, DETAILS, effectiveCells, generatedTemplate, gridFromPlan, snapshotOf, tinyTemplate } from "./fixtures";

const Q1: Period = { year: 2020, kind: "Q1" };
const Q2: Period = { year: 2020, kind: "Q2" };

const valueAt = (plan: SheetPlan, address: string) => plan.cells.find((c) => c.address === address);
const rowOfCode = (plan: SheetPlan, code: string): number => {
  const cell = plan.cells.find((c) => c.address.startsWith("B") && c.value === code);
  if (cell === undefined) throw new Error(`no row for ${code}`);
  return Number(cell.address.slice(1));
};

describe("planSheet: the layout a user sees", () => {
  const plan = planSheet({ template: defaultTemplate(), period: Q1, details: DETAILS });

  test("the header row has the fifteen columns in order, then the check's status column", () => {
    const headers = ["TT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Chỉ tiêu kỳ", "Thực hiện kỳ trước", "Cùng kỳ năm trước",
      "Thực hiện", "Lũy kế", "% chỉ tiêu kỳ", "% kế hoạch năm", "% so với cùng kỳ", "Đánh giá", "Giải trình", "Kết quả kiểm tra"];
    headers.forEach((h, i) => expect(valueAt(plan, `${String.fromCharCode(65 + i)}${HEADER_ROW}`)?.value).toBe(h));
    // Helpers after the status column are hidden; the visible ones are not.
    expect(plan.columns.slice(0, 16).every((c) => !c.hidden)).toBe(true);
    expect(plan.columns.slice(16).every((c) => c.hidden === true)).toBe(true); // Q1: nothing carried
  });

  test("English headers when the sheet is made in English", () => {
    const en = planSheet({ template: defaultTemplate(), period: Q1, details: DETAILS, lang: "en" });
    expect(valueAt(en, `I${HEADER_ROW}`)?.value).toBe("Actual");
    expect(valueAt(en, `M${HEADER_ROW}`)?.value).toBe("% of same period last year");
    expect(valueAt(en, `N${rowOfCode(en, "A.1")}`)?.formula).toContain('"Exceeded"');
  });

  test("the sheet is named for the period and titled with it and its data window", () => {
    expect(plan.name).toBe("Quý I-2020");
    expect(valueAt(plan, "A1")?.value).toBe("TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG");
    expect(valueAt(plan, "A2")?.value).toBe("Quý I năm 2020");
    // The seed's inspection window (Thông tư 03/2013): 16/12 to 15/3.
    expect(valueAt(plan, "A3")?.value).toBe("Số liệu từ ngày 16/12/2019 đến ngày 15/3/2020");
    expect(plan.merges).toEqual(expect.arrayContaining(["A1:O1", "A2:O2", "A3:O3"]));
  });

  test("the report details are labelled entry cells holding what was given", () => {
    const labels = plan.cells.filter((c) => typeof c.value === "string" && c.value.endsWith(":")).map((c) => c.value);
    expect(labels).toEqual(expect.arrayContaining(["Số/ký hiệu:", "Ngày báo cáo:", "Địa danh:", "Số liệu ước thực hiện:", "Chức vụ người ký:", "Họ tên người ký:"]));
    const entries = plan.cells.filter((c) => c.locked === false && Number(c.address.replace(/^[A-Z]+/, "")) < HEADER_ROW);
    const values = entries.map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(["15/BC-STTTT", "Hà Nam", "Có", "GIÁM ĐỐC", "Nguyễn Văn A", "UBND tỉnh\nSở Kế hoạch và Đầu tư", 43910]));
    const date = entries.find((c) => c.value === 43910);
    expect(date?.numberFormat).toBe("dd/mm/yyyy");
  });

  test("every indicator has its code in Mã, sections are bold rows with a fill", () => {
    for (const s of defaultTemplate().sections) {
      const row = rowOfCode(plan, s.code);
      const f = effectiveCells(plan).get(`C${row}`);
      expect(f?.style).toBe("section");
      expect(plan.styles.section.font?.bold).toBe(true);
      expect(plan.styles.section.fill).toBeDefined();
      for (const i of s.indicators) expect(rowOfCode(plan, i.code)).toBeGreaterThan(row);
    }
  });

  test("Times New Roman everywhere, bold header, thin borders on the table", () => {
    for (const style of Object.values(plan.styles)) if (style.font) expect(style.font.name).toBe("Times New Roman");
    expect(plan.styles.header.font?.bold).toBe(true);
    expect(plan.styles.header.border).toBe(true);
    expect(plan.styles.cell.border).toBe(true);
  });

  test("entry cells are unlocked, exactly: figures, plans of graded indicators, explanations, details", () => {
    const eff = effectiveCells(plan);
    const unlocked = [...eff.entries()].filter(([, e]) => !e.locked).map(([a]) => a);
    const expected = new Set<string>();
    for (const s of defaultTemplate().sections) {
      for (const i of s.indicators) {
        const r = rowOfCode(plan, i.code);
        const cols = i.direction === "informational" ? ["G", "H", "I", "O"] : ["E", "F", "G", "H", "I", "O"];
        for (const c of cols) expected.add(`${c}${r}`);
      }
    }
    const table = unlocked.filter((a) => Number(a.replace(/^[A-Z]+/, "")) > HEADER_ROW);
    expect(new Set(table)).toEqual(expected);
    // Above the table: the seven detail entry cells and nothing else.
    expect(unlocked.filter((a) => Number(a.replace(/^[A-Z]+/, "")) < HEADER_ROW)).toHaveLength(7);
    expect(plan.protection).toEqual({ protected: true, allowFormatColumns: true, allowFormatRows: true });
  });

  test("number formats follow how values are stored", () => {
    const eff = effectiveCells(plan);
    const r = (code: string) => rowOfCode(plan, code);
    expect(eff.get(`I${r("A.1")}`)?.numberFormat).toBe("#,##0");
    expect(eff.get(`I${r("C.4")}`)?.numberFormat).toBe("#,##0");
    // Percent figures are typed as 87 for 87 %: the sign is literal text, not a ×100 format.
    expect(eff.get(`I${r("B.2")}`)?.numberFormat).toBe('0.0"%"');
    expect(eff.get(`E${r("B.2")}`)?.numberFormat).toBe('0.0"%"');
    // The % columns hold ratios.
    expect(eff.get(`K${r("A.1")}`)?.numberFormat).toBe(RATIO_FORMAT);
    expect(eff.get(`L${r("B.2")}`)?.numberFormat).toBe("0.0%");
    expect(eff.get(`M${r("C.4")}`)?.numberFormat).toBe("0.0%"); // % so với cùng kỳ, on rows without targets too
    expect(NUMBER_FORMATS.decimal).toMatch(/^#,##0\.0/);
  });

  test("the panes freeze below the header and right of Chỉ tiêu", () => {
    expect(plan.freeze).toEqual({ rows: HEADER_ROW, columns: 3 });
    expect(plan.usedRange).toBe(`A${HEADER_ROW}:P${rowOfCode(plan, "C.5")}`);
  });
});

describe("planSheet: formulas", () => {
  const plan = planSheet({ template: tinyTemplate(), period: Q2, details: DETAILS });
  const f = (code: string, key: Parameters<typeof letter>[0]) => valueAt(plan, `${letter(key)}${rowOfCode(plan, code)}`)?.formula;

  test("in Q2 the earlier quarters' Lũy kế column is shown (flows add it); in Q1 it stays hidden", () => {
    expect(plan.columns[col("carriedYtd") - 1].hidden).toBeUndefined();
    const q1 = planSheet({ template: tinyTemplate(), period: Q1, details: DETAILS });
    expect(q1.columns[col("carriedYtd") - 1].hidden).toBe(true);
    expect(plan.columns[col("gradeTarget") - 1].hidden).toBe(true);
  });

  test("Lũy kế adds the carried earlier quarters for a flow, is the figure itself for a stock", () => {
    const r = rowOfCode(plan, "X.2");
    expect(f("X.2", "ytd")).toBe(`=IF(ISNUMBER(I${r}),I${r}+N(Q${r}),"")`);
    const s = rowOfCode(plan, "X.1");
    expect(f("X.1", "ytd")).toBe(`=IF(ISNUMBER(I${s}),I${s},"")`);
  });

  test("the grading target: the period target, else the plan (× quarters ÷ 4 for a flow)", () => {
    const r = rowOfCode(plan, "X.2");
    // An integer count: a negative or fractional target (F or E) is nothing to grade against.
    const ok = (c: string) => `AND(${c}>=0,${c}=INT(${c}))`;
    expect(f("X.2", "gradeTarget")).toBe(`=IF(ISNUMBER(F${r}),IF(${ok(`F${r}`)},F${r},""),IF(AND(ISBLANK(F${r}),ISNUMBER(E${r})),IF(${ok(`E${r}`)},E${r}*1/4,""),""))`);
    expect(f("X.1", "gradeTarget")).not.toContain("/4");
    const h1 = planSheet({ template: tinyTemplate(), period: { year: 2020, kind: "H1" }, details: DETAILS });
    expect(h1.cells.find((c) => c.address === `${letter("gradeTarget")}${r}`)?.formula).toContain(`E${r}*2/4`);
  });

  test("% columns show the oriented grading ratios, dividing only by a non-zero number", () => {
    const r = rowOfCode(plan, "X.1");
    expect(f("X.1", "pctPeriod")).toBe(`=IF(ISNUMBER(S${r}),IF(ABS(S${r})<1E8,S${r}/1000,""),"")`);
    // An integer count: a negative or fractional Thực hiện (I) or plan (E) grades nothing.
    // An absurd figure (its helper says so) has no % kế hoạch năm.
    expect(f("X.1", "pctYear")).toBe(`=IF(COUNT(J${r},E${r})=2,IF(${letter("absurd")}${r}=TRUE,"",IF(AND(I${r}>=0,I${r}=INT(I${r})),IF(AND(E${r}>=0,E${r}=INT(E${r})),IF(E${r}<>0,ROUND(ROUND(J${r}*1000/E${r},6),0)/1000,IF(J${r}=0,1,"")),""),"")),"")`);
    const y = rowOfCode(plan, "Y.1");
    expect(f("Y.1", "pctYear")).toContain(`ROUND(ROUND(E${y}*1000/J${y},6),0)`);
    // % so với cùng kỳ: Thực hiện (I) ÷ Cùng kỳ năm trước (H), whatever the direction, on every indicator row.
    expect(f("Y.1", "yoy")).toBe(`=IF(COUNT(I${y},H${y})=2,IF(H${y}>0,ROUND(ROUND(I${y}*1000/H${y},6),0)/1000,""),"")`);
    expect(f("Y.2", "yoy")).toBeDefined();
  });

  test("lower is better inverts the ratio; each indicator's near threshold is used", () => {
    const y1 = rowOfCode(plan, "Y.1");
    expect(f("Y.1", "ratio")).toContain(`ROUND(ROUND(R${y1}*1000/I${y1},6),0)`);
    expect(f("X.1", "grade")).toContain(">=900,");
    expect(f("Y.3", "grade")).toContain(">=800,");
  });

  test("informational indicators get Lũy kế but no target, ratio or grade", () => {
    expect(f("Y.2", "ytd")).toBeDefined();
    expect(f("Y.2", "grade")).toBeUndefined();
    expect(f("Y.2", "pctPeriod")).toBeUndefined();
  });

  test("every formula uses only functions both Excel and LibreOffice evaluate", () => {
    const allowed = new Set(["IF", "AND", "OR", "NOT", "ISNUMBER", "ISTEXT", "ISERROR", "ISBLANK", "ROUND", "INT", "ABS", "SUM", "COUNT", "N", "SIGN", "MAX", "IFERROR"]);
    const formulas = [...plan.cells.map((c) => c.formula ?? ""), ...plan.conditionalFormats.map((c) => c.formula)];
    for (const formula of formulas) {
      for (const m of formula.replace(/"[^"]*"/g, "").matchAll(/([A-Z]+)\(/g)) expect(allowed).toContain(m[1]);
    }
  });
});

describe("planSheet: validation and highlighting", () => {
  const plan = planSheet({ template: tinyTemplate(), period: Q2, details: DETAILS });

  test("each entry figure is validated by its number type, with a warning that says what to type", () => {
    const ruleAt = (address: string) => plan.validations.filter((v) => cellsOf(v.range).includes(address));
    const cases: [string, string, object][] = [
      ["X.1", "I", { type: "wholeNumber", operator: "GreaterThanOrEqualTo", formula1: 0 }],
      ["Y.2", "I", { type: "wholeNumber", operator: "GreaterThanOrEqualTo", formula1: 0 }],
      ["Y.3", "E", { type: "decimal", operator: "GreaterThanOrEqualTo", formula1: 0 }],
      ["Y.1", "I", { type: "decimal", operator: "Between", formula1: 0, formula2: 100 }],
      ["X.2", "Q", { type: "wholeNumber", operator: "GreaterThanOrEqualTo", formula1: 0 }],
    ];
    for (const [code, column, rule] of cases) {
      const found = ruleAt(`${column}${rowOfCode(plan, code)}`);
      expect(found).toHaveLength(1);
      expect(found[0].rule).toEqual(rule);
      expect(found[0].alert.style).toBe("Warning");
    }
    const percent = ruleAt(`I${rowOfCode(plan, "Y.1")}`)[0];
    expect(percent.alert.message).toContain("từ 0 đến 100");
  });

  test("alerts fit Excel's limits (title 32 characters, error message 225) in both languages", () => {
    const en = planSheet({ template: tinyTemplate(), period: Q2, details: DETAILS, lang: "en" });
    for (const v of [...plan.validations, ...en.validations]) {
      expect(v.alert.title.length).toBeLessThanOrEqual(32);
      expect(v.alert.message.length).toBeLessThanOrEqual(225);
    }
  });

  test("three colour rules on Thực hiện, error over shortfall over near, the first that holds wins", () => {
    const cf = plan.conditionalFormats;
    expect(cf.map((c) => c.highlight)).toEqual(["error", "shortfall", "near"]);
    expect(cf.map((c) => c.priority)).toEqual([0, 1, 2]);
    expect(cf.every((c) => c.stopIfTrue)).toBe(true);
    const last = FIRST_BODY_ROW + 8; // 2 sections + 7 indicators
    expect(new Set(cf.map((c) => c.range))).toEqual(new Set([`I${FIRST_BODY_ROW}:I${last}`]));
    expect(cf[0]).toMatchObject({ fill: HIGHLIGHT_COLORS.error.fill, fontColor: "#9C0006" });
    expect(cf[1]).toMatchObject({ fill: "#F8CBAD", fontColor: "#833C0B" });
    expect(cf[2]).toMatchObject({ fill: "#FFEB9C", fontColor: "#9C5700" });
    expect(cf[1].formula).toBe(`=$N${FIRST_BODY_ROW}="Chưa đạt"`);
  });

  test("the consistency helper sits on the total's row and on the subset's row", () => {
    const consistency = col("consistency");
    const at = (code: string) => valueAt(plan, `${COLUMNS[consistency - 1] && letter("consistency")}${rowOfCode(plan, code)}`)?.formula;
    expect(at("X.2")).toContain(`I${rowOfCode(plan, "X.2.1")}`);
    expect(at("Y.2")).toContain(`I${rowOfCode(plan, "X.2")}`);
    expect(at("X.1")).toBeUndefined();
  });
});

describe("planSheet at scale", () => {
  test("5,000 indicators plan in under 1,2 KB of JSON each, with a constant number of colour rules", () => {
    const template = generatedTemplate(5000);
    const plan = planSheet({ template, period: Q2, details: DETAILS });
    const bytes = new TextEncoder().encode(JSON.stringify(plan)).length;
    // A validation per run of one kind and one unit (the alert names the unit), % so với cùng kỳ and the
    // absurd-figure helper on every row: about 5,9 MB here. Excel receives it in bands, each request under its 5 MB limit
    // (plan-bands.ts; test/excel/budget.test.ts loads this template and measures them).
    expect(bytes).toBeLessThan(5000 * 1300);
    expect(plan.conditionalFormats).toHaveLength(3);
    // And it reads back: every indicator found by code.
    const read = readSheet(snapshotOf(sheetNameFor(Q2), gridFromPlan(plan)), () => template);
    expect(read.ok && read.reading.indicators.length).toBe(5000);
  });
});
