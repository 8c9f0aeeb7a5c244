// What this computer remembers for the pane (localStorage of the pane's origin): the reviewer's
// identity, the language chosen with the switch. Storage may be missing or refuse (private
// windows, locked-down webviews, a full quota): then nothing is remembered, and nothing breaks.

/** localStorage, or null where touching it throws or it does not exist. */
export function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
