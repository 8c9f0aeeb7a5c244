// Load the template into the sheet named for the period ("Quý I-2020"). One Excel.run, three
// round trips: the sheet names; then, in one read, the period's own sheet (when rebuilding, so
// that nothing typed is lost; when asking first, to tell an add-in sheet, "sheet-exists", from
// someone's own, "name-taken": two syncs, no write) and every earlier period sheet worth carrying
// from; then one write (several for thousands of indicators, under the 5 MB payload limit; see
// WRITE_BAND_BYTES).
// The names cannot be skipped: a sheet missing from the workbook cannot be asked for without
// failing the batch, and the OrNullObject chain past a missing sheet is not documented.
//
// APIs: worksheets load/getItem/add, Worksheet.activate (1.1), getUsedRangeOrNullObject (1.4),
// and everything queueSheetPlan uses (see apply-plan.ts).
import type { ExcelFailure, HostFacts, LoadTemplateRequest, LoadTemplateResult, ProgressListener } from "./addin-api";
import { carryForward } from "../core/layout/carry-forward";
import { carrySheetNames } from "../core/layout/find-sheets";
import { planSheet } from "../core/layout/plan-sheet";
import { readSheet, type SheetLayout } from "../core/layout/read-sheet";
import { sheetNameFor } from "../core/layout/sheet-names";
import type { SheetReading } from "../core/reading";
import type { SheetSnapshot } from "../core/snapshot";
import { cellAddressOf } from "./a1";
import { protectionOptions, sheetPlanParts } from "./apply-plan";
import { hostFacts } from "./host-facts";
import { describeError } from "./office-errors";
import { restoreProtection, USER_ACTION, withProtectionNote } from "./protection";
import { queueSheetRead, type SnapshotThunk } from "./read-sheet";
import { knownTemplate, rememberTemplate } from "./templates";
import { storedPlans } from "./template-store";

/** Catalogue keys of the steps, for the pane's progress line. */
export const LOAD_STEPS = { reading: "load.reading", writing: "load.writing", done: "load.done" } as const;

/**
 * The estimated payload of one write band. Excel on the web refuses requests over 5 MB; the
 * estimate (plan-bands.ts) comes within about 10 % of the client's real requests, so bands of
 * 2,5 MB keep a wide margin (5,000 indicators: six syncs, the largest request 2,7 MB, measured
 * on the stand-in host; test/excel/budget.test.ts asserts every request stays under 5 MB).
 */
export const WRITE_BAND_BYTES = 2_500_000;

/** Excel compares sheet names without case. */
const sameName = (a: string, b: string): boolean => a.normalize("NFC").toLocaleLowerCase("vi-VN") === b.normalize("NFC").toLocaleLowerCase("vi-VN");

export async function loadTemplate(
  request: LoadTemplateRequest,
  onProgress: ProgressListener = () => undefined,
  facts?: HostFacts,
): Promise<LoadTemplateResult | ExcelFailure> {
  const host = facts ?? (await hostFacts());
  rememberTemplate(request.template);
  const wanted = sheetNameFor(request.period);
  // Set once the write begins (its first command unprotects the sheet): a failure from then on may
  // leave the sheet unprotected, and it is protected again below.
  const writing: { current: { readonly sheetName: string; readonly protection: Excel.WorksheetProtectionOptions | null } | null } = { current: null };
  try {
    // A user still typing in a cell when they click Load: wait for Enter rather than fail.
    return await Excel.run(USER_ACTION, async (context): Promise<LoadTemplateResult | ExcelFailure> => {
      onProgress(0, LOAD_STEPS.reading);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();

      const names = sheets.items.map((s) => s.name);
      const existingName = names.find((n) => sameName(n, wanted));
      // Before the user agreed to a rebuild, only the existing sheet is read (to tell ours from
      // theirs); the earlier periods are read once the rebuild is agreed.
      const asking = existingName !== undefined && !request.replaceExisting;
      const sourceNames = asking ? [] : carrySheetNames(names, request.period).filter((n) => n !== existingName);
      const reads = new Map<string, SnapshotThunk>();
      for (const name of existingName === undefined ? sourceNames : [existingName, ...sourceNames]) {
        reads.set(name, queueSheetRead(sheets.getItem(name)));
      }
      // Whether the sheet being rebuilt is protected (a user may have lifted it): unprotect only then.
      const existingProtection = existingName === undefined || asking ? null : sheets.getItem(existingName).protection.load("protected");
      await context.sync();
      onProgress(1 / 3, LOAD_STEPS.reading);

      let existing: SheetReading | undefined;
      let existingLayout: SheetLayout | undefined;
      let previousUsedRange: string | undefined;
      let existingSnapshot: SheetSnapshot | undefined;
      if (existingName !== undefined) {
        const snapshot = snapshotOf(reads, existingName);
        const read = readSheet(snapshot, knownTemplate);
        // A sheet of that name that the add-in did not build is someone's own work: never overwrite
        // it, and say so at once rather than ask to rebuild it and refuse after the click.
        if (!read.ok) return { ok: false, reason: "name-taken", sheetName: existingName };
        if (asking) return { ok: false, reason: "sheet-exists", sheetName: existingName };
        existing = read.reading;
        existingLayout = read.layout;
        previousUsedRange = extentOf(snapshot);
        existingSnapshot = snapshot;
      }
      const sources = sourceNames
        .map((name) => readSheet(snapshotOf(reads, name), knownTemplate))
        .flatMap((r) => (r.ok ? [r.reading] : []));
      // Plans carried from earlier sheets win over those of the table the template was made from.
      const seed = storedPlans(request.template.id, request.period.year);
      const fromSheets = carryForward(sources, request.template, request.period);
      const carried = Object.fromEntries([...new Set([...Object.keys(seed), ...Object.keys(fromSheets)])]
        .map((code) => [code, { ...seed[code], ...fromSheets[code] }]));
      const plan = planSheet({ template: request.template, period: request.period, details: request.details, carried, existing, existingLayout });

      onProgress(2 / 3, LOAD_STEPS.writing);
      const sheet = existingName !== undefined ? sheets.getItem(existingName) : sheets.add(plan.name);
      const parts = sheetPlanParts(sheet, plan, host, { previousUsedRange, existing: existingSnapshot, isProtected: existingProtection?.protected ?? false }, WRITE_BAND_BYTES);
      writing.current = { sheetName: existingName ?? plan.name, protection: plan.protection.protected ? protectionOptions(plan.protection) : null };
      parts.start();
      // A template of a few hundred indicators is one band: one write sync. A huge one is
      // written in bands, one sync each, so that no request passes the 5 MB payload limit.
      for (let i = 0; i < parts.bands.length - 1; i++) {
        parts.bands[i]();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the payload limit forces one sync per band
        await context.sync();
        onProgress(2 / 3 + (i + 1) / (3 * parts.bands.length), LOAD_STEPS.writing);
      }
      parts.bands[parts.bands.length - 1]?.();
      parts.end();
      sheet.activate();
      await context.sync();
      onProgress(1, LOAD_STEPS.done);
      return {
        ok: true,
        sheetName: existingName ?? plan.name,
        carriedFrom: sources.filter((r) => r.template.id === request.template.id).map((r) => r.sheetName),
      };
    });
  } catch (e) {
    const detail = describeError(e);
    // Typed figures are never lost by a half-done write (the plan carries them, and values are
    // written as read), but the sheet may be unprotected and half-formatted: protect it again;
    // loading again repairs the rest.
    const started = writing.current;
    if (started === null || started.protection === null) return { ok: false, reason: "excel-error", detail };
    return { ok: false, reason: "excel-error", detail: withProtectionNote(detail, await restoreProtection(started.sheetName, started.protection)) };
  }
}

function snapshotOf(reads: ReadonlyMap<string, SnapshotThunk>, name: string): SheetSnapshot {
  const read = reads.get(name);
  if (read === undefined) throw new Error(`Sheet ${name} was not queued for reading`);
  return read(name);
}

/** "A1:W40": the extent of what the sheet holds, so that the rebuild clears formats over all of it. */
function extentOf(snapshot: SheetSnapshot): string | undefined {
  const rows = snapshot.values.length;
  const cols = snapshot.values.reduce((m, row) => Math.max(m, row.length), 0);
  return rows === 0 || cols === 0 ? undefined : `A1:${cellAddressOf(rows, cols)}`;
}
