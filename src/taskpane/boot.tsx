// Renders the pane once Office is ready and the API object exists (script-lab style): until
// then the page shows the plain "loading" text of taskpane.html, never a blank pane.
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/indicator";
import { App } from "./App";
import type { PaneApi } from "./pane-api";

export async function bootPane(container: HTMLElement, makeApi: () => Promise<PaneApi>, initialLang?: Lang): Promise<void> {
  const api = await makeApi();
  // Tells taskpane.html's old-webview guard that the modern pane started.
  (window as unknown as { __chitieuStarted?: boolean }).__chitieuStarted = true;
  createRoot(container).render(<App api={api} initialLang={initialLang} />);
}
