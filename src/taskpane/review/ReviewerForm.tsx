// Asks the reviewer's name and role once.
import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { Reviewer } from "../../core/review/review-mark";
import { useStepStyles } from "../components/layout";
import { useMessages } from "../i18n";

export function ReviewerForm({ initial, onDone }: { readonly initial: Reviewer | null; readonly onDone: (r: Reviewer) => void }) {
  const t = useMessages();
  const s = useStepStyles();
  const [name, setName] = useState(initial?.name ?? "");
  const [role, setRole] = useState(initial?.role ?? "");
  const [tried, setTried] = useState(false);
  const ok = name.trim() !== "" && role.trim() !== "";
  return (
    <form
      className={s.section}
      aria-labelledby="reviewer-heading"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (ok) onDone({ name: name.normalize("NFC").trim(), role: role.normalize("NFC").trim() });
      }}
    >
      <h3 id="reviewer-heading" className={s.subheading}>{t.review.whoTitle}</h3>
      <p className={s.hint}>{t.review.whoHint}</p>
      <Field label={t.review.name} required validationMessage={tried && name.trim() === "" ? t.review.needName : undefined}>
        <Input value={name} autoComplete="name" onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t.review.role} required validationMessage={tried && role.trim() === "" ? t.review.needName : undefined}>
        <Input value={role} placeholder={t.review.rolePlaceholder} autoComplete="organization-title" onChange={(_, d) => setRole(d.value)} />
      </Field>
      <div className={s.actions}>
        <Button appearance="primary" type="submit">{t.review.start}</Button>
      </div>
    </form>
  );
}
