// What Excel adjusts when rows are inserted or deleted and ExcelJS's spliceRows does not: references
// in formulas (on every sheet), conditional-format ranges and rules, data validation and defined names.
import type ExcelJS from "exceljs";
import { orderedRules } from "./objects/conditional-formats";
import { validationModel } from "./objects/data-validation";

export interface RowShift {
  readonly sheet: string;
  /** 1-based first row inserted or deleted. */
  readonly at: number;
  /** Positive: rows inserted; negative: rows deleted. */
  readonly delta: number;
}

/** A row number after the shift; undefined when the row was deleted. */
const moveRow = (row: number, s: RowShift): number | undefined => {
  if (s.delta > 0) return row >= s.at ? row + s.delta : row;
  const last = s.at - s.delta - 1;
  if (row < s.at) return row;
  if (row > last) return row + s.delta;
  return undefined;
};

/** [top, bottom] after the shift, clipped to what survives; undefined when all of it was deleted. */
const moveSpan = (top: number, bottom: number, s: RowShift): [number, number] | undefined => {
  if (s.delta > 0) return [moveRow(top, s)!, moveRow(bottom, s)!];
  const last = s.at - s.delta - 1;
  const newTop = top >= s.at && top <= last ? s.at : moveRow(top, s);
  const newBottom = bottom >= s.at && bottom <= last ? s.at - 1 : moveRow(bottom, s);
  return newTop === undefined || newBottom === undefined || newBottom < newTop ? undefined : [newTop, newBottom];
};

const REF = /(?<![\w.$'])(?:('(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(\$?[A-Za-z]{1,3}\$?)(\d+)(?::(\$?[A-Za-z]{1,3}\$?)(\d+))?(?![\w(!])/g;

const sheetOf = (prefix: string | undefined, home: string): string =>
  prefix === undefined ? home : prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;

/** Shifts the references of a formula (text outside string literals) that point at the shifted sheet. */
export const shiftFormula = (formula: string, home: string, s: RowShift): string =>
  formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (whole, prefix: string | undefined, c1: string, r1: string, c2: string | undefined, r2: string | undefined) => {
            if (sheetOf(prefix, home).toLowerCase() !== s.sheet.toLowerCase()) return whole;
            const head = prefix === undefined ? "" : `${prefix}!`;
            if (c2 === undefined || r2 === undefined) {
              const row = moveRow(Number(r1), s);
              return row === undefined ? "#REF!" : `${head}${c1}${row}`;
            }
            const span = moveSpan(Number(r1), Number(r2), s);
            return span === undefined ? "#REF!" : `${head}${c1}${span[0]}:${c2}${span[1]}`;
          }),
    )
    .join("");

export const applyRowShift = (workbook: ExcelJS.Workbook, s: RowShift): void => {
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const raw = cell.value as unknown;
        if (typeof raw !== "object" || raw === null || !("formula" in raw)) return;
        const formula = String((raw as { formula: string }).formula);
        const shifted = shiftFormula(formula, ws.name, s);
        if (shifted !== formula) cell.value = { formula: shifted } as ExcelJS.CellFormulaValue;
      }),
    );
  }
  const ws = workbook.getWorksheet(s.sheet);
  if (!ws) return;
  for (const { entry, rule } of orderedRules(ws)) {
    entry.ref = entry.ref
      .split(/\s+/)
      .map((ref) => shiftFormula(ref, ws.name, s))
      .filter((ref) => ref !== "#REF!")
      .join(" ");
    rule.formulae = rule.formulae?.map((f) => shiftFormula(f, ws.name, s));
  }
  const model = validationModel(ws);
  const moved: typeof model = {};
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    const target = shiftFormula(address, ws.name, s);
    if (target !== "#REF!") moved[target.replace(/\$/g, "")] = dv;
  }
  for (const key of Object.keys(model)) delete model[key];
  Object.assign(model, moved);
  const names = (workbook as unknown as { definedNames: { model: { name: string; ranges: string[] }[] } }).definedNames;
  names.model = names.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => shiftFormula(r, ws.name, s)) }));
};
