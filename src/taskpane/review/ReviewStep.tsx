// Step 3: walk the flagged cells one by one, see the evidence, and mark each one. Marks are
// appended to the workbook (src/excel keeps them in a very hidden sheet) so the next reviewer
// sees them; a mark made on a figure that has changed since is shown as stale.
import { Button, Field, ProgressBar, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  commentRequired, isMarkStale, latestMarks, openFixRequests, reviewComplete, reviewProgress, type ReviewMark, type ReviewStatus, type Reviewer,
} from "../../core/review/review-mark";
import { useStepStyles } from "../components/layout";
import { Notice } from "../components/Notice";
import { useMessages } from "../i18n";
import type { StepProps } from "../session";
import { ReportStatusPanel } from "../status/ReportStatusPanel";
import { CellCard } from "./CellCard";
import { flaggedCells } from "./review-walk";
import { loadReviewer, saveReviewer } from "./reviewer-storage";
import { ReviewerForm } from "./ReviewerForm";

const useStyles = makeStyles({
  nav: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  marks: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  mark: { flexGrow: 1, whiteSpace: "nowrap" },
  who: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const STATUS_KEYS: Readonly<Record<string, ReviewStatus>> = { "1": "seen", "2": "accepted", "3": "changes-requested" };

export function ReviewStep({ api, lang, session, update, goTo }: StepProps) {
  const t = useMessages();
  const s = useStepStyles();
  const st = useStyles();
  const [reviewer, setReviewer] = useState<Reviewer | null>(() => loadReviewer());
  const [editingReviewer, setEditingReviewer] = useState(false);
  const [marks, setMarks] = useState<readonly ReviewMark[] | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [commentNeeded, setCommentNeeded] = useState(false);

  useEffect(() => {
    let live = true;
    const failed = (detail: string) => {
      setMarks([]);
      setReadError(detail);
    };
    void api.readReviewMarks().then(
      (r) => live && (r.ok ? setMarks(r.marks) : failed(r.detail)),
      (e: unknown) => live && failed(e instanceof Error ? e.message : String(e)),
    );
    return () => { live = false; };
  }, [api]);

  // A reviewer who opens a saved workbook has no check yet: run it, the walk needs its findings.
  useEffect(() => {
    if (session.check !== null || session.sheetName === null) return;
    setChecking(true);
    void api.check(session.sheetName).then(
      (o) => {
        setChecking(false);
        if (o.ok) update({ check: o.view, checkedAt: new Date() });
        else setReadError(o.detail);
      },
      (e: unknown) => {
        setChecking(false);
        setReadError(e instanceof Error ? e.message : String(e));
      },
    );
  }, [api, session.check, session.sheetName, update]);

  const cells = useMemo(() => (session.check === null ? [] : flaggedCells(session.check)), [session.check]);
  const latest = useMemo(() => latestMarks(marks ?? []), [marks]);
  const progress = reviewProgress(cells, latest);
  const openRequests = openFixRequests(latest, cells).length;
  const current = cells.length > 0 ? cells[Math.min(index, cells.length - 1)] : null;
  const currentMark = current === null ? undefined : latest.get(current.cell);

  // A comment typed belongs to its cell and stays in the session until a mark saves it: moving
  // to another cell or another step and back finds it still in the box.
  const comment = current === null ? "" : session.reviewComments[current.cell] ?? "";
  const setCommentFor = useCallback((cell: string, text: string) =>
    update((ss) => {
      const rest = Object.fromEntries(Object.entries(ss.reviewComments).filter(([c]) => c !== cell));
      return { reviewComments: text === "" ? rest : { ...rest, [cell]: text } };
    }), [update]);

  const move = useCallback((delta: number) => {
    if (cells.length === 0) return;
    setIndex((i) => Math.max(0, Math.min(cells.length - 1, Math.min(i, cells.length - 1) + delta)));
    setSaveError(null);
    setCommentNeeded(false);
  }, [cells.length]);

  // The walk resumes where it is needed: once marks and findings are in, open on the first
  // cell without a current mark (a second reviewer does not start over). Decided during render
  // (React re-renders at once, before painting) so the first cell never flashes by.
  const [resumed, setResumed] = useState(false);
  if (!resumed && marks !== null && cells.length > 0) {
    setResumed(true);
    // Back from another step: the cell the reviewer was on.
    const back = session.reviewAt === null ? -1 : cells.findIndex((c) => c.cell === session.reviewAt);
    const first = back >= 0 ? back : cells.findIndex((c) => {
      const m = latest.get(c.cell);
      return m === undefined || isMarkStale(m, c.figure);
    });
    if (first > 0) setIndex(first);
  }

  // Show the reviewer the cell in Excel as they walk.
  const currentCell = current?.cell ?? null;
  useEffect(() => {
    if (currentCell !== null) void api.selectCell(currentCell);
    if (resumed) update({ reviewAt: currentCell });
  }, [api, currentCell, resumed, update]);

  const mark = useCallback(async (status: ReviewStatus) => {
    if (current === null || reviewer === null || saving) return;
    // A fix request says what to fix: the author reads it in the Check step.
    if (commentRequired(status) && comment.trim() === "") {
      setCommentNeeded(true);
      return;
    }
    setCommentNeeded(false);
    const m: ReviewMark = {
      cell: current.cell,
      code: current.findings[0].code,
      status,
      comment: comment.normalize("NFC").trim(),
      reviewer,
      date: new Date().toISOString(),
      figure: current.figure,
    };
    setSaving(true);
    setSaveError(null);
    const r = await api.appendReviewMarks([m]);
    setSaving(false);
    if (!r.ok) {
      setSaveError(r.detail); // the comment stays in the box
      return;
    }
    setMarks((prev) => [...(prev ?? []), m]);
    setCommentFor(m.cell, "");
    if (index < cells.length - 1) move(1);
  }, [api, cells.length, comment, current, index, move, reviewer, saving, setCommentFor]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "ArrowRight") move(1);
      else if (e.key === "ArrowLeft") move(-1);
      else if (STATUS_KEYS[e.key] !== undefined) void mark(STATUS_KEYS[e.key]);
      else return;
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [mark, move]);

  if (reviewer === null || editingReviewer) {
    return (
      <div className={s.step}>
        <h2 className={s.heading}>{t.review.heading}</h2>
        <ReviewerForm
          initial={reviewer}
          onDone={(r) => {
            saveReviewer(r);
            setReviewer(r);
            setEditingReviewer(false);
          }}
        />
      </div>
    );
  }

  return (
    <div className={s.step}>
      <h2 className={s.heading}>{t.review.heading}</h2>
      <div className={st.who}>
        <span className={s.hint}>{t.review.whoIs(reviewer.name, reviewer.role)}</span>
        <Button size="small" appearance="transparent" aria-label={`${t.review.change}: ${t.review.whoTitle}`} onClick={() => setEditingReviewer(true)}>{t.review.change}</Button>
      </div>
      {session.sheetName !== null && <ReportStatusPanel api={api} lang={lang} session={session} update={update} sheetName={session.sheetName} actor={reviewer} />}
      {readError !== null && <Notice intent="warning" onDismiss={() => setReadError(null)}>{t.review.readFailed(readError)}</Notice>}
      {(marks === null || checking) && <Spinner size="small" label={t.loadingStep} />}
      {marks !== null && !checking && current === null && (
        <Notice intent="info" actions={<Button size="small" onClick={() => goTo("check")}>{t.steps.check}</Button>}>
          {t.review.noFindings}
        </Notice>
      )}
      {marks !== null && current !== null && (
        <>
          <Field validationMessage={t.review.progress(progress.reviewed, progress.total)} validationState="none">
            <ProgressBar value={progress.total === 0 ? 0 : progress.reviewed / progress.total} aria-label={t.review.progress(progress.reviewed, progress.total)} />
          </Field>
          <div className={st.nav}>
            <Button disabled={index === 0} onClick={() => move(-1)} aria-keyshortcuts="Alt+ArrowLeft">{t.review.previous}</Button>
            <span aria-live="polite" data-testid="review-position">{t.review.position(Math.min(index, cells.length - 1) + 1, cells.length)}</span>
            <Button disabled={index >= cells.length - 1} onClick={() => move(1)} aria-keyshortcuts="Alt+ArrowRight">{t.review.next}</Button>
          </div>
          <CellCard cell={current} view={session.check ?? undefined as never} lang={lang} mark={currentMark}
            stale={currentMark !== undefined && isMarkStale(currentMark, current.figure)} />
          <Field label={t.review.comment} validationState={commentNeeded ? "error" : "none"} validationMessage={commentNeeded ? t.review.commentNeeded : undefined}>
            <Textarea value={comment} resize="vertical" onChange={(_, d) => {
              setCommentFor(current.cell, d.value);
              if (d.value.trim() !== "") setCommentNeeded(false);
            }} />
          </Field>
          {saveError !== null && <Notice intent="error">{t.review.saveFailed(saveError)}</Notice>}
          <div className={st.marks}>
            <Button className={st.mark} disabled={saving} onClick={() => void mark("seen")} aria-keyshortcuts="Alt+1">{t.review.status.seen}</Button>
            <Button className={st.mark} disabled={saving} appearance="primary" onClick={() => void mark("accepted")} aria-keyshortcuts="Alt+2">{t.review.status.accepted}</Button>
            <Button className={st.mark} disabled={saving} onClick={() => void mark("changes-requested")} aria-keyshortcuts="Alt+3">{t.review.status["changes-requested"]}</Button>
          </div>
          {saving && <Spinner size="tiny" label={t.review.saving} />}
          {progress.total > 0 && progress.reviewed === progress.total && openRequests > 0 && (
            <Notice intent="warning" actions={<Button size="small" onClick={() => goTo("check")}>{t.steps.check}</Button>}>
              {t.review.openRequests(openRequests)}
            </Notice>
          )}
          {reviewComplete(progress, openRequests) && (
            <Notice intent="success" actions={<Button size="small" appearance="primary" onClick={() => goTo("export")}>{t.steps.export}</Button>}>
              {t.review.allDone(progress.total)}
            </Notice>
          )}
          <p className={s.hint}>{t.review.shortcuts}</p>
        </>
      )}
    </div>
  );
}
