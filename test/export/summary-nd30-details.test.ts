// Two details of the ND 30/2020 document: "Nơi nhận" keeps the user's own archive line ("Lưu: VT, VP.")
// instead of adding a second "- Lưu: VT."; and under the issuing agency's name runs the short
// solid rule the decree draws (Phụ lục I: a line 1/3 to 1/2 as long as the name, centred under it),
// written as a text rule in its own thin row, so both adapters (Excel, ExcelJS) draw it from the plan.
import { EXAMPLE_DETAILS, EXAMPLE_PERIOD } from "../../src/cli/example-ha-nam";
import type { SheetPlan } from "../../src/core/sheet-plan";
import { recipientLines } from "../../src/core/summary-sheet/summary-closing";
import { planSummaryDocument } from "../../src/core/summary-sheet/summary-document";
import { defaultTemplate } from "../../src/core/template/template-builtin";

test.each([
  [["UBND tỉnh", "Sở Tài chính", "Lưu: VT, VP."], ["- UBND tỉnh;", "- Sở Tài chính;", "- Lưu: VT, VP."]],
  [["UBND tỉnh", "- Lưu: VT, P.KH;"], ["- UBND tỉnh;", "- Lưu: VT, P.KH."]],
  [["Lưu VT, VP", "UBND tỉnh"], ["- UBND tỉnh;", "- Lưu VT, VP."]],
  [["UBND tỉnh"], ["- UBND tỉnh;", "- Lưu: VT."]],
])("Nơi nhận %j ends with the user's archive line, once", (typed, expected) => {
  expect(recipientLines(typed, "vi")).toEqual(expected);
});

const plan = (): SheetPlan =>
  planSummaryDocument({
    template: defaultTemplate(),
    period: EXAMPLE_PERIOD,
    details: EXAMPLE_DETAILS,
    view: { lines: [], counts: { exceeded: 0, met: 0, near: 0, shortfall: 0, none: 0 }, verdict: "" },
    lang: "vi",
  });

test("a short solid rule, centred, sits between the issuing agency and the number", () => {
  const p = plan();
  const at = (a: string) => p.cells.find((c) => c.address === a);
  expect(at("A2")?.value).toBe("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
  const rule = String(at("A3")?.value ?? "");
  expect(rule).toMatch(/^_+$/);
  expect(p.merges).toContain("A3:C3");
  const style = p.styles[at("A3")!.style!];
  expect(style.horizontalAlignment).toBe("Center");
  // Its printed length against the name's: glyph widths as em fractions of Times New Roman (bold
  // capitals about 0,72 em, the underscore 0,5 em), each at its own font size.
  const nameWidth = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG".length * 0.72 * (p.styles[at("A2")!.style!].font?.size ?? 0);
  const ruleWidth = rule.length * 0.5 * (style.font?.size ?? 0);
  expect(ruleWidth / nameWidth).toBeGreaterThanOrEqual(1 / 3);
  expect(ruleWidth / nameWidth).toBeLessThanOrEqual(1 / 2);
  expect(at("A4")?.value).toBe("Số: 15/BC-STTTT");
  // The motto keeps its own line (underlined, as long as the text) and the place and date follow.
  expect(p.styles[p.cells.find((c) => c.address === "F2")!.style!].font?.underline).toBe(true);
  expect(at("F4")?.value).toMatch(/^Hà Nam, ngày/);
});
