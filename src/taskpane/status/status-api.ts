// What the status panel needs from Excel (implemented in connect.ts over src/excel/status-store.ts).
import type { StatusRefusal, StatusRequest } from "../../core/status/report-status";
import type { StatusView } from "../../core/status/status-view";

export type StatusRead = { readonly ok: true; readonly view: StatusView } | { readonly ok: false; readonly detail: string };

export type StatusActed =
  | { readonly ok: true; readonly view: StatusView }
  /** Core refused: nothing was written; the view is the report as it stands. */
  | { readonly ok: false; readonly refusal: StatusRefusal; readonly view: StatusView }
  | { readonly ok: false; readonly refusal?: undefined; readonly detail: string };

export interface ReportStatusApi {
  read(sheetName: string): Promise<StatusRead>;
  act(sheetName: string, request: StatusRequest): Promise<StatusActed>;
}
