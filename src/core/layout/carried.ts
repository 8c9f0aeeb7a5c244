// What the add-in carries into a new period sheet from earlier ones, by indicator code.
import type { InputRole } from "../reading";
import type { PlannedValue } from "../sheet-plan";

/** The inputs a sheet can be given before anyone types: never the period's own figure or explanation. */
export type CarriedRole = Exclude<InputRole, "actual" | "explanation">;
export const CARRIED_ROLES: readonly CarriedRole[] = ["plan", "periodTarget", "previousPeriod", "samePeriodLastYear", "carriedYtd"];

export type CarriedValues = Readonly<Partial<Record<CarriedRole, PlannedValue>>>;

/** By indicator code ("A.1"). */
export type CarriedInputs = Readonly<Record<string, CarriedValues>>;
