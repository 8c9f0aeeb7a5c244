// planSheet: the whole template worksheet for a template and period, as data both adapters
// apply. Given a previous reading of the same sheet, every value typed there is written back.
import type { Lang } from "../indicator";
import type { Period } from "../periods/period";
import type { InputRole, ReportDetails, SheetReading } from "../reading";
import type { PlannedCell, PlannedValue, RangeAddress, RangeFormatPlan, RowPlan, SheetPlan } from "../sheet-plan";
import type { Template } from "../template/template";
import { cellAddress, rangeAddress, splitQualified } from "./a1";
import type { CarriedInputs } from "./carried";
import { col, COLUMNS, firstMovedColumn, LAST_COLUMN, LAST_TABLE_COLUMN, LAST_VISIBLE_COLUMN, ROLE_COLUMN } from "./columns";
import { planConditionalFormats } from "./conditional-formats";
import { mergeDetails } from "./details";
import { DETAIL_ROWS, FIRST_BODY_ROW, FIRST_DETAIL_ROW, HEADER_ROW, KEPT_TAG, TITLE_ROW } from "./geometry";
import { planHeaderArea } from "./header-area";
import { ORPHANS_HEADING } from "./labels";
import { sheetNameFor } from "./sheet-names";
import { STYLES, TEXT_FORMAT } from "./styles";
import { keptValuesOf, planBody, type KeptValues } from "./table-plan";
import { carriesYtd, inputRoles, tableRows } from "./table-rows";
import { planValidations } from "./validations";
import { LAYOUT_VERSION } from "./marker";
import type { SheetLayout } from "./read-sheet";

export interface PlanSheetInput {
  readonly template: Template;
  readonly period: Period;
  readonly details: ReportDetails;
  /** The sheet's words (headers, grades, alerts); default Vietnamese. */
  readonly lang?: Lang;
  /** Plans and earlier figures carried from the workbook's earlier period sheets. */
  readonly carried?: CarriedInputs;
  /** A previous reading of this same sheet: what it holds wins over what is carried. */
  readonly existing?: SheetReading;
  /** Where readSheet found that sheet's layout: one of an earlier version is cleared where its columns moved. */
  readonly existingLayout?: SheetLayout;
}

/** Frozen: everything down to the header row, and the TT, Mã and Chỉ tiêu columns. */
export const FROZEN_COLUMNS = col("name");

export function planSheet(input: PlanSheetInput): SheetPlan {
  const { template, period } = input;
  const lang = input.lang ?? "vi";
  const details = mergeDetails(input.existing?.details, input.details);
  const rows = tableRows(template);
  const kept = keptValuesOf(input.existing);
  const header = planHeaderArea(template, period, details, lang);
  const body = planBody({ template, period, lang, rows, carried: input.carried ?? {}, kept });
  const lastRow = rows.length > 0 ? rows[rows.length - 1].row : HEADER_ROW;
  const orphans = planOrphans(template, period, kept, lastRow + 2, lang);

  // In Q2..Q4 a flow's Lũy kế adds the earlier quarters: show that column, so that a clerk
  // without last quarter's sheet in the workbook can see and type it.
  const showsCarried = rows.some((r) => r.kind === "indicator" && carriesYtd(r.indicator, period));
  const rowPlans: RowPlan[] = [
    { row: TITLE_ROW, height: 36 },
    { row: FIRST_DETAIL_ROW + DETAIL_ROWS.length - 1, height: 48 },
    { row: HEADER_ROW, height: 48 },
  ];
  // A template edited between two builds moves rows: an input cell that held a figure and now
  // belongs to no input (or to another indicator) is emptied, the figure having moved with its code.
  const planned = new Set([...header.cells, ...body.cells, ...orphans.cells].map((c) => c.address));
  const stale = staleInputs(input.existing, planned);
  const clearContents = movedColumns(input.existingLayout, lastRow);
  return {
    name: sheetNameFor(period),
    ...(clearContents === null ? {} : { clearContents: [clearContents] }),
    columns: COLUMNS.map((c) => (c.hidden && !(c.key === "carriedYtd" && showsCarried) ? { width: c.width, hidden: true } : { width: c.width })),
    rows: rowPlans,
    styles: STYLES,
    formats: [...body.formats, ...orphans.formats],
    cells: [...header.cells, ...body.cells, ...orphans.cells, ...stale],
    merges: [...header.merges, ...orphans.merges],
    validations: planValidations(rows, period, lang),
    conditionalFormats: planConditionalFormats(FIRST_BODY_ROW, lastRow, lang),
    freeze: { rows: HEADER_ROW, columns: FROZEN_COLUMNS },
    protection: { protected: true, allowFormatColumns: true, allowFormatRows: true },
    usedRange: rangeAddress(1, HEADER_ROW, col(LAST_VISIBLE_COLUMN), lastRow),
  };
}

/**
 * A sheet built with an earlier layout has formulas, status words, helpers and marks where this
 * layout puts other columns (Đánh giá where % so với cùng kỳ goes, the old marker among the
 * helpers): from the first column that moved to the last, down to the last row it used, its
 * contents go. What was typed there is in the reading and planned again at its new address.
 */
function movedColumns(layout: SheetLayout | undefined, lastRow: number): RangeAddress | null {
  if (layout === undefined || layout.version === LAYOUT_VERSION) return null;
  const first = firstMovedColumn(layout.version);
  return first === null ? null : rangeAddress(first, 1, col(LAST_COLUMN), Math.max(layout.lastRow, lastRow));
}

function staleInputs(existing: SheetReading | undefined, planned: ReadonlySet<string>): PlannedCell[] {
  const out: PlannedCell[] = [];
  for (const ind of [...(existing?.indicators ?? []), ...(existing?.kept ?? [])]) {
    for (const cell of Object.values(ind.cells)) {
      if (cell === undefined || cell.value === null || cell.value === "") continue;
      const { address } = splitQualified(cell.address);
      if (!planned.has(address)) out.push({ address, value: "" });
    }
  }
  return out;
}

/**
 * Values typed that the new layout has no cell for: codes a newer template version dropped, or
 * inputs an indicator no longer has (it became informational, say). They are written below the
 * table under a tagged heading, unlocked, so that nothing typed is ever lost: readSheet hands
 * them on as SheetReading.kept (not checked), and the next reapply writes them again.
 */
function planOrphans(template: Template, period: Period, kept: KeptValues, firstRow: number, lang: Lang): {
  cells: PlannedCell[]; formats: RangeFormatPlan[]; merges: RangeAddress[];
} {
  const defs = new Map(template.sections.flatMap((s) => s.indicators.map((i) => [i.code as string, i] as const)));
  const sections = new Set(template.sections.map((s) => s.code as string));
  const lost: [string, Partial<Record<InputRole, PlannedValue>>][] = [];
  for (const [code, values] of kept) {
    const def = defs.get(code);
    const placed = new Set<InputRole>(def === undefined ? [] : inputRoles(def, period));
    const left = Object.fromEntries(Object.entries(values).filter(([role]) => !placed.has(role as InputRole)));
    if (Object.keys(left).length > 0 && !sections.has(code)) lost.push([code, left]);
  }
  if (lost.length === 0) return { cells: [], formats: [], merges: [] };
  const cells: PlannedCell[] = [
    { address: cellAddress(1, firstRow), value: ORPHANS_HEADING[lang], style: "orphanHeading", locked: true },
    { address: cellAddress(col("marks"), firstRow), value: KEPT_TAG, style: "helper", locked: true },
  ];
  const merges = [rangeAddress(1, firstRow, col(LAST_TABLE_COLUMN), firstRow)];
  let row = firstRow + 1;
  for (const [code, values] of lost) {
    cells.push({ address: cellAddress(col("code"), row), value: code, locked: true });
    for (const [role, value] of Object.entries(values)) {
      if (value !== undefined) cells.push({ address: cellAddress(col(ROLE_COLUMN[role as keyof typeof ROLE_COLUMN]), row), value, locked: false });
    }
    row++;
  }
  const formats: RangeFormatPlan[] = [
    { range: rangeAddress(1, firstRow + 1, col(LAST_TABLE_COLUMN), row - 1), style: "cell", locked: false },
    { range: rangeAddress(col("code"), firstRow + 1, col("code"), row - 1), numberFormat: TEXT_FORMAT, locked: true },
  ];
  return { cells, formats, merges };
}
