// The consolidated table as a SheetPlan (values only, like the summary): the files first (unit,
// status, completeness, errors, included or why not), then the indicators with one column per
// included unit, the total, the units' targets added up, the ratio and the grade of the total.
import { CATALOGS } from "../i18n";
import { CONSOLIDATION_WORDS } from "../i18n/consolidation-words";
import { STATUS_CATALOGS } from "../i18n/status-catalog";
import type { Lang, NumberType } from "../indicator";
import { cellAddress, columnLetter } from "../layout/a1";
import { NUMBER_FORMATS, RATIO_FORMAT } from "../layout/styles";
import { formatNumber } from "../numbers/format-number";
import { periodLabel } from "../periods/period-labels";
import type { CellStyle, PlannedCell, RangeAddress, SheetPlan } from "../sheet-plan";
import { templateIndicators } from "../template/template-schema";
import type { Consolidation } from "./consolidate";

const font = (extra: { bold?: boolean; italic?: boolean } = {}): CellStyle["font"] => ({ name: "Times New Roman", size: 12, ...extra });
const STYLES: Readonly<Record<string, CellStyle>> = {
  title: { font: { ...font({ bold: true }), size: 14 }, horizontalAlignment: "Left" },
  note: { font: font({ italic: true }), horizontalAlignment: "Left" },
  heading: { font: font({ bold: true }), horizontalAlignment: "Left" },
  head: { font: font({ bold: true }), horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true, border: true },
  text: { font: font(), horizontalAlignment: "Left", verticalAlignment: "Center", wrapText: true, border: true },
  section: { font: font({ bold: true }), horizontalAlignment: "Left", verticalAlignment: "Center", border: true },
  figure: { font: font(), horizontalAlignment: "Right", verticalAlignment: "Center", border: true },
  total: { font: font({ bold: true }), horizontalAlignment: "Right", verticalAlignment: "Center", border: true },
};

type Done = Extract<Consolidation, { ok: true }>;

export function planConsolidationSheet(c: Done, lang: Lang): SheetPlan {
  const w = CONSOLIDATION_WORDS[lang];
  const states = STATUS_CATALOGS[lang].state;
  const cells: PlannedCell[] = [];
  const text = (col: number, row: number, value: string, style: string) =>
    cells.push(value === "" ? { address: cellAddress(col, row), style } : { address: cellAddress(col, row), value, numberFormat: "@", style });
  const number = (col: number, row: number, value: number | null, numberFormat: string, style = "figure") =>
    cells.push(value === null ? { address: cellAddress(col, row), style } : { address: cellAddress(col, row), value, numberFormat, style });

  const included = c.files.filter((f) => f.included);
  text(1, 1, w.title(periodLabel(c.period, lang)), "title");
  text(1, 2, w.templateLine(c.template.id, c.template.version, included.length, c.files.length - included.length), "note");

  // The files.
  let row = 4;
  text(1, row, w.filesHeading, "heading");
  row += 1;
  w.fileColumns.forEach((h, i) => text(i + 1, row, h, "head"));
  c.files.forEach((f, i) => {
    row += 1;
    number(1, row, i + 1, "0", "figure");
    text(2, row, f.file, "text");
    text(3, row, f.unit, "text");
    const state = f.state === null ? "" : states[f.state];
    text(4, row, f.changedAfterApproval ? `${state}: ${w.changedAfterApproval}` : state, "text");
    text(5, row, f.indicators === 0 ? "" : `${formatNumber(f.filled, lang)}/${formatNumber(f.indicators, lang)}`, "text");
    number(6, row, f.excluded === "unusable" ? null : f.errors, "0");
    text(7, row, f.included ? w.included : w.excluded[f.excluded ?? "unusable"](f.detail ?? ""), "text");
  });

  // The indicators, one column per included unit.
  row += 2;
  text(1, row, w.indicatorsHeading, "heading");
  row += 1;
  const first = row;
  const unitCol = (i: number) => 4 + i;
  const totalCol = unitCol(included.length);
  [...w.codeColumns, ...included.map((f) => f.unit), ...w.totalColumns].forEach((h, i) => text(i + 1, row, h, "head"));
  const types = new Map(templateIndicators(c.template).map((d) => [d.code as string, d.numberType]));
  const grades = CATALOGS[lang].grade;
  for (const r of c.rows) {
    row += 1;
    if (r.kind === "section") {
      text(1, row, r.code, "section");
      text(2, row, r.name[lang], "section");
      for (let col = 3; col <= totalCol + 3; col++) text(col, row, "", "section");
      continue;
    }
    const format = NUMBER_FORMATS[types.get(r.code) ?? ("decimal" as NumberType)];
    text(1, row, r.code, "text");
    text(2, row, r.name[lang], "text");
    text(3, row, r.unit[lang], "text");
    r.values.forEach((v, i) => number(unitCol(i), row, v, format));
    if (r.rule === "rate") text(totalCol, row, w.rateNotSummed, "text");
    else number(totalCol, row, r.total, format, "total");
    const target = r.target;
    if (target === null || typeof target === "number") number(totalCol + 1, row, target, format);
    else text(totalCol + 1, row, `${formatNumber(target.min, lang)}-${formatNumber(target.max, lang)}`, "figure");
    number(totalCol + 2, row, r.ratio, RATIO_FORMAT);
    text(totalCol + 3, row, r.missing > 0 && r.rule === "sum" ? w.partial(r.missing) : r.grade === "none" ? "" : grades[r.grade], "text");
  }
  row += 2;
  text(1, row, w.counts(c.counts.exceeded, c.counts.met, c.counts.near, c.counts.shortfall), "note");

  const lastCol = Math.max(totalCol + 3, w.fileColumns.length);
  return {
    name: w.sheetName,
    // TT/Mã narrow, the file and indicator names wide, figures 14 characters.
    columns: Array.from({ length: lastCol }, (_, i) => ({ width: i === 0 ? 8 : i === 1 ? 40 : 14 })),
    rows: [],
    styles: STYLES,
    cells,
    merges: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 0, columns: 0 },
    protection: { protected: false, allowFormatColumns: true, allowFormatRows: true },
    usedRange: `A${first}:${columnLetter(lastCol)}${row}` as RangeAddress,
  };
}
