// Native data validation of the entry cells: by number type, always a warning alert that says
// what to type, so nobody is blocked from saving a draft.
import type { IndicatorDef, Lang, NumberType } from "../indicator";
import type { Period } from "../periods/period";
import type { ValidationPlan } from "../sheet-plan";
import { rangeAddress } from "./a1";
import { col } from "./columns";
import { VALIDATION_TEXT, VALIDATION_UNIT, validationKind } from "./labels";
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

/** Excel's limit on a validation's error message. */
const MESSAGE_LIMIT = 225;

/** What an alert says for an indicator: its kind's rule, then its unit (a rate's "%" says nothing new). */
function alertText(def: IndicatorDef, lang: Lang): { title: string; message: string } {
  const kind = validationKind(def.numberType);
  const base = VALIDATION_TEXT[kind].message[lang];
  const unit = def.numberType === "money" ? VALIDATION_UNIT.money[lang] : kind === "percent" ? "" : VALIDATION_UNIT.unit(def.unit)[lang];
  const message = unit === "" || def.unit[lang].trim() === "" && def.numberType !== "money" ? base : `${base} ${unit}`;
  return { title: VALIDATION_TEXT[kind].title[lang], message: message.length <= MESSAGE_LIMIT ? message : base };
}

/**
 * One validation per run of rows of the same kind over Kế hoạch năm..Thực hiện, and over the
 * carried Lũy kế where flows carry one. Section rows inside a run are covered too: they are
 * locked, so the rule never fires there, and the runs stay few.
 */
export function planValidations(rows: readonly TableRow[], period: Period, lang: Lang): readonly ValidationPlan[] {
  // Rows share a validation when they share its rule and its words (kind and unit).
  const keyOf = (def: IndicatorDef): string => {
    const text = alertText(def, lang);
    return `${validationKind(def.numberType)}\u0000${text.title}\u0000${text.message}`;
  };
  const byKey = new Map<string, { kind: Kind; alert: ValidationPlan["alert"] }>();
  const key = (def: IndicatorDef): string => {
    const k = keyOf(def);
    if (!byKey.has(k)) byKey.set(k, { kind: validationKind(def.numberType), alert: { style: "Warning", ...alertText(def, lang) } });
    return k;
  };
  const out: ValidationPlan[] = [];
  const push = (column: "plan" | "carriedYtd", run: { key: string; from: number; to: number }) => {
    const { kind, alert } = byKey.get(run.key)!;
    const to = column === "plan" ? col("actual") : col("carriedYtd");
    out.push({ range: rangeAddress(col(column), run.from, to, run.to), rule: ruleOf(kind), alert });
  };
  for (const run of rowRuns(rows.map((r) => ({ row: r.row, key: r.kind === "indicator" ? key(r.indicator) : null })))) push("plan", run);
  // The carried Lũy kế (typed once a quarter, by whoever lacks last quarter's sheet) says the kind's
  // rule only: one run per kind keeps a large sheet's validations few.
  const kindKey = (def: IndicatorDef): string => {
    const kind = validationKind(def.numberType);
    const k = `carried\u0000${kind}`;
    if (!byKey.has(k)) byKey.set(k, { kind, alert: { style: "Warning", title: VALIDATION_TEXT[kind].title[lang], message: VALIDATION_TEXT[kind].message[lang] } });
    return k;
  };
  const carried = rows.map((r) => ({ row: r.row, key: r.kind === "indicator" && carriesYtd(r.indicator, period) ? kindKey(r.indicator) : null }));
  for (const run of rowRuns(carried)) push("carriedYtd", run);
  return out;
}
