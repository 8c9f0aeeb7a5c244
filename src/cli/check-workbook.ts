// One file of `chitieu check`: read it, find its latest template sheet, check it. Every way a
// file can be unusable comes back as a sentence for {file, error}, never as a throw.
import path from "node:path";
import { checkReading, type CheckResult } from "../core/check";
import type { Lang } from "../core/indicator";
import { statusViewOf, type StatusView } from "../core/status/status-view";
import type { Template } from "../core/template/template";
import { readFileBytes } from "../xlsx/file-io";
import { readStatusHistory } from "../xlsx/status-sheet";
import { latestTemplateSheet, readTemplateSheets, type TemplateSheet } from "../xlsx/template-sheets";
import { loadWorkbook } from "../xlsx/workbook-bytes";
import { workbookTemplates } from "../xlsx/stored-templates";
import { cliMessages } from "./cli-messages";

export type CheckedFile =
  | { readonly ok: true; readonly file: string; readonly template: Template; readonly result: CheckResult; readonly status: StatusView }
  | { readonly ok: false; readonly file: string; readonly error: string };

/**
 * Opens a report workbook and picks its template sheet: the one named `sheetName`, or the latest
 * period. Shared by `check` and `summary`, so both refuse an unusable file in the same words.
 * `noSuchSheet` words the case of a named sheet that is not there.
 */
export async function openReportSheet(
  file: string,
  cwd: string,
  templates: readonly Template[],
  lang: Lang,
  pick?: { readonly sheetName: string; readonly noSuchSheet: (available: readonly string[]) => string },
): Promise<{ readonly ok: true; readonly sheet: TemplateSheet } | { readonly ok: false; readonly error: string }> {
  const messages = cliMessages(lang);
  const fail = (error: string) => ({ ok: false as const, error });
  const bytes = await readFileBytes(path.resolve(cwd, file));
  if (!bytes.ok) {
    if (bytes.reason === "not-found") return fail(messages.fileNotFound(file));
    if (bytes.reason === "is-directory") return fail(messages.fileIsDirectory(file));
    return fail(messages.fileUnreadable(file, bytes.detail));
  }
  if (bytes.bytes.length === 0) return fail(messages.emptyFile(file));
  const loaded = await loadWorkbook(bytes.bytes);
  if (!loaded.ok) return fail(looksLikeCsv(file, bytes.bytes) ? messages.csvFile(file) : messages.notAWorkbook(file));
  // The templates the file carries win (readTemplateSheets keeps the last of an id): the one that built a sheet reads it.
  const carried = workbookTemplates(loaded.workbook).map((e) => e.template);
  const found = readTemplateSheets(loaded.workbook, [...templates, ...carried]);
  if (pick !== undefined) {
    const wanted = pick.sheetName.normalize("NFC");
    const named = found.sheets.find((s) => s.worksheet.name.normalize("NFC") === wanted);
    return named === undefined ? fail(pick.noSuchSheet(found.sheets.map((s) => s.worksheet.name))) : { ok: true, sheet: named };
  }
  const latest = latestTemplateSheet(found.sheets);
  if (latest === null) {
    if (found.unknownTemplates.length > 0) return fail(messages.unknownSheetTemplate(file, found.unknownTemplates[0]));
    if (found.badMarks.length > 0) return fail(messages.badMark(file, found.badMarks[0]));
    return fail(messages.noTemplateSheet(file));
  }
  return { ok: true, sheet: latest };
}

/** A .csv name, or text (no zip signature) whose first line has commas, semicolons or tabs. */
function looksLikeCsv(file: string, bytes: Uint8Array): boolean {
  if (file.toLowerCase().endsWith(".csv")) return true;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return false;
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096)).split(/\r?\n/)[0];
  return !head.includes("\u0000") && /[,;\t]/.test(head);
}

export async function checkFile(file: string, cwd: string, templates: readonly Template[], lang: Lang): Promise<CheckedFile> {
  const opened = await openReportSheet(file, cwd, templates, lang);
  if (!opened.ok) return { ok: false, file, error: opened.error };
  const { template, reading } = opened.sheet;
  const result = checkReading(template, reading);
  // The status the add-in stored (submitted, approved...), judged against the figures of this moment.
  const status = statusViewOf(readStatusHistory(opened.sheet.worksheet.workbook), reading, result);
  return { ok: true, file, template, result, status };
}
