// The pane: a header with the language switch, the steps as tabs, and the current step.
// Host facts arrive as props (from src/excel after Office.onReady); nothing here calls Office.
import { Button, FluentProvider, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useRef, useState, Component, type ReactNode } from "react";
import type { Lang } from "../core/indicator";
import { Notice } from "./components/Notice";
import { StepTabs } from "./components/StepTabs";
import { CATALOGUES, langFromDisplayLanguage, MessagesContext, useMessages } from "./i18n";
import { loadLang, saveLang } from "./i18n/lang-storage";
import type { PaneApi } from "./pane-api";
import { EMPTY_SESSION, type Session, type StepId } from "./session";
import { STEPS } from "./steps";
import { isDarkOffice, paneTheme } from "./theme";

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  brand: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  subtitle: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: "auto" },
  main: { flexGrow: 1 },
  notice: { padding: tokens.spacingVerticalM },
  center: { padding: tokens.spacingVerticalXXL, display: "flex", justifyContent: "center" },
});

/** A lazily loaded step that fails to load (a dropped connection) says so instead of going blank. */
class StepBoundary extends Component<{ children: ReactNode; fallback: (retry: () => void) => ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}

function StepLoadFailed({ retry }: { readonly retry: () => void }) {
  const t = useMessages();
  return (
    <div style={{ padding: 12 }}>
      <Notice intent="error" actions={<Button size="small" onClick={retry}>{t.retry}</Button>}>{t.stepLoadFailed}</Notice>
    </div>
  );
}

export interface AppProps {
  readonly api: PaneApi;
  /** Overrides Office's language (the workbench's ?lang=en). */
  readonly initialLang?: Lang;
}

export function App({ api, initialLang }: AppProps) {
  const st = useStyles();
  // A language chosen with the switch on this computer wins over Office's language.
  const [lang, setLang] = useState<Lang>(() => initialLang ?? loadLang() ?? langFromDisplayLanguage(api.facts.displayLanguage));
  const switchLang = () => {
    const next: Lang = lang === "vi" ? "en" : "vi";
    setLang(next);
    saveLang(next);
  };
  const [step, setStep] = useState<StepId>("template");
  // A button inside a step that opens another step ("Check", "Review the cells") disappears with
  // its step: focus would fall to the page's start. Put it on the new step's heading instead, so
  // keyboard users carry on from there and screen readers announce where they are.
  const focusHeading = useRef(false);
  const goTo = useCallback((id: StepId) => {
    focusHeading.current = true;
    setStep(id);
  }, []);
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    const panel = document.getElementById("step-panel");
    if (panel === null) return;
    const focus = (): boolean => {
      const h = panel.querySelector<HTMLElement>("h2");
      if (h === null) return false;
      h.tabIndex = -1;
      h.focus();
      return true;
    };
    if (focus()) return;
    // The step's code may still be loading (lazy chunk): wait for its heading.
    const watcher = new MutationObserver(() => focus() && watcher.disconnect());
    watcher.observe(panel, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [step]);
  const [session, setSession] = useState<Session>(EMPTY_SESSION);
  const t = CATALOGUES[lang];
  const [theme, setTheme] = useState(() => paneTheme(api.theme));
  useEffect(() => {
    if (!isDarkOffice(api.theme)) return;
    let live = true;
    void import(/* webpackChunkName: "theme-dark" */ "./theme-dark").then((m) => live && setTheme(paneTheme(api.theme, m.webDarkTheme)));
    return () => { live = false; };
  }, [api.theme]);
  const update = useCallback(
    (patch: Partial<Session> | ((s: Session) => Partial<Session>)) =>
      setSession((s) => ({ ...s, ...(typeof patch === "function" ? patch(s) : patch) })),
    [],
  );
  // Live re-checks belong to the session, not to a step: the Review step sees a figure change
  // (and the mark on it turn stale) as soon as staff type it.
  useEffect(() => {
    if (!session.live || session.sheetName === null || !api.facts.inExcel) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void api.watch(session.sheetName, (outcome) =>
      update(outcome.ok ? { check: outcome.view, checkedAt: new Date(), liveError: null } : { liveError: outcome.detail }),
    ).then(
      (s) => (cancelled ? s() : (stop = s)),
      (e: unknown) => update({ liveError: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
      if (stop !== null) stop();
    };
  }, [api, session.sheetName, session.live, update]);

  const current = STEPS.find((s) => s.id === step) ?? STEPS[0];
  const Current = current.Component;

  const body = !api.facts.inExcel ? (
    <main className={st.notice}><Notice intent="warning" title={t.outsideExcelTitle}>{t.outsideExcelBody}</Notice></main>
  ) : api.facts.apiLevel === null ? (
    <main className={st.notice}><Notice intent="warning" title={t.oldExcelTitle}>{t.oldExcelBody}</Notice></main>
  ) : (
    <>
      <nav className={st.tabs} aria-label={t.stepsLabel}>
        <StepTabs
          label={t.stepsLabel}
          tabs={STEPS.map((s) => ({ id: s.id, label: t.steps[s.id] }))}
          selected={step}
          panelId="step-panel"
          onSelect={setStep}
          onHint={(id) => void STEPS.find((s) => s.id === id)?.preload?.()}
        />
      </nav>
      <main className={st.main}>
        <div id="step-panel" role="tabpanel" aria-labelledby={`tab-${step}`}>
        <StepBoundary key={step} fallback={(retry) => <StepLoadFailed retry={retry} />}>
          <Suspense fallback={<div className={st.center}><Spinner size="small" label={t.loadingStep} /></div>}>
            <Current api={api} lang={lang} session={session} update={update} goTo={goTo} />
          </Suspense>
        </StepBoundary>
        </div>
      </main>
    </>
  );

  return (
    <MessagesContext.Provider value={t}>
      <FluentProvider theme={theme} dir="ltr" lang={lang === "vi" ? "vi-VN" : "en-US"}>
        <div className={st.root} lang={lang === "vi" ? "vi" : "en"}>
          <header className={st.header}>
            <div className={st.brand}>
              <h1 className={st.title}>{t.appTitle}</h1>
              <span className={st.subtitle}>{t.appSubtitle}</span>
            </div>
            <Button size="small" appearance="subtle" title={t.languageSwitchLabel} lang={lang === "vi" ? "en" : "vi"} onClick={switchLang}>
              {t.languageSwitch}
            </Button>
          </header>
          {body}
        </div>
      </FluentProvider>
    </MessagesContext.Provider>
  );
}
