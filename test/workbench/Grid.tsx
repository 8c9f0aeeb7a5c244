// A simple editable grid of the stand-in workbook: sheet tabs, then the active sheet's visible
// cells. Typing a cell and pressing Enter (or leaving it) is host.user.type, so the add-in sees
// the edit exactly as it would see a user's typing in Excel (change events, data validation).
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Host } from "../host";
import { gridView, type GridView } from "./sheet-view";

export interface GridProps {
  readonly host: Host;
  /** Bumped by the page whenever the workbook may have changed. */
  readonly version: number;
  readonly onEdited: () => void;
}

const visibleSheets = (host: Host): string[] => host.workbook.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name);

export function Grid({ host, version, onEdited }: GridProps) {
  const [sheet, setSheet] = useState<string>(() => visibleSheets(host)[0] ?? "");
  const [alert, setAlert] = useState<string | null>(null);
  const sheets = visibleSheets(host);

  // Follow the add-in: a sheet it creates, or the sheet of a cell it selects, becomes the one shown.
  const selection = host.user.selection();
  const selectedSheet = selection?.slice(0, selection.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'");
  const known = useRef<string[]>(sheets);
  const sheetList = sheets.join("|");
  useEffect(() => {
    const added = sheets.filter((n) => !known.current.includes(n));
    known.current = sheets;
    if (added.length > 0) setSheet(added[added.length - 1]);
    else if (!sheets.includes(sheet) && sheets.length > 0) setSheet(sheets[sheets.length - 1]);
  }, [sheetList]);
  useEffect(() => {
    if (selectedSheet && sheets.includes(selectedSheet)) setSheet(selectedSheet);
  }, [selection]);

  const ws = host.workbook.getWorksheet(sheet);
  const view: GridView | null = ws ? gridView(host, ws) : null;
  const selectedCell = selectedSheet === sheet ? selection?.slice(selection.lastIndexOf("!") + 1) : undefined;
  void version;

  const commit = useCallback(async (address: string, text: string, previous: string) => {
    if (text === previous) return;
    const r = await host.user.type(sheet, address, text);
    setAlert(r.alert ? `${r.alert.title ?? ""} ${r.alert.message ?? ""}`.trim() : null);
    onEdited();
  }, [host, sheet, onEdited]);

  const onKey = (e: KeyboardEvent<HTMLInputElement>, previous: string) => {
    const input = e.currentTarget;
    if (e.key === "Escape") {
      input.value = previous;
      input.blur();
    } else if (e.key === "Enter") {
      e.preventDefault();
      input.blur(); // blur commits
      const below = document.querySelector<HTMLInputElement>(`[data-row="${Number(input.dataset.row) + 1}"][data-col="${input.dataset.col}"]`);
      below?.focus();
    }
  };

  return (
    <section className="grid" aria-label="Workbook">
      <div className="tabs" role="tablist" aria-label="Sheets">
        {sheets.map((name) => (
          <button key={name} role="tab" aria-selected={name === sheet} onClick={() => setSheet(name)}>{name}</button>
        ))}
      </div>
      {alert !== null && <p className="alert" role="status">{alert}</p>}
      {view !== null && (
        <div className="scroll">
          <table>
            <thead>
              <tr>
                <th aria-label="Row" />
                {view.columns.map((c) => <th key={c.letter} style={{ minWidth: `${c.width * 7}px` }}>{c.letter}</th>)}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.row}>
                  <th>{r.row}</th>
                  {r.cells.map((c) => (
                    <td key={`${c.address}:${c.text}`} className={c.address === selectedCell ? "selected" : undefined}
                      colSpan={c.span?.columns} rowSpan={c.span?.rows} data-cell={c.address} data-fill={c.fill ?? undefined}
                      style={{ ...(c.fill ? { background: c.fill } : {}), ...(c.fontColor ? { color: c.fontColor } : {}) }}>
                      <input
                        aria-label={`${sheet}!${c.address}`}
                        data-address={c.address}
                        data-row={r.row}
                        data-col={c.address.replace(/\d+$/, "")}
                        defaultValue={c.text}
                        readOnly={c.locked || c.formula}
                        title={c.text}
                        onKeyDown={(e) => onKey(e, c.text)}
                        onBlur={(e) => void commit(c.address, e.currentTarget.value, c.text)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
