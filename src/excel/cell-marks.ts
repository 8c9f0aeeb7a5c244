// Comments on flagged cells, where the host has them (ExcelApi 1.10); below, nothing (1.7-1.9:
// the status column and the conditional formats carry the findings alone).
//
// Comments, not notes, wherever comments exist: every Excel that writes marks can then read them
// back and replace them. Notes (1.18) written in one Excel would stay stale in another that has
// comments but no notes API; and a reviewer can answer a comment ("đã xác minh"), never a note.
// Notes of ours left by an earlier version are swept where the notes API exists.
//
// The add-in recognises its own marks by their first line (NOTE_TAG), read with the sheet in the
// check's read sync. A mark with a reply is never deleted (Comment.delete "deletes the comment and
// all the connected replies"): while its cell is flagged its text is rewritten; once clean, the
// thread is resolved (Comment.resolved, 1.11) or, below 1.11, its text says a later check found the
// cell clean. Finding a thread's cell takes one more sync (Comment.getLocation), only when a reply
// exists. A comment the user wrote on a flagged cell makes the add fail: the check then writes the
// status column again without marks (see check.ts).
import type { CellMarks, HostFacts } from "./addin-api";
import { qualify } from "./a1";
import { apiMinor } from "./host-facts";

/** First line of every mark the add-in writes: how it finds its own marks again. */
export const NOTE_TAG = "[Chỉ Tiêu]";

export const marksFor = (facts: HostFacts): CellMarks => (facts.supports.comments ? "comments" : "none");

/** Comment.resolved: ExcelApi 1.11. */
const canResolve = (facts: HostFacts): boolean => facts.apiLevel !== null && apiMinor(facts.apiLevel) >= 11;

/**
 * Worksheet.notes is readable: the host reports ExcelApi 1.18 and the office.js it loaded has the
 * property (the @microsoft/office-js npm build has no notes API at all).
 */
export const notesReadable = (sheet: Excel.Worksheet, facts: HostFacts): boolean =>
  facts.supports.notes && (sheet as unknown as { notes?: unknown }).notes !== undefined;

interface OwnComment {
  readonly index: number;
  readonly comment: Excel.Comment;
  readonly replied: boolean;
}

export interface MarksRead {
  readonly kind: CellMarks;
  readonly canResolve: boolean;
  /** After the read sync: the add-in's own comments, in collection order. */
  readonly comments: () => readonly OwnComment[];
  /** After the read sync: indexes of the add-in's own notes (an earlier version's), highest first. */
  readonly notes: () => readonly number[];
}

const NONE: MarksRead = { kind: "none", canResolve: false, comments: () => [], notes: () => [] };

export function queueMarksRead(sheet: Excel.Worksheet, kind: CellMarks, facts: HostFacts): MarksRead {
  if (kind === "none") return NONE;
  const resolvable = canResolve(facts);
  const comments = sheet.comments;
  comments.load(resolvable ? "items/content,items/resolved,items/replies/items/id" : "items/content,items/replies/items/id");
  const notes = notesReadable(sheet, facts) ? sheet.notes : null;
  notes?.load("items/content");
  return {
    kind,
    canResolve: resolvable,
    comments: () =>
      comments.items.flatMap((comment, index) =>
        comment.content.startsWith(NOTE_TAG) ? [{ index, comment, replied: comment.replies.items.length > 0 }] : [],
      ),
    notes: () => (notes === null ? [] : notes.items.flatMap((note, index) => (note.content.startsWith(NOTE_TAG) ? [index] : [])).reverse()),
  };
}

export interface ThreadsLocated {
  /** A sync is needed before the write: some of the add-in's comments have replies. */
  readonly pending: boolean;
  /** After that sync: each replied thread with the bare address of its cell ("I9"). */
  readonly threads: () => readonly { readonly comment: Excel.Comment; readonly address: string }[];
}

/** Queues Comment.getLocation for the add-in's comments that have a reply (none: nothing queued). */
export function queueThreadLocations(read: MarksRead): ThreadsLocated {
  const replied = read.comments().filter((c) => c.replied);
  const located = replied.map((c) => ({ comment: c.comment, range: c.comment.getLocation().load("address") }));
  return {
    pending: located.length > 0,
    threads: () => located.map((l) => ({ comment: l.comment, address: l.range.address.slice(l.range.address.lastIndexOf("!") + 1) })),
  };
}

export interface MarksPlan {
  readonly sheetName: string;
  readonly notes: readonly { readonly address: string; readonly text: string }[];
  readonly clearedLine: string;
}

/** Replaces the add-in's earlier marks: deletes those without replies, keeps and updates threads, adds the rest. */
export function queueMarksWrite(sheet: Excel.Worksheet, read: MarksRead, located: ThreadsLocated, plan: MarksPlan): void {
  if (read.kind === "none") return;
  for (const index of read.notes()) sheet.notes.getItemAt(index).delete();
  const own = read.comments();
  for (const c of [...own].reverse()) if (!c.replied) sheet.comments.getItemAt(c.index).delete();
  const wanted = new Map(plan.notes.map((n) => [n.address, `${NOTE_TAG}\n${n.text}`]));
  for (const thread of located.threads()) {
    const text = wanted.get(thread.address);
    wanted.delete(thread.address);
    queueThreadUpdate(thread.comment, text, read.canResolve, plan.clearedLine);
  }
  for (const [address, text] of wanted) sheet.comments.add(qualify(plan.sheetName, address), text);
}

/** A kept thread: the new text while flagged (reopened if resolved); resolved, or marked clean, once fixed. */
function queueThreadUpdate(comment: Excel.Comment, text: string | undefined, resolvable: boolean, clearedLine: string): void {
  if (text !== undefined) {
    if (comment.content !== text) comment.content = text;
    if (resolvable && comment.resolved) comment.resolved = false;
    return;
  }
  if (resolvable) {
    if (!comment.resolved) comment.resolved = true;
    return;
  }
  const head = `${NOTE_TAG}\n${clearedLine}`;
  if (!comment.content.startsWith(head)) comment.content = `${head}\n${comment.content.slice(NOTE_TAG.length + 1)}`;
}
