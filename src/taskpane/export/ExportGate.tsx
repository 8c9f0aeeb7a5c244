// What stands between a report and the committee: an empty report is refused; a report with errors
// lists them (cell, indicator, the check's sentence) with the way to the Check step, and exports only
// after the explicit "export anyway", which marks the summary as holding unverified figures.
import { Button, Checkbox } from "@fluentui/react-components";
import { findingMessage } from "../../core/i18n";
import type { Lang } from "../../core/indicator";
import type { SummaryReadiness } from "../../core/summary/summary-readiness";
import { useStepStyles } from "../components/layout";
import { Notice } from "../components/Notice";
import type { ExportMessages } from "./export-messages";

/** Enough to see what is wrong at a glance; the Check step lists every finding. */
const LISTED = 8;

export interface ExportGateProps {
  readonly readiness: SummaryReadiness;
  readonly lang: Lang;
  readonly messages: ExportMessages;
  readonly allowErrors: boolean;
  readonly onAllowErrors: (allow: boolean) => void;
  readonly onToCheck: () => void;
}

export function ExportGate({ readiness, lang, messages: m, allowErrors, onAllowErrors, onToCheck }: ExportGateProps) {
  const s = useStepStyles();
  if (readiness.ok) return null;
  if (readiness.reason === "empty") return <Notice intent="error">{m.emptyReport}</Notice>;
  const { errors } = readiness;
  const bare = (cell: string): string => cell.slice(cell.lastIndexOf("!") + 1);
  return (
    <>
      <Notice intent="warning" actions={<Button size="small" onClick={onToCheck}>{m.toCheck}</Button>}>
        <span data-testid="export-errors">{m.hasErrors(errors.length)}</span>
        <ul className={s.list}>
          {errors.slice(0, LISTED).map((f) => (
            <li key={`${f.cell}|${f.rule}`}>{`${bare(f.cell)} (${f.code}): ${findingMessage(f, lang)}`}</li>
          ))}
        </ul>
        {errors.length > LISTED && m.moreErrors(errors.length - LISTED)}
      </Notice>
      <Checkbox
        className={s.flushStart}
        checked={allowErrors}
        label={m.exportAnyway}
        onChange={(_, d) => onAllowErrors(d.checked === true)}
      />
      {allowErrors && <p className={s.hint}>{m.exportAnywayOn}</p>}
    </>
  );
}
