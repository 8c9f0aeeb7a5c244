// Notes or comments on flagged cells, where the host has them: notes (ExcelApi 1.18, the
// classic yellow note reviewers know), else comments (1.10), else nothing (1.7-1.9: the status
// column and the conditional formats carry the findings alone).
//
// Neither API can tell where a note sits without a second round trip (Note.getLocation), so the
// add-in recognises its own notes by their first line (NOTE_TAG), read with the sheet in the
// check's one read sync, deletes them by index (highest first, so indexes stay valid) and adds
// the new ones in the one write sync. A note the user wrote on a cell the check flags makes
// the add fail: the check then writes the status column again without marks (see check.ts).
import type { CellMarks, HostFacts } from "./addin-api";
import { qualify } from "./a1";

/** First line of every note the add-in writes: how it finds its own notes again. */
export const NOTE_TAG = "[Chỉ Tiêu]";

export const marksFor = (facts: HostFacts): CellMarks =>
  facts.supports.notes ? "notes" : facts.supports.comments ? "comments" : "none";

/**
 * The marks this client can write on `sheet`: a host may report ExcelApi 1.18 while the
 * office.js it loaded predates Worksheet.notes (the @microsoft/office-js npm build has no notes
 * API at all), so the property itself is tested before use; comments (1.10) stand in.
 */
export function marksOn(sheet: Excel.Worksheet, facts: HostFacts): CellMarks {
  const wanted = marksFor(facts);
  if (wanted === "notes" && (sheet as unknown as { notes?: unknown }).notes === undefined) {
    return facts.supports.comments ? "comments" : "none";
  }
  return wanted;
}

export interface MarksRead {
  readonly kind: CellMarks;
  /** After the sync: indexes of the add-in's own notes (or comments), highest first. */
  readonly ours: () => readonly number[];
}

export function queueMarksRead(sheet: Excel.Worksheet, kind: CellMarks): MarksRead {
  if (kind === "none") return { kind, ours: () => [] };
  const collection: Excel.NoteCollection | Excel.CommentCollection = kind === "notes" ? sheet.notes : sheet.comments;
  collection.load("items/content");
  return {
    kind,
    ours: () => {
      const items: readonly { readonly content: string }[] = collection.items;
      const found: number[] = [];
      items.forEach((item, index) => {
        if (item.content.startsWith(NOTE_TAG)) found.push(index);
      });
      return found.reverse();
    },
  };
}

/**
 * Deletes the add-in's earlier marks and adds one per flagged cell. A comment's cell must be
 * given with its sheet ("a string … must contain the full address, including the sheet name",
 * CommentCollection.add); a note's is the plain "A1" NoteCollection.add documents.
 */
export function queueMarksWrite(
  sheet: Excel.Worksheet,
  sheetName: string,
  read: MarksRead,
  notes: readonly { readonly address: string; readonly text: string }[],
): void {
  if (read.kind === "none") return;
  const collection = read.kind === "notes" ? sheet.notes : sheet.comments;
  for (const index of read.ours()) collection.getItemAt(index).delete();
  for (const note of notes) {
    const cell = read.kind === "comments" ? qualify(sheetName, note.address) : note.address;
    collection.add(cell, `${NOTE_TAG}\n${note.text}`);
  }
}
