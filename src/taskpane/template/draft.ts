// What the user has chosen and typed on the Template step and not yet turned into a sheet. It
// lives in the session, not in the step, so a look at another step (which unmounts this one)
// loses none of it.
import type { PeriodKind } from "../../core/periods/period";
import type { ReportDetails } from "../../core/reading";
import type { Template } from "../../core/template/template";
import type { TemplateError } from "../../core/template/template-error";
import { blankDetails } from "./details";
import { defaultPeriod } from "./period-choice";

/** The template source: the built-in one, or a file the user opened (good or not). */
export type FileState =
  | { readonly kind: "none" }
  | { readonly kind: "loaded"; readonly name: string; readonly template: Template }
  | { readonly kind: "not-json"; readonly name: string }
  | { readonly kind: "invalid"; readonly name: string; readonly errors: readonly TemplateError[] };

export interface TemplateDraft {
  readonly yearText: string;
  readonly kind: PeriodKind;
  readonly details: ReportDetails;
  /** Once the user edits the details, the ones stored in the workbook no longer replace them. */
  readonly detailsTouched: boolean;
  /** Once the user picks a year or period, the one suggested from the workbook no longer replaces it. */
  readonly periodTouched: boolean;
  readonly file: FileState;
}

export function initialDraft(builtin: Template, today: Date): TemplateDraft {
  const p = defaultPeriod(today);
  return { yearText: String(p.year), kind: p.kind, details: blankDetails(builtin), detailsTouched: false, periodTouched: false, file: { kind: "none" } };
}

/** The template the draft would load: null while an opened file is unusable. */
export const draftTemplate = (d: TemplateDraft, builtin: Template): Template | null =>
  d.file.kind === "none" ? builtin : d.file.kind === "loaded" ? d.file.template : null;
