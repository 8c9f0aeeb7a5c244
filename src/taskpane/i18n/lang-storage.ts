// The language chosen with the switch, remembered on this computer: a clerk whose Office is in
// English but who works in Vietnamese switches once, not every time the pane opens. Only a
// choice made with the switch is stored; until then the pane follows Office's language.
import type { Lang } from "../../core/indicator";
import { safeStorage } from "../local-store";

const KEY = "chitieu.lang.v1";

/** The language chosen on this computer, or null when none was (or storage is unavailable). */
export function loadLang(storage: Storage | null = safeStorage()): Lang | null {
  try {
    const v = storage?.getItem(KEY);
    return v === "vi" || v === "en" ? v : null;
  } catch {
    return null;
  }
}

export function saveLang(lang: Lang, storage: Storage | null = safeStorage()): void {
  try {
    storage?.setItem(KEY, lang);
  } catch {
    // Quota or a disabled storage: the choice still holds until the pane closes.
  }
}
