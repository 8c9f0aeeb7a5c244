// Reading a template file the user opens: JSON first, then the core schema check, whose
// errors carry the field path so the pane can say which field is wrong.
import type { Template } from "../../core/template/template";
import type { TemplateError } from "../../core/template/template-error";
import { parseTemplate } from "../../core/template/template-schema";
import type { Messages } from "../i18n";

export type TemplateFileResult =
  | { readonly ok: true; readonly template: Template }
  | { readonly ok: false; readonly kind: "not-json" }
  | { readonly ok: false; readonly kind: "invalid"; readonly errors: readonly TemplateError[] };

export function readTemplateFile(text: string): TemplateFileResult {
  let json: unknown;
  try {
    // A UTF-8 byte-order mark is common in files saved by Windows editors.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, kind: "not-json" };
  }
  const parsed = parseTemplate(json);
  return parsed.ok ? { ok: true, template: parsed.template } : { ok: false, kind: "invalid", errors: parsed.errors };
}

/** "sections[1].indicators[0].kind: giá trị không được phép, cần một trong: stock | flow | rate (giá trị: stok)". */
export function templateErrorText(e: TemplateError, t: Messages): string {
  const te = t.templateError;
  let what: string;
  switch (e.code) {
    case "wrong-type":
    case "not-allowed":
    case "bad-format":
    case "out-of-range":
      what = te[e.code](e.expected ?? "");
      break;
    default:
      what = te[e.code];
  }
  const value = e.value !== undefined ? ` (${te.value(e.value)})` : "";
  return `${what}${value}`;
}
