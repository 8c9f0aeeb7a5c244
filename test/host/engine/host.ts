// The environment-neutral host: the session over an ExcelJS workbook, the bridge the client talks
// to, the Office object, the instruments and the simulated user. node.ts and browser.ts only differ
// in how they load Microsoft's client around the bridge.
import ExcelJS from "exceljs";
import { knownLevels, newestLevel, type ApiLevel } from "./api-levels";
import { HostBridgeServer, type NativeBridge } from "./bridge";
import { Instruments } from "./instruments";
import { createOffice, type OfficeObject } from "./office";
import { Session } from "./session";
import { cultureOf } from "./culture";
import { viewCells, type CellView } from "./cell-view";
import { fail } from "./errors";
import { SimulatedUser } from "./user";
import { formulasForFile, formulasFromFile } from "./file-formulas";
import { applyStopIfTrue, collectStopIfTrue, readSidecar, writeSidecar, type Sidecar } from "./sidecar";

export interface HostOptions {
  /** ExcelApi level the host claims and enforces; default: the newest in the typings. */
  readonly apiLevel?: string;
  /** Office.context.displayLanguage; default "vi-VN". */
  readonly displayLanguage?: string;
  /** .xlsx bytes to open; default: a new workbook with one sheet. */
  readonly workbook?: Uint8Array;
  readonly platform?: "PC" | "OfficeOnline" | "Mac";
  /**
   * The regional format (Excel.CultureInfo) by which typed numbers and dates are read and numbers
   * shown ("950.000" is 950000 in vi-VN, 950 in en-US); default: the display language.
   */
  readonly locale?: string;
  /**
   * Refuse `protection.unprotect()` on a sheet that is not protected, with AccessDenied, as some
   * Excel builds did (office-js #6784, 2026). Off by default: Microsoft documents unprotecting an
   * unprotected sheet as having no effect. On, it proves the add-in relies on neither behaviour.
   */
  readonly strictUnprotect?: boolean;
}

/** What the client's script defines, read from the scope it ran in. */
export interface ClientGlobals {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  /** The scope whose `Office` the client consults for requirement sets (window in a page, the vm context in node). */
  readonly scope: Record<string, unknown>;
}

export type ClientLoader = (bridge: NativeBridge) => Promise<ClientGlobals>;

const defaultSheetName = (language: string): string => (language.toLowerCase().startsWith("vi") ? "Trang_tính1" : "Sheet1");

export interface Host {
  readonly Excel: typeof Excel;
  readonly Office: OfficeObject;
  readonly OfficeExtension: typeof OfficeExtension;
  readonly apiLevel: ApiLevel;
  readonly instruments: Instruments;
  readonly user: SimulatedUser;
  /** The ExcelJS workbook behind the client (read it in tests; write through the client or the user).
   *  Formula results in it are refreshed at the next request or save(), as calculation is lazy. */
  readonly workbook: ExcelJS.Workbook;
  /** Files passed to Excel.createWorkbook (base64), oldest first. */
  readonly createdWorkbooks: readonly string[];
  /**
   * How the cells of `address` on `sheet` look on screen, row by row: their text, and their fill
   * and font colour after conditional formatting (what a reviewer sees; what the workbench draws).
   */
  view(sheet: string, address: string): CellView[][];
  /** The n-th request from now (1 = the next) fails whole with RequestAborted, nothing of it applied. */
  abortRequest(n: number): void;
  install(target?: Record<string, unknown>): void;
  uninstall(): void;
  save(): Promise<Uint8Array>;
}

export const startHost = async (options: HostOptions, loadClient: ClientLoader): Promise<Host> => {
  const apiLevel = options.apiLevel ?? newestLevel;
  if (!knownLevels.includes(apiLevel)) throw new Error(`Unknown ExcelApi level ${apiLevel}; the typings know ${knownLevels.join(", ")}.`);
  const displayLanguage = options.displayLanguage ?? "vi-VN";
  const workbook = new ExcelJS.Workbook();
  let sidecar: Sidecar = { settings: {}, stopIfTrue: {} };
  if (options.workbook) {
    sidecar = await readSidecar(options.workbook);
    await workbook.xlsx.load(options.workbook as unknown as ArrayBuffer);
    formulasFromFile(workbook);
  } else {
    workbook.addWorksheet(defaultSheetName(displayLanguage));
  }
  const session = new Session(workbook, apiLevel);
  // Files written by ExcelJS (ours and src/xlsx's) carry no cached results and ask for a full
  // calculation on load; Excel computes them when it opens the file, and so does the host.
  session.formulasStale = true;
  session.calculate();
  session.defaultSheetPrefix = defaultSheetName(displayLanguage).replace(/1$/, "");
  session.strictUnprotect = options.strictUnprotect ?? false;
  session.culture = cultureOf(options.locale ?? displayLanguage);
  applyStopIfTrue(workbook, sidecar.stopIfTrue);
  const instruments = new Instruments();
  const bridge = new HostBridgeServer(() => session, instruments);
  const client = await loadClient(bridge);

  // Office.Settings: set/remove change the add-in's copy; only saveAsync puts it in the document
  // (https://learn.microsoft.com/javascript/api/office/office.settings), which save() then writes.
  const settingsStore = new Map<string, unknown>(Object.entries(sidecar.settings));
  let savedSettings: Record<string, unknown> = { ...sidecar.settings };
  const settings = {
    get: (name: string) => (settingsStore.has(name) ? settingsStore.get(name) : null),
    set: (name: string, value: unknown) => void settingsStore.set(name, JSON.parse(JSON.stringify(value))),
    remove: (name: string) => void settingsStore.delete(name),
    saveAsync: (callback?: (r: { status: "succeeded" | "failed" }) => void) => {
      savedSettings = Object.fromEntries(settingsStore);
      setTimeout(() => callback?.({ status: "succeeded" }), 0);
    },
  };
  const office = createOffice({ apiLevel, displayLanguage, platform: options.platform ?? "PC" }, settings);
  // The client asks `window.Office.context.requirements.isSetSupported` before APIs it guards itself.
  client.scope.Office = office;

  // Excel.run is observed through a proxy (the client's own namespace object is left untouched).
  const excel = new Proxy(client.Excel, {
    get(target, key, receiver) {
      if (key !== "run") return Reflect.get(target, key, receiver);
      return (...args: unknown[]) => {
        instruments.beginRun();
        const run = target.run as unknown as (...a: unknown[]) => Promise<unknown>;
        return run.apply(target, args).finally(() => instruments.endRun());
      };
    },
  });

  let installedOn: { target: Record<string, unknown>; previous: Record<string, unknown> } | undefined;
  const host: Host = {
    Excel: excel,
    Office: office,
    OfficeExtension: client.OfficeExtension,
    apiLevel,
    instruments,
    user: new SimulatedUser(session, bridge),
    workbook,
    createdWorkbooks: session.createdWorkbooks,
    abortRequest: (n) => bridge.abortRequest(n),
    view: (sheet, address) => viewCells(session, session.findSheet(sheet) ?? fail("ItemNotFound", `No sheet '${sheet}'.`), address),
    install(target = globalThis as unknown as Record<string, unknown>) {
      const previous = { Excel: target.Excel, Office: target.Office, OfficeExtension: target.OfficeExtension };
      target.Excel = excel;
      target.Office = office;
      target.OfficeExtension = client.OfficeExtension;
      installedOn = { target, previous };
    },
    uninstall() {
      if (!installedOn) return;
      for (const [key, value] of Object.entries(installedOn.previous)) {
        if (value === undefined) delete installedOn.target[key];
        else installedOn.target[key] = value;
      }
      installedOn = undefined;
    },
    async save() {
      session.calculate();
      session.calculation.writeResults();
      const restore = formulasForFile(workbook);
      const buffer = await workbook.xlsx.writeBuffer().finally(restore);
      return writeSidecar(new Uint8Array(buffer as ArrayBuffer), { settings: savedSettings, stopIfTrue: collectStopIfTrue(workbook) });
    },
  };
  return host;
};
