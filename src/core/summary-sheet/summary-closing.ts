// The end of the document: counts per grade, the verdict, then "Nơi nhận" on the left and the
// signature block on the right, as Nghị định 30/2020 lays them out.
import type { Grade } from "../grading/grade";
import type { Lang } from "../indicator";
import type { ReportDetails } from "../reading";
import type { SheetDraft } from "./sheet-draft";
import { summaryWords } from "./summary-words";

const GRADED: readonly Exclude<Grade, "none">[] = ["exceeded", "met", "near", "shortfall"];

/** "Số chỉ tiêu có kế hoạch được đánh giá: 5; trong đó vượt 3, đạt 2, gần đạt 0, chưa đạt 0." */
export function countsLine(counts: Readonly<Record<Grade, number>>, lang: Lang): string {
  const words = summaryWords(lang);
  const graded = GRADED.reduce((sum, g) => sum + counts[g], 0);
  const parts = GRADED.map((g) => `${words.gradeNames[g]} ${counts[g]}`).join(", ");
  return words.countsLine(graded, parts);
}

/** An archive line as staff type it: "Lưu: VT.", "Lưu: VT, VP.", "Lưu VT" (or the English "Archived: …"). */
const ARCHIVE_LINE = /^(lưu|archived)(\s*:|\s)/iu;

/**
 * Recipients as ND 30 lists them: each line "- …;", the archive line last and once. Staff who
 * typed their own ("Lưu: VT, VP.") keep it as they wrote it; the others get "- Lưu: VT.".
 */
export function recipientLines(recipients: readonly string[], lang: Lang): string[] {
  const lines: string[] = [];
  const archives: string[] = [];
  for (const raw of recipients) {
    const text = raw.normalize("NFC").trim().replace(/^[-–•+]\s*/, "").replace(/[;.,]+$/, "").trim();
    if (text === "") continue;
    if (ARCHIVE_LINE.test(text)) archives.push(`- ${text}.`);
    else lines.push(`- ${text};`);
  }
  lines.push(...(archives.length > 0 ? [...new Set(archives)] : [summaryWords(lang).archive]));
  return lines;
}

/** Places the closing from row `first`; returns the last row used. */
export function placeClosing(
  draft: SheetDraft,
  first: number,
  counts: Readonly<Record<Grade, number>>,
  verdict: string,
  details: ReportDetails,
  lang: Lang,
  /** The report's status ("Tình trạng báo cáo: đã duyệt (…)"), under the verdict; absent where no caller knows it. */
  status?: string,
): number {
  const words = summaryWords(lang);
  let row = first;
  draft.span("A", "L", row, countsLine(counts, lang), "body");
  row += 1;
  if (verdict.trim() !== "") {
    draft.span("A", "L", row, verdict.trim(), "body");
    row += 1;
  }
  if (status !== undefined && status.trim() !== "") {
    draft.span("A", "L", row, status.trim(), "body");
    row += 1;
  }
  draft.atLeast(row, 12);
  row += 1;

  const top = row;
  draft.span("A", "C", top, words.recipientsHeading, "recipientsHeading");
  recipientLines(details.recipients, lang).forEach((line, index) => {
    draft.span("A", "C", top + 1 + index, line, "recipient");
  });
  const recipientsEnd = top + recipientLines(details.recipients, lang).length;

  const titleLines = details.signerTitle.split(/\r?\n/).map((l) => l.trim().toLocaleUpperCase("vi-VN")).filter((l) => l !== "");
  titleLines.forEach((line, index) => draft.span("F", "L", top + index, line, "signerTitle"));
  // Four empty lines for the signature and the seal.
  const nameRow = top + Math.max(titleLines.length, 1) + 4;
  draft.span("F", "L", nameRow, details.signerName.trim(), "signerName");
  return Math.max(recipientsEnd, nameRow);
}
