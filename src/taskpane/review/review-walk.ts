// The cells a reviewer walks through: every cell a finding points at, once, in template order,
// with all the findings on it and the indicator it belongs to.
import type { Finding, QualifiedAddress } from "../../core/finding";
import type { MarkedFigure } from "../../core/review/review-mark";
import type { CheckView, IndicatorFacts } from "../pane-api";
import { SEVERITIES } from "../check/finding-groups";

export interface FlaggedCell {
  readonly cell: QualifiedAddress;
  readonly indicator: IndicatorFacts | null;
  readonly findings: readonly Finding[];
  /** The cell's value in this check, for comparing with the figure a mark was made on. */
  readonly figure: MarkedFigure;
}

export function flaggedCells(view: CheckView): readonly FlaggedCell[] {
  const order = new Map(view.indicators.map((ind, i) => [ind.code as string, i]));
  const byCode = new Map(view.indicators.map((ind) => [ind.code as string, ind]));
  const cells = new Map<string, Finding[]>();
  for (const f of view.findings) {
    const list = cells.get(f.cell) ?? [];
    list.push(f);
    cells.set(f.cell, list);
  }
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  return [...cells.entries()]
    .map(([cell, findings]) => ({
      cell: cell as QualifiedAddress,
      indicator: byCode.get(findings[0].code) ?? null,
      findings: findings.slice().sort((a, b) => rank(a) - rank(b)),
      figure: view.figureAt(cell as QualifiedAddress),
    }))
    .sort((a, b) => (order.get(a.findings[0].code) ?? 1e9) - (order.get(b.findings[0].code) ?? 1e9));
}
