// The shape of a pane catalogue: vi.ts and en.ts both satisfy it, so a string missing in one
// language is a type error rather than a blank label.
import type { RuleId, Severity } from "../../core/finding";
import type { Grade } from "../../core/grading/grade";
import type { Lang } from "../../core/indicator";
import type { ReviewStatus } from "../../core/review/review-mark";
import type { TemplateErrorCode } from "../../core/template/template-error";
import type { StatusMessages } from "../status/status-messages";
import type { ConsolidationMessages } from "../consolidation/consolidation-messages";

type Text = string;
type Fn1 = (a: string) => string;

export interface Messages {
  readonly lang: Lang;
  readonly appTitle: Text;
  readonly appSubtitle: Text;
  readonly languageSwitch: Text;
  readonly languageSwitchLabel: Text;
  readonly steps: Readonly<Record<"template" | "author" | "check" | "review" | "export", Text>>;
  readonly stepsLabel: Text;
  readonly loadingStep: Text;
  readonly stepLoadFailed: Text;
  readonly retry: Text;
  /** Shown when Excel has not answered for a while: most often a cell still being typed in. */
  readonly waitingForExcel: Text;
  readonly dismiss: Text;
  readonly outsideExcelTitle: Text;
  readonly outsideExcelBody: Text;
  readonly oldExcelTitle: Text;
  readonly oldExcelBody: Text;
  readonly template: {
    readonly heading: Text; readonly source: Text; readonly builtin: Text; readonly fromFile: Text; readonly chooseFile: Text;
    readonly fileLoaded: Fn1; readonly fileNotJson: Fn1; readonly fileErrorsTitle: (n: number) => string; readonly wholeFile: Text;
    readonly year: Text; readonly yearInvalid: Text; readonly period: Text; readonly window: (from: string, to: string) => string;
    readonly existing: Text; readonly existingNone: Text; readonly useSheet: Fn1;
    readonly details: Text; readonly detailsHint: Text; readonly detailsEdit: Text; readonly detailsHide: Text; readonly detailsEmpty: Text; readonly number: Text; readonly numberPlaceholder: Text; readonly place: Text;
    readonly date: Text; readonly datePlaceholder: Text; readonly dateUnreadable: Text; readonly dateImpossible: Fn1; readonly dateRead: Fn1; readonly estimate: Text; readonly signerTitle: Text; readonly signerName: Text; readonly recipients: Text;
    readonly load: Text; readonly loading: Text; readonly loaded: Fn1; readonly carried: Fn1;
    readonly existsTitle: Fn1; readonly nameTaken: Fn1; readonly existsBody: Text; readonly replace: Text; readonly cancel: Text;
    readonly loadFailed: Fn1; readonly detailsSaveFailed: Text;
    /** Keyed by the step keys src/excel reports (LOAD_STEPS). */
    readonly progress: Readonly<Record<"load.reading" | "load.writing" | "load.done", Text>>;
  };
  readonly check: {
    readonly heading: Text; readonly noSheet: Text; readonly sheet: Fn1; readonly run: Text; readonly running: Text;
    readonly live: Text; readonly liveOn: Text; readonly summary: (n: number) => string; readonly filter: Text; readonly all: Text;
    readonly findingsLabel: Text; readonly otherSection: Text; readonly selectHint: Text; readonly selectFailed: Text; readonly failed: Fn1;
    readonly checkedAt: Fn1; readonly toReview: Text;
  };
  readonly severity: Readonly<Record<Severity, Text>>;
  readonly severityPlural: Readonly<Record<Severity, Text>>;
  readonly grade: Readonly<Record<Grade, Text>>;
  readonly review: {
    readonly heading: Text; readonly noFindings: Text; readonly progress: (done: number, total: number) => string;
    readonly position: (i: number, n: number) => string; readonly previous: Text; readonly next: Text; readonly shortcuts: Text;
    readonly figure: Text; readonly target: Text; readonly grade: Text; readonly message: Text; readonly explanation: Text;
    readonly noExplanation: Text; readonly empty: Text; readonly comment: Text;
    readonly status: Readonly<Record<ReviewStatus, Text>>;
    /** A mark as it stands ("Accepted"), where status holds the button's verb ("Accept"). */
    readonly statusDone: Readonly<Record<ReviewStatus, Text>>;
    readonly markedBy: (status: string, name: string, role: string, date: string) => string;
    readonly stale: Text; readonly saving: Text; readonly saved: Text; readonly saveFailed: Fn1; readonly readFailed: Fn1;
    readonly whoTitle: Text; readonly whoHint: Text; readonly name: Text; readonly role: Text; readonly rolePlaceholder: Text;
    /** Every flagged cell has a current mark: what comes next. */
    readonly allDone: (n: number) => string;
    readonly start: Text; readonly change: Text; readonly whoIs: (name: string, role: string) => string; readonly needName: Text;
    /** Fix requests (issue 12): a request needs its comment; open ones hold the review open and show in Check. */
    readonly commentNeeded: Text; readonly openRequests: (n: number) => string;
    readonly fixRequestsHeading: (n: number) => string; readonly fixRequestBy: (cell: string, code: string, name: string, role: string) => string;
    readonly fixRequestStale: Text;
  };
  /** Issue 14: the report's status (submit, return, approve). */
  readonly reportStatus: StatusMessages;
  /** Issue 14: consolidating many units' workbooks (in the Export step). */
  readonly consolidation: ConsolidationMessages;
  readonly templateError: Readonly<Record<Exclude<TemplateErrorCode, "wrong-type" | "not-allowed" | "bad-format" | "out-of-range">, Text>> & {
    readonly "wrong-type": Fn1; readonly "not-allowed": Fn1; readonly "bad-format": Fn1; readonly "out-of-range": Fn1; readonly value: Fn1;
  };
  readonly rule: Readonly<Record<RuleId, Text>>;
}
