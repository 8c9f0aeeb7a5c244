// Review marks and report details live in the workbook: a second reviewer who opens the saved
// file sees them. Proven on the stand-in host (Microsoft's client over an ExcelJS workbook).
import ExcelJS from "exceljs";
import type { QualifiedAddress } from "../../src/core/finding";
import { indicatorCode } from "../../src/core/indicator";
import type { ReviewMark } from "../../src/core/review/review-mark";
import { readRememberedDetails, rememberDetails } from "../../src/excel/report-details-store";
import { appendReviewMarks, readReviewMarks, REVIEW_SHEET_NAME } from "../../src/excel/review-store";
import { createHost, type Host } from "../host";

let host: Host | undefined;
afterEach(() => host?.uninstall());

async function open(workbook?: Uint8Array, apiLevel = "1.7"): Promise<Host> {
  host?.uninstall();
  host = await createHost({ workbook, apiLevel });
  host.install();
  return host;
}

const mark = (cell: string, over: Partial<ReviewMark> = {}): ReviewMark => ({
  cell: `'Quý I-2020'!${cell}` as QualifiedAddress,
  code: indicatorCode("A.1"),
  status: "accepted",
  comment: "Đã đối chiếu với số liệu của VNPT",
  reviewer: { name: "Nguyễn Thị Lan", role: "Trưởng phòng" },
  date: "2020-03-20T08:15:00.000Z",
  figure: 920000,
  ...over,
});

describe("review marks in the workbook", () => {
  test("a workbook never reviewed has no marks, and no hidden sheet is made by reading", async () => {
    const h = await open();
    expect(await readReviewMarks()).toEqual({ ok: true, marks: [], skippedRows: [] });
    expect(h.workbook.getWorksheet(REVIEW_SHEET_NAME)).toBeUndefined();
  });

  test("marks survive save and reopen, in a very hidden sheet, text kept as text", async () => {
    const h = await open();
    // "920.000" and an ISO date would be reinterpreted by Excel if written as plain values.
    const first = [mark("I12"), mark("I18", { status: "changes-requested", figure: "920.000", comment: "" })];
    expect(await appendReviewMarks(first)).toEqual({ ok: true });
    expect(await appendReviewMarks([mark("I21", { status: "seen", figure: null, date: "2020-03-21T09:00:00.000Z" })])).toEqual({ ok: true });
    const bytes = await h.save();

    const file = new ExcelJS.Workbook();
    await file.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(file.getWorksheet(REVIEW_SHEET_NAME)?.state).toBe("veryHidden");

    await open(bytes, "1.18");
    const read = await readReviewMarks();
    expect(read.ok && read.marks).toEqual([...first, mark("I21", { status: "seen", figure: null, date: "2020-03-21T09:00:00.000Z" })]);
  });

  test("report details are remembered per workbook across save and reopen", async () => {
    const h = await open();
    expect(readRememberedDetails()).toBeNull();
    const details = { number: "15/BC-STTTT", place: "Hà Nam", date: "2020-03-20", estimate: true, signerTitle: "GIÁM ĐỐC", signerName: "Nguyễn Văn Bình", recipients: ["UBND tỉnh", "Lưu: VT."] };
    expect(await rememberDetails(details)).toEqual({ ok: true });
    await open(await h.save());
    expect(readRememberedDetails()).toEqual(details);
  });
});
