// The report's status at the top of the Review step: where the report stands (Đang nhập, Đã gửi,
// Trả lại with the reasons, Đã duyệt), the actions that lead on from there, the findings that
// block an action when core refuses it, and what changed: since the last round (what the reviewer
// of this round looks at) and since approval ("đã thay đổi sau khi duyệt"). Core decides; this
// panel shows and asks. What the user types stays in the session until it is saved.
import { Button, Field, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../../core/finding";
import { findingMessage, roleLabel } from "../../core/i18n";
import { STATUS_CATALOGS } from "../../core/i18n/status-catalog";
import type { Lang } from "../../core/indicator";
import type { MarkedFigure, Reviewer } from "../../core/review/review-mark";
import type { FigureChange } from "../../core/status/report-figures";
import type { RoundChange, StatusAction, StatusRefusal } from "../../core/status/report-status";
import { refusalMessage, statusLine, vietnamMoment } from "../../core/status/status-words";
import type { StatusView } from "../../core/status/status-view";
import { useStepStyles } from "../components/layout";
import { Notice } from "../components/Notice";
import { formatNumber, useMessages, type Messages } from "../i18n";
import type { StepProps } from "../session";

const useStyles = makeStyles({
  line: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Foreground2, not 3: the panel sits on Background2, where Foreground3 falls short of 4.5:1.
  by: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

function showFigure(f: MarkedFigure | undefined, lang: Lang, t: Messages["reportStatus"]): string {
  if (f === undefined) return t.absent;
  if (f === null) return t.empty;
  if (typeof f === "number") return formatNumber(f, lang, 6);
  return typeof f === "boolean" ? String(f) : `“${f}”`;
}

/** Which actions a state offers: the primary one first. */
const ACTIONS: Readonly<Record<StatusView["status"]["state"], readonly StatusAction[]>> = {
  draft: ["submit"],
  returned: ["submit"],
  submitted: ["approve", "return"],
  approved: ["return"],
};

export interface ReportStatusPanelProps extends Pick<StepProps, "api" | "lang" | "session" | "update"> {
  readonly sheetName: string;
  readonly actor: Reviewer;
}

export function ReportStatusPanel({ api, lang, session, update, sheetName, actor }: ReportStatusPanelProps) {
  const t = useMessages();
  const m = t.reportStatus;
  const s = useStepStyles();
  const st = useStyles();
  const words = STATUS_CATALOGS[lang];
  const status = api.status;
  const [view, setView] = useState<StatusView | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<StatusRefusal | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  // Re-read whenever the check changes (a live re-check after staff typed): a figure changed after
  // approval shows at once. Only the latest read is shown.
  const latest = useRef(0);
  useEffect(() => {
    if (status === undefined) return;
    const n = ++latest.current;
    void status.read(sheetName).then(
      (r) => {
        if (n !== latest.current) return;
        if (r.ok) {
          setView(r.view);
          setReadError(null);
        } else setReadError(r.detail);
      },
      (e: unknown) => n === latest.current && setReadError(e instanceof Error ? e.message : String(e)),
    );
  }, [status, sheetName, session.check]);

  const draftKey = (field: "note" | "reasons") => `${sheetName}\u0000${field}`;
  const draft = (field: "note" | "reasons") => session.statusDrafts?.[draftKey(field)] ?? "";
  const setDraft = useCallback((key: string, text: string) =>
    update((ss) => ({ statusDrafts: { ...(ss.statusDrafts ?? {}), [key]: text } })), [update]);

  const names = new Map((session.check?.indicators ?? []).map((i) => [i.code as string, i.name[lang]]));

  const act = async (action: StatusAction) => {
    if (status === undefined || saving) return;
    const field = action === "return" ? "reasons" : "note";
    const text = draft(field);
    setSaving(true);
    setSaveError(null);
    setRefusal(null);
    setSaved(null);
    let r: Awaited<ReturnType<typeof status.act>>;
    try {
      r = await status.act(sheetName, {
        action, actor, date: new Date().toISOString(),
        reasons: action === "approve" ? [] : text.split(/\r?\n/),
      });
    } catch (e) {
      r = { ok: false, detail: e instanceof Error ? e.message : String(e) };
    } finally {
      setSaving(false);
    }
    if (r.ok) {
      setView(r.view);
      setDraft(draftKey(field), "");
      setSaved(m.done(words.state[r.view.status.state]));
    } else if (r.refusal !== undefined) {
      setView(r.view);
      setRefusal(r.refusal);
    } else setSaveError(r.detail); // what was typed stays in the box
  };

  if (status === undefined) return null;

  const changeItem = (c: FigureChange, key: string, by?: string) => (
    <li key={key}>
      {m.change(c.code, names.get(c.code) ?? "", roleLabel(c.role, lang), showFigure(c.before, lang, m), showFigure(c.after, lang, m))}
      {by !== undefined && <div className={st.by}>{by}</div>}
    </li>
  );
  const roundBy = (c: RoundChange) => {
    const e = view?.status.submission;
    return e === null || e === undefined ? undefined : m.changeBy(e.actor.name, vietnamMoment(e.date, lang), c.reason);
  };
  const blockers: readonly Finding[] = refusal?.reason === "blocking" ? refusal.blockers : [];

  return (
    <section className={s.section} aria-labelledby="report-status-heading" data-testid="report-status">
      <h3 id="report-status-heading" className={s.subheading}>{m.heading}</h3>
      {view === null && readError === null && <Spinner size="tiny" label={m.loading} />}
      {readError !== null && <Notice intent="warning">{m.readFailed(readError)}</Notice>}
      {view !== null && (
        <>
          <p className={st.line} data-testid="report-status-line" data-state={view.status.state}>
            {statusLine(view.status, { kind: "not-approved" }, lang)}
          </p>
          {view.integrity.kind === "changed" && (
            <Notice intent="error" title={`${m.sinceApproval}${view.integrity.changes.length > 0 ? ":" : ""}`}>
              <ul className={st.list} data-testid="changed-after-approval">
                {view.integrity.changes.map((c, i) => changeItem(c, `a${i}`))}
              </ul>
            </Notice>
          )}
          {view.status.state === "approved" && view.integrity.kind === "intact" && <p className={st.hint}>{m.lockedHint}</p>}
          {view.status.state === "returned" && (view.status.last?.reasons.length ?? 0) > 0 && (
            <Notice intent="warning" title={m.returnedWith}>
              <ul className={st.list}>{view.status.last?.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
            </Notice>
          )}
          {view.status.state === "submitted" && view.sinceLastRound.length > 0 && (
            <div className={s.group} data-testid="since-last-round">
              <h4 className={s.subheading}>{m.sinceLastRound(view.status.round - 1)}</h4>
              <ul className={st.list}>{view.sinceLastRound.map((c, i) => changeItem(c, `r${i}`, roundBy(c)))}</ul>
            </div>
          )}
          {view.status.state === "submitted" && view.sinceSubmission.length > 0 && (
            <div className={s.group} data-testid="since-submission">
              <h4 className={s.subheading}>{m.sinceSubmission}</h4>
              <ul className={st.list}>{view.sinceSubmission.map((c, i) => changeItem(c, `s${i}`))}</ul>
            </div>
          )}
          {ACTIONS[view.status.state].includes("submit") && (
            <Field label={m.note} hint={m.noteHint}>
              <Textarea value={draft("note")} resize="vertical" onChange={(_, d) => setDraft(draftKey("note"), d.value)} />
            </Field>
          )}
          {ACTIONS[view.status.state].includes("return") && (
            <Field label={m.reasons} hint={m.reasonsHint}>
              <Textarea value={draft("reasons")} resize="vertical" onChange={(_, d) => setDraft(draftKey("reasons"), d.value)} />
            </Field>
          )}
          {refusal !== null && (
            <Notice intent="error" onDismiss={() => setRefusal(null)}>
              <span data-testid="status-refusal">{refusalMessage(refusal, lang, (f) => findingMessage(f, lang)).split("\n")[0]}</span>
              {blockers.length > 0 && (
                <ul className={st.list} data-testid="status-blockers">
                  {blockers.map((f, i) => (
                    <li key={i} data-cell={f.cell}>
                      {f.code}: {findingMessage(f, lang)}{" "}
                      <Button size="small" appearance="transparent" onClick={() => void api.selectCell(f.cell)}>
                        {m.goToCell}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </Notice>
          )}
          {saveError !== null && <Notice intent="error">{m.saveFailed(saveError)}</Notice>}
          <div className={s.actions}>
            {/* Outlined, not brand-filled: the Review step's one primary button is the mark on the cell shown. */}
            {ACTIONS[view.status.state].map((a) => (
              <Button key={a} disabled={saving} onClick={() => void act(a)}>{words.action[a]}</Button>
            ))}
            {saving && <Spinner size="tiny" label={m.saving} />}
          </div>
          <span aria-live="polite" className={st.hint}>{saved ?? ""}</span>
        </>
      )}
    </section>
  );
}
