// Step 4: the summary for the provincial committee. A preview (the verdict and the counts per
// grade, exactly as the document will say them), then the ways out: a "Tổng hợp" sheet in this
// workbook, a new workbook (ExcelApi 1.8), a download where the host allows one. A report with
// errors leaves only after an explicit "export anyway" (marked unverified); an empty one never.
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { SummaryExportOutcome, SummaryPreview } from "../../excel/addin-api";
import { useStepStyles } from "../components/layout";
import { Notice } from "../components/Notice";
import { useMessages } from "../i18n";
import type { StepProps } from "../session";
import { exportMessages } from "./export-messages";
import { ExportGate } from "./ExportGate";
import { exportAllowed, failureText, outcomeNotice } from "./export-outcome";
import { SummaryPreviewCard } from "./SummaryPreviewCard";
import { ConsolidatePanel } from "../consolidation/ConsolidatePanel";

const useStyles = makeStyles({
  choice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
});

type Action = "sheet" | "workbook" | "download";

export function ExportStep({ api, lang, session, goTo }: StepProps) {
  const m = exportMessages(lang);
  const t = useMessages();
  const s = useStepStyles();
  const st = useStyles();
  const summary = api.summary;
  const sheet = session.sheetName;
  const [preview, setPreview] = useState<SummaryPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<SummaryExportOutcome | null>(null);
  // "Export anyway" holds for the preview it was given on: a new preview asks again.
  const [allowErrors, setAllowErrors] = useState(false);

  const load = useCallback(async () => {
    if (summary === undefined || sheet === null) return;
    setLoading(true);
    setPreviewError(null);
    const result = await summary.preview(sheet, lang);
    setLoading(false);
    setAllowErrors(false);
    if (result.ok) setPreview(result.preview);
    else {
      setPreview(null);
      setPreviewError(failureText(result, m));
    }
  }, [summary, sheet, lang]);

  // The preview follows the latest check: staff who fix a figure see the verdict change here.
  useEffect(() => {
    void load();
  }, [load, session.checkedAt]);

  const run = async (action: Action) => {
    if (summary === undefined || sheet === null) return;
    setBusy(action);
    setOutcome(null);
    const op = action === "sheet" ? summary.writeSheet : action === "workbook" ? summary.openWorkbook : summary.download;
    setOutcome(await op.call(summary, sheet, lang, { allowErrors }));
    setBusy(null);
  };

  if (sheet === null || summary === undefined) {
    return (
      <div className={s.step}>
        <h2 className={s.heading}>{m.heading}</h2>
        {sheet === null ? (
          <Notice intent="info" actions={<Button size="small" onClick={() => goTo("template")}>{t.steps.template}</Button>}>
            {m.noSheet}
          </Notice>
        ) : (
          <Notice intent="warning">{m.unavailable}</Notice>
        )}
        <ConsolidatePanel api={api} lang={lang} />
      </div>
    );
  }

  const canExport = preview !== null && exportAllowed(preview.readiness, allowErrors);
  const notice = outcome === null ? null : outcomeNotice(outcome, m);

  return (
    <div className={s.step}>
      <h2 className={s.heading}>{m.heading}</h2>
      <p className={s.hint}>{m.intro}</p>
      <p className={s.hint}>{m.source(sheet)}</p>
      {loading && <Spinner size="small" label={m.previewing} />}
      {previewError !== null && (
        <Notice intent="error" actions={<Button size="small" onClick={() => void load()}>{m.refresh}</Button>}>{previewError}</Notice>
      )}
      {preview !== null && <SummaryPreviewCard preview={preview} messages={m} onRefresh={() => void load()} refreshing={loading} />}
      {preview !== null && (
        <ExportGate
          readiness={preview.readiness}
          lang={lang}
          messages={m}
          allowErrors={allowErrors}
          onAllowErrors={setAllowErrors}
          onToCheck={() => goTo("check")}
        />
      )}
      <div className={s.section}>
        <div className={st.choice}>
          <Button appearance="primary" disabled={busy !== null || !canExport} onClick={() => void run("sheet")}>
            {busy === "sheet" ? m.working : m.writeSheet}
          </Button>
          <p className={s.hint}>{m.writeSheetHint}</p>
        </div>
        <div className={st.choice}>
          <Button disabled={busy !== null || !canExport || !summary.canOpenWorkbook} onClick={() => void run("workbook")}>
            {busy === "workbook" ? m.working : m.openWorkbook}
          </Button>
          <p className={s.hint}>{summary.canOpenWorkbook ? m.openWorkbookHint : m.openWorkbookUnsupported}</p>
        </div>
        {summary.canDownload && preview !== null && (
          <div className={st.choice}>
            <Button disabled={busy !== null || !canExport} onClick={() => void run("download")}>{busy === "download" ? m.working : m.download}</Button>
            <p className={s.hint}>{m.downloadHint(preview.fileName)}</p>
          </div>
        )}
      </div>
      {notice !== null && (
        <Notice intent={notice.intent} onDismiss={() => setOutcome(null)}>
          <span role="status" data-testid="export-outcome">{notice.text}</span>
          {notice.note !== undefined && <><br />{notice.note}</>}
        </Notice>
      )}
      <ConsolidatePanel api={api} lang={lang} />
    </div>
  );
}
