// The workbench: the real task pane (src/taskpane, through src/excel) against the stand-in host
// in a browser page, beside an editable grid of the workbook, so the whole flow can be tried and
// screenshotted without Excel. Never referenced by the production manifest.
//   ?lang=en      Office in English (default vi-VN)
//   ?level=1.7    the ExcelApi level the host claims (default: the newest)
//   ?width=320    the pane's width in pixels (default 360)
//   ?theme=dark   Office's dark ("Black") theme, as Office.context.officeTheme reports it
//   ?locale=en-US the workbook's regional format, how typed figures are read (default: the language)
import { useCallback, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { col, ROLE_COLUMN, columnLetter, tableRows } from "../../src/core/layout";
import { HIGHLIGHT_COLORS } from "../../src/core/layout/palette";
import type { InputRole } from "../../src/core/reading";
import { bootPane } from "../../src/taskpane/boot";
import { connectOffice } from "../../src/taskpane/connect";
import type { Host } from "../host";
import { startHost } from "../host/engine/host";
import { Grid } from "./Grid";
import { loadClientInPage } from "./load-client";

const params = new URLSearchParams(location.search);
const displayLanguage = params.get("lang") === "en" ? "en-US" : "vi-VN";
const apiLevel = params.get("level") ?? undefined;
/** The workbook's regional format (how typing is read, numbers shown); default: the display language. */
const locale = params.get("locale") ?? displayLanguage;
const paneWidth = Number(params.get("width") ?? "360");
const SAVED_KEY = "workbench.workbook";
/** The colours desktop Office reports for its Black theme (the stand-in host reports no theme). */
const DARK_OFFICE_THEME = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF" };

const toBase64 = (bytes: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromBase64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** Where an indicator's input sits in the built-in template's sheet ("I9"), for tests and tinkering. */
function addressOf(code: string, role: InputRole): string | null {
  const row = tableRows(defaultTemplate()).find((r) => r.kind === "indicator" && r.indicator.code === code);
  return row === undefined ? null : `${columnLetter(col(ROLE_COLUMN[role]))}${row.row}`;
}

function Bench({ host }: { readonly host: Host }) {
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  // The add-in writes through Excel.run: follow the host's request count to refresh the grid.
  useEffect(() => {
    let seen = host.instruments.requests.length;
    const timer = setInterval(() => {
      if (host.instruments.requests.length !== seen) {
        seen = host.instruments.requests.length;
        bump();
      }
    }, 200);
    return () => clearInterval(timer);
  }, [host, bump]);

  const download = async () => {
    const url = URL.createObjectURL(new Blob([(await host.save()) as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "workbench.xlsx";
    a.click();
    URL.revokeObjectURL(url);
  };
  const reopen = async () => {
    sessionStorage.setItem(SAVED_KEY, toBase64(await host.save()));
    location.reload();
  };
  const open = async (file: File) => {
    sessionStorage.setItem(SAVED_KEY, toBase64(new Uint8Array(await file.arrayBuffer())));
    location.reload();
  };
  const other = new URLSearchParams(location.search);
  other.set("lang", displayLanguage === "vi-VN" ? "en" : "vi");

  return (
    <>
      <div className="bar" role="toolbar" aria-label="Workbench">
        <strong>Chỉ Tiêu workbench</strong>
        <span className="facts">stand-in Excel host · ExcelApi {host.apiLevel} · {displayLanguage} · regional format {locale}</span>
        <button onClick={() => void download()}>Save .xlsx</button>
        <button onClick={() => void reopen()}>Save and reopen</button>
        <label className="file">Open .xlsx <input type="file" accept=".xlsx" onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])} /></label>
        <a href={`?${other.toString()}`}>{displayLanguage === "vi-VN" ? "English Office" : "Office tiếng Việt"}</a>
      </div>
      <Grid host={host} version={version} onEdited={bump} />
    </>
  );
}

async function start(): Promise<void> {
  const saved = sessionStorage.getItem(SAVED_KEY);
  sessionStorage.removeItem(SAVED_KEY);
  const host = await startHost({ displayLanguage, locale, apiLevel, workbook: saved ? fromBase64(saved) : undefined }, loadClientInPage);
  if (params.get("theme") === "dark") Object.assign(host.Office.context, { officeTheme: DARK_OFFICE_THEME });
  host.install(window as unknown as Record<string, unknown>);
  const pane = document.getElementById("pane") as HTMLElement;
  pane.style.width = `${paneWidth}px`;
  Object.assign(window, {
    workbench: {
      host,
      addressOf,
      /** Core's highlight colours (src/core/layout/palette.ts), for tests that check what the grid draws. */
      palette: HIGHLIGHT_COLORS,
      save: async () => toBase64(await host.save()),
      reopenWith: (b64: string) => {
        sessionStorage.setItem(SAVED_KEY, b64);
        location.reload();
      },
      setPaneWidth: (px: number) => void (pane.style.width = `${px}px`),
    },
  });
  createRoot(document.getElementById("bench") as HTMLElement).render(<Bench host={host} />);
  await bootPane(pane, connectOffice);
  document.body.dataset.ready = "true";
}

void start().catch((e: unknown) => {
  document.body.dataset.ready = "failed";
  const p = document.createElement("pre");
  p.textContent = `The workbench could not start: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
  document.body.prepend(p);
});
