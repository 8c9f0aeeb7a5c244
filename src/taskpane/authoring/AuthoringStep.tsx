// "Tạo mẫu từ bảng": read the department's own table, show every guess (editable, with the row
// it came from and why), and only on Save store the template in the workbook and hand it to the
// Template step, which builds the sheet as for any template. Also edits the template in use.
// Loaded lazily (steps.ts): none of this is in the first screen's bundle.
import { Button, Field, Input, Select, Spinner, Textarea, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import {
  bumpVersion, draftJson, draftOfTemplate, draftTemplate, problemMessage, proposeTemplate,
  type AuthoringDraft, type DraftMeta, type Guess, type Problem,
} from "../../core/authoring";
import { REPORT_TYPES } from "../../core/template/template-schema";
import type { TemplateError } from "../../core/template/template-error";
import { defaultTemplate } from "../../core/template/template-builtin";
import { useStepStyles } from "../components/layout";
import { Notice } from "../components/Notice";
import { useMessages } from "../i18n";
import type { StepProps } from "../session";
import { initialDraft } from "../template/draft";
import { templateErrorText } from "../template/template-file";
import { AUTHORING_TEXT } from "./authoring-text";
import { IndicatorList } from "./IndicatorList";

// A select whose options are long sentences stays within the pane at 320 px.
const useStyles = makeStyles({ fill: { width: "100%", minWidth: 0, maxWidth: "100%" } });

interface Editing {
  readonly kind: "draft";
  readonly draft: AuthoringDraft;
  readonly guesses: readonly Guess[];
  readonly problems: readonly Problem[];
  readonly source: { readonly sheet: string; readonly row: number; readonly selection: string | null } | null;
  /** "edit": the template exists already (in use, or saved once): saving makes its next version. */
  readonly origin: "table" | "edit";
}

type State =
  | { readonly kind: "idle" }
  | { readonly kind: "reading" }
  | { readonly kind: "failed"; readonly message: string }
  | Editing;

type Outcome =
  | { readonly kind: "none" }
  | { readonly kind: "saving" }
  | { readonly kind: "saved"; readonly title: string; readonly version: string }
  | { readonly kind: "invalid"; readonly errors: readonly TemplateError[] }
  | { readonly kind: "failed"; readonly detail: string };

// Kept outside React so that a look at another step (which unmounts this one) loses no edit.
let kept: State = { kind: "idle" };

export function AuthoringStep({ api, lang, session, update, goTo }: StepProps) {
  const s = useStepStyles();
  const own = useStyles();
  const m = useMessages();
  const t = AUTHORING_TEXT[lang];
  const [state, setStateRaw] = useState<State>(kept);
  const setState = (next: State) => {
    kept = next;
    setStateRaw(next);
  };
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  const [exported, setExported] = useState<{ readonly name: string; readonly text: string | null } | null>(null);
  const authoring = api.authoring;
  const inUse = session.templateDraft?.file.kind === "loaded" ? session.templateDraft.file.template : defaultTemplate();

  if (authoring === undefined) return <div className={s.step}><Notice intent="warning">{t.unavailable}</Notice></div>;

  const read = async () => {
    setState({ kind: "reading" });
    setOutcome({ kind: "none" });
    setExported(null);
    const r = await authoring.readTable();
    if (!r.ok) return setState({ kind: "failed", message: t.readFailed(r.detail) });
    const p = proposeTemplate(r.snapshot);
    if (!p.ok) return setState({ kind: "failed", message: problemMessage(p.problem, lang) });
    const { draft, guesses, problems, header } = p.proposal;
    setState({ kind: "draft", draft, guesses, problems, source: { sheet: r.snapshot.name, row: header.firstRow, selection: r.selection }, origin: "table" });
  };

  const editCurrent = () => {
    setOutcome({ kind: "none" });
    setExported(null);
    setState({ kind: "draft", draft: draftOfTemplate(inUse), guesses: [], problems: [], source: null, origin: "edit" });
  };

  const body = state.kind === "draft" ? state : null;
  const change = (draft: AuthoringDraft) => {
    if (body === null) return;
    setState({ ...body, draft });
    if (outcome.kind !== "saving") setOutcome({ kind: "none" });
  };
  const setMeta = (patch: Partial<DraftMeta>) => body !== null && change({ ...body.draft, meta: { ...body.draft.meta, ...patch } });

  /** Four bands is the default: without other rules, the template needs no grading field (format 1 stays). */
  const setBands = (bands: "four" | "three") => {
    if (body === null) return;
    const { bands: _old, ...others } = body.draft.meta.grading ?? {};
    const grading = bands === "three" ? { ...others, bands } : others;
    const { grading: _g, ...meta } = body.draft.meta;
    change({ ...body.draft, meta: Object.keys(grading).length > 0 ? { ...meta, grading } : meta });
  };

  const save = async () => {
    if (body === null) return;
    const next = body.origin === "edit" ? { ...body.draft, meta: { ...body.draft.meta, version: bumpVersion(body.draft.meta.version) } } : body.draft;
    const parsed = draftTemplate(next);
    if (!parsed.ok) return setOutcome({ kind: "invalid", errors: parsed.errors });
    setOutcome({ kind: "saving" });
    const r = await authoring.storeTemplate({ template: parsed.template, plans: next.plans, planYear: next.planYear });
    if (!r.ok) return setOutcome({ kind: "failed", detail: r.detail });
    // From now on this is the template in use, and the next save is its next version.
    setState({ ...body, draft: next, origin: "edit" });
    update((ss) => {
      const d = ss.templateDraft ?? initialDraft(defaultTemplate(), new Date());
      return { templateDraft: { ...d, file: { kind: "loaded", name: parsed.template.title.vi, template: parsed.template } } };
    });
    setOutcome({ kind: "saved", title: parsed.template.title[lang], version: parsed.template.version });
  };

  const exportFile = async () => {
    if (body === null) return;
    const text = `${JSON.stringify(draftJson(body.draft), null, 2)}\n`;
    const name = `${body.draft.meta.id}.json`;
    const r = authoring.canDownload ? await authoring.downloadText(name, text) : ({ ok: false, reason: "not-supported", detail: "" } as const);
    setExported(r.ok ? { name, text: null } : { name, text });
  };

  return (
    <div className={s.step}>
      <h2 className={s.heading}>{t.heading}</h2>
      {body === null && <p className={s.hint}>{t.intro}</p>}
      <div className={s.actions}>
        <Button appearance={body === null ? "primary" : "secondary"} disabled={state.kind === "reading"} onClick={() => void read()}>
          {state.kind === "reading" ? t.reading : t.read}
        </Button>
        {body === null && <Button onClick={editCurrent}>{t.editCurrent(inUse.title[lang])}</Button>}
      </div>
      {state.kind === "reading" && <Spinner size="tiny" label={t.reading} />}
      {state.kind === "failed" && <Notice intent="error" onDismiss={() => setState({ kind: "idle" })}>{state.message}</Notice>}
      {body !== null && (
        <>
          <p className={s.hint} data-testid="authoring-source">
            {body.source !== null
              ? t.found(body.source.sheet, body.source.row, body.draft.indicators.length, body.source.selection)
              : t.editing(body.draft.meta.title[lang], body.draft.meta.version)}{" "}
            {t.notSaved}
          </p>
          {body.problems.length > 0 && (
            <Notice intent="warning" title={t.problemsTitle(body.problems.length)}>
              <ul className={s.list} data-testid="authoring-problems">
                {body.problems.map((p, i) => <li key={i}>{problemMessage(p, lang)}</li>)}
              </ul>
            </Notice>
          )}
          <section className={s.section} aria-labelledby="author-meta">
            <h3 id="author-meta" className={s.subheading}>{t.metaHeading}</h3>
            <Field label={t.title}><Input value={body.draft.meta.title.vi} onChange={(_, d) => setMeta({ title: { vi: d.value, en: body.draft.meta.title.en === body.draft.meta.title.vi ? d.value : body.draft.meta.title.en } })} /></Field>
            <Field label={t.parent}><Input value={body.draft.meta.agency.parent} onChange={(_, d) => setMeta({ agency: { ...body.draft.meta.agency, parent: d.value } })} /></Field>
            <Field label={t.issuing}><Input value={body.draft.meta.agency.issuing} onChange={(_, d) => setMeta({ agency: { ...body.draft.meta.agency, issuing: d.value } })} /></Field>
            <Field label={t.place}><Input value={body.draft.meta.place} onChange={(_, d) => setMeta({ place: d.value })} /></Field>
            <Field label={t.reportType}>
              <Select className={own.fill} value={body.draft.meta.reportType} onChange={(_, d) => setMeta({ reportType: d.value as DraftMeta["reportType"] })}>
                {REPORT_TYPES.map((r) => <option key={r} value={r}>{t.reportTypes[r]}</option>)}
              </Select>
            </Field>
            <Field label={t.bands}>
              <Select className={own.fill} value={body.draft.meta.grading?.bands ?? "four"} onChange={(_, d) => setBands(d.value === "three" ? "three" : "four")}>
                <option value="four">{t.bandsFour}</option>
                <option value="three">{t.bandsThree}</option>
              </Select>
            </Field>
          </section>
          <section className={s.group} aria-labelledby="author-list">
            <h3 id="author-list" className={s.subheading}>{t.listHeading(body.draft.indicators.length)}</h3>
            <p className={s.hint}>{t.listHint}</p>
            <IndicatorList draft={body.draft} guesses={body.guesses} lang={lang} onChange={change} />
          </section>
          <section className={s.group} aria-labelledby="author-rules">
            <h3 id="author-rules" className={s.subheading}>{t.rulesHeading}</h3>
            {body.draft.rules.length === 0 ? <p className={s.hint}>{t.noRules}</p> : (
              <ul className={s.list}>
                {body.draft.rules.map((r, i) => {
                  const text = r.kind === "sum" ? `${r.total} = ${r.parts.join(" + ")}` : `${r.subset} ≤ ${r.set}`;
                  return (
                    <li key={text}>
                      {text}{" "}
                      <Button size="small" appearance="subtle" aria-label={t.removeRule(text)}
                        onClick={() => change({ ...body.draft, rules: body.draft.rules.filter((_, k) => k !== i) })}>✕</Button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          {outcome.kind === "invalid" && (
            <Notice intent="error" title={t.invalid}>
              <ul className={s.list}>{outcome.errors.slice(0, 10).map((e, i) => <li key={i}><code>{e.path}</code>: {templateErrorText(e, m)}</li>)}</ul>
            </Notice>
          )}
          {outcome.kind === "failed" && <Notice intent="error">{t.saveFailed(outcome.detail)}</Notice>}
          {outcome.kind === "saved" && (
            <Notice intent="success" actions={<Button size="small" appearance="primary" onClick={() => goTo("template")}>{t.makeSheet}</Button>}>
              {t.saved(outcome.title, outcome.version)}
            </Notice>
          )}
          {exported !== null && exported.text === null && <Notice intent="success" onDismiss={() => setExported(null)}>{t.exported(exported.name)}</Notice>}
          {exported !== null && exported.text !== null && (
            <Field label={t.copyLabel} hint={t.copyHint}>
              <Textarea readOnly resize="vertical" value={exported.text} onFocus={(e) => e.currentTarget.select()} />
            </Field>
          )}
          <div className={s.actions}>
            <Button appearance={outcome.kind === "saved" ? "secondary" : "primary"} disabled={outcome.kind === "saving"} onClick={() => void save()}>
              {outcome.kind === "saving" ? t.saving : t.save}
            </Button>
            <Button onClick={() => void exportFile()}>{t.exportFile}</Button>
            <Button appearance="subtle" onClick={() => { setState({ kind: "idle" }); setOutcome({ kind: "none" }); setExported(null); }}>{t.discard}</Button>
          </div>
        </>
      )}
    </div>
  );
}
