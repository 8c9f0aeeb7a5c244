// The built-in template, or a template file the user opens: the file is read in the pane and
// checked against the template schema, and every error is listed with its field.
import { Button } from "@fluentui/react-components";
import { useRef } from "react";
import type { Template } from "../../core/template/template";
import { useStepStyles } from "../components/layout";
import { Notice } from "../components/Notice";
import { useMessages } from "../i18n";
import type { FileState } from "./draft";
import { readTemplateFile, templateErrorText } from "./template-file";

export interface TemplateSourceProps {
  readonly builtin: Template;
  readonly lang: "vi" | "en";
  /** Kept by the caller (in the session), so it outlives this component. */
  readonly file: FileState;
  readonly onFile: (f: FileState) => void;
}

export function TemplateSource({ builtin, lang, file, onFile: setFile }: TemplateSourceProps) {
  const t = useMessages();
  const s = useStepStyles();
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (f: File) => {
    const result = readTemplateFile(await f.text());
    if (result.ok) setFile({ kind: "loaded", name: f.name, template: result.template });
    else if (result.kind === "not-json") setFile({ kind: "not-json", name: f.name });
    else setFile({ kind: "invalid", name: f.name, errors: result.errors });
  };
  const useBuiltin = () => setFile({ kind: "none" });
  const shown = file.kind === "loaded" ? file.template : file.kind === "none" ? builtin : null;

  return (
    <section className={s.section} aria-labelledby="source-heading">
      <h3 id="source-heading" className={s.subheading}>{t.template.source}</h3>
      {shown !== null && (
        <p className={s.hint} data-testid="template-title">
          {file.kind === "none" ? `${t.template.builtin}: ` : ""}{shown.title[lang]} ({shown.id} {shown.version})
        </p>
      )}
      <div className={s.actions}>
        <Button size="small" onClick={() => input.current?.click()}>{t.template.chooseFile}</Button>
        {file.kind !== "none" && <Button size="small" appearance="subtle" onClick={useBuiltin}>{t.template.builtin}</Button>}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t.template.fromFile}
          data-testid="template-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = ""; // the same file can be opened again after fixing it
            if (f) void onFile(f);
          }}
        />
      </div>
      {file.kind === "loaded" && <Notice intent="success">{t.template.fileLoaded(file.name)}</Notice>}
      {file.kind === "not-json" && <Notice intent="error">{t.template.fileNotJson(file.name)}</Notice>}
      {file.kind === "invalid" && (
        <Notice intent="error" title={t.template.fileErrorsTitle(file.errors.length)}>
          <ul className={s.list} aria-label={file.name} data-testid="template-errors">
            {file.errors.slice(0, 20).map((e, i) => (
              <li key={i}>
                <code>{e.path === "" ? t.template.wholeFile : e.path}</code>: {templateErrorText(e, t)}
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </section>
  );
}
