// A template being made or edited: plain data the pane edits and the CLI writes, turned into a
// Template only through parseTemplate (so a draft can never produce a file the add-in refuses).
// Codes are identifiers: editing never renumbers them (a reorder moves rows, not codes).
import type { Direction, IndicatorCode, IndicatorKind, LocalText, NumberType } from "../indicator";
import type { CarriedInputs } from "../layout/carried";
import type { PlannedValue } from "../sheet-plan";
import type { IndicatorGrading, TemplateGrading } from "../grading/grading-rules";
import type { ConsistencyRule, ReportType, Template, TemplateFormat } from "../template/template";
import { parseTemplate, type TemplateParse } from "../template/template-schema";

export interface DraftIndicator {
  readonly code: IndicatorCode;
  /** The section's code. */
  readonly section: string;
  readonly name: LocalText;
  readonly unit: LocalText;
  readonly kind: IndicatorKind;
  readonly direction: Direction;
  readonly numberType: NumberType;
  readonly required: boolean;
  readonly explanationRequired: boolean;
  readonly parent?: IndicatorCode;
  readonly nearThreshold?: number;
  /** Template format 2 fields, kept as they are through an edit. */
  readonly grading?: IndicatorGrading;
  readonly qualitative?: boolean;
  readonly accepted?: readonly string[];
  readonly exceeding?: readonly string[];
  /** The source table's row (1-based) it came from; null for one added by hand or read from a file. */
  readonly row: number | null;
}

export interface DraftSection {
  readonly code: string;
  readonly name: LocalText;
  readonly row: number | null;
}

export interface DraftMeta {
  readonly id: string;
  readonly version: string;
  readonly title: LocalText;
  readonly agency: { readonly parent: string; readonly issuing: string };
  readonly place: string;
  readonly reportType: ReportType;
  readonly nearThreshold: number;
  readonly format?: TemplateFormat;
  /** Format 2: the template's grading rules (three or four bands, pro-rating, Vượt from). */
  readonly grading?: TemplateGrading;
}

export interface AuthoringDraft {
  readonly meta: DraftMeta;
  readonly sections: readonly DraftSection[];
  /** In sheet order; each names its section. */
  readonly indicators: readonly DraftIndicator[];
  readonly rules: readonly ConsistencyRule[];
  /** Annual plans read from the table's Kế hoạch column, by code: the first sheet starts with them. */
  readonly plans: Readonly<Record<string, PlannedValue>>;
  /** The year those plans are for ("Kế hoạch năm 2020"), when the table says. */
  readonly planYear: number | null;
}

/** The template's JSON, as the CLI writes it and parseTemplate reads it. Sections without indicators are left out. */
export function draftJson(d: AuthoringDraft): Record<string, unknown> {
  // Format 2 only when something needs it: a format 1 file stays readable by every earlier version.
  const v2 = d.meta.format === 2 || d.meta.grading !== undefined || d.indicators.some((i) => i.grading !== undefined || i.qualitative !== undefined
    || i.accepted !== undefined || i.exceeding !== undefined);
  return {
    ...(v2 ? { format: 2 } : {}),
    id: d.meta.id,
    version: d.meta.version,
    title: d.meta.title,
    agency: d.meta.agency,
    place: d.meta.place,
    reportType: d.meta.reportType,
    nearThreshold: d.meta.nearThreshold,
    sections: d.sections
      .map((s) => ({
        code: s.code,
        name: s.name,
        indicators: d.indicators.filter((i) => i.section === s.code).map((i) => ({
          code: i.code, name: i.name, unit: i.unit, kind: i.kind, direction: i.direction, numberType: i.numberType,
          required: i.required, explanationRequired: i.explanationRequired,
          ...(i.parent !== undefined ? { parent: i.parent } : {}),
          ...(i.nearThreshold !== undefined ? { nearThreshold: i.nearThreshold } : {}),
          ...(i.grading !== undefined ? { grading: i.grading } : {}),
          ...(i.qualitative !== undefined ? { qualitative: i.qualitative } : {}),
          ...(i.accepted !== undefined ? { accepted: i.accepted } : {}),
          ...(i.exceeding !== undefined ? { exceeding: i.exceeding } : {}),
        })),
      }))
      .filter((s) => s.indicators.length > 0),
    rules: d.rules,
    ...(d.meta.grading !== undefined ? { grading: d.meta.grading } : {}),
  };
}

export const draftTemplate = (d: AuthoringDraft): TemplateParse => parseTemplate(draftJson(d));

/** A template opened for editing: the same codes, no source rows, no plans. */
export function draftOfTemplate(t: Template): AuthoringDraft {
  return {
    meta: {
      id: t.id, version: t.version, title: t.title, agency: t.agency, place: t.place, reportType: t.reportType, nearThreshold: t.nearThreshold,
      ...(t.grading !== undefined ? { grading: t.grading } : {}),
      ...(t.format !== undefined ? { format: t.format } : {}),
    },
    sections: t.sections.map((s) => ({ code: s.code, name: s.name, row: null })),
    indicators: t.sections.flatMap((s) => s.indicators.map((i): DraftIndicator => ({ ...i, section: s.code, row: null }))),
    rules: t.rules,
    plans: {},
    planYear: null,
  };
}

/** An edited template is a new minor version: "1.0.0" → "1.1.0". */
export function bumpVersion(version: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return m === null ? "1.0.0" : `${m[1]}.${Number(m[2]) + 1}.0`;
}

/**
 * The table's plans as what the first sheet starts with (the "plan" input by code), only for
 * the year they are for: last year's plans never land in this year's sheet.
 */
export function seedPlans(d: AuthoringDraft, year: number): CarriedInputs {
  if (d.planYear !== null && d.planYear !== year) return {};
  return Object.fromEntries(Object.entries(d.plans).map(([code, plan]) => [code, { plan }]));
}
