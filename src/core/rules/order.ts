// Findings are listed in sheet order (row, then column), then by rule: the same for any order
// in which the indicators were read.
import type { Finding, QualifiedAddress } from "../finding";
import { RULE_ORDER } from "./severity";

export interface AddressKey {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** "'Quý I-2020'!I9" → { sheet: "Quý I-2020", row: 9, column: 9 }; null when malformed. */
export function parseQualifiedAddress(address: string): AddressKey | null {
  const m = /^(?:'((?:[^']|'')*)'|([^'!]*))!\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  let column = 0;
  for (const ch of m[3].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: Number(m[4]), column };
}

/** A sheet-qualified address, quoted the way Excel quotes sheet names: "'Quý I-2020'!I9". */
export function qualifiedAddress(sheet: string, cell: string): QualifiedAddress {
  return `'${sheet.replace(/'/g, "''")}'!${cell}` as QualifiedAddress;
}

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareAddresses(a: string, b: string): number {
  const ka = parseQualifiedAddress(a);
  const kb = parseQualifiedAddress(b);
  if (ka === null || kb === null) return ka !== null ? -1 : kb !== null ? 1 : cmp(a, b);
  return cmp(ka.sheet, kb.sheet) || ka.row - kb.row || ka.column - kb.column;
}

/** Sheet order, then rule order, then code and evidence, so equal inputs always list equally. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareAddresses(a.cell, b.cell)
    || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule)
    || cmp(a.code, b.code)
    || cmp(JSON.stringify(a.evidence), JSON.stringify(b.evidence));
}

interface Keyed {
  readonly f: Finding;
  readonly at: AddressKey | null;
  readonly rule: number;
  evidence?: string;
}

const evidenceKey = (k: Keyed): string => (k.evidence ??= JSON.stringify(k.f.evidence));

function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.at === null || b.at === null) {
    if (a.at !== b.at) return a.at !== null ? -1 : 1;
    const byText = cmp(a.f.cell, b.f.cell);
    if (byText !== 0) return byText;
  } else {
    const byCell = cmp(a.at.sheet, b.at.sheet) || a.at.row - b.at.row || a.at.column - b.at.column;
    if (byCell !== 0) return byCell;
  }
  return a.rule - b.rule || cmp(a.f.code, b.f.code) || cmp(evidenceKey(a), evidenceKey(b));
}

/** The order of compareFindings, with each address parsed once rather than at every comparison. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f): Keyed => ({ f, at: parseQualifiedAddress(f.cell), rule: RULE_ORDER.indexOf(f.rule) }))
    .sort(compareKeyed)
    .map((k) => k.f);
}
