// What the adapters write after a check: the status column of each indicator row and one note
// per flagged cell. Core decides every word and address; the adapters write exactly this.
import type { Finding, Severity } from "../finding";
import type { Grade } from "../grading/grade";
import { findingMessage } from "../i18n";
import type { IndicatorCode, Lang } from "../indicator";
import type { SheetReading } from "../reading";
import type { CellAddress, RangeAddress } from "../sheet-plan";
import { cellAddress, parseCellAddress, rangeAddress, splitQualified } from "./a1";
import { col, LAST_TABLE_COLUMN } from "./columns";
import { gradingRules } from "../grading/grading-rules";
import { nearPerMille } from "./formulas";
import { LAYOUT_VERSION } from "./marker";
import type { SheetLayout } from "./read-sheet";
import { MARK_CLEARED, STATUS_WORDS, type StatusWord } from "./labels";
import { figureCells, gradingCells, rowFormulaCells } from "./table-plan";
import { weighingShown } from "./figure-formulas";
import { PERCENT_TAG } from "./geometry";
import { ROLE_COLUMN } from "./columns";
import type { InputRole } from "../reading";
import { hasTargets } from "./table-rows";
import type { SnapshotCell } from "../snapshot";
import type { Template } from "../template/template";
import { templateIndicators } from "../template/template-schema";

/** What planCheckWrite needs of a CheckResult (src/core/check.ts), structurally. */
export interface CheckOutcome {
  readonly indicators: readonly { readonly code: IndicatorCode; readonly grade: Grade; readonly value: number | null }[];
  readonly findings: readonly Finding[];
}

export interface CheckWritePlan {
  readonly sheetName: string;
  /** The status cell of every indicator row read, "" where there is nothing to say. */
  readonly cells: readonly { readonly address: CellAddress; readonly value: string }[];
  /** One note per flagged cell, its findings' messages one a line. */
  readonly notes: readonly { readonly address: CellAddress; readonly text: string }[];
  /** Where earlier notes may sit: clear them before writing these, so fixed cells lose theirs. */
  readonly noteRange: RangeAddress | null;
  /** Heads a kept mark (one with a reply) whose cell is clean now, where the thread cannot be resolved. */
  readonly clearedLine: string;
  /**
   * The grading formulas of rows whose targets are now text (typed since the sheet was built):
   * rewritten so the sheet grades "6,6-6,8" or "Trên 4" as this check did. Computed cells only.
   */
  readonly formulas: readonly { readonly address: CellAddress; readonly formula: string }[];
  /**
   * Row tags in the marks column: "percent:actual" on a row whose formulas now weigh inputs
   * shown in a percent format, "" where a row's tag no longer holds.
   */
  readonly tags: readonly { readonly address: CellAddress; readonly value: string }[];
}

const RANK: Readonly<Record<StatusWord, number>> = { error: 0, shortfall: 1, near: 2, warning: 3, ok: 4 };

function statusOf(f: Finding): StatusWord {
  const bySeverity: Readonly<Record<Severity, StatusWord>> = { error: "error", shortfall: "shortfall", warning: "warning" };
  return f.rule === "below-target" && f.severity === "warning" ? "near" : bySeverity[f.severity];
}

/** The row of an indicator: its Thực hiện cell's (every indicator row has one). */
function rowOf(reading: SheetReading, code: string): number | null {
  const cells = reading.indicators.find((i) => i.code === code)?.cells;
  const any = cells?.actual ?? Object.values(cells ?? {})[0];
  if (any === undefined) return null;
  return parseCellAddress(splitQualified(any.address).address)?.row ?? null;
}

/** A target cell holding text: the row needs the formulas that read it. */
const holdsText = (cell: { readonly value: SnapshotCell } | undefined): boolean =>
  typeof cell?.value === "string" && cell.value.trim() !== "";

/**
 * The text-reading formulas of the rows whose Kế hoạch năm or Chỉ tiêu kỳ holds text (the
 * grading cells and target helpers), or whose Thực hiện does (its helpers, and every formula that
 * weighs it). A row with numbers only keeps the formulas it has.
 */
function textTargetFormulas(reading: SheetReading, template: Template, lang: Lang): CheckWritePlan["formulas"] {
  const defs = new Map(templateIndicators(template).map((d) => [d.code as string, d]));
  return reading.indicators.flatMap((ind) => {
    const def = defs.get(ind.code);
    const row = rowOf(reading, ind.code);
    if (def === undefined || row === null || percentRow(ind)) return [];
    const textTargets = hasTargets(def) && (holdsText(ind.cells.plan) || holdsText(ind.cells.periodTarget));
    const textActual = holdsText(ind.cells.actual);
    if (!textTargets && !textActual) return [];
    const figure = textActual ? figureCells(def, reading.period, row) : [];
    const grading = hasTargets(def)
      ? gradingCells(def, reading.period, row, nearPerMille(def, template.nearThreshold), lang, textTargets, gradingRules(template, def), textActual)
      : [];
    return [...figure, ...grading].map((c) => ({ address: c.address, formula: c.formula ?? "" }));
  });
}

/** The inputs that can be shown in a percent format, in the order a tag lists them. */
const FIGURE_ROLES: readonly InputRole[] = ["plan", "periodTarget", "previousPeriod", "samePeriodLastYear", "actual", "carriedYtd"];

const shownRoles = (ind: SheetReading["indicators"][number]): InputRole[] => FIGURE_ROLES.filter((r) => ind.cells[r]?.shownAsPercent === true);

/** A row with an input shown in a percent format now, or formulas an earlier check made weigh one. */
const percentRow = (ind: SheetReading["indicators"][number]): boolean => shownRoles(ind).length > 0 || (ind.percentFormulas ?? []).length > 0;

/**
 * The rows with inputs shown in a percent format ("87,5%" typed is stored as 0,875): every
 * formula of the row weighs such a cell as shown, 87,5, where the check reads it so (a number in
 * the reading); where the check refuses it (the text shown, in a row whose unit takes no "%") the
 * row reads nothing from it. A row whose tag says an earlier check did so, and that has none
 * now (the format was changed back), gets the formulas the sheet was built with.
 */
function percentFormulas(reading: SheetReading, template: Template, lang: Lang, marksColumn: number): Pick<CheckWritePlan, "formulas" | "tags"> {
  const defs = new Map(templateIndicators(template).map((d) => [d.code as string, d]));
  const formulas: { address: CellAddress; formula: string }[] = [];
  const tags: { address: CellAddress; value: string }[] = [];
  for (const ind of reading.indicators) {
    const def = defs.get(ind.code);
    const row = rowOf(reading, ind.code);
    if (def === undefined || row === null || !percentRow(ind)) continue;
    const shown = shownRoles(ind);
    const text = {
      textTargets: hasTargets(def) && (holdsText(ind.cells.plan) || holdsText(ind.cells.periodTarget)),
      textActual: holdsText(ind.cells.actual),
    };
    for (const cell of rowFormulaCells(def, reading.period, row, template, lang, text)) {
      const formula = shown.reduce(
        (f, role) => weighingShown(f, row, ROLE_COLUMN[role], typeof ind.cells[role]?.value === "number"),
        cell.formula ?? "",
      );
      formulas.push({ address: cell.address, formula });
    }
    const tag = shown.length === 0 ? "" : `${PERCENT_TAG}${shown.join(",")}`;
    const before = (ind.percentFormulas ?? []).length === 0 ? "" : `${PERCENT_TAG}${(ind.percentFormulas ?? []).join(",")}`;
    if (tag !== before) tags.push({ address: cellAddress(marksColumn, row), value: tag });
  }
  return { formulas, tags };
}

/** The formulas a check rewrites: rows with text inputs, rows with inputs shown in a percent format. */
function rewrites(reading: SheetReading, template: Template, lang: Lang, marksColumn: number): Pick<CheckWritePlan, "formulas" | "tags"> {
  const percent = percentFormulas(reading, template, lang, marksColumn);
  return { formulas: [...textTargetFormulas(reading, template, lang), ...percent.formulas], tags: percent.tags };
}

/**
 * With the template, the rows whose targets became text also get their formulas rewritten. With
 * the sheet's layout as readSheet found it, the status goes where that sheet has its status column
 * (a sheet of an earlier layout version has it further left), and formulas are written only into a
 * sheet whose columns are where this layout puts them: an older sheet gets them when rebuilt.
 */
export function planCheckWrite(reading: SheetReading, result: CheckOutcome, lang: Lang, template?: Template, layout?: SheetLayout): CheckWritePlan {
  const statusColumn = layout?.statusColumn ?? col("status");
  const lastTableColumn = layout?.lastTableColumn ?? col(LAST_TABLE_COLUMN);
  const current = layout === undefined || (layout.version === LAYOUT_VERSION && statusColumn === col("status"));
  const worst = new Map<string, StatusWord>();
  const messages = new Map<string, string[]>();
  for (const f of result.findings) {
    const { sheet, address } = splitQualified(f.cell);
    if (sheet !== null && sheet !== reading.sheetName) continue;
    const s = statusOf(f);
    const seen = worst.get(f.code);
    if (seen === undefined || RANK[s] < RANK[seen]) worst.set(f.code, s);
    messages.set(address, [...(messages.get(address) ?? []), findingMessage(f, lang)]);
  }
  const valueOf = new Map(result.indicators.map((i) => [i.code as string, i.value]));
  const cells: { address: CellAddress; value: string }[] = [];
  const rows: number[] = [];
  for (const ind of reading.indicators) {
    const row = rowOf(reading, ind.code);
    if (row === null) continue;
    rows.push(row);
    const status = worst.get(ind.code) ?? ((valueOf.get(ind.code) ?? null) !== null ? "ok" : null);
    cells.push({ address: cellAddress(statusColumn, row), value: status === null ? "" : STATUS_WORDS[status][lang] });
  }
  const notes = [...messages.entries()].map(([address, lines]) => ({ address: address as CellAddress, text: lines.join("\n") }));
  const noteRange = rows.length === 0 ? null : rangeAddress(1, Math.min(...rows), lastTableColumn, Math.max(...rows));
  const rewritten = template === undefined || !current ? { formulas: [], tags: [] } : rewrites(reading, template, lang, layout?.marksColumn ?? col("marks"));
  return { sheetName: reading.sheetName, cells, notes, noteRange, clearedLine: MARK_CLEARED[lang], ...rewritten };
}
