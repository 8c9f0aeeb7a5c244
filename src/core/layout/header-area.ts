// The cells above the table: title, period, data window, report details, the header row and
// the hidden marks (template marker, row tags) that let the reader find everything again.
import type { Lang } from "../indicator";
import type { Period } from "../periods/period";
import { periodLabel } from "../periods/period-labels";
import { dataWindow, formatWindow } from "../periods/period-window";
import type { ReportDetails } from "../reading";
import type { PlannedCell, RangeAddress } from "../sheet-plan";
import type { Template } from "../template/template";
import { cellAddress, rangeAddress } from "./a1";
import { COLUMNS, col, LAST_TABLE_COLUMN } from "./columns";
import { detailCellValue } from "./details";
import {
  DETAIL_ROWS, detailSlots, detailTag, FIRST_DETAIL_ROW, HEADER_ROW, HEADER_TAG, PERIOD_ROW, TITLE_ROW, WINDOW_ROW,
} from "./geometry";
import { DETAIL_LABELS, WINDOW_PREFIX } from "./labels";
import { formatMarker, LAYOUT_VERSION } from "./marker";
import { DATE_FORMAT, TEXT_FORMAT } from "./styles";

export interface AreaPlan {
  readonly cells: readonly PlannedCell[];
  readonly merges: readonly RangeAddress[];
}

const locked = (column: number, row: number, value: string, style: string): PlannedCell =>
  ({ address: cellAddress(column, row), value, style, locked: true });

export function planHeaderArea(template: Template, period: Period, details: ReportDetails, lang: Lang): AreaPlan {
  const cells: PlannedCell[] = [];
  const merges: RangeAddress[] = [];
  const last = col(LAST_TABLE_COLUMN);
  const marks = col("marks");
  const line = (row: number, value: string, style: string): void => {
    cells.push(locked(1, row, value, style));
    merges.push(rangeAddress(1, row, last, row));
  };
  line(TITLE_ROW, template.title[lang].toLocaleUpperCase("vi"), "title");
  line(PERIOD_ROW, periodLabel(period, lang), "subtitle");
  line(WINDOW_ROW, `${WINDOW_PREFIX[lang]} ${formatWindow(dataWindow(period, template.reportType), lang)}`, "note");
  cells.push(locked(marks, TITLE_ROW, formatMarker({
    layoutVersion: LAYOUT_VERSION, templateId: template.id, templateVersion: template.version, period,
  }), "helper"));

  DETAIL_ROWS.forEach((detailRow, i) => {
    const row = FIRST_DETAIL_ROW + i;
    for (const slot of detailSlots(detailRow)) {
      cells.push(locked(slot.labelFrom, row, DETAIL_LABELS[slot.field][lang], "label"));
      merges.push(rangeAddress(slot.labelFrom, row, slot.labelTo, row));
      const value = detailCellValue(details, slot.field, lang);
      cells.push({
        address: cellAddress(slot.entryFrom, row),
        ...(value === undefined ? {} : { value }),
        style: "entry",
        // Text format so "15/3" stays a document number and never becomes a date.
        numberFormat: slot.field === "date" ? DATE_FORMAT : TEXT_FORMAT,
        locked: false,
      });
      merges.push(rangeAddress(slot.entryFrom, row, slot.entryTo, row));
    }
    cells.push(locked(marks, row, detailTag(detailRow), "helper"));
  });

  for (const c of COLUMNS) {
    if (c.key === "marks") continue;
    cells.push(locked(c.index, HEADER_ROW, c.header[lang], "header"));
  }
  cells.push(locked(marks, HEADER_ROW, HEADER_TAG, "helper"));
  return { cells, merges };
}
