// The report date as Vietnamese staff write it, dd/mm/yyyy, in a plain text field: a browser's
// date input would show its own locale's order (mm/dd/yyyy on an English Windows), which a
// clerk reads as the wrong day. Stores the ISO date; a date that cannot be read is said so
// under the field (when the clerk leaves it, not while typing) and never stored.
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { dateInWords, parseDateVi, showDateVi, type DateViProblem } from "../../core/periods/date-vi";
import { useMessages } from "../i18n";

export interface DateFieldProps {
  readonly label: string;
  /** ISO date, or "" for none. */
  readonly value: string;
  readonly onChange: (iso: string) => void;
  readonly className?: string;
}

/** The ISO date a text stands for: "" when blank, null when it is not a date. */
function isoOf(text: string): string | null {
  const r = parseDateVi(text);
  if (r.ok) return r.iso;
  return r.problem === "empty" ? "" : null;
}

export function DateField({ label, value, onChange, className }: DateFieldProps) {
  const t = useMessages();
  const [text, setText] = useState(() => showDateVi(value));
  const [problem, setProblem] = useState<Exclude<DateViProblem, "empty"> | null>(null);
  // A date arriving from elsewhere (read back from the workbook) replaces what the field shows,
  // unless the field already says that date.
  const shown = useRef(text);
  shown.current = text;
  useEffect(() => {
    if (isoOf(shown.current) === value) return;
    setText(showDateVi(value));
    setProblem(null);
  }, [value]);

  const typed = (next: string) => {
    setText(next);
    const r = parseDateVi(next);
    if (r.ok || r.problem === "empty") {
      setProblem(null);
      onChange(r.ok ? r.iso : "");
    } else if (problem !== null) {
      setProblem(r.problem); // already told: keep the message true to what is there now
    }
  };
  const left = () => {
    const r = parseDateVi(text);
    if (r.ok) setText(showDateVi(r.iso)); // "5/1/2020" becomes "05/01/2020": the day read is plain to see
    else if (r.problem !== "empty") setProblem(r.problem);
  };
  const message = problem === null ? undefined : problem === "impossible" ? t.template.dateImpossible(text.trim()) : t.template.dateUnreadable;
  // The date read from what is typed, in words, under the field: "5/1/2020" could be read as May by anyone used to month first.
  const typedIso = message === undefined ? isoOf(text) : null;
  const read = typedIso === null || typedIso === "" ? "" : dateInWords(typedIso, t.lang);
  return (
    <Field
      label={label}
      className={className}
      validationState={message === undefined ? "none" : "error"}
      validationMessage={message}
      hint={read === "" ? undefined : t.template.dateRead(read)}
    >
      <Input value={text} placeholder={t.template.datePlaceholder} autoComplete="off" onChange={(_, d) => typed(d.value)} onBlur={left} />
    </Field>
  );
}
