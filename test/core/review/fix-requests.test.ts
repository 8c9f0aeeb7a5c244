// "Yêu cầu sửa" is a request to the report's author: it must say what to fix, it stays open until a
// later mark on the cell replaces it, and while one is open the review is not done.
import type { QualifiedAddress } from "../../../src/core/finding";
import type { IndicatorCode } from "../../../src/core/indicator";
import { commentRequired, latestMarks, openFixRequests, reviewComplete, type ReviewMark, type ReviewStatus } from "../../../src/core/review/review-mark";

const mark = (cell: string, status: ReviewStatus, date: string, comment = ""): ReviewMark => ({
  cell: `'Quý I-2020'!${cell}` as QualifiedAddress,
  code: "C.1" as IndicatorCode,
  status,
  comment,
  reviewer: { name: "Trần Thị B", role: "Trưởng phòng" },
  date,
  figure: -2,
});

test("only a fix request needs a comment", () => {
  expect(commentRequired("changes-requested")).toBe(true);
  expect(commentRequired("accepted")).toBe(false);
  expect(commentRequired("seen")).toBe(false);
});

test("a fix request is open until a later mark on its cell replaces it", () => {
  const marks = [
    mark("I20", "changes-requested", "2020-03-20T08:00:00.000Z", "Số âm, sửa lại"),
    mark("I21", "changes-requested", "2020-03-20T08:01:00.000Z", "Tổng không khớp"),
    mark("I21", "accepted", "2020-03-21T08:00:00.000Z"),
  ];
  expect(openFixRequests(latestMarks(marks)).map((m) => [m.cell, m.comment])).toEqual([["'Quý I-2020'!I20", "Số âm, sửa lại"]]);
});

test("the review is complete only when every cell is marked and no fix request is open", () => {
  expect(reviewComplete({ reviewed: 3, total: 3, stale: 0 }, 0)).toBe(true);
  expect(reviewComplete({ reviewed: 3, total: 3, stale: 0 }, 1)).toBe(false);
  expect(reviewComplete({ reviewed: 2, total: 3, stale: 0 }, 0)).toBe(false);
  expect(reviewComplete({ reviewed: 0, total: 0, stale: 0 }, 0)).toBe(false);
});

test("in the walk, a request on a cell no longer flagged, or on a figure changed since, no longer waits on the author", () => {
  const latest = latestMarks([mark("I20", "changes-requested", "2020-03-20T08:00:00.000Z", "Số âm"), mark("I22", "changes-requested", "2020-03-20T08:00:00.000Z", "x")]);
  const cell = (c: string) => `'Quý I-2020'!${c}` as QualifiedAddress;
  expect(openFixRequests(latest, [{ cell: cell("I20"), figure: -2 }]).map((m) => m.cell)).toEqual([cell("I20")]);
  expect(openFixRequests(latest, [{ cell: cell("I20"), figure: 2 }])).toEqual([]);
  expect(openFixRequests(latest, [])).toEqual([]);
});
