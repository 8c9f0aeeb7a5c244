// Review marks as rows of a worksheet (the very hidden sheet that carries them inside the
// workbook). Every cell is text, so no host reinterprets a date or a number on the way;
// the figure keeps its type as JSON.
import type { QualifiedAddress } from "../finding";
import { indicatorCode } from "../indicator";
import { isReviewStatus, type MarkedFigure, type ReviewMark } from "./review-mark";

/** Bumped when the columns change; older rows are still read by their header names. */
export const REVIEW_ROWS_FORMAT = "chitieu-review-1";

export const REVIEW_COLUMNS = ["cell", "code", "status", "comment", "reviewerName", "reviewerRole", "date", "figure"] as const;
type Column = (typeof REVIEW_COLUMNS)[number];

export type ReviewRow = readonly string[];

/** The first row: the format tag, then the column names. */
export const reviewHeaderRow = (): ReviewRow => [REVIEW_ROWS_FORMAT, ...REVIEW_COLUMNS];

export function markToRow(m: ReviewMark): ReviewRow {
  const byColumn: Record<Column, string> = {
    cell: m.cell,
    code: m.code,
    status: m.status,
    comment: m.comment,
    reviewerName: m.reviewer.name,
    reviewerRole: m.reviewer.role,
    date: m.date,
    figure: JSON.stringify(m.figure),
  };
  // The first column is left empty on data rows: it holds the format tag on the header row only.
  return ["", ...REVIEW_COLUMNS.map((c) => byColumn[c])];
}

function parseFigure(s: string): MarkedFigure | undefined {
  try {
    const v: unknown = JSON.parse(s);
    if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
    return undefined;
  } catch {
    return undefined;
  }
}

export interface ParsedReviewRows {
  readonly marks: readonly ReviewMark[];
  /** 1-based row numbers that could not be read (edited by hand, truncated). */
  readonly skippedRows: readonly number[];
}

const cellText = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/**
 * Reads rows as a host returns them (cells may come back as numbers or null). An empty sheet,
 * or one without our header, yields no marks rather than an error: marks are an aid, and a
 * damaged sheet must not block the review.
 */
export function rowsToMarks(rows: readonly (readonly unknown[])[]): ParsedReviewRows {
  if (rows.length === 0 || cellText(rows[0][0]) !== REVIEW_ROWS_FORMAT) {
    return { marks: [], skippedRows: rows.length > 0 ? rows.map((_, i) => i + 1) : [] };
  }
  const header = rows[0].map(cellText);
  const index = new Map<string, number>(header.map((h, i) => [h, i]));
  const marks: ReviewMark[] = [];
  const skippedRows: number[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const get = (c: Column): string => {
      const i = index.get(c);
      return i === undefined ? "" : cellText(row[i]).normalize("NFC");
    };
    if (row.every((v) => cellText(v) === "")) continue;
    const status = get("status");
    const figure = parseFigure(get("figure"));
    if (get("cell") === "" || get("code") === "" || !isReviewStatus(status) || figure === undefined || get("date") === "") {
      skippedRows.push(r + 1);
      continue;
    }
    marks.push({
      cell: get("cell") as QualifiedAddress,
      code: indicatorCode(get("code")),
      status,
      comment: get("comment"),
      reviewer: { name: get("reviewerName"), role: get("reviewerRole") },
      date: get("date"),
      figure,
    });
  }
  return { marks, skippedRows };
}
