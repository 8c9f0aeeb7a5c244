// The findings of a check, grouped by section with counts per severity. Each finding is a
// button: Enter or a click selects its cell in Excel. Arrow keys move between findings.
import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { Finding, Severity } from "../../core/finding";
import { useMessages } from "../i18n";
import type { CheckView } from "../pane-api";
import { SEVERITIES, shortCell, type FindingGroup } from "./finding-groups";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", margin: 0,
    fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // A thin outline: without it the findings read as loose paragraphs, not as things to click.
  item: { width: "100%", justifyContent: "flex-start", textAlign: "start", fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, minHeight: "44px", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  text: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  top: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

export const SEVERITY_COLOR: Readonly<Record<Severity, "danger" | "severe" | "warning">> = {
  error: "danger", shortfall: "severe", warning: "warning",
};

export interface FindingListProps {
  readonly groups: readonly FindingGroup[];
  readonly view: CheckView;
  readonly selected: string | null;
  readonly onSelect: (f: Finding, id: string) => void;
}

export function FindingList({ groups, view, selected, onSelect }: FindingListProps) {
  const t = useMessages();
  const st = useStyles();
  // Up and Down move between findings (Tab still walks every one, in order).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>("button[data-select-id]")];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    e.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, i + (e.key === "ArrowDown" ? 1 : -1)))].focus();
  };
  const names = new Map(view.indicators.map((i) => [i.code as string, i.name]));
  return (
    <div aria-label={t.check.findingsLabel} role="group" className={st.group} onKeyDown={onKeyDown}>
      {groups.map((g, gi) => (
        <section key={gi} className={st.group} aria-labelledby={`group-${gi}`}>
          <h3 id={`group-${gi}`} className={st.groupHead}>
            <span>{g.section === null ? t.check.otherSection : g.section[t.lang]}</span>
            {SEVERITIES.filter((sv) => g.counts[sv] > 0).map((sv) => (
              <Badge key={sv} appearance="tint" color={SEVERITY_COLOR[sv]} size="small">
                {`${t.severityPlural[sv]}: ${g.counts[sv]}`}
              </Badge>
            ))}
          </h3>
          <ul className={st.list}>
            {g.findings.map((f, i) => {
              const id = `${f.cell}|${f.rule}|${i}`;
              return (
                <li key={id}>
                  <Button
                    appearance="subtle"
                    className={mergeClasses(st.item, selected === id && st.selected)}
                    aria-current={selected === id ? true : undefined}
                    onClick={() => onSelect(f, id)}
                    data-cell={f.cell}
                    data-select-id={id}
                  >
                    <span className={st.text}>
                      <span className={st.top}>
                        <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]} size="small" className={st.badge}>
                          {t.severity[f.severity]}
                        </Badge>
                        <span className={st.meta}>{`${f.code} · ${shortCell(f.cell)}`}</span>
                      </span>
                      <span>{view.message(f, t.lang)}</span>
                      <span className={st.meta}>{names.get(f.code)?.[t.lang] ?? ""}</span>
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
