// Office gives add-ins no user identity, so reviewers say who they are once and this computer
// remembers it (localStorage of the pane's origin). Storage may be unavailable (private
// windows, locked-down webviews): then the reviewer is asked each session, never blocked.
import type { Reviewer } from "../../core/review/review-mark";
import { safeStorage } from "../local-store";

const KEY = "chitieu.reviewer.v1";

export function loadReviewer(storage: Storage | null = safeStorage()): Reviewer | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const v: unknown = JSON.parse(raw);
    if (typeof v !== "object" || v === null) return null;
    const { name, role } = v as Record<string, unknown>;
    return typeof name === "string" && typeof role === "string" && name.trim() !== "" ? { name, role } : null;
  } catch {
    return null;
  }
}

export function saveReviewer(r: Reviewer, storage: Storage | null = safeStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ name: r.name, role: r.role }));
  } catch {
    // Quota or a disabled storage: the identity still holds for this session.
  }
}
