// Consolidating many units' workbooks from the pane: the provincial office picks the files the
// departments (or districts) sent, and the add-in writes one sheet with them side by side. Files
// of another template or period are listed as left out, never mixed in. The files picked stay
// chosen after a failure, so trying again needs no second search through the folders.
import { Button, Spinner } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { CONSOLIDATION_WORDS } from "../../core/i18n/consolidation-words";
import type { Lang } from "../../core/indicator";
import type { ConsolidateFilesOutcome, PickedFile } from "../../excel/consolidate-files";
import { useStepStyles } from "../components/layout";
import { Notice } from "../components/Notice";
import { useMessages } from "../i18n";
import type { PaneApi } from "../pane-api";

export function ConsolidatePanel({ api, lang }: { readonly api: PaneApi; readonly lang: Lang }) {
  const m = useMessages().consolidation;
  const s = useStepStyles();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ConsolidateFilesOutcome | null>(null);
  const consolidation = api.consolidation;
  if (consolidation === undefined) return null;

  const pick = async (list: FileList | null) => {
    if (list === null) return;
    const picked = await Promise.all(Array.from(list).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    setFiles(picked);
    setOutcome(null);
  };
  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await consolidation.run(files, lang));
    } catch (e) {
      // A chunk that failed to load, a file the browser could not read: said, and the files stay chosen.
      setOutcome({ ok: false, reason: "host-error", detail: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const words = CONSOLIDATION_WORDS[lang];
  const result = outcome?.ok === true ? outcome.consolidation : outcome?.reason === "no-report" ? outcome.consolidation : null;
  const leftOut = result?.files.filter((f) => !f.included) ?? [];

  return (
    <section className={s.section} aria-labelledby="consolidate-heading" data-testid="consolidate">
      <h3 id="consolidate-heading" className={s.subheading}>{m.heading}</h3>
      <p className={s.hint}>{m.hint}</p>
      <input ref={input} type="file" accept=".xlsx" multiple hidden aria-hidden="true" tabIndex={-1}
        onChange={(e) => void pick(e.currentTarget.files)} data-testid="consolidate-files" />
      <div className={s.actions}>
        <Button onClick={() => input.current?.click()}>{m.choose}</Button>
        {/* Not primary: the step's one primary action is the summary of this workbook's report. */}
        <Button disabled={files.length === 0 || busy} onClick={() => void run()}>{busy ? m.working : m.run}</Button>
        {busy && <Spinner size="tiny" />}
      </div>
      {files.length > 0 && <p className={s.hint} aria-live="polite">{m.chosen(files.length)}</p>}
      {outcome?.ok === true && (
        <Notice intent="success">
          <span role="status" data-testid="consolidate-outcome">
            {m.wrote(outcome.sheetName, outcome.consolidation.files.filter((f) => f.included).length, leftOut.length)}
          </span>
        </Notice>
      )}
      {outcome?.ok === false && outcome.reason === "no-report" && <Notice intent="error">{m.noReport}</Notice>}
      {outcome?.ok === false && outcome.reason === "host-error" && <Notice intent="error">{m.failed(outcome.detail)}</Notice>}
      {leftOut.length > 0 && (
        <Notice intent="warning" title={m.leftOut}>
          <ul className={s.list} data-testid="consolidate-left-out">
            {leftOut.map((f) => <li key={f.file}>{f.file}: {words.excluded[f.excluded ?? "unusable"](f.detail ?? "")}</li>)}
          </ul>
        </Notice>
      )}
    </section>
  );
}
