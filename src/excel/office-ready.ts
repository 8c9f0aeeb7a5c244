// The Office.onReady wrapper: the only way the add-in waits for Office. Office.initialize is
// not used (Microsoft recommends onReady: it can be awaited and called more than once).
// Outside Office (the pane opened in a plain browser, or office.js failed to load), onReady
// still resolves, with a null host; the pane then says it must be opened in Excel.

export interface OfficeReadyInfo {
  /** True only when office.js says the host is Excel. */
  readonly inExcel: boolean;
  /** Office.HostType as a string ("Excel"), or null outside Office. */
  readonly host: string | null;
  /** Office.PlatformType as a string ("PC", "OfficeOnline", "Mac"...), or null outside Office. */
  readonly platform: string | null;
}

const OUTSIDE_OFFICE: OfficeReadyInfo = { inExcel: false, host: null, platform: null };

let ready: Promise<OfficeReadyInfo> | null = null;

/** Resolves once Office is ready (or at once outside Office). Memoised: every caller gets the same answer. */
export function officeReady(): Promise<OfficeReadyInfo> {
  if (ready === null) ready = waitForOffice();
  return ready;
}

/** For tests that install a new stand-in host in the same process. */
export function resetOfficeReady(): void {
  ready = null;
}

async function waitForOffice(): Promise<OfficeReadyInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return OUTSIDE_OFFICE;
  const info = await Office.onReady();
  const host = info.host ? String(info.host) : null;
  const platform = info.platform ? String(info.platform) : null;
  // Office.HostType.Excel is the string "Excel"; comparing with the string keeps this working
  // where the enum object is missing (outside Office, office.js may omit HostType).
  return { inExcel: host === "Excel", host, platform };
}
