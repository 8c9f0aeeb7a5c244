// The report details, folded to one line until the user opens them: they are filled once per
// report, and their form (with its text area) loads only when opened.
import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { ReportDetails } from "../../core/reading";
import { useStepStyles } from "../components/layout";
import { formatIsoDate, useMessages } from "../i18n";

const DetailsForm = lazy(() => import(/* webpackChunkName: "details-form" */ "./DetailsForm").then((m) => ({ default: m.DetailsForm })));

export interface DetailsSectionProps {
  readonly value: ReportDetails;
  readonly onChange: (next: ReportDetails) => void;
  readonly lang: "vi" | "en";
}

export function DetailsSection({ value, onChange, lang }: DetailsSectionProps) {
  const t = useMessages();
  const s = useStepStyles();
  const [open, setOpen] = useState(false);
  const line = [value.number, value.place, value.date === "" ? "" : formatIsoDate(value.date, lang), value.signerName]
    .filter((x) => x.trim() !== "")
    .join(" · ");
  return (
    <section className={s.section} aria-labelledby="details-heading">
      <div className={s.actions} style={{ justifyContent: "space-between" }}>
        <h3 id="details-heading" className={s.subheading}>{t.template.details}</h3>
        <Button size="small" appearance="subtle" aria-expanded={open} aria-controls="details-form" onClick={() => setOpen(!open)}>
          {open ? t.template.detailsHide : t.template.detailsEdit}
        </Button>
      </div>
      {!open && <p className={s.hint} data-testid="details-line">{line === "" ? t.template.detailsEmpty : line}</p>}
      {open && (
        <div id="details-form">
          <Suspense fallback={<Spinner size="tiny" label={t.loadingStep} />}>
            <DetailsForm value={value} onChange={onChange} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
