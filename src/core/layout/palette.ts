// The colours of the template sheet, defined once: both adapters and the pane's legend use these.
import type { Highlight, HexColor } from "../sheet-plan";

export interface HighlightColors {
  readonly fill: HexColor;
  readonly font: HexColor;
}

/** Excel's own "light red / orange / yellow fill with dark text" presets, so reviewers read them at a glance. */
export const HIGHLIGHT_COLORS: Readonly<Record<Highlight, HighlightColors>> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  shortfall: { fill: "#F8CBAD", font: "#833C0B" },
  near: { fill: "#FFEB9C", font: "#9C5700" },
};

/** Precedence of the conditional formats: the first that holds wins. */
export const HIGHLIGHT_PRECEDENCE: readonly Highlight[] = ["error", "shortfall", "near"];

/** Static fills of the sheet's structure (never on entry cells, which stay white unless a problem colours them). */
export const SHEET_COLORS = {
  headerFill: "#D9E1F2",
  sectionFill: "#EDEDED",
  /** Greyed cells that do not apply to an indicator (the plan of an informational one). */
  notApplicableFill: "#F2F2F2",
  helperFont: "#808080",
} as const satisfies Readonly<Record<string, HexColor>>;

export const SHEET_FONT = "Times New Roman";
