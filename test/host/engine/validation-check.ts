// Whether a typed entry passes the cell's data validation, and which alert Excel would show.
// A "stop" alert rejects the entry; "warning" and "information" let the user keep it.
import type ExcelJS from "exceljs";
import { cellName, type Box } from "./a1";
import { entryToRaw } from "./cells";
import { validationModel, type DvModel } from "./objects/data-validation";
import type { Session } from "./session";

export interface ValidationOutcome {
  readonly style: "Stop" | "Warning" | "Information";
  readonly title: string;
  readonly message: string;
}

const compare = (op: string | undefined, x: number, a: number, b: number | undefined): boolean => {
  switch (op ?? "between") {
    case "between": return x >= a && x <= (b ?? a);
    case "notBetween": return x < a || x > (b ?? a);
    case "equal": return x === a;
    case "notEqual": return x !== a;
    case "greaterThan": return x > a;
    case "lessThan": return x < a;
    case "greaterThanOrEqual": return x >= a;
    case "lessThanOrEqual": return x <= a;
    default: return true;
  }
};

const passes = (dv: DvModel, entry: unknown): boolean => {
  if (entry === null || entry === "") return dv.allowBlank !== false;
  const [f1, f2] = (dv.formulae ?? []).map((f) => Number(f));
  switch (dv.type as string) {
    case "whole":
      return typeof entry === "number" && Number.isInteger(entry) && compare(dv.operator, entry, f1 ?? 0, f2);
    case "decimal":
      return typeof entry === "number" && compare(dv.operator, entry, f1 ?? 0, f2);
    case "textLength":
      return compare(dv.operator, String(entry).length, f1 ?? 0, f2);
    case "list": {
      const items = String(dv.formulae?.[0] ?? "").replace(/^"|"$/g, "").split(",").map((s) => s.trim());
      return items.includes(String(entry));
    }
    default:
      // Custom formulas, dates and times are not evaluated by the stand-in: the entry passes.
      return true;
  }
};

export const checkEntry = (session: Session, ws: ExcelJS.Worksheet, box: Box, value: unknown): ValidationOutcome | undefined => {
  const dv = validationModel(ws)[cellName(box.top, box.left)];
  if (!dv || (dv.type as string) === "any" || dv.showErrorMessage === false) return undefined;
  const entry = entryToRaw(value, ws.getRow(box.top + 1).getCell(box.left + 1).numFmt, session.culture).raw;
  if (passes(dv, entry)) return undefined;
  const style = dv.errorStyle === "warning" ? "Warning" : dv.errorStyle === "information" ? "Information" : "Stop";
  return { style, title: dv.errorTitle ?? "", message: dv.error ?? "" };
};
