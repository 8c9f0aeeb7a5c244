// The steps as a WAI-ARIA tab list with a roving tabindex: Tab enters the list on the current
// step, arrow keys (and Home/End) move between steps, Enter or Space is not needed (selection
// follows focus, as with Fluent's TabList). Hand-made rather than Fluent's TabList: it is a
// fraction of the bytes of the first screen, and it adds no focus-trapping helper elements.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", gap: tokens.spacingHorizontalXXS },
  tab: {
    position: "relative", border: "none", backgroundColor: "transparent", cursor: "pointer",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, minHeight: "36px",
    fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2, borderRadius: tokens.borderRadiusMedium,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    "::after": {
      content: '""', position: "absolute", left: tokens.spacingHorizontalS, right: tokens.spacingHorizontalS, bottom: 0,
      height: "3px", borderRadius: tokens.borderRadiusCircular, backgroundColor: "transparent",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold,
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
  },
});

export interface StepTabsProps<T extends string> {
  readonly label: string;
  readonly tabs: readonly { readonly id: T; readonly label: string }[];
  readonly selected: T;
  readonly panelId: string;
  readonly onSelect: (id: T) => void;
  /** Called when a tab is hovered or focused: a good moment to fetch its code. */
  readonly onHint?: (id: T) => void;
}

export function StepTabs<T extends string>({ label, tabs, selected, panelId, onSelect, onHint }: StepTabsProps<T>) {
  const st = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const last = tabs.length - 1;
    const to = e.key === "ArrowRight" ? (i === last ? 0 : i + 1)
      : e.key === "ArrowLeft" ? (i === 0 ? last : i - 1)
      : e.key === "Home" ? 0 : e.key === "End" ? last : null;
    if (to === null) return;
    e.preventDefault();
    refs.current[to]?.focus();
    onSelect(tabs[to].id);
  };
  return (
    <div role="tablist" aria-label={label} className={st.list}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => { refs.current[i] = el; }}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={panelId}
          tabIndex={tab.id === selected ? 0 : -1}
          className={mergeClasses(st.tab, tab.id === selected && st.selected)}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
          onMouseEnter={() => onHint?.(tab.id)}
          onFocus={() => onHint?.(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
