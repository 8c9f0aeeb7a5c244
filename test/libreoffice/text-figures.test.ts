// Thực hiện typed as text, as departments write their results: with the row's unit or another
// scale of it ("139.774 tỷ đồng", "410 triệu"), as a range, a floor or "Khoảng". A workbook
// written by src/xlsx and rebuilt (the pane's "Rebuild": rows whose Thực hiện is text get the
// helpers that read it), rendered by LibreOffice, shows on each row the Lũy kế, %, Đánh giá and
// colour that `checkReading` gives; what the check refuses stays an error in the sheet too.
import { checkReading } from "../../src/core/check";
import type { IndicatorDef } from "../../src/core/indicator";
import { letter, planSheet, readSheet } from "../../src/core/layout";
import type { Period } from "../../src/core/periods/period";
import type { Template } from "../../src/core/template/template";
import { applySheetPlan, newWorkbook, readSnapshot, writeWorkbookBytes } from "../../src/xlsx";
import { DETAILS } from "../core/layout/fixtures";
import { caseCode, caseRows, caseTemplate, shownByCheck } from "./case-sheet";
import { parseSheets, renderHtml } from "./soffice-html";

jest.setTimeout(600_000);

interface Case {
  readonly kind: IndicatorDef["kind"];
  readonly direction: IndicatorDef["direction"];
  readonly unit: string;
  readonly plan?: number | string;
  readonly actual: string;
  readonly lastYear?: number;
  readonly grading?: IndicatorDef["grading"];
  /** A qualitative indicator (template format 2), with the words it counts as Vượt. */
  readonly qualitative?: boolean;
  readonly exceeding?: readonly string[];
}

const flow = (unit: string, plan: number | string | undefined, actual: string, o: Partial<Case> = {}): Case => ({ kind: "flow", direction: "higher", unit, plan, actual, ...o });
const stock = (unit: string, plan: number | string | undefined, actual: string, o: Partial<Case> = {}): Case => ({ kind: "stock", direction: "higher", unit, plan, actual, ...o });

const CASES: readonly Case[] = [
  // Sở Công Thương Thái Nguyên, quý I/2020: industrial output "139.774 tỷ đồng", 17,4 % of the
  // year's plan of 803.300 tỷ đồng, no judgement on the quarter (pro-rating off).
  flow("tỷ đồng", 803300, "139.774 tỷ đồng", { grading: { prorate: false } }),
  // 6 tháng/2020: export "11,3 tỷ USD" in a triệu USD row (11.300), no plan in the sentence.
  flow("triệu USD", undefined, "11,3 tỷ USD"),
  // Sở LĐTBXH Đồng Tháp 2020: "410 triệu" among parts in tỷ đồng (0,41), "3,2 tỷ".
  flow("tỷ đồng", undefined, "410 triệu"),
  flow("tỷ đồng", undefined, "3,2 tỷ"),
  // Sở LĐTBXH Quảng Nam 2020: Quỹ đền ơn đáp nghĩa 2,08 of 2,5 tỷ đồng, 83,2 %, "chưa đạt".
  flow("tỷ đồng", "2,5 tỷ đồng", "2,08 tỷ đồng", { kind: "stock" }),
  // Sở NN&PTNT Cao Bằng 2020: grain "283,9" of "274,0 nghìn tấn"; vegetables "30,8 nghìn tấn" of "36,4 nghìn tấn".
  stock("nghìn tấn", "274,0 nghìn tấn", "283,9"),
  stock("nghìn tấn", "36,4 nghìn tấn", "30,8 nghìn tấn"),
  stock("tấn", 30000, "30,8 nghìn tấn"),
  // A result written the way targets are: the worse end of a range, a floor's or "Khoảng"'s number.
  stock("%", 60, "61-62", { kind: "rate" }),
  stock("%", 4, "3-4", { kind: "rate", direction: "lower" }),
  stock("%", "Dưới 4", "Khoảng 3,1", { kind: "rate", direction: "lower" }),
  stock("", 25, "Khoảng 24"),
  stock("", 4, "Trên 4"),
  stock("%", 95, "87,5%", { kind: "rate" }),
  // Thừa Thiên Huế 2019: agriculture "-4,13%" against 2,28, "Không đạt"; a decimal may be negative.
  stock("%", 2.28, "-4,13%", { kind: "rate" }),
  stock("", 100, "-5", { kind: "rate" }),
  stock("%", "Tăng 2 điểm phần trăm", "61,5", { kind: "rate", lastYear: 60 }),
  // A qualitative result in words. National 12 targets 2019: the trade deficit "Dưới 3" % of
  // exports, the result "Xuất siêu" (a surplus), graded Vượt.
  stock("%", "Dưới 3", "Xuất siêu", { kind: "rate", direction: "lower", qualitative: true, exceeding: ["Xuất siêu"] }),
  stock("", "Hoàn thành", "Hoàn thành", { qualitative: true }),
  stock("", "Hoàn thành", "hoàn thành vượt kế hoạch", { qualitative: true }),
  stock("", 100, "Đạt", { qualitative: true }),
  stock("", undefined, "Đã triển khai", { qualitative: true }), // nothing to grade against: accepted, ungraded
  // Far beyond its plan: never graded, an error (the unit guard against "139.774" typed in đồng).
  flow("đồng", 803300, "139.774 tỷ", { grading: { prorate: true } }),
  // What the check refuses stays an error and grades nothing.
  flow("tỷ đồng", 100, "11,3 tỷ USD"),
  stock("tỷ đồng", 100, "17,4%"),
  stock("", 100, "87.5"),
  stock("", 100, "tăng 5%"),
  stock("", 100, "Xuất siêu"),
  stock("", 100, "2 tỷ 500 triệu"),
  stock("", "Hoàn thành", "Chưa xong", { qualitative: true }), // words the check does not know: its qualitative-unknown
  stock("", 100, "87.5", { qualitative: true }),
];

const Q1: Period = { year: 2020, kind: "Q1" };

const template = (): Template =>
  caseTemplate(CASES.map((c) => ({
    kind: c.kind, direction: c.direction, numberType: "decimal", unit: c.unit,
    ...(c.grading === undefined ? {} : { grading: c.grading }),
    ...(c.qualitative === undefined ? {} : { qualitative: c.qualitative }),
    ...(c.exceeding === undefined ? {} : { exceeding: c.exceeding }),
  })));

describe("the sheet weighs a Thực hiện typed as text as the check reads it", () => {
  test("LibreOffice shows the check's Lũy kế, %, Đánh giá and colour on every row, and no error value anywhere", async () => {
    const plan = planSheet({ template: template(), period: Q1, details: DETAILS });
    const rows = caseRows(plan, CASES.length);
    const typed = newWorkbook();
    applySheetPlan(typed, plan);
    const ws = typed.getWorksheet(plan.name)!;
    CASES.forEach((c, i) => {
      if (c.plan !== undefined) ws.getCell(`${letter("plan")}${rows[i]}`).value = c.plan;
      if (c.lastYear !== undefined) ws.getCell(`${letter("samePeriodLastYear")}${rows[i]}`).value = c.lastYear;
      ws.getCell(`${letter("actual")}${rows[i]}`).value = c.actual;
    });
    const read = readSheet(readSnapshot(ws), () => template());
    if (!read.ok) throw new Error(read.reason);
    const rebuilt = planSheet({ template: template(), period: Q1, details: DETAILS, existing: read.reading });
    expect(caseRows(rebuilt, CASES.length)).toEqual(rows);
    const workbook = newWorkbook();
    applySheetPlan(workbook, rebuilt);
    const bytes = await writeWorkbookBytes(workbook);

    const result = checkReading(template(), read.reading);
    const byCode = new Map(result.indicators.map((r) => [r.code as string, r]));
    const actualError = (i: number): boolean =>
      result.findings.some((f) => f.code === caseCode(i) && f.severity === "error" && f.cell.endsWith(`!${letter("actual")}${rows[i]}`));
    const lang = (n: number | null): string => (n === null ? "" : String(Number(n.toPrecision(12))));
    const want = CASES.map((c, i) => ({ actual: c.actual, ytd: lang(byCode.get(caseCode(i))!.ytd), ...shownByCheck(byCode.get(caseCode(i))!, actualError(i)) }));

    const [html] = renderHtml([{ name: "text-figures.xlsx", bytes }]);
    const [sheet] = parseSheets(html);
    const text = (key: Parameters<typeof letter>[0], row: number) => sheet.get(`${letter(key)}${row}`)?.text.trim() ?? "";
    // Lũy kế as LibreOffice's HTML shows the number format (en-US grouping: 139,774), back to the plain number.
    const plain = (s: string) => (s === "" ? "" : String(Number(s.replace(/,/g, ""))));
    const shown = rows.map((row, i) => ({
      actual: CASES[i].actual,
      ytd: plain(text("ytd", row)),
      pctPeriod: text("pctPeriod", row).replace(",", "."),
      pctYear: text("pctYear", row).replace(",", "."),
      grade: text("grade", row),
      fill: sheet.get(`${letter("actual")}${row}`)?.fill ?? null,
    }));
    expect(shown).toEqual(want);

    // As the sources say, and not vacuous: the check reads every text it can, the rest are errors.
    const at = (actual: string) => shown[CASES.findIndex((c) => c.actual === actual)];
    expect(at("139.774 tỷ đồng")).toMatchObject({ ytd: "139774", pctYear: "17.4%", grade: "", fill: null });
    expect(at("11,3 tỷ USD")).toMatchObject({ ytd: "11300", fill: null });
    expect(at("410 triệu").ytd).toBe("0.41");
    expect(at("2,08 tỷ đồng")).toMatchObject({ pctPeriod: "83.2%", grade: "Chưa đạt" });
    expect(at("61-62")).toMatchObject({ grade: "Vượt", pctPeriod: "101.7%" });
    expect(at("Khoảng 3,1").grade).toBe("Đạt");
    expect(at("Xuất siêu")).toMatchObject({ grade: "Vượt", fill: null }); // as the source says
    expect(at("Chưa xong")).toMatchObject({ grade: "", fill: "#FFC7CE" });
    const refused = CASES.findIndex((c) => c.actual === "139.774 tỷ");
    expect(want.map((w) => w.fill !== null && w.grade === "")).toEqual(CASES.map((_, i) => i >= refused));
    expect(new Set(want.map((w) => w.grade))).toEqual(new Set(["Vượt", "Đạt", "Gần đạt", "Chưa đạt", ""]));
    const errors = [...sheet.entries()].filter(([, cell]) => /#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!)|Err:/.test(cell.text));
    expect(errors).toEqual([]);
  });
});
