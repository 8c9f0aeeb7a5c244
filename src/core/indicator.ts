// What an indicator is: the vocabulary every layer shares.
import type { IndicatorGrading } from "./grading/grading-rules";

/** A stable indicator code from the template ("A.1", "C.2.4"). Codes are identifiers: never renumber them. */
export type IndicatorCode = string & { readonly __brand: "IndicatorCode" };
export const indicatorCode = (code: string): IndicatorCode => code as IndicatorCode;

/** A section heading code ("A", "B"). Sections are not indicators: they have no figures. */
export type SectionCode = string & { readonly __brand: "SectionCode" };

/** Text in both catalogue languages. */
export interface LocalText {
  readonly vi: string;
  readonly en: string;
}
export type Lang = keyof LocalText;

/** stock: a level at period end; flow: an amount during the period (summed to year to date); rate: 0..100. */
export type IndicatorKind = "stock" | "flow" | "rate";
/** informational: reported, never planned or graded. */
export type Direction = "higher" | "lower" | "informational";
/** How a figure must look: whole, decimal, a percentage 0..100, or money in whole đồng. */
export type NumberType = "integer" | "decimal" | "percent" | "money";

export interface IndicatorDef {
  readonly code: IndicatorCode;
  readonly name: LocalText;
  readonly unit: LocalText;
  readonly kind: IndicatorKind;
  readonly direction: Direction;
  readonly numberType: NumberType;
  /** Must be filled even when no target is set. */
  readonly required: boolean;
  /** The total this indicator is a "Trong đó" part of. */
  readonly parent?: IndicatorCode;
  /** Ratio (0..1) from which a result below target is only "near" (Gần đạt); the template's default otherwise. */
  readonly nearThreshold?: number;
  /** A shortfall must carry a Giải trình. */
  readonly explanationRequired: boolean;
  /** Template format 2: this indicator's own grading rules (bands, pro-rating, growth by points or ratio). */
  readonly grading?: IndicatorGrading;
  /**
   * Template format 2: the result may be a word ("Xuất siêu", "Hoàn thành", "Đạt") rather than a
   * figure; a word of `accepted` (or the target's own text) is graded Đạt.
   */
  readonly qualitative?: boolean;
  /** Words that count as Đạt for a qualitative indicator, besides the lexicon's defaults. */
  readonly accepted?: readonly string[];
  /** Words that count as Vượt ("Xuất siêu" against a ceiling on the trade deficit), besides the lexicon's defaults. */
  readonly exceeding?: readonly string[];
}

export interface SectionDef {
  readonly code: SectionCode;
  readonly name: LocalText;
  readonly indicators: readonly IndicatorDef[];
}
