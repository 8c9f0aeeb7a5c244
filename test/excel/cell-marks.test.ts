// Which marks the check writes, and that marks of ours of the other kind are not left behind.
// Comments (ExcelApi 1.10) wherever they exist, also at 1.18: an Excel with comments but no notes API
// could neither read nor replace notes another Excel wrote, so they would stay stale. Notes of ours
// (an earlier version's, written at 1.18) are deleted where the notes API exists; the user's stay.
// https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-notes-member
import { marksFor, NOTE_TAG, queueMarksRead, queueMarksWrite, queueThreadLocations } from "../../src/excel/cell-marks";
import { factsForLevel } from "../../src/excel/host-facts";

it.each([
  [18, "comments"],
  [11, "comments"],
  [10, "comments"],
  [9, "none"],
  [7, "none"],
] as const)("at ExcelApi 1.%i the check writes %s", (minor, expected) => {
  expect(marksFor(factsForLevel(minor, "vi-VN"))).toBe(expected);
});

/** A test double of a sheet's comment and note collections, recording what the check queues. */
function fakeSheet(comments: readonly string[], notes: readonly string[] | undefined, log: string[]): Excel.Worksheet {
  const collection = (name: string, contents: readonly string[]) => ({
    load: () => undefined,
    items: contents.map((content) => ({ content, replies: { items: [] } })),
    getItemAt: (index: number) => ({ delete: () => void log.push(`${name} ${index} deleted`) }),
    add: (cell: string) => void log.push(`${name} added on ${cell}`),
  });
  return { comments: collection("comment", comments), ...(notes === undefined ? {} : { notes: collection("note", notes) }) } as unknown as Excel.Worksheet;
}

const plan = { sheetName: "Quý I-2020", notes: [{ address: "I9", text: "Thấp hơn kế hoạch" }], clearedLine: "" };

it("at ExcelApi 1.18 with the notes API, notes of ours are deleted (the user's kept) and the findings go in comments", () => {
  const log: string[] = [];
  const sheet = fakeSheet([`${NOTE_TAG}\ncũ`], [`${NOTE_TAG}\na`, "của tôi", `${NOTE_TAG}\nb`], log);
  const read = queueMarksRead(sheet, "comments", factsForLevel(18, "vi-VN"));
  queueMarksWrite(sheet, read, queueThreadLocations(read), plan);
  expect(log).toEqual(["note 2 deleted", "note 0 deleted", "comment 0 deleted", "comment added on 'Quý I-2020'!I9"]);
});

it("without the notes API, notes are not touched (there is no way to) and comments are replaced", () => {
  const log: string[] = [];
  const sheet = fakeSheet([`${NOTE_TAG}\ncũ`, "của tôi"], undefined, log);
  const read = queueMarksRead(sheet, "comments", factsForLevel(18, "vi-VN"));
  queueMarksWrite(sheet, read, queueThreadLocations(read), plan);
  expect(log).toEqual(["comment 0 deleted", "comment added on 'Quý I-2020'!I9"]);
});
