// Types figures into a template sheet's entry cells, by indicator code and input role, the way
// staff would: used by `npm run examples`, the tests and the benchmark.
import type ExcelJS from "exceljs";
import { splitQualified } from "../core/layout/a1";
import type { InputRole, SheetReading } from "../core/reading";
import type { SnapshotCell } from "../core/snapshot";

/** By indicator code, then role; null empties the cell; an error value is written as Excel's error. */
export type InputFigures = ReadonlyMap<string, Readonly<Partial<Record<InputRole, SnapshotCell>>>>;

export interface FillResult {
  /** Figures the sheet has no cell for (an unknown code, or a role the layout lacks for it). */
  readonly missing: readonly { readonly code: string; readonly role: InputRole }[];
}

export function fillInputs(worksheet: ExcelJS.Worksheet, reading: SheetReading, figures: InputFigures): FillResult {
  const byCode = new Map(reading.indicators.map((indicator) => [indicator.code as string, indicator]));
  const missing: { code: string; role: InputRole }[] = [];
  for (const [code, roles] of figures) {
    for (const [role, value] of Object.entries(roles) as [InputRole, SnapshotCell][]) {
      const cell = byCode.get(code)?.cells[role];
      if (cell === undefined) {
        missing.push({ code, role });
        continue;
      }
      const target = worksheet.getCell(splitQualified(cell.address).address);
      target.value = typeof value === "object" && value !== null ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
    }
  }
  return { missing };
}
