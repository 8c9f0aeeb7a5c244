// Findings grouped for the pane: by section in template order, severities counted, most
// serious first within a section (errors, then shortfalls, then warnings).
import type { Finding, Severity } from "../../core/finding";
import type { LocalText } from "../../core/indicator";
import type { CheckView } from "../pane-api";

export const SEVERITIES: readonly Severity[] = ["error", "shortfall", "warning"];
export type SeverityCounts = Readonly<Record<Severity, number>>;

export interface FindingGroup {
  /** null for findings on an indicator the template does not know (the pane names it "Other"). */
  readonly section: LocalText | null;
  readonly counts: SeverityCounts;
  readonly findings: readonly Finding[];
}

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const c: Record<Severity, number> = { error: 0, shortfall: 0, warning: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Groups the findings that pass the filter; sections without any are left out. */
export function groupFindings(view: CheckView, only: Severity | "all"): readonly FindingGroup[] {
  const order = new Map<string, number>();
  const sectionOf = new Map<string, LocalText>();
  view.indicators.forEach((ind, i) => {
    order.set(ind.code, i);
    sectionOf.set(ind.code, ind.section);
  });
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  const groups = new Map<string, { section: LocalText | null; findings: Finding[] }>();
  const sorted = view.findings
    .filter((f) => only === "all" || f.severity === only)
    .slice()
    .sort((a, b) => (order.get(a.code) ?? 1e9) - (order.get(b.code) ?? 1e9) || rank(a) - rank(b));
  for (const f of sorted) {
    const section = sectionOf.get(f.code) ?? null;
    const key = section === null ? "" : section.vi;
    const g = groups.get(key) ?? { section, findings: [] };
    g.findings.push(f);
    groups.set(key, g);
  }
  // Within a section, the most serious first; the sort above kept template order for ties.
  return [...groups.values()].map((g) => ({
    section: g.section,
    counts: countSeverities(g.findings),
    findings: g.findings.slice().sort((a, b) => rank(a) - rank(b)),
  }));
}

/** "'Quý I-2020'!H9" → "H9": the sheet is the one the pane is about. */
export const shortCell = (cell: string): string => cell.slice(cell.lastIndexOf("!") + 1);
