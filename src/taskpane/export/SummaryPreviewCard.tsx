// The preview of the summary: its title, the verdict sentence as the document will print it,
// and the counts per grade.
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { SummaryPreview } from "../../excel/addin-api";
import { useStepStyles } from "../components/layout";
import type { ExportMessages } from "./export-messages";

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, textTransform: "none" },
  verdict: {
    margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalS,
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyleType: "none", margin: 0, padding: 0 },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const GRADE_ORDER = ["exceeded", "met", "near", "shortfall"] as const;
const GRADE_COLOR = { exceeded: "success", met: "success", near: "warning", shortfall: "danger" } as const;

export interface SummaryPreviewCardProps {
  readonly preview: SummaryPreview;
  readonly messages: ExportMessages;
  readonly onRefresh: () => void;
  readonly refreshing: boolean;
}

export function SummaryPreviewCard({ preview, messages: m, onRefresh, refreshing }: SummaryPreviewCardProps) {
  const s = useStepStyles();
  const st = useStyles();
  return (
    <section className={s.section} aria-label={m.previewHeading} data-testid="summary-preview">
      <div className={st.header}>
        <h3 className={s.subheading}>{m.previewHeading}</h3>
        <Button size="small" appearance="subtle" disabled={refreshing} onClick={onRefresh}>{m.refresh}</Button>
      </div>
      <p className={st.title}>{preview.title}</p>
      <p className={st.verdict} data-testid="summary-verdict">{preview.verdict}</p>
      <p className={s.hint}>{m.graded(preview.graded)}</p>
      <ul className={st.counts} aria-label={m.counts}>
        {GRADE_ORDER.map((g) => (
          <li key={g}>
            <Badge appearance={preview.counts[g] > 0 ? "filled" : "outline"} color={preview.counts[g] > 0 ? GRADE_COLOR[g] : "informative"}>
              {`${m.grades[g]}: ${preview.counts[g]}`}
            </Badge>
          </li>
        ))}
      </ul>
      {preview.estimate && <p className={s.hint}>{m.estimate}</p>}
    </section>
  );
}
