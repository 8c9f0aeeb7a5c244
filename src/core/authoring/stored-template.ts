// How a template travels inside a workbook: one row of a very hidden sheet per template (id,
// version, the number of chunks, then the JSON in chunks under Excel's 32.767-character cell
// limit), with the plans of the table it was made from. Decided here once; the Office adapter
// (src/excel/template-store.ts) writes and reads it, the command line (src/xlsx) reads it.
import type { PlannedValue } from "../sheet-plan";
import type { Template } from "../template/template";
import { parseTemplate } from "../template/template-schema";

export const TEMPLATE_SHEET_NAME = "_ChiTieuTemplates";
export const TEMPLATE_SHEET_HEADER = ["id", "version", "chunks", "json"] as const;
const CHUNK = 30_000;

/** A template stored in the workbook, with the plans of the table it was made from (for that year). */
export interface StoredTemplate {
  readonly template: Template;
  readonly plans: Readonly<Record<string, PlannedValue>>;
  readonly planYear: number | null;
}

/** The row's cells, all text. */
export function storedTemplateRow(entry: StoredTemplate): string[] {
  const text = JSON.stringify({ template: entry.template, plans: entry.plans, planYear: entry.planYear });
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
  return [entry.template.id, entry.template.version, String(chunks.length), ...chunks];
}

const isPlanned = (v: unknown): v is PlannedValue => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/** A row back into a stored template; null for a row that is not one (edited by hand, cut short). */
export function storedTemplateOf(row: readonly unknown[]): StoredTemplate | null {
  const count = Number(row[2]);
  if (!Number.isInteger(count) || count < 1) return null;
  const text = row.slice(3, 3 + count).map((c) => (typeof c === "string" ? c : "")).join("");
  let json: { template?: unknown; plans?: unknown; planYear?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    return null;
  }
  const parsed = parseTemplate(json.template);
  if (!parsed.ok) return null;
  const plans = typeof json.plans === "object" && json.plans !== null
    ? Object.fromEntries(Object.entries(json.plans as Record<string, unknown>).filter((e): e is [string, PlannedValue] => isPlanned(e[1])))
    : {};
  return { template: parsed.template, plans, planYear: typeof json.planYear === "number" ? json.planYear : null };
}

/** Every stored template of the sheet's rows (the first is the header). */
export const storedTemplatesOf = (rows: readonly (readonly unknown[])[]): StoredTemplate[] =>
  rows.slice(1).flatMap((row) => {
    const e = storedTemplateOf(row);
    return e === null ? [] : [e];
  });
