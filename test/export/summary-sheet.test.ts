// The ND 30/2020 summary document as core plans it (pure: no files, no Excel).
import { EXAMPLE_DETAILS, EXAMPLE_PERIOD } from "../../src/cli/example-ha-nam";
import type { ReportDetails } from "../../src/core/reading";
import type { PlannedCell, SheetPlan } from "../../src/core/sheet-plan";
import { recipientLines } from "../../src/core/summary-sheet/summary-closing";
import { planSummaryDocument } from "../../src/core/summary-sheet/summary-document";
import { placeDateLine, summaryTitle } from "../../src/core/summary-sheet/summary-header";
import type { SummaryView } from "../../src/core/summary-sheet/summary-view";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { wrappedLines } from "../../src/core/summary-sheet/sheet-draft";

const template = defaultTemplate();
const view: SummaryView = {
  lines: [
    { kind: "section", number: "A", name: "Bưu chính, viễn thông, Internet" },
    {
      kind: "indicator", number: "A.1", name: "Tổng số thuê bao điện thoại", unit: "thuê bao", numberType: "integer",
      plan: 950000, target: 915000, actual: 920000, ytd: 920000, percentOfTarget: 100.5, percentOfPlan: 96.8, percentOfSamePeriod: 115,
      grade: "exceeded", gradeLabel: "Vượt", explanation: "=cmd|' /C calc'!A0",
    },
    {
      kind: "indicator", number: "B.9", name: "Tỷ lệ", unit: "%", numberType: "percent",
      plan: "6,6-6,8", target: null, actual: 6.7, ytd: 6.7, percentOfTarget: null, percentOfPlan: null, percentOfSamePeriod: null,
      grade: "met", gradeLabel: "Đạt", explanation: "",
    },
  ],
  counts: { exceeded: 1, met: 1, near: 0, shortfall: 0, none: 0 },
  verdict: "Nhìn chung, tình hình thực hiện các chỉ tiêu quý I đều đạt và vượt kế hoạch đề ra.",
};
const plan = (details: Partial<ReportDetails> = {}, lang: "vi" | "en" = "vi"): SheetPlan =>
  planSummaryDocument({ template, period: EXAMPLE_PERIOD, details: { ...EXAMPLE_DETAILS, ...details }, view, lang });
const cell = (p: SheetPlan, address: string): PlannedCell | undefined => p.cells.find((c) => c.address === address);
const texts = (p: SheetPlan): string[] => p.cells.flatMap((c) => (typeof c.value === "string" ? [c.value] : []));

test("the ND 30 heading: agencies upper case on the left, the national motto on the right, the agency bold", () => {
  const p = plan();
  expect(cell(p, "A1")?.value).toBe("UBND TỈNH HÀ NAM");
  expect(cell(p, "A2")?.value).toBe("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
  expect(p.styles[cell(p, "A2")!.style!].font).toMatchObject({ bold: true, name: "Times New Roman" });
  expect(p.styles[cell(p, "A1")!.style!].font?.bold).toBeFalsy();
  expect(cell(p, "A4")?.value).toBe("Số: 15/BC-STTTT");
  expect(cell(p, "F1")?.value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(p.styles[cell(p, "F2")!.style!].font).toMatchObject({ bold: true, underline: true });
  expect(p.styles[cell(p, "F4")!.style!].font).toMatchObject({ italic: true });
  expect(p.merges).toEqual(expect.arrayContaining(["A1:C1", "F1:L1", "A5:L5"]));
});

test("the place-and-date line is zero-padded as ND 30 writes it, with blanks when no date is filled in", () => {
  expect(placeDateLine({ ...EXAMPLE_DETAILS, date: "2020-01-05" }, template, EXAMPLE_PERIOD, "vi")).toBe("Hà Nam, ngày 05 tháng 01 năm 2020");
  expect(placeDateLine({ ...EXAMPLE_DETAILS, date: "2020-03-20" }, template, EXAMPLE_PERIOD, "vi")).toBe("Hà Nam, ngày 20 tháng 3 năm 2020");
  expect(placeDateLine({ ...EXAMPLE_DETAILS, date: "", place: "" }, template, EXAMPLE_PERIOD, "vi")).toMatch(/^Hà Nam, ngày\s+tháng\s+năm 2020$/);
});

test("the title says ước thực hiện only for estimates", () => {
  expect(summaryTitle(template, EXAMPLE_PERIOD, false, "vi")).toBe("BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG QUÝ I NĂM 2020");
  expect(summaryTitle(template, EXAMPLE_PERIOD, true, "vi")).toBe("BÁO CÁO TÌNH HÌNH ƯỚC THỰC HIỆN CÁC CHỈ TIÊU NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG QUÝ I NĂM 2020");
  expect(summaryTitle(template, { year: 2020, kind: "H1" }, false, "vi")).toMatch(/6 THÁNG ĐẦU NĂM 2020$/);
  expect(cell(plan({ estimate: true }), "F8")?.value).toBe("Ước thực hiện");
  expect(cell(plan({ estimate: false }), "F8")?.value).toBe("Thực hiện");
});

test("the table: twelve headed columns, numbered, repeated on every page; figures as numbers, ranges as text", () => {
  const p = plan();
  expect(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"].map((c) => cell(p, `${c}8`)?.value)).toEqual([
    "TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Chỉ tiêu kỳ", "Ước thực hiện", "Lũy kế", "% chỉ tiêu kỳ", "% kế hoạch năm",
    "So với cùng kỳ (%)", "Đánh giá", "Giải trình",
  ]);
  expect(cell(p, "L9")?.value).toBe("(12)");
  expect(p.pageSetup?.printTitleRows).toBe("8:9");
  expect(cell(p, "D11")).toMatchObject({ value: 950000, numberFormat: "#,##0" });
  expect(cell(p, "H11")).toMatchObject({ value: 100.5, numberFormat: "0.0" });
  expect(cell(p, "J11")).toMatchObject({ value: 115, numberFormat: "0.0" });
  expect(cell(p, "K11")?.value).toBe("Vượt");
  expect(cell(p, "J12")?.value).toBeUndefined();
  expect(cell(p, "D12")).toMatchObject({ value: "6,6-6,8", numberFormat: "@" });
});

test("values only: no formula anywhere, and every text cell is in the text format so nothing typed becomes a formula", () => {
  const p = plan({ recipients: ["=HYPERLINK(\"x\")"], signerName: "+84" });
  expect(p.cells.filter((c) => c.formula !== undefined)).toEqual([]);
  expect(p.conditionalFormats).toEqual([]);
  expect(p.validations).toEqual([]);
  for (const c of p.cells) if (typeof c.value === "string") expect(c.numberFormat).toBe("@");
  expect(texts(p)).toEqual(expect.arrayContaining(["=cmd|' /C calc'!A0", "- =HYPERLINK(\"x\");", "+84"]));
});

test("counts, verdict, Nơi nhận (bold italic) ending with Lưu: VT., the signer's title upper case and bold", () => {
  const p = plan({ signerTitle: "KT. Giám đốc\nPhó Giám đốc", signerName: "Nguyễn Văn A", recipients: ["- UBND tỉnh;", "Lưu: VT", "Sở KH&ĐT."] });
  const all = texts(p);
  expect(all).toContain("Số chỉ tiêu có kế hoạch được đánh giá: 2; trong đó vượt 1, đạt 1, gần đạt 0, chưa đạt 0.");
  expect(all).toContain(view.verdict);
  const heading = p.cells.find((c) => c.value === "Nơi nhận:")!;
  expect(p.styles[heading.style!].font).toMatchObject({ bold: true, italic: true });
  expect(all).toEqual(expect.arrayContaining(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"]));
  expect(p.styles[p.cells.find((c) => c.value === "KT. GIÁM ĐỐC")!.style!].font?.bold).toBe(true);
  expect(recipientLines(["- UBND tỉnh;", "Lưu: VT", "Sở KH&ĐT."], "vi")).toEqual(["- UBND tỉnh;", "- Sở KH&ĐT;", "- Lưu: VT."]);
});

test("Times New Roman everywhere; A4 with ND 30 margins (cm), fitted to one page wide", () => {
  const p = plan();
  for (const style of Object.values(p.styles)) expect(style.font?.name).toBe("Times New Roman");
  expect(p.pageSetup).toMatchObject({ paperSize: "A4", fitToWidth: true });
  const m = p.pageSetup!.marginsCm;
  expect(m.top).toBeGreaterThanOrEqual(2); expect(m.top).toBeLessThanOrEqual(2.5);
  expect(m.bottom).toBeGreaterThanOrEqual(2); expect(m.bottom).toBeLessThanOrEqual(2.5);
  expect(m.left).toBeGreaterThanOrEqual(3); expect(m.left).toBeLessThanOrEqual(3.5);
  expect(m.right).toBeGreaterThanOrEqual(1.5); expect(m.right).toBeLessThanOrEqual(2);
});

test("figures keep one indent level off the right border, ranges written as text too", () => {
  const p = plan();
  for (const address of ["D11", "G11", "D12"]) {
    const style = p.styles[cell(p, address)?.style ?? ""];
    expect(style).toMatchObject({ horizontalAlignment: "Right", indent: 1 });
  }
  // Names stay flush left: only the figure columns are indented.
  expect(p.styles[cell(p, "B11")?.style ?? ""]?.indent).toBeUndefined();
});

test("pages numbered as ND 30 numbers them: centred in the top margin, none on the first page", () => {
  expect(plan().pageSetup?.pageNumbers).toEqual({ position: "top-center", skipFirstPage: true });
  expect(plan({}, "en").pageSetup?.pageNumbers).toEqual({ position: "top-center", skipFirstPage: true });
});

test("the English document speaks English", () => {
  const all = texts(plan({}, "en"));
  expect(all).toEqual(expect.arrayContaining(["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "Recipients:"]));
  expect(summaryTitle(template, EXAMPLE_PERIOD, true, "en")).toBe("REPORT ON INFORMATION AND COMMUNICATIONS SECTOR INDICATORS Q1 2020 (ESTIMATES)");
});

test("row heights grow with wrapped text, so long names are never cut off on paper", () => {
  expect(wrappedLines("Tổng số thuê bao điện thoại", 42, 12)).toBe(1);
  expect(wrappedLines("Tỷ lệ thủ tục hành chính được đăng tải trên Cổng Thông tin điện tử", 42, 12)).toBe(2);
  expect(wrappedLines("một\nhai", 42, 12)).toBe(2);
});
