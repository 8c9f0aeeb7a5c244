// One indicator's inputs, read: numbers the Vietnamese way, targets with ranges and qualifiers.
import type { QualifiedAddress } from "../finding";
import type { IndicatorDef } from "../indicator";
import { readCellNumber, readCellText, type CellNumber } from "../numbers";
import { readCellTarget, type CellTarget } from "../numbers-target";
import { INPUT_ROLES, type IndicatorInputs, type InputRole } from "../reading";

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
  readonly numbers: Readonly<Partial<Record<NumberRole, Read<CellNumber>>>>;
  readonly targets: Readonly<Partial<Record<TargetRole, Read<CellTarget>>>>;
  readonly explanation: Read<string> | null;
  readonly addresses: Readonly<Partial<Record<InputRole, QualifiedAddress>>>;
}

export function readInputs(def: IndicatorDef, inputs: IndicatorInputs | undefined): ReadInputs {
  const cells = inputs?.cells ?? {};
  const numbers: Partial<Record<NumberRole, Read<CellNumber>>> = {};
  const targets: Partial<Record<TargetRole, Read<CellTarget>>> = {};
  const addresses: Partial<Record<InputRole, QualifiedAddress>> = {};
  for (const role of NUMBER_ROLES) {
    const c = cells[role];
    if (c !== undefined) numbers[role] = { address: c.address, read: readCellNumber(c.value) };
  }
  for (const role of TARGET_ROLES) {
    const c = cells[role];
    if (c !== undefined) targets[role] = { address: c.address, read: readCellTarget(c.value) };
  }
  for (const role of INPUT_ROLES) {
    const c = cells[role];
    if (c !== undefined) addresses[role] = c.address;
  }
  const ex = cells.explanation;
  return { def, numbers, targets, addresses, explanation: ex === undefined ? null : { address: ex.address, read: readCellText(ex.value) } };
}

/** The number a role holds, or null when absent, empty or unreadable. */
export function numberOf(r: ReadInputs, role: NumberRole): number | null {
  const n = r.numbers[role]?.read;
  return n !== undefined && n.kind === "number" ? n.value : null;
}
