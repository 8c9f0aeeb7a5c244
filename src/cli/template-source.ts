// Which template a command uses: a built-in id, or a JSON file checked by the schema.
import path from "node:path";
import type { Lang } from "../core/indicator";
import type { Template } from "../core/template/template";
import { BUILTIN_TEMPLATES, defaultTemplate } from "../core/template/template-builtin";
import { parseTemplate } from "../core/template/template-schema";
import type { TemplateError } from "../core/template/template-error";
import { templateErrorMessage } from "../core/i18n";
import { readFileBytes } from "../xlsx/file-io";
import { cliMessages } from "./cli-messages";

export type TemplateSource = { readonly ok: true; readonly template: Template } | { readonly ok: false; readonly message: string };

/** --template ID|FILE: a built-in id wins over a file of the same name; no option means the default template. */
export async function resolveTemplate(option: string | undefined, cwd: string, lang: Lang): Promise<TemplateSource> {
  if (option === undefined) return { ok: true, template: defaultTemplate() };
  const builtin = BUILTIN_TEMPLATES[option];
  if (builtin !== undefined && Object.prototype.hasOwnProperty.call(BUILTIN_TEMPLATES, option)) return { ok: true, template: builtin };
  const messages = cliMessages(lang);
  const file = await readFileBytes(path.resolve(cwd, option));
  if (!file.ok) {
    return { ok: false, message: messages.unknownTemplate(option, Object.keys(BUILTIN_TEMPLATES).join(", ")) };
  }
  const text = new TextDecoder("utf-8").decode(file.bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const where = syntaxErrorAt(text, error instanceof Error ? error.message : "");
    return { ok: false, message: messages.templateSyntax(option, where.line, where.column) };
  }
  const parsed = parseTemplate(json);
  if (!parsed.ok) {
    const lines = parsed.errors.map((error: TemplateError) => `  - ${templateErrorMessage(error, lang)}`);
    return { ok: false, message: messages.templateInvalid(option, lines.join("\n")) };
  }
  return { ok: true, template: parsed.template };
}

/**
 * Line and column (1-based) of a JSON.parse failure: V8 gives "at position N", or nothing when the
 * input ends early (then the end of the text is where something is missing).
 */
export function syntaxErrorAt(text: string, message: string): { readonly line: number; readonly column: number } {
  const position = /at position (\d+)/.exec(message);
  const offset = Math.min(position === null ? text.length : Number(position[1]), text.length);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Every template a reader may meet: the built-ins, plus the one named by --template. */
export function knownTemplates(extra: Template | undefined): readonly Template[] {
  const builtins = Object.values(BUILTIN_TEMPLATES);
  return extra === undefined || builtins.includes(extra) ? builtins : [extra, ...builtins];
}
