// The report details staff fill in once per report (Số/ký hiệu, place, date, estimate, signer,
// recipients). Controlled: the step owns the value and remembers it in the workbook.
import { Checkbox, Field, Input, Textarea } from "@fluentui/react-components";
import type { ReportDetails } from "../../core/reading";
import { useStepStyles } from "../components/layout";
import { useMessages } from "../i18n";
import { DateField } from "./DateField";

export interface DetailsFormProps {
  readonly value: ReportDetails;
  readonly onChange: (next: ReportDetails) => void;
}

export function DetailsForm({ value, onChange }: DetailsFormProps) {
  const t = useMessages();
  const s = useStepStyles();
  const set = <K extends keyof ReportDetails>(key: K, v: ReportDetails[K]) => onChange({ ...value, [key]: v });
  return (
    <div className={s.group}>
      <p className={s.hint}>{t.template.detailsHint}</p>
      <div className={s.row}>
        <Field label={t.template.number} className={s.grow}>
          <Input value={value.number} placeholder={t.template.numberPlaceholder} onChange={(_, d) => set("number", d.value)} />
        </Field>
        <DateField label={t.template.date} className={s.grow} value={value.date} onChange={(iso) => set("date", iso)} />
      </div>
      <Field label={t.template.place}>
        <Input value={value.place} onChange={(_, d) => set("place", d.value)} />
      </Field>
      <Checkbox className={s.flushStart} checked={value.estimate} label={t.template.estimate} onChange={(_, d) => set("estimate", d.checked === true)} />
      <div className={s.row}>
        <Field label={t.template.signerTitle} className={s.grow}>
          <Input value={value.signerTitle} onChange={(_, d) => set("signerTitle", d.value)} />
        </Field>
        <Field label={t.template.signerName} className={s.grow}>
          <Input value={value.signerName} onChange={(_, d) => set("signerName", d.value)} />
        </Field>
      </div>
      <Field label={t.template.recipients}>
        <Textarea
          resize="vertical"
          value={value.recipients.join("\n")}
          onChange={(_, d) => set("recipients", d.value.split(/\r?\n/))}
        />
      </Field>
    </div>
  );
}
