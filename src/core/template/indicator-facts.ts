// What the engine needs to know of each indicator beyond its definition, worked out once per
// template (templates are immutable): the grading rules that apply, whether it is qualitative or
// a growth rate, its unit. Reading optional fields off 10,000 definitions of many shapes on
// every check costs more than the check of a plain row; this table is read instead, and it
// repeats the definition's fields the engine reads on every row, in one shape for all rows.
import { gradingRules, type GradingRules } from "../grading/grading-rules";
import type { Direction, IndicatorCode, IndicatorDef, IndicatorKind, NumberType } from "../indicator";
import type { Template } from "./template";
import { templateIndicators } from "./template-schema";

export interface IndicatorFacts {
  /** The definition these facts are of. */
  readonly def: IndicatorDef;
  readonly rules: GradingRules;
  /** The result may be words ("Xuất siêu"): format 2's `qualitative`. */
  readonly qualitative: boolean;
  /** The figures are % changes ("Tốc độ tăng GDP"): the indicator states a `grading.growth`. */
  readonly growthRate: boolean;
  /** The row's unit, in which figures typed with a unit are read ("tỷ đồng"). */
  readonly unit: string;
  // The definition's own fields, as IndicatorDef states them.
  readonly code: IndicatorCode;
  readonly kind: IndicatorKind;
  readonly direction: Direction;
  readonly numberType: NumberType;
  readonly required: boolean;
  readonly explanationRequired: boolean;
  readonly parent: IndicatorCode | undefined;
  readonly nearThreshold: number | undefined;
}

const cache = new WeakMap<Template, readonly IndicatorFacts[]>();

function factsOf(template: Template, def: IndicatorDef): IndicatorFacts {
  return {
    def, rules: gradingRules(template, def), qualitative: def.qualitative === true, growthRate: def.grading?.growth !== undefined, unit: def.unit.vi,
    code: def.code, kind: def.kind, direction: def.direction, numberType: def.numberType, required: def.required,
    explanationRequired: def.explanationRequired, parent: def.parent, nearThreshold: def.nearThreshold,
  };
}

/** Every indicator's facts, in template order. */
export function indicatorFacts(template: Template): readonly IndicatorFacts[] {
  let list = cache.get(template);
  if (list === undefined) {
    list = templateIndicators(template).map((def) => factsOf(template, def));
    cache.set(template, list);
  }
  return list;
}
