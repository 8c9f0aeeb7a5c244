// The templates that ship with the add-in, parsed once from their JSON data files.
import type { Template, TemplateId } from "./template";
import { parseTemplate } from "./template-schema";
import stttQuarterly from "./builtin/stttt-quarterly.json";

function load(json: unknown): Template {
  const parsed = parseTemplate(json);
  // A shipped template that fails its own schema is a bug, caught by the template tests.
  if (!parsed.ok) throw new Error(`Built-in template is invalid: ${parsed.errors.map((e) => e.path).join(", ")}`);
  return parsed.template;
}

export const STTTT_QUARTERLY_ID = "stttt-quarterly" as TemplateId;

/** Every built-in template, by id. */
export const BUILTIN_TEMPLATES: Readonly<Record<string, Template>> = {
  [STTTT_QUARTERLY_ID]: load(stttQuarterly),
};

/** The built-in template with this id, or null. */
export function builtinTemplate(id: string): Template | null {
  return Object.prototype.hasOwnProperty.call(BUILTIN_TEMPLATES, id) ? BUILTIN_TEMPLATES[id] : null;
}

/** The default template of the add-in. */
export const defaultTemplate = (): Template => BUILTIN_TEMPLATES[STTTT_QUARTERLY_ID];
