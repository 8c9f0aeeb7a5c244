// Native data validation of the entry cells: by number type, always a warning alert that says
// what to type, so nobody is blocked from saving a draft.
import type { Lang, NumberType } from "../indicator";
import type { Period } from "../periods/period";
import type { ValidationPlan } from "../sheet-plan";
import { rangeAddress } from "./a1";
import { col } from "./columns";
import { VALIDATION_TEXT, validationKind } from "./labels";
import { rowRuns } from "./row-runs";
import { carriesYtd, type TableRow } from "./table-rows";

type Kind = ReturnType<typeof validationKind>;

function ruleOf(kind: Kind): ValidationPlan["rule"] {
  switch (kind) {
    case "whole": return { type: "wholeNumber", operator: "GreaterThanOrEqualTo", formula1: 0 };
    case "decimal": return { type: "decimal", operator: "GreaterThanOrEqualTo", formula1: 0 };
    case "percent": return { type: "decimal", operator: "Between", formula1: 0, formula2: 100 };
  }
}

/** The validation kind of each number type, for callers that show the rule. */
export const validationRuleOf = (t: NumberType): ValidationPlan["rule"] => ruleOf(validationKind(t));

/**
 * One validation per run of rows of the same kind over Kế hoạch năm..Thực hiện, and over the
 * carried Lũy kế where flows carry one. Section rows inside a run are covered too: they are
 * locked, so the rule never fires there, and the runs stay few.
 */
export function planValidations(rows: readonly TableRow[], period: Period, lang: Lang): readonly ValidationPlan[] {
  const keyed = rows.map((r) => ({ row: r.row, key: r.kind === "indicator" ? validationKind(r.indicator.numberType) : null }));
  const out: ValidationPlan[] = [];
  const alert = (kind: Kind): ValidationPlan["alert"] => ({
    style: "Warning",
    title: VALIDATION_TEXT[kind].title[lang],
    message: VALIDATION_TEXT[kind].message[lang],
  });
  for (const run of rowRuns(keyed)) {
    out.push({ range: rangeAddress(col("plan"), run.from, col("actual"), run.to), rule: ruleOf(run.key), alert: alert(run.key) });
  }
  const carried = rows.map((r) => ({
    row: r.row,
    key: r.kind === "indicator" && carriesYtd(r.indicator, period) ? validationKind(r.indicator.numberType) : null,
  }));
  for (const run of rowRuns(carried)) {
    out.push({ range: rangeAddress(col("carriedYtd"), run.from, col("carriedYtd"), run.to), rule: ruleOf(run.key), alert: alert(run.key) });
  }
  return out;
}
