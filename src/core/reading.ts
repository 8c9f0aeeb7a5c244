// What core reads back from a filled template sheet: the inputs of each indicator, by code,
// with the cells they came from. Produced from a SheetSnapshot, consumed by the check.
import type { QualifiedAddress } from "./finding";
import type { IndicatorCode } from "./indicator";
import type { Period } from "./periods/period";
import type { SnapshotCell } from "./snapshot";
import type { TemplateId } from "./template/template";

/** The inputs staff type (or the add-in carries) for one indicator. */
export type InputRole =
  | "plan" // Kế hoạch năm
  | "periodTarget" // Chỉ tiêu kỳ
  | "previousPeriod" // Thực hiện kỳ trước
  | "samePeriodLastYear" // Cùng kỳ năm trước
  | "actual" // Thực hiện
  | "explanation" // Giải trình
  | "carriedYtd"; // Lũy kế of the earlier quarters of the year, carried from earlier sheets

export const INPUT_ROLES: readonly InputRole[] = [
  "plan", "periodTarget", "previousPeriod", "samePeriodLastYear", "actual", "explanation", "carriedYtd",
];

export interface InputCell {
  readonly address: QualifiedAddress;
  /** As read, not yet parsed: parsing (Vietnamese numbers, NFC) is the check's job. */
  readonly value: SnapshotCell;
  /**
   * The cell is a number in a percent format ("87,5%" typed, stored as 0,875): `value` is the
   * figure shown, 87,5, in a row whose unit takes "%", else the text shown ("87,5%"), which the
   * row's unit refuses. The sheet's own formulas see the stored number: the check rewrites them.
   */
  readonly shownAsPercent?: true;
}

export interface IndicatorInputs {
  readonly code: IndicatorCode;
  /** Only the inputs the sheet's layout has. */
  readonly cells: Readonly<Partial<Record<InputRole, InputCell>>>;
  /**
   * The inputs whose percent format an earlier check's formulas weigh (the row's tag in the
   * marks column): a check rewrites the row's formulas when they are no longer so.
   */
  readonly percentFormulas?: readonly InputRole[];
}

/** The details staff fill in once per report. */
export interface ReportDetails {
  /** Số/ký hiệu: "15/BC-STTTT". */
  readonly number: string;
  readonly place: string;
  /** ISO date "2020-03-20", or "" when not yet filled. */
  readonly date: string;
  /** Figures are estimates (ước thực hiện). */
  readonly estimate: boolean;
  readonly signerTitle: string;
  readonly signerName: string;
  /** One recipient a line; the summary ends the list with "Lưu: VT.". */
  readonly recipients: readonly string[];
}

export interface SheetReading {
  readonly sheetName: string;
  readonly template: { readonly id: TemplateId; readonly version: string };
  readonly period: Period;
  readonly details: ReportDetails;
  readonly indicators: readonly IndicatorInputs[];
  /**
   * Values kept below the table that the layout has no cell for (typed under an earlier template
   * version): not checked, but carried through every reapply so nothing typed is ever lost.
   */
  readonly kept?: readonly IndicatorInputs[];
}
