// The Office theme's colours (Office.context.officeTheme), for the pane to match Office. Not
// every host gives them (Excel on the web may not): null then, and the pane keeps its light theme.
//
// Read once, when the pane opens. A theme changed while the pane is open is not followed, because
// Excel does not tell add-ins: Office.EventType.OfficeThemeChanged belongs to the Mailbox 1.14
// requirement set, registered through Office.context.mailbox.addHandlerAsync, and Microsoft's
// Office.EventType reference says only Outlook task panes support the Mailbox event types. Excel's
// Document.addHandlerAsync offers no theme event either. The pane takes the new theme the next
// time it opens; polling Office.context.officeTheme would cost a timer for a rare change.
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
