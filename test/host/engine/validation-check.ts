// Whether an entry passes the cell's data validation (filled in below).
import type ExcelJS from "exceljs";
import type { Box } from "./a1";
import type { Session } from "./session";

export interface ValidationOutcome {
  readonly style: "Stop" | "Warning" | "Information";
  readonly title: string;
  readonly message: string;
}

export const checkEntry = (_session: Session, _ws: ExcelJS.Worksheet, _box: Box, _value: unknown): ValidationOutcome | undefined => undefined;
