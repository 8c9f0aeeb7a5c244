// The table of the summary: two heading rows (names, then column numbers, both repeated on every
// printed page), then a row per section and per indicator.
import type { Lang } from "../indicator";
import { SUMMARY_WIDTHS, type SheetDraft, type SummaryColumn } from "./sheet-draft";
import type { SummaryFigure, SummaryIndicatorLine, SummaryLine } from "./summary-view";
import { summaryWords } from "./summary-words";

const FIGURE_COLUMNS: readonly SummaryColumn[] = ["C", "D", "E", "F", "G", "H", "I", "J", "K", "L"];

/** Excel number formats: counts and money whole with thousands, rates and decimals as typed. */
function figureFormat(numberType: SummaryIndicatorLine["numberType"]): string {
  return numberType === "integer" || numberType === "money" ? "#,##0" : "General";
}

function placeFigure(draft: SheetDraft, column: SummaryColumn, row: number, figure: SummaryFigure, format: string): void {
  if (typeof figure === "number") draft.number(column, row, figure, format, "cellFigure");
  else if (typeof figure === "string" && figure.trim() !== "") draft.text(column, row, figure.trim(), "cellFigure");
  else draft.blank(column, row, "cellFigure");
}

function placeIndicator(draft: SheetDraft, row: number, line: SummaryIndicatorLine): void {
  const format = figureFormat(line.numberType);
  draft.text("A", row, line.number, "cellNumber");
  draft.text("B", row, line.name, "cellText");
  draft.fit(row, line.name, SUMMARY_WIDTHS.B, "cellText");
  draft.text("C", row, line.unit, "cellCenter");
  draft.fit(row, line.unit, SUMMARY_WIDTHS.C, "cellCenter");
  placeFigure(draft, "D", row, line.plan, format);
  placeFigure(draft, "E", row, line.target, format);
  placeFigure(draft, "F", row, line.actual, format);
  placeFigure(draft, "G", row, line.ytd, format);
  placeFigure(draft, "H", row, line.percentOfTarget, "0.0");
  placeFigure(draft, "I", row, line.percentOfPlan, "0.0");
  placeFigure(draft, "J", row, line.percentOfSamePeriod, "0.0");
  draft.text("K", row, line.gradeLabel, "cellCenter");
  draft.text("L", row, line.explanation, "cellText");
  draft.fit(row, line.explanation, SUMMARY_WIDTHS.L, "cellText");
}

export interface PlacedTable {
  readonly headerRows: readonly [number, number];
  readonly lastRow: number;
}

/** Places the table from row `first`. */
export function placeTable(draft: SheetDraft, first: number, lines: readonly SummaryLine[], estimate: boolean, lang: Lang): PlacedTable {
  const c = summaryWords(lang).columns;
  const heads: readonly [SummaryColumn, string][] = [
    ["A", c.number], ["B", c.name], ["C", c.unit], ["D", c.plan], ["E", c.target], ["F", c.actual(estimate)],
    ["G", c.ytd], ["H", c.percentOfTarget], ["I", c.percentOfPlan], ["J", c.percentOfSamePeriod],
    ["K", c.grade], ["L", c.explanation],
  ];
  heads.forEach(([column, text], index) => {
    draft.text(column, first, text, "head");
    draft.fit(first, text, SUMMARY_WIDTHS[column], "head", 6);
    draft.text(column, first + 1, `(${index + 1})`, "headNumber");
  });
  let row = first + 2;
  for (const line of lines) {
    if (line.kind === "section") {
      draft.text("A", row, line.number, "sectionNumber");
      draft.text("B", row, line.name, "sectionName");
      draft.fit(row, line.name, SUMMARY_WIDTHS.B, "sectionName");
      for (const column of FIGURE_COLUMNS) draft.blank(column, row, "cellFigure");
    } else {
      placeIndicator(draft, row, line);
    }
    row += 1;
  }
  return { headerRows: [first, first + 1], lastRow: row - 1 };
}
