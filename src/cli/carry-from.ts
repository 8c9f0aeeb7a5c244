// --from PREVIOUS.xlsx: the earlier period sheets of last period's workbook, from which a new
// period's sheet carries plans, "kỳ trước", "cùng kỳ năm trước" and Lũy kế (core's carryForward).
import path from "node:path";
import type { Lang } from "../core/indicator";
import type { CarriedInputs } from "../core/layout/carried";
import { carryForward } from "../core/layout/carry-forward";
import type { Period } from "../core/periods/period";
import type { ReportDetails, SheetReading } from "../core/reading";
import type { Template } from "../core/template/template";
import { readFileBytes } from "../xlsx/file-io";
import { latestTemplateSheet, readTemplateSheets } from "../xlsx/template-sheets";
import { loadWorkbook } from "../xlsx/workbook-bytes";
import { cliMessages } from "./cli-messages";

export type CarryFrom =
  | {
      readonly ok: true;
      /** The latest period found, from which the default new period follows. */
      readonly latest: Period;
      /** The latest sheet's report details (signer, recipients and place carry over). */
      readonly details: ReportDetails;
      readonly sheetNames: readonly string[];
      readonly inputs: (period: Period) => CarriedInputs;
    }
  | { readonly ok: false; readonly error: string };

/** The report after this one: the next quarter; H1 → 9M → Y; after Q4 or Y, Q1 of next year. */
export function nextPeriod(period: Period): Period {
  switch (period.kind) {
    case "Q1": return { year: period.year, kind: "Q2" };
    case "Q2": return { year: period.year, kind: "Q3" };
    case "Q3": return { year: period.year, kind: "Q4" };
    case "H1": return { year: period.year, kind: "9M" };
    case "9M": return { year: period.year, kind: "Y" };
    case "Q4":
    case "Y": return { year: period.year + 1, kind: "Q1" };
  }
}

export async function carryFromWorkbook(file: string, cwd: string, template: Template, lang: Lang): Promise<CarryFrom> {
  const messages = cliMessages(lang);
  const bytes = await readFileBytes(path.resolve(cwd, file));
  if (!bytes.ok) {
    return { ok: false, error: bytes.reason === "not-found" ? messages.fileNotFound(file) : messages.fileUnreadable(file, bytes.detail) };
  }
  const loaded = await loadWorkbook(bytes.bytes);
  if (!loaded.ok) return { ok: false, error: messages.notAWorkbook(file) };
  const sheets = readTemplateSheets(loaded.workbook, [template]).sheets;
  const latest = latestTemplateSheet(sheets);
  if (latest === null) return { ok: false, error: messages.fromNoSheet(file) };
  const readings: SheetReading[] = sheets.map((sheet) => sheet.reading);
  return {
    ok: true,
    latest: latest.reading.period,
    details: latest.reading.details,
    sheetNames: sheets.map((sheet) => sheet.worksheet.name),
    inputs: (period) => carryForward(readings, template, period),
  };
}
