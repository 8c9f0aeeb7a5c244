// The proposed indicators as a compact list that reads at 320 px: one line each (code, name,
// the row of the table it came from), opened to change the name, unit, kind, number type and
// direction, with the reason of each guess under its field. Reorder, remove and add keep codes.
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { AuthoringDraft, DraftIndicator, Guess, GuessField } from "../../core/authoring";
import { AUTHORING_WORDS, addIndicator, editIndicator, moveIndicator, removeIndicator } from "../../core/authoring";
import { DIRECTIONS, INDICATOR_KINDS, NUMBER_TYPES } from "../../core/template/template-schema";
import type { Lang } from "../../core/indicator";
import { AUTHORING_TEXT } from "./authoring-text";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  sectionName: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBlock: tokens.spacingVerticalXXS },
  summary: { cursor: "pointer", display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalXS}`, alignItems: "baseline", paddingBlock: tokens.spacingVerticalXXS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  badge: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  facts: { flexBasis: "100%", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  why: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

export interface IndicatorListProps {
  readonly draft: AuthoringDraft;
  readonly guesses: readonly Guess[];
  readonly lang: Lang;
  readonly onChange: (d: AuthoringDraft) => void;
}

export function IndicatorList({ draft, guesses, lang, onChange }: IndicatorListProps) {
  const st = useStyles();
  const t = AUTHORING_TEXT[lang];
  return (
    <>
      {draft.sections.map((section) => {
        const items = draft.indicators.filter((i) => i.section === section.code);
        return (
          <section key={section.code} className={st.section} aria-label={section.name[lang]}>
            <h4 className={st.sectionName}>{section.code}. {section.name.vi}</h4>
            <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
              {items.map((ind) => (
                <li key={ind.code} className={st.item}>
                  <IndicatorItem ind={ind} draft={draft} guesses={guesses} lang={lang} onChange={onChange} />
                </li>
              ))}
            </ul>
            <div>
              <Button size="small" appearance="subtle" aria-label={t.addTo(section.code)} onClick={() => onChange(addIndicator(draft, section.code, t.newName, ""))}>
                + {t.add}
              </Button>
            </div>
          </section>
        );
      })}
    </>
  );
}

function IndicatorItem({ ind, draft, guesses, lang, onChange }: { readonly ind: DraftIndicator } & IndicatorListProps) {
  const st = useStyles();
  const t = AUTHORING_TEXT[lang];
  const w = AUTHORING_WORDS[lang];
  const guess = (field: GuessField) => guesses.find((g) => g.code === ind.code && g.field === field);
  /** The reason, while the value is still the one guessed. */
  const why = (field: GuessField, value: string) => {
    const g = guess(field);
    return g !== undefined && g.value === value ? w.because[g.because] : undefined;
  };
  const set = (patch: Parameters<typeof editIndicator>[2]) => onChange(editIndicator(draft, ind.code, patch));
  const plan = guess("plan");
  const nameId = `ind-${ind.code}`;
  return (
    <details data-code={ind.code}>
      <summary className={st.summary}>
        <span className={st.code}>{ind.code}</span>
        <span className={st.name} id={nameId}>{ind.name.vi}</span>
        <span className={st.badge}>{ind.row === null ? t.added : t.fromRow(ind.row)}</span>
        <span className={st.facts}>{w.kind[ind.kind]} · {w.numberType[ind.numberType]} · {w.direction[ind.direction]}{ind.unit.vi !== "" ? ` · ${ind.unit.vi}` : ""}</span>
      </summary>
      <div className={st.body} role="group" aria-labelledby={nameId}>
        <Field label={t.name}>
          <Input value={ind.name.vi} onChange={(_, d) => set({ name: d.value })} />
        </Field>
        <Field label={t.unit} hint={why("unit", ind.unit.vi)}>
          <Input value={ind.unit.vi} onChange={(_, d) => set({ unit: d.value })} />
        </Field>
        <Field label={t.kind} hint={why("kind", ind.kind)}>
          <Select value={ind.kind} onChange={(_, d) => set({ kind: d.value as DraftIndicator["kind"] })}>
            {INDICATOR_KINDS.map((k) => <option key={k} value={k}>{w.kind[k]}</option>)}
          </Select>
        </Field>
        <Field label={t.numberType} hint={why("numberType", ind.numberType)}>
          <Select value={ind.numberType} onChange={(_, d) => set({ numberType: d.value as DraftIndicator["numberType"] })}>
            {NUMBER_TYPES.map((k) => <option key={k} value={k}>{w.numberType[k]}</option>)}
          </Select>
        </Field>
        <Field label={t.direction} hint={why("direction", ind.direction)}>
          <Select value={ind.direction} onChange={(_, d) => set({ direction: d.value as DraftIndicator["direction"] })}>
            {DIRECTIONS.map((k) => <option key={k} value={k}>{w.direction[k]}</option>)}
          </Select>
        </Field>
        {ind.parent !== undefined && (
          <p className={st.why}>{w.field.parent}: {ind.parent}{why("parent", ind.parent) !== undefined ? ` (${why("parent", ind.parent)})` : ""}</p>
        )}
        {plan !== undefined && <p className={st.why}>{w.field.plan}: {plan.value} ({w.because[plan.because]})</p>}
        <div className={st.actions}>
          <Button size="small" aria-label={t.moveUp(ind.code)} onClick={() => onChange(moveIndicator(draft, ind.code, -1))}>↑</Button>
          <Button size="small" aria-label={t.moveDown(ind.code)} onClick={() => onChange(moveIndicator(draft, ind.code, 1))}>↓</Button>
          <Button size="small" aria-label={t.remove(ind.code)} onClick={() => onChange(removeIndicator(draft, ind.code))}>✕</Button>
        </div>
      </div>
    </details>
  );
}
