// Whatever ExcelJS hands over for a cell, the snapshot gets a plain value and never a throw.
import fc from "fast-check";
import type ExcelJS from "exceljs";
import { isErrorValue } from "../../src/core/snapshot";
import { snapshotCellOf } from "../../src/xlsx/read-snapshot";

const ERRORS = ["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"] as const;

const plain = fc.oneof(
  fc.double({ noNaN: false }),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.constantFrom(...ERRORS).map((error) => ({ error })),
);
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  plain,
  fc.array(fc.record({ text: fc.string() })).map((richText) => ({ richText })),
  fc.record({ formula: fc.string(), result: fc.option(plain, { nil: undefined }) }),
  fc.record({ sharedFormula: fc.string(), result: fc.option(plain, { nil: undefined }) }),
  fc.record({ text: fc.string(), hyperlink: fc.webUrl() }),
);

describe("snapshotCellOf", () => {
  it("turns any ExcelJS cell value into a number, string, boolean, error value or null", () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        const cell = snapshotCellOf(value as ExcelJS.CellValue);
        const kind = cell === null ? "null" : isErrorValue(cell) ? "error" : typeof cell;
        expect(["null", "error", "number", "string", "boolean"]).toContain(kind);
        if (isErrorValue(cell)) expect(ERRORS).toContain(cell.error);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps what a formula last computed, and nothing for a formula never computed", () => {
    expect(snapshotCellOf({ formula: "E12/F12", result: 1.005 })).toBe(1.005);
    expect(snapshotCellOf({ formula: "E12/F12", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue)).toEqual({ error: "#DIV/0!" });
    expect(snapshotCellOf({ formula: "E12/F12" } as ExcelJS.CellFormulaValue)).toBeNull();
  });
});
