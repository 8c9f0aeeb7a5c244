// One indicator's inputs, read: numbers the Vietnamese way, targets with ranges and qualifiers.
import type { QualifiedAddress } from "../finding";
import type { IndicatorDef } from "../indicator";
import { readCellNumber, readCellText, type CellNumber } from "../numbers/read-number";
import { readCellTarget, type CellTarget } from "../targets/read-target";
import type { IndicatorInputs, InputCell, InputRole } from "../reading";
import type { IndicatorFacts } from "../template/indicator-facts";

/** The roles that hold numbers; targets are read with ranges and qualifiers. */
export type NumberRole = "actual" | "previousPeriod" | "samePeriodLastYear" | "carriedYtd";
export type TargetRole = "plan" | "periodTarget";
export const NUMBER_ROLES: readonly NumberRole[] = ["actual", "previousPeriod", "samePeriodLastYear", "carriedYtd"];
export const TARGET_ROLES: readonly TargetRole[] = ["plan", "periodTarget"];

export interface Read<T> {
  readonly address: QualifiedAddress;
  readonly read: T;
}

export interface ReadInputs {
  readonly def: IndicatorDef;
  /** What the template says of it beyond its definition (rules, qualitative, unit). */
  readonly facts: IndicatorFacts;
  readonly numbers: Readonly<Partial<Record<NumberRole, Read<CellNumber>>>>;
  readonly targets: Readonly<Partial<Record<TargetRole, Read<CellTarget>>>>;
  readonly explanation: Read<string> | null;
  /** A qualitative indicator's result written as words ("Xuất siêu", "Hoàn thành"), NFC; null otherwise. */
  readonly words: Read<string> | null;
  readonly addresses: Readonly<Partial<Record<InputRole, QualifiedAddress>>>;
}

/**
 * A result may be written the way targets are ("61-62", "Trên 4", "Khoảng 24"): it is read as the
 * figure it vouches for, the worse end for the indicator's direction (61 of "61-62" where higher is
 * better, 4 of "Trên 4"), so a result is never credited with more than it says; "giảm 0,87%, hiện
 * còn 1,86%" is the level it states, 1,86. A change alone is no figure. The text stays,
 * so the cell still gets its text-number warning.
 */
function readActual(c: InputCell | undefined, unit: string, direction: IndicatorDef["direction"]): Read<CellNumber> | undefined {
  const plain = readNumber(c, unit);
  if (c === undefined || plain === undefined || plain.read.kind !== "not-a-number" || plain.read.reason !== "unreadable") return plain;
  const t = readCellTarget(c.value, unit);
  if (t.kind !== "target" || t.text === null) return plain;
  const s = t.target;
  const value = s.kind === "range" ? (direction === "lower" ? s.max : s.min) : s.kind === "change" ? null : s.value;
  return value === null ? plain : { address: c.address, read: { kind: "number", value, text: t.text, percent: false } };
}

/** The words of a qualitative result: text that is no figure. */
function readWords(qualitative: boolean, actual: Read<CellNumber> | undefined): Read<string> | null {
  if (!qualitative || actual === undefined) return null;
  const a = actual.read;
  return a.kind === "not-a-number" && a.reason === "unreadable" ? { address: actual.address, read: a.text } : null;
}

// Figures and targets typed with a unit ("139.774 tỷ đồng") are read in the row's own unit.
const readNumber = (c: InputCell | undefined, unit: string): Read<CellNumber> | undefined =>
  c === undefined ? undefined : { address: c.address, read: readCellNumber(c.value, unit) };
const readTarget = (c: InputCell | undefined, unit: string): Read<CellTarget> | undefined =>
  c === undefined ? undefined : { address: c.address, read: readCellTarget(c.value, unit) };

/** Objects of one fixed shape (every role spelled out), which keeps the engine fast on 10,000 rows. */
export function readInputs(def: IndicatorDef, inputs: IndicatorInputs | undefined, facts: IndicatorFacts): ReadInputs {
  const cells = inputs?.cells ?? {};
  const ex = cells.explanation;
  const unit = facts.unit;
  const actual = readActual(cells.actual, unit, facts.direction);
  return {
    def,
    facts,
    numbers: {
      actual,
      previousPeriod: readNumber(cells.previousPeriod, unit),
      samePeriodLastYear: readNumber(cells.samePeriodLastYear, unit),
      carriedYtd: readNumber(cells.carriedYtd, unit),
    },
    targets: { plan: readTarget(cells.plan, unit), periodTarget: readTarget(cells.periodTarget, unit) },
    addresses: {
      plan: cells.plan?.address,
      periodTarget: cells.periodTarget?.address,
      previousPeriod: cells.previousPeriod?.address,
      samePeriodLastYear: cells.samePeriodLastYear?.address,
      actual: cells.actual?.address,
      explanation: ex?.address,
      carriedYtd: cells.carriedYtd?.address,
    },
    explanation: ex === undefined ? null : { address: ex.address, read: readCellText(ex.value) },
    words: readWords(facts.qualitative, actual),
  };
}

/** The number a role holds, or null when absent, empty or unreadable. */
export function numberOf(r: ReadInputs, role: NumberRole): number | null {
  const n = r.numbers[role]?.read;
  return n !== undefined && n.kind === "number" ? n.value : null;
}
