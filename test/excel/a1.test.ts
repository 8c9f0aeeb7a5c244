// The address arithmetic behind few commands for many cells, and the texts Excel would convert.
import { groupIntoRects, parseRange, rectAddress, splitQualified, qualify } from "../../src/excel/a1";
import { patch } from "../../src/excel/live";
import { excelWouldConvert } from "../../src/excel/text-values";

/** Every cell the rectangles cover, as "row:col", sorted (a cell covered twice appears twice). */
const covered = (rects: ReturnType<typeof groupIntoRects>): string[] =>
  rects.flatMap((r) => {
    const out: string[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(`${row}:${col}`);
    return out;
  }).sort();

it("covers exactly the given cells, a 5,000-row column in a handful of blocks", () => {
  const cells = [
    ...Array.from({ length: 5000 }, (_, i) => ({ row: 12 + i, col: 9 })),
    { row: 12, col: 10 },
    { row: 14, col: 10 },
  ];
  const rects = groupIntoRects(cells);
  expect(covered(rects)).toEqual(cells.map((c) => `${c.row}:${c.col}`).sort());
  expect(rects.length).toBeLessThanOrEqual(4);
});

it("stacks identical row runs into rectangles", () => {
  const cells = [2, 3, 4].flatMap((row) => [5, 6, 7, 8, 9].map((col) => ({ row, col })));
  expect(groupIntoRects(cells).map(rectAddress)).toEqual(["E2:I4"]);
});

it("reads and writes sheet-qualified addresses with quotes doubled", () => {
  expect(splitQualified("'Quý I-2020'!I9")).toEqual({ sheet: "Quý I-2020", address: "I9" });
  expect(splitQualified(qualify("Sở's data", "$A$1"))).toEqual({ sheet: "Sở's data", address: "A1" });
  expect(parseRange("'Quý I-2020'!B3:A1")).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
});

it("knows which texts Excel would turn into numbers, dates, booleans, errors or formulas", () => {
  for (const t of ["1", "920.000", "87,5", "1/2", "15%", "TRUE", "#N/A", "=A1", "-5"]) expect([t, excelWouldConvert(t)]).toEqual([t, true]);
  for (const t of ["Hà Nam", "I", "15/BC-STTTT", "", "Quý I-2020", "UBND tỉnh - Sở"]) expect([t, excelWouldConvert(t)]).toEqual([t, false]);
});

// Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
// Excel interprets this value as a formula" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
// "@" opens a formula too (the implicit intersection operator). "Nơi nhận" lines begin with "- ".
it("texts beginning with +, - or @ would become formulas, so they are written as text", () => {
  for (const t of ["- Lưu: VT.", "- UBND tỉnh;", "+84 912 345 678", "@Sở", "-", " - thụt lề"]) expect([t, excelWouldConvert(t)]).toEqual([t, true]);
});

it("patches a re-read cell into the kept snapshot without touching the others", () => {
  const kept = { name: "S", values: [["a", "b"], ["c"]] };
  const fresh = { name: "S", values: [[], [], [null, null, 42]] };
  expect(patch(kept, fresh, parseRange("C3"), "S").values).toEqual([["a", "b"], ["c"], [null, null, 42]]);
});
