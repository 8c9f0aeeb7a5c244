import type { QualifiedAddress } from "../../../src/core/finding";
import { indicatorCode } from "../../../src/core/indicator";
import { figureChanged, isMarkStale, latestMarks, reviewProgress, type ReviewMark } from "../../../src/core/review/review-mark";
import { markToRow, reviewHeaderRow, rowsToMarks } from "../../../src/core/review/review-rows";

const cell = (a: string) => a as QualifiedAddress;
const mark = (over: Partial<ReviewMark> = {}): ReviewMark => ({
  cell: cell("'Quý I-2020'!H9"),
  code: indicatorCode("A.1"),
  status: "accepted",
  comment: "Số liệu ước tính, đã xác nhận với VNPT",
  reviewer: { name: "Nguyễn Văn An", role: "Trưởng phòng" },
  date: "2020-03-20T08:15:00.000Z",
  figure: 920000,
  ...over,
});

describe("review marks", () => {
  test("a mark survives the round trip through sheet rows, figure type included", () => {
    const marks = [mark(), mark({ cell: cell("'Quý I-2020'!H12"), figure: "920.000", status: "changes-requested" }), mark({ figure: null, status: "seen", comment: "" })];
    const rows = [reviewHeaderRow(), ...marks.map(markToRow)];
    const back = rowsToMarks(rows);
    expect(back.skippedRows).toEqual([]);
    expect(back.marks).toEqual(marks);
    expect(typeof back.marks[1].figure).toBe("string");
  });

  test("rows damaged by hand are skipped, the rest is read", () => {
    const good = markToRow(mark());
    const bad = [...good];
    bad[3] = "approved"; // not a status
    const back = rowsToMarks([reviewHeaderRow(), bad, good, []]);
    expect(back.marks).toHaveLength(1);
    expect(back.skippedRows).toEqual([2]);
  });

  test("a sheet without our header yields no marks instead of failing", () => {
    expect(rowsToMarks([["x", "y"]]).marks).toEqual([]);
    expect(rowsToMarks([]).marks).toEqual([]);
  });

  test("a mark is stale once the figure changed, not when only its composition or spacing did", () => {
    expect(isMarkStale(mark(), 920000)).toBe(false);
    expect(isMarkStale(mark(), 921000)).toBe(true);
    expect(figureChanged("Khoảng 4", "Kho\u1EA3ng 4 ".normalize("NFD"))).toBe(false);
    expect(figureChanged(null, "")).toBe(false);
    expect(figureChanged(920000, "920000")).toBe(true);
  });

  test("the latest mark on a cell stands; progress counts only current marks", () => {
    const early = mark({ status: "seen", date: "2020-03-20T08:00:00.000Z" });
    const late = mark({ status: "changes-requested", date: "2020-03-21T08:00:00.000Z" });
    const latest = latestMarks([late, early]);
    expect(latest.get(cell("'Quý I-2020'!H9"))?.status).toBe("changes-requested");
    const other = mark({ cell: cell("'Quý I-2020'!H10"), figure: 5 });
    const flagged = [
      { cell: cell("'Quý I-2020'!H9"), figure: 920000 },
      { cell: cell("'Quý I-2020'!H10"), figure: 6 }, // changed since marked
      { cell: cell("'Quý I-2020'!H11"), figure: 1 },
    ];
    expect(reviewProgress(flagged, latestMarks([late, early, other]))).toEqual({ reviewed: 1, total: 3, stale: 1 });
  });
});
