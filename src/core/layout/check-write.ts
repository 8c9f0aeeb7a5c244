// What the adapters write after a check: the status column of each indicator row and one note
// per flagged cell. Core decides every word and address; the adapters write exactly this.
import type { Finding, Severity } from "../finding";
import type { Grade } from "../grading/grade";
import { findingMessage } from "../i18n";
import type { IndicatorCode, IndicatorDef, Lang } from "../indicator";
import { INPUT_ROLES, type InputRole, type SheetReading } from "../reading";
import type { CellAddress, RangeAddress } from "../sheet-plan";
import { cellAddress, parseCellAddress, rangeAddress, splitQualified } from "./a1";
import { col, LAST_TABLE_COLUMN, ROLE_COLUMN } from "./columns";
import { gradingRules } from "../grading/grading-rules";
import { nearPerMille } from "./formulas";
import { LAYOUT_VERSION } from "./marker";
import type { SheetLayout } from "./read-sheet";
import { MARK_CLEARED, STATUS_WORDS, type StatusWord } from "./labels";
import { figureCells, gradingCells, rowFormulaCells } from "./table-plan";
import { weighingShown } from "./figure-formulas";
import { PERCENT_TAG } from "./geometry";
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

type RowInputs = SheetReading["indicators"][number];
type RowText = { readonly textTargets: boolean; readonly textActual: boolean };
type Formulas = CheckWritePlan["formulas"];

/** Which of a row's inputs hold text: a target (where the row has targets), Thực hiện. */
const textOf = (def: IndicatorDef, ind: RowInputs): RowText => ({
  textTargets: hasTargets(def) && (holdsText(ind.cells.plan) || holdsText(ind.cells.periodTarget)),
  textActual: holdsText(ind.cells.actual),
});

/**
 * The text-reading formulas of a row whose Kế hoạch năm or Chỉ tiêu kỳ holds text (the grading
 * cells and target helpers), or whose Thực hiện does (its helpers, and every formula that weighs
 * it). A row with numbers only keeps the formulas it has.
 */
function textRowFormulas(def: IndicatorDef, row: number, text: RowText, reading: SheetReading, template: Template, lang: Lang): Formulas {
  if (!text.textTargets && !text.textActual) return [];
  const figure = text.textActual ? figureCells(def, reading.period, row) : [];
  const grading = hasTargets(def)
    ? gradingCells(def, reading.period, row, nearPerMille(def, template.nearThreshold), lang, text.textTargets, gradingRules(template, def), text.textActual)
    : [];
  return [...figure, ...grading].map((c) => ({ address: c.address, formula: c.formula ?? "" }));
}

/** The inputs that can be shown in a percent format (all but Giải trình), in the order a tag lists them. */
const FIGURE_ROLES: readonly InputRole[] = INPUT_ROLES.filter((r) => r !== "explanation");

const shownRoles = (ind: RowInputs): InputRole[] => FIGURE_ROLES.filter((r) => ind.cells[r]?.shownAsPercent === true);

/** The marks-column tag of a row whose formulas weigh these inputs as shown; "" for none. */
const tagOf = (roles: readonly InputRole[]): string => (roles.length === 0 ? "" : `${PERCENT_TAG}${roles.join(",")}`);

/**
 * A row with inputs shown in a percent format ("87,5%" typed is stored as 0,875): every formula
 * of the row weighs such a cell as shown, 87,5, where the check reads it so (a number in the
 * reading); where the check refuses it (the text shown, in a row whose unit takes no "%") the
 * row reads nothing from it. With none shown (a row whose tag says an earlier check did so, and
 * whose format was changed back), the formulas the sheet was built with.
 */
function percentRowFormulas(def: IndicatorDef, ind: RowInputs, row: number, text: RowText, shown: readonly InputRole[], reading: SheetReading, template: Template, lang: Lang): Formulas {
  return rowFormulaCells(def, reading.period, row, template, lang, text).map((cell) => ({
    address: cell.address,
    formula: shown.reduce((f, role) => weighingShown(f, row, ROLE_COLUMN[role], typeof ind.cells[role]?.value === "number"), cell.formula ?? ""),
  }));
}

/**
 * The formulas a check rewrites, row by row: rows with inputs shown in a percent format now or
 * by an earlier check's tag (and their tags where these changed), else rows with text inputs.
 */
function rewrites(reading: SheetReading, template: Template, lang: Lang, marksColumn: number): Pick<CheckWritePlan, "formulas" | "tags"> {
  const defs = new Map(templateIndicators(template).map((d) => [d.code as string, d]));
  const formulas: { address: CellAddress; formula: string }[] = [];
  const tags: { address: CellAddress; value: string }[] = [];
  for (const ind of reading.indicators) {
    const def = defs.get(ind.code);
    const row = rowOf(reading, ind.code);
    if (def === undefined || row === null) continue;
    const text = textOf(def, ind);
    const shown = shownRoles(ind);
    const tagged = ind.percentFormulas ?? [];
    if (shown.length === 0 && tagged.length === 0) {
      formulas.push(...textRowFormulas(def, row, text, reading, template, lang));
      continue;
    }
    formulas.push(...percentRowFormulas(def, ind, row, text, shown, reading, template, lang));
    if (tagOf(shown) !== tagOf(tagged)) tags.push({ address: cellAddress(marksColumn, row), value: tagOf(shown) });
  }
  return { formulas, tags };
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
