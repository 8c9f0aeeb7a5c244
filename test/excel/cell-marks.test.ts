// Which marks the check writes, both ways round: notes (ExcelApi 1.18) need the host's level AND an
// office.js that has Worksheet.notes (the CDN's does; the @microsoft/office-js npm build, which the
// stand-in runs, has none); comments (1.10) stand in for either missing; below 1.10, none.
// https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-notes-member
import { marksOn } from "../../src/excel/cell-marks";
import { factsForLevel } from "../../src/excel/host-facts";

const withNotes = { notes: {} } as unknown as Excel.Worksheet;
const withoutNotes = {} as unknown as Excel.Worksheet;

it.each([
  [18, withNotes, "notes"],
  [18, withoutNotes, "comments"],
  [17, withNotes, "comments"],
  [10, withoutNotes, "comments"],
  [9, withNotes, "none"],
  [7, withoutNotes, "none"],
] as const)("at ExcelApi 1.%i with %p the check writes %s", (minor, sheet, expected) => {
  expect(marksOn(sheet, factsForLevel(minor, "vi-VN"))).toBe(expected);
});
