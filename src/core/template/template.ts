// A template: the indicators a department reports, as a versioned data file.
import type { TemplateGrading } from "../grading/grading-rules";
import type { IndicatorCode, LocalText, SectionDef } from "../indicator";

export type TemplateId = string & { readonly __brand: "TemplateId" };

/**
 * The legal basis of the report, which fixes its data window:
 * - "nd09-2019": administrative reports (Nghị định 09/2019/NĐ-CP), Q1 = 15/12 to 14/3;
 * - "tt03-2013": inspection reports (Thông tư 03/2013/TT-TTCP), Q1 = 16/12 to 15/3;
 * - "calendar": sector statistics (Thông tư 04/2022/TT-BTTTT), calendar quarters.
 */
export type ReportType = "nd09-2019" | "tt03-2013" | "calendar";

/** Consistency rules between indicators ("Trong đó" parts, subsets). */
export type ConsistencyRule =
  | { readonly kind: "sum"; readonly total: IndicatorCode; readonly parts: readonly IndicatorCode[] }
  | { readonly kind: "not-exceed"; readonly subset: IndicatorCode; readonly set: IndicatorCode };

/** The template file format: absent is format 1 (wave 1's files, read as before); 2 adds grading rules and qualitative indicators. */
export type TemplateFormat = 1 | 2;
export const TEMPLATE_FORMATS: readonly TemplateFormat[] = [1, 2];

export interface Template {
  /** Absent in format 1 files. */
  readonly format?: TemplateFormat;
  readonly id: TemplateId;
  /** Semantic version of the template data ("1.0.0"). */
  readonly version: string;
  readonly title: LocalText;
  readonly agency: { readonly parent: string; readonly issuing: string };
  readonly place: string;
  readonly reportType: ReportType;
  /** Default ratio (0..1) from which a result below target is "near" rather than a shortfall. */
  readonly nearThreshold: number;
  readonly sections: readonly SectionDef[];
  readonly rules: readonly ConsistencyRule[];
  /** Format 2: the template's grading rules (each indicator may state its own). */
  readonly grading?: TemplateGrading;
}
