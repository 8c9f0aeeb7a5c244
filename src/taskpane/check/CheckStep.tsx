// Step 2: check the sheet; findings by section and severity; a finding selects its cell;
// live re-checks while staff type (src/excel watches the sheet; the pane only listens).
import { Button, Spinner, Switch, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Finding, Severity } from "../../core/finding";
import { useStepStyles } from "../components/layout";
import { Notice } from "../components/Notice";
import { WaitingHint } from "../components/WaitingHint";
import { formatTime, useMessages } from "../i18n";
import type { StepProps } from "../session";
import { countSeverities, groupFindings, SEVERITIES } from "./finding-groups";
import { FindingList } from "./FindingList";
import { FixRequests } from "./FixRequests";
import { latestMarks, openFixRequests, type ReviewMark } from "../../core/review/review-mark";

const useStyles = makeStyles({
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap", justifyContent: "space-between" },
  filters: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  summary: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function CheckStep({ api, session, update, goTo }: StepProps) {
  const t = useMessages();
  const s = useStepStyles();
  const st = useStyles();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [selectFailed, setSelectFailed] = useState(false);
  const [only, setOnly] = useState<Severity | "all">("all");
  const [selected, setSelected] = useState<string | null>(null);
  // The reviewers' marks, read on each visit: the author sees every open fix request with its comment.
  const [marks, setMarks] = useState<readonly ReviewMark[]>([]);
  const sheet = session.sheetName;
  const updateRef = useRef(update);
  updateRef.current = update;

  const run = useCallback(async () => {
    if (sheet === null) return;
    setRunning(true);
    setFailure(null);
    try {
      const outcome = await api.check(sheet);
      if (outcome.ok) updateRef.current({ check: outcome.view, checkedAt: new Date(), liveError: null });
      else setFailure(outcome.detail);
    } catch (e) {
      // The engine's code could not be fetched (a dropped connection): say so, offer a retry.
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  }, [api, sheet]);

  // The first visit checks at once: nobody should have to press a button to see the state.
  const checkedOnce = session.check !== null && session.check.sheetName === sheet;
  useEffect(() => {
    if (!checkedOnce) void run();
  }, [sheet]);


  useEffect(() => {
    let live = true;
    void api.readReviewMarks().then((r) => live && r.ok && setMarks(r.marks), () => undefined);
    return () => { live = false; };
  }, [api]);
  const requests = useMemo(() => {
    const open = openFixRequests(latestMarks(marks));
    return sheet === null ? open : open.filter((m) => m.cell.startsWith(`'${sheet}'!`) || m.cell.startsWith(`${sheet}!`));
  }, [marks, sheet]);

  const view = session.check;
  const groups = useMemo(() => (view === null ? [] : groupFindings(view, only)), [view, only]);
  const counts = useMemo(() => countSeverities(view?.findings ?? []), [view]);

  const select = async (f: Finding, id: string) => {
    setSelected(id);
    const r = await api.selectCell(f.cell);
    setSelectFailed(!r.ok);
  };

  if (sheet === null) {
    return (
      <div className={s.step}>
        <h2 className={s.heading}>{t.check.heading}</h2>
        <Notice intent="info" actions={<Button size="small" onClick={() => goTo("template")}>{t.steps.template}</Button>}>
          {t.check.noSheet}
        </Notice>
      </div>
    );
  }

  return (
    <div className={s.step}>
      <h2 className={s.heading}>{t.check.heading}</h2>
      <p className={s.hint}>{t.check.sheet(sheet)}</p>
      <div className={st.toolbar}>
        <Button appearance="primary" disabled={running} onClick={() => void run()}>{running ? t.check.running : t.check.run}</Button>
        <Switch checked={session.live} label={t.check.live} onChange={(_, d) => update({ live: d.checked, liveError: null })} />
      </div>
      {running && <Spinner size="small" label={t.check.running} />}
      <WaitingHint busy={running} />
      {session.liveError !== null && failure === null && (
        <Notice intent="error" actions={<Button size="small" onClick={() => void run()}>{t.retry}</Button>}>
          {t.check.failed(session.liveError)}
        </Notice>
      )}
      {failure !== null && (
        <Notice intent="error" actions={<Button size="small" onClick={() => void run()}>{t.retry}</Button>}>
          {t.check.failed(failure)}
        </Notice>
      )}
      <FixRequests
        requests={requests}
        figureAt={(cell) => (view === null ? null : view.figureAt(cell))}
        onSelect={(cell) => void api.selectCell(cell).then((r) => setSelectFailed(!r.ok))}
      />
      {selectFailed && <Notice intent="warning" onDismiss={() => setSelectFailed(false)}>{t.check.selectFailed}</Notice>}
      {view !== null && (
        <>
          <div className={st.toolbar}>
            <p className={st.summary} role="status" data-testid="check-summary">{t.check.summary(view.findings.length)}</p>
            {session.checkedAt !== null && <span className={s.hint}>{t.check.checkedAt(formatTime(session.checkedAt))}</span>}
          </div>
          {view.findings.length > 0 && (
            <>
              <div className={st.filters} role="group" aria-label={t.check.filter}>
                <ToggleButton size="small" checked={only === "all"} onClick={() => setOnly("all")}>
                  {`${t.check.all} (${view.findings.length})`}
                </ToggleButton>
                {SEVERITIES.map((sv) => (
                  <ToggleButton key={sv} size="small" checked={only === sv} disabled={counts[sv] === 0} onClick={() => setOnly(sv)}>
                    {`${t.severityPlural[sv]} (${counts[sv]})`}
                  </ToggleButton>
                ))}
              </div>
              <p className={s.hint}>{t.check.selectHint}</p>
              <FindingList groups={groups} view={view} selected={selected} onSelect={(f, id) => void select(f, id)} />
              <div className={s.actions}>
                <Button onClick={() => goTo("review")}>{t.check.toReview}</Button>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
