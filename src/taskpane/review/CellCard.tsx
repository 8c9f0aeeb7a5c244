// One flagged cell as the reviewer sees it: the indicator, figure, target, grade, the rule's
// message, the explanation typed, and the mark it already carries (stale when the figure moved).
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/indicator";
import type { ReviewMark } from "../../core/review/review-mark";
import { SEVERITY_COLOR } from "../check/FindingList";
import { shortCell } from "../check/finding-groups";
import { Notice } from "../components/Notice";
import { formatMoment, formatNumber, useMessages, type Messages } from "../i18n";
import type { CheckView, IndicatorFacts } from "../pane-api";
import type { FlaggedCell } from "./review-walk";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  facts: { display: "grid", gridTemplateColumns: "minmax(72px, auto) 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  messages: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  plain: { fontWeight: tokens.fontWeightRegular },
});

const MARK_INTENT = { seen: "info", accepted: "success", "changes-requested": "warning" } as const;

function showFigure(v: FlaggedCell["figure"], lang: Lang, t: Messages): string {
  if (v === null) return t.review.empty;
  if (typeof v === "number") return formatNumber(v, lang);
  if (typeof v === "boolean") return String(v);
  return `“${v}”`;
}

function showTarget(target: IndicatorFacts["target"], lang: Lang): string {
  if (target === null) return "—";
  if (typeof target === "number") return formatNumber(target, lang);
  return `${formatNumber(target.min, lang)}–${formatNumber(target.max, lang)}`;
}

export interface CellCardProps {
  readonly cell: FlaggedCell;
  readonly view: CheckView;
  readonly lang: Lang;
  readonly mark: ReviewMark | undefined;
  readonly stale: boolean;
}

export function CellCard({ cell, view, lang, mark, stale }: CellCardProps) {
  const t = useMessages();
  const st = useStyles();
  const ind = cell.indicator;
  return (
    <article className={st.card} aria-labelledby="cell-title" data-testid="review-card" data-cell={cell.cell}>
      <h3 id="cell-title" className={st.title}>
        {ind !== null ? `${ind.code}. ${ind.name[lang]}` : cell.findings[0].code} · {shortCell(cell.cell)}
      </h3>
      <dl className={st.facts}>
        <dt className={st.term}>{t.review.figure}</dt>
        <dd className={st.value}>{showFigure(cell.figure, lang, t)}{ind !== null && ind.unit[lang] !== "" && cell.figure !== null ? ` ${ind.unit[lang]}` : ""}</dd>
        {ind !== null && (
          <>
            <dt className={st.term}>{t.review.target}</dt>
            <dd className={st.value}>{showTarget(ind.target, lang)}</dd>
            <dt className={st.term}>{t.review.grade}</dt>
            <dd className={st.value}>{t.grade[ind.grade]}</dd>
            <dt className={st.term}>{t.review.explanation}</dt>
            <dd className={mergeClasses(st.value, st.plain)} data-testid="review-explanation">{ind.explanation.trim() === "" ? t.review.noExplanation : ind.explanation}</dd>
          </>
        )}
      </dl>
      <ul className={st.messages} aria-label={t.review.message}>
        {cell.findings.map((f, i) => (
          <li key={i}>
            <Badge appearance="tint" color={SEVERITY_COLOR[f.severity]} size="small">{t.severity[f.severity]}</Badge> {view.message(f, lang)}
          </li>
        ))}
      </ul>
      {mark !== undefined && (
        <Notice intent={stale ? "warning" : MARK_INTENT[mark.status]} title={stale ? t.review.stale : undefined}>
          <span data-testid="review-mark">
            {t.review.markedBy(t.review.statusDone[mark.status], mark.reviewer.name, mark.reviewer.role, formatMoment(mark.date, lang))}
            {mark.comment !== "" && <>: “{mark.comment}”</>}
          </span>
        </Notice>
      )}
    </article>
  );
}
