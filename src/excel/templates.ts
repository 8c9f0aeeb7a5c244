// The templates the add-in can read sheets of: the built-in ones, plus any template file the
// user loaded in this session (the pane hands it over with loadTemplate). Reading a sheet needs
// its template (the marker names it); a file template not loaded since Excel started reads as
// "unknown template", and the pane asks for the file again.
import type { Template, TemplateId } from "../core/template/template";
import { BUILTIN_TEMPLATES, builtinTemplate } from "../core/template/template-builtin";

const loaded = new Map<string, Template>();

/** Remembers a template for later reads; the last one given for an id wins (a newer version). */
export function rememberTemplate(template: Template): void {
  loaded.set(template.id, template);
}

/** The lookup core's readSheet takes. */
export function knownTemplate(id: TemplateId): Template | undefined {
  return loaded.get(id) ?? builtinTemplate(id) ?? undefined;
}

/** Every template readable now: the built-in ones, then those loaded (a loaded one replaces a built-in of its id). */
export function knownTemplateList(): readonly Template[] {
  const builtins = Object.values(BUILTIN_TEMPLATES).filter((t) => !loaded.has(t.id));
  return [...builtins, ...loaded.values()];
}

/** For tests that start from a clean session. */
export function forgetTemplates(): void {
  loaded.clear();
}
