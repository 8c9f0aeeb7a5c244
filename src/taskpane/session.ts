// What the steps share while the pane is open: the report sheet in use and the last check.
import type { Lang } from "../core/indicator";
import type { CheckView, PaneApi } from "./pane-api";
import type { TemplateDraft } from "./template/draft";

export interface Session {
  /** The report sheet the user created or chose; null until then. */
  readonly sheetName: string | null;
  /** The latest check of that sheet (a manual run or a live update). */
  readonly check: CheckView | null;
  readonly checkedAt: Date | null;
  /** Re-check as staff type (on by default); the pane watches the sheet while this is on. */
  readonly live: boolean;
  /** Why the last live re-check failed, until the next one succeeds. */
  readonly liveError: string | null;
  /** The Template step's choices and typing not yet loaded; null until that step first opens. */
  readonly templateDraft: TemplateDraft | null;
  /** Review comments typed and not yet saved with a mark, by cell; and the cell the walk is on. */
  readonly reviewComments: Readonly<Record<string, string>>;
  readonly reviewAt: string | null;
  /** Issue 14: the status panel's note and reasons typed and not yet saved, by sheet and field. */
  readonly statusDrafts?: Readonly<Record<string, string>>;
}

export const EMPTY_SESSION: Session = { sheetName: null, check: null, checkedAt: null, live: true, liveError: null, templateDraft: null, reviewComments: {}, reviewAt: null };

export type StepId = "template" | "author" | "check" | "review" | "export";

export interface StepProps {
  readonly api: PaneApi;
  readonly lang: Lang;
  readonly session: Session;
  /** A patch, or a function of the current session (for changes that depend on it). */
  readonly update: (patch: Partial<Session> | ((s: Session) => Partial<Session>)) => void;
  readonly goTo: (step: StepId) => void;
}
