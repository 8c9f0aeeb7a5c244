// A reviewer's mark on a flagged cell: what they decided, who they are, and the figure they saw,
// so that a later change to the figure makes the mark stale rather than silently still valid.
import type { QualifiedAddress } from "../finding";
import type { IndicatorCode } from "../indicator";

export type ReviewStatus = "seen" | "accepted" | "changes-requested";
export const REVIEW_STATUSES: readonly ReviewStatus[] = ["seen", "accepted", "changes-requested"];

/** Office gives an add-in no identity: reviewers say who they are once, on their computer. */
export interface Reviewer {
  readonly name: string;
  /** "Trưởng phòng", "Lãnh đạo Sở"... free text. */
  readonly role: string;
}

/** The figure as it stood when the mark was made: a number, text as typed, or null for empty. */
export type MarkedFigure = number | string | boolean | null;

export interface ReviewMark {
  readonly cell: QualifiedAddress;
  readonly code: IndicatorCode;
  readonly status: ReviewStatus;
  readonly comment: string;
  readonly reviewer: Reviewer;
  /** ISO date-time in UTC ("2020-03-20T08:15:00.000Z"). */
  readonly date: string;
  readonly figure: MarkedFigure;
}

export const isReviewStatus = (s: unknown): s is ReviewStatus =>
  typeof s === "string" && (REVIEW_STATUSES as readonly string[]).includes(s);

/** Text is compared as typed but NFC-normalised and trimmed: Vietnamese keyboards differ in composition. */
function normaliseFigure(f: MarkedFigure): MarkedFigure {
  if (typeof f === "string") {
    const t = f.normalize("NFC").trim();
    return t === "" ? null : t;
  }
  return f;
}

/** Whether a figure differs from the one the reviewer saw (so the mark no longer vouches for it). */
export function figureChanged(marked: MarkedFigure, current: MarkedFigure): boolean {
  const a = normaliseFigure(marked);
  const b = normaliseFigure(current);
  if (typeof a === "number" && typeof b === "number") return !(a === b || (Number.isNaN(a) && Number.isNaN(b)));
  return a !== b;
}

export const isMarkStale = (mark: ReviewMark, current: MarkedFigure): boolean => figureChanged(mark.figure, current);

/**
 * The mark that stands for each cell: the latest one. Earlier marks stay in the workbook as
 * history (who saw it first), but a later decision replaces an earlier one.
 */
export function latestMarks(marks: readonly ReviewMark[]): ReadonlyMap<QualifiedAddress, ReviewMark> {
  const out = new Map<QualifiedAddress, ReviewMark>();
  for (const m of marks) {
    const prev = out.get(m.cell);
    // ISO strings in UTC compare chronologically; on a tie the later row (written later) wins.
    if (prev === undefined || m.date >= prev.date) out.set(m.cell, m);
  }
  return out;
}

export interface ReviewProgress {
  /** Flagged cells with a current (not stale) mark. */
  readonly reviewed: number;
  readonly total: number;
  readonly stale: number;
}

/** "12/15 ô đã duyệt": counts only the cells that are still flagged; a stale mark does not count. */
export function reviewProgress(
  flaggedCells: readonly { readonly cell: QualifiedAddress; readonly figure: MarkedFigure }[],
  marks: ReadonlyMap<QualifiedAddress, ReviewMark>,
): ReviewProgress {
  let reviewed = 0;
  let stale = 0;
  for (const f of flaggedCells) {
    const m = marks.get(f.cell);
    if (m === undefined) continue;
    if (isMarkStale(m, f.figure)) stale++;
    else reviewed++;
  }
  return { reviewed, total: flaggedCells.length, stale };
}

/** A fix request must say what to fix: the author reads it in the Check step. */
export const commentRequired = (status: ReviewStatus): boolean => status === "changes-requested";

/**
 * Fix requests still open: cells whose standing (latest) mark asks for a change, in mark order.
 * Given the walk's flagged cells, only those still waiting on the author: the cell is still flagged
 * and its figure unchanged (a changed figure makes the mark stale, and the cell is reviewed again).
 */
export function openFixRequests(
  latest: ReadonlyMap<QualifiedAddress, ReviewMark>,
  flagged?: readonly { readonly cell: QualifiedAddress; readonly figure: MarkedFigure }[],
): readonly ReviewMark[] {
  const requests = [...latest.values()].filter((m) => m.status === "changes-requested");
  if (flagged === undefined) return requests;
  const figures = new Map(flagged.map((f) => [f.cell, f.figure]));
  return requests.filter((m) => figures.has(m.cell) && !isMarkStale(m, figures.get(m.cell) ?? null));
}

/** Done: every flagged cell carries a current mark and no fix request waits for its author. */
export const reviewComplete = (progress: ReviewProgress, openRequests: number): boolean =>
  progress.total > 0 && progress.reviewed === progress.total && openRequests === 0;
