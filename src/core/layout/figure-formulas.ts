// The formulas of a row whose Thực hiện is typed as text, as the check reads it (rules/inputs.ts's
// readActual): "139.774 tỷ đồng" in the row's unit, "-4,13", and a result written the way
// targets are, credited with no more than it says ("61-62" is 61 where higher is better, "Trên 4"
// is 4, "Khoảng 24" is 24); a change alone ("tăng 5%") is no figure. The same helpers that read a
// target cell read it (target-formulas.ts), and every formula of the row that weighs the figure
// weighs what they read. What they cannot read stays unread: the cell keeps its error colour and
// grades nothing, where the check may still read it (a qualitative word, "hiện còn 1,86%").
import type { IndicatorDef } from "../indicator";
import { letter, type ColumnKey } from "./columns";
import { FORM, formOf, helperKey, rangeOf, targetCodeFormula, targetBodyFormula, targetAmountFormula, targetLowTextFormula, targetHighTextFormula, targetNumberFormula, targetTextFormula, targetUnitFormula, targetWordFormula } from "./target-formulas";

const ref = (key: ColumnKey, row: number): string => `${letter(key)}${row}`;

/** The figure read: the number cell itself, else the text's number, a range's worse end for the direction. */
export function figureValueFormula(ind: IndicatorDef, row: number): string {
  const i = ref("actual", row);
  const k = ref(helperKey("actual", "code"), row);
  const [lo, hi] = [ref(helperKey("actual", "lowNumber"), row), ref(helperKey("actual", "highNumber"), row)];
  const worse = ind.direction === "lower" ? `MAX(${lo},${hi})` : `MIN(${lo},${hi})`;
  const read = `IF(${formOf(k)}>=${FORM.increase},"",IF(${rangeOf(k)}=1,IF(COUNT(${lo},${hi})=2,${worse},""),IF(ISNUMBER(${lo}),${lo},"")))`;
  return `=IF(ISNUMBER(${i}),${i},IF(ISNUMBER(${k}),${read},""))`;
}

/** The helpers that read Thực hiện typed as text, and the figure they read, by column. */
export function figureHelperFormulas(ind: IndicatorDef, row: number): readonly (readonly [ColumnKey, string])[] {
  const unit = ind.unit.vi;
  const unitFormula = targetUnitFormula("actual", row, unit);
  return [
    ...(unitFormula === null ? [] : [[helperKey("actual", "unit"), unitFormula] as const]),
    [helperKey("actual", "text"), targetTextFormula("actual", row, unit)],
    [helperKey("actual", "word"), targetWordFormula("actual", row)],
    [helperKey("actual", "body"), targetBodyFormula("actual", row)],
    [helperKey("actual", "amount"), targetAmountFormula("actual", row)],
    [helperKey("actual", "code"), targetCodeFormula("actual", row)],
    [helperKey("actual", "lowText"), targetLowTextFormula("actual", row, unit)],
    [helperKey("actual", "highText"), targetHighTextFormula("actual", row, unit)],
    [helperKey("actual", "lowNumber"), targetNumberFormula("actual", row, "low", unit)],
    [helperKey("actual", "highNumber"), targetNumberFormula("actual", row, "high", unit)],
    ["actualValue", figureValueFormula(ind, row)],
  ];
}

/**
 * A formula of the row that weighs Thực hiện, made to weigh the figure the helpers read instead:
 * every reference to the row's own Thực hiện cell becomes one to actualValue (other rows' cells,
 * as the consistency rules name them, are left as they are).
 */
export function weighingFigureRead(formula: string, row: number): string {
  const actual = new RegExp(`(?<![A-Z$:])${letter("actual")}${row}(?![0-9])`, "g");
  return formula.replace(actual, ref("actualValue", row));
}

/**
 * A formula of the row made to weigh an input shown in a percent format as shown: the row's own
 * cell of that column (0,875 stored, 87,5 % shown) becomes (cell*100) where the row's unit takes
 * "%", else "" (the check refuses it: the row reads nothing from it). Other rows' cells are left.
 */
export function weighingShown(formula: string, row: number, column: ColumnKey, takesPercent: boolean): string {
  const own = new RegExp(`(?<![A-Z$:])${letter(column)}${row}(?![0-9:])`, "g");
  const cell = `${letter(column)}${row}`;
  return formula.replace(own, takesPercent ? `(${cell}*100)` : '""');
}
