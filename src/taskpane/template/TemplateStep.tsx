// Step 1: choose the template and the period, fill the report details, and create the sheet
// (or pick a report sheet the workbook already holds).
import { Button, Field, Input, ProgressBar, Select, Spinner, ToggleButton } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { PERIOD_KINDS, type Period, type PeriodKind } from "../../core/periods/period";
import { periodLabel } from "../../core/periods/period-labels";
import { dataWindow } from "../../core/periods/period-window";
import type { ReportDetails } from "../../core/reading";
import { defaultTemplate } from "../../core/template/template-builtin";
import type { LoadTemplateResult, TemplateSheetInfo } from "../../excel/addin-api";
import { useStepStyles } from "../components/layout";
import { Notice } from "../components/Notice";
import { WaitingHint } from "../components/WaitingHint";
import { formatIsoDate, useMessages, type Messages } from "../i18n";
import type { StepProps } from "../session";
import { cleanDetails } from "./details";
import { draftTemplate, initialDraft, type TemplateDraft } from "./draft";
import { DetailsSection } from "./DetailsSection";
import { TemplateSource } from "./TemplateSource";
import { defaultPeriod, isPeriodKind, parseYear, periodAfter } from "./period-choice";


type LoadState =
  | { readonly kind: "idle" }
  | { readonly kind: "loading"; readonly fraction: number; readonly step: string }
  | { readonly kind: "confirm"; readonly sheetName: string }
  | { readonly kind: "done"; readonly result: Extract<LoadTemplateResult, { ok: true }> }
  /** plain: the detail is already a whole sentence for the user. */
  | { readonly kind: "failed"; readonly detail: string; readonly plain: boolean };

/** The most recent period's sheet: the highest year, then the latest period kind of that year. */
function latestSheet(list: readonly TemplateSheetInfo[]): TemplateSheetInfo | null {
  const rank = (i: TemplateSheetInfo) => i.period.year * 10 + PERIOD_KINDS.indexOf(i.period.kind);
  return list.reduce<TemplateSheetInfo | null>((best, i) => (best === null || rank(i) >= rank(best) ? i : best), null);
}

const progressText = (t: Messages, step: string): string =>
  (t.template.progress as Readonly<Record<string, string>>)[step] ?? t.template.loading;


export function TemplateStep({ api, lang, session, update, goTo }: StepProps) {
  const t = useMessages();
  const s = useStepStyles();
  const builtin = useMemo(defaultTemplate, []);
  const initial = useMemo(() => defaultPeriod(new Date()), []);
  const draft = session.templateDraft ?? initialDraft(builtin, new Date());
  // Only when the pane has just opened: coming back to this step later must not move the period
  // away from the sheet just created (a rebuild would then make the next quarter instead).
  const [firstVisit] = useState(() => session.templateDraft === null);
  const { yearText, kind, details } = draft;
  const template = draftTemplate(draft, builtin);
  const setDraft = useCallback(
    (patch: (d: TemplateDraft) => Partial<TemplateDraft>) =>
      update((ss) => {
        const d = ss.templateDraft ?? initialDraft(builtin, new Date());
        return { templateDraft: { ...d, ...patch(d) } };
      }),
    [builtin, update],
  );
  useEffect(() => {
    if (firstVisit) setDraft(() => ({})); // from now on the session holds the draft
  }, [firstVisit, setDraft]);
  const setYearText = (v: string) => setDraft(() => ({ yearText: v, periodTouched: true }));
  const setKind = (v: PeriodKind) => setDraft(() => ({ kind: v, periodTouched: true }));
  const setDetails = (v: ReportDetails) => setDraft(() => ({ details: v, detailsTouched: true }));
  const [sheets, setSheets] = useState<readonly TemplateSheetInfo[] | null>(null);
  const [load, setLoad] = useState<LoadState>({ kind: "idle" });
  const [detailsWarning, setDetailsWarning] = useState(false);

  useEffect(() => {
    let live = true;
    // The details stored in the workbook, unless the user has already typed over them.
    void api.readReportDetails().then((d) => live && d !== null && setDraft((cur) => (cur.detailsTouched ? {} : { details: d })));
    void api.listTemplateSheets().then(
      (list) => {
        if (!live) return;
        setSheets(list);
        // A workbook that already holds reports opens on its latest one: a reviewer can go
        // straight to Check or Review. Loading another period stays one click away.
        const latest = latestSheet(list);
        if (latest === null) return;
        update((s) => (s.sheetName === null ? { sheetName: latest.sheetName } : {}));
        // The report to create next is the one after the latest, not today's quarter.
        const next = periodAfter(latest.period);
        if (firstVisit) setDraft((cur) => (cur.periodTouched ? {} : { yearText: String(next.year), kind: next.kind }));
        // Issue 11: a workbook whose sheets were made from a template it carries (made with "Từ
        // bảng") goes on with that template, not the built-in one.
        if (firstVisit && latest.templateId !== builtin.id && api.authoring !== undefined) {
          void api.authoring.storedTemplates().then((stored) => {
            const carried = stored.find((e) => e.template.id === latest.templateId)?.template;
            if (live && carried !== undefined) setDraft((cur) => (cur.file.kind === "none" ? { file: { kind: "loaded", name: carried.title.vi, template: carried } } : {}));
          }, () => undefined);
        }
      },
      () => live && setSheets([]),
    );
    return () => { live = false; };
  }, [api, update, setDraft, firstVisit, builtin]);

  const year = parseYear(yearText);
  const period: Period | null = year === null ? null : { year, kind };
  const window = period !== null && template !== null ? dataWindow(period, template.reportType) : null;

  const run = async (replaceExisting: boolean) => {
    if (template === null || period === null) return;
    const clean = cleanDetails(details);
    setLoad({ kind: "loading", fraction: 0, step: "load.reading" });
    const saved = await api.saveReportDetails(clean);
    setDetailsWarning(!saved.ok);
    try {
      const result = await api.loadTemplate({ template, period, details: clean, replaceExisting }, (fraction, step) =>
        setLoad({ kind: "loading", fraction, step }),
      );
      if (!result.ok) {
        // A sheet the add-in did not make (the user's own) comes back as name-taken at once, so
        // "Rebuild, figures kept" is offered only for the add-in's own sheets.
        if (result.reason === "sheet-exists") setLoad({ kind: "confirm", sheetName: result.sheetName });
        else if (result.reason === "name-taken") setLoad({ kind: "failed", detail: t.template.nameTaken(result.sheetName), plain: true });
        else setLoad({ kind: "failed", detail: result.reason === "no-sheet" ? result.sheetName : result.detail, plain: false });
        return;
      }
      setLoad({ kind: "done", result });
      // The period just loaded is the user's choice from now on, proposed or not.
      setDraft(() => ({ periodTouched: true }));
      update({ sheetName: result.sheetName, check: null, checkedAt: null });
      setSheets(await api.listTemplateSheets());
    } catch (e) {
      setLoad({ kind: "failed", detail: e instanceof Error ? e.message : String(e), plain: false });
    }
  };

  const busy = load.kind === "loading";
  // Exactly one primary button on the step: while a notice offers the next action (Check after a
  // load, Rebuild when the sheet exists), Create sheet steps back to secondary.
  const loadIsNext = load.kind !== "done" && load.kind !== "confirm";
  return (
    <div className={s.step}>
      <h2 className={s.heading}>{t.template.heading}</h2>

      <section className={s.section} aria-labelledby="existing-heading">
        <h3 id="existing-heading" className={s.subheading}>{t.template.existing}</h3>
        {sheets === null ? (
          <Spinner size="tiny" label={t.loadingStep} />
        ) : sheets.length === 0 ? (
          <p className={s.hint}>{t.template.existingNone}</p>
        ) : (
          <div className={s.actions}>
            {sheets.map((sh) => (
              // The sheet in use shows as pressed, not as primary: the step's one primary button
              // is the next thing to do (create the sheet, or Check once it is made).
              <ToggleButton
                key={sh.sheetName}
                checked={sh.sheetName === session.sheetName}
                onClick={() => {
                  update({ sheetName: sh.sheetName, check: null, checkedAt: null });
                  goTo("check");
                }}
              >
                {t.template.useSheet(sh.sheetName)}
              </ToggleButton>
            ))}
          </div>
        )}
      </section>

      <TemplateSource builtin={builtin} lang={lang} file={draft.file} onFile={(file) => setDraft(() => ({ file }))} />

      <div className={s.row}>
        <Field label={t.template.year} validationMessage={year === null ? t.template.yearInvalid : undefined} style={{ width: "96px" }}>
          <Input type="number" inputMode="numeric" min={2000} max={2100} value={yearText} onChange={(_, d) => setYearText(d.value)}
            // A mouse wheel over a focused number box changes it: scrolling the pane down to the
            // details would turn 2020 into 2019. Let the wheel scroll the pane instead.
            onWheel={(e) => e.currentTarget.blur()} />
        </Field>
        <Field label={t.template.period} className={s.grow}>
          <Select value={kind} onChange={(_, d) => isPeriodKind(d.value) && setKind(d.value)}>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>{periodLabel({ year: year ?? initial.year, kind: k }, lang)}</option>
            ))}
          </Select>
        </Field>
      </div>
      {window !== null && (
        <p className={s.hint} data-testid="data-window">
          {t.template.window(formatIsoDate(window.from, lang), formatIsoDate(window.to, lang))}
        </p>
      )}

      <DetailsSection value={details} onChange={setDetails} lang={lang} />

      {load.kind === "confirm" && (
        <Notice
          intent="warning"
          title={t.template.existsTitle(load.sheetName)}
          actions={
            <>
              <Button appearance="primary" size="small" onClick={() => void run(true)}>{t.template.replace}</Button>
              <Button size="small" onClick={() => setLoad({ kind: "idle" })}>{t.template.cancel}</Button>
            </>
          }
        >
          {t.template.existsBody}
        </Notice>
      )}
      {load.kind === "failed" && (
        <Notice intent="error" onDismiss={() => setLoad({ kind: "idle" })}>{load.plain ? load.detail : t.template.loadFailed(load.detail)}</Notice>
      )}
      {detailsWarning && <Notice intent="warning" onDismiss={() => setDetailsWarning(false)}>{t.template.detailsSaveFailed}</Notice>}
      {load.kind === "done" && (
        <Notice
          intent="success"
          actions={<Button size="small" appearance="primary" onClick={() => goTo("check")}>{t.steps.check}</Button>}
        >
          {t.template.loaded(load.result.sheetName)}
          {load.result.carriedFrom.length > 0 && <> {t.template.carried(load.result.carriedFrom.join(", "))}</>}
        </Notice>
      )}
      {busy && (
        <Field validationMessage={progressText(t, load.step)} validationState="none">
          <ProgressBar value={load.fraction > 0 ? load.fraction : undefined} thickness="large" aria-label={t.template.loading} />
        </Field>
      )}
      <WaitingHint busy={busy} progressKey={busy ? `${load.step} ${load.fraction}` : ""} />
      <div className={s.actions}>
        <Button appearance={loadIsNext ? "primary" : "secondary"} disabled={busy || template === null || period === null} onClick={() => void run(false)}>
          {busy ? t.template.loading : t.template.load}
        </Button>
      </div>
    </div>
  );
}
