// The shape of the status words (the report's life: submit, return, approve), per language.
import type { IndicatorCode } from "../indicator";
import type { ReportState, StatusAction } from "../status/report-status";
import { statusEn } from "./status-en";
import { statusVi } from "./status-vi";

export interface StatusCatalog {
  /** "Tình trạng": the label before a status line. */
  readonly label: string;
  readonly state: Readonly<Record<ReportState, string>>;
  /** The button: "Gửi duyệt", "Trả lại", "Duyệt". */
  readonly action: Readonly<Record<StatusAction, string>>;
  /** "Đã duyệt (Nguyễn Thị Lan, Trưởng phòng, 15:05 20/03/2020)". */
  stateBy(state: string, name: string, role: string, when: string): string;
  changedAfterApproval(codes: readonly IndicatorCode[]): string;
  notAllowed(action: string, state: string): string;
  readonly reasonsRequired: string;
  readonly noActor: string;
  /** The heading of the list of findings that block the action. */
  blocking(n: number): string;
  summaryApproved(name: string, role: string, when: string): string;
  summaryChanged(codes: readonly IndicatorCode[]): string;
  summaryNotApproved(state: string): string;
}

export const STATUS_CATALOGS = { vi: statusVi, en: statusEn } as const;
