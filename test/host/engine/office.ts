// The small `Office` object a task pane sees: onReady, context (display language, requirements,
// diagnostics, document settings) and the enums the add-in reads. office.js proper would talk to a
// host frame; here the host is in-process.
import { compareLevels, type ApiLevel } from "./api-levels";

export interface OfficeFacts {
  readonly apiLevel: ApiLevel;
  readonly displayLanguage: string;
  readonly platform: "PC" | "OfficeOnline" | "Mac";
}

export interface Settings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: "succeeded" | "failed" }) => void): void;
}

export const createOffice = (facts: OfficeFacts, settings: Settings) => {
  const info = { host: "Excel", platform: facts.platform };
  const requirements = {
    /** Agrees with the engine: ExcelApi up to the host's level; of other sets only the client's internal DelayForCellEdit. */
    isSetSupported(name: string, version?: string | number): boolean {
      // The client sets the delayForCellEdit request flag only where this set is claimed; Excel.RunOptions
      // documents the option with no requirement set, and the host honours it at every level.
      if (name.toLowerCase() === "delayforcelledit") return true;
      if (name.toLowerCase() !== "excelapi") return false;
      if (version === undefined || version === null || version === "") return true;
      return compareLevels(String(version), facts.apiLevel) <= 0;
    },
  };
  return {
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: facts.displayLanguage,
      contentLanguage: facts.displayLanguage,
      host: "Excel",
      platform: facts.platform,
      requirements,
      diagnostics: { host: "Excel", platform: facts.platform, version: "16.0.0.0 (stand-in)" },
      document: { settings, mode: "readWrite" },
    },
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged", SettingsChanged: "settingsChanged" },
  };
};

export type OfficeObject = ReturnType<typeof createOffice>;
