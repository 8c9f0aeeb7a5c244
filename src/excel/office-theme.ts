// The Office theme's colours (Office.context.officeTheme), for the pane to match Office. Not
// every host gives them (Excel on the web may not): null then, and the pane keeps its light theme.
export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

export function officeThemeColors(): OfficeThemeColors | null {
  try {
    const t = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
    if (!t || typeof t.bodyBackgroundColor !== "string" || typeof t.bodyForegroundColor !== "string") return null;
    return {
      bodyBackgroundColor: t.bodyBackgroundColor,
      bodyForegroundColor: t.bodyForegroundColor,
      controlBackgroundColor: t.controlBackgroundColor,
      controlForegroundColor: t.controlForegroundColor,
    };
  } catch {
    return null;
  }
}
