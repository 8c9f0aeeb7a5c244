// What the engine needs to know of each indicator beyond its definition, worked out once per
// template (templates are immutable): the grading rules that apply, whether it is qualitative or
// a growth rate, its unit. Reading optional fields off 10,000 definitions of many shapes on
// every check costs more than the check of a plain row; this table is read instead.
import { gradingRules, type GradingRules } from "../grading/grading-rules";
import type { IndicatorDef } from "../indicator";
import type { Template } from "./template";
import { templateIndicators } from "./template-schema";

export interface IndicatorFacts {
  readonly rules: GradingRules;
  /** The result may be words ("Xuất siêu"): format 2's `qualitative`. */
  readonly qualitative: boolean;
  /** The figures are % changes ("Tốc độ tăng GDP"): the indicator states a `grading.growth`. */
  readonly growthRate: boolean;
  /** The row's unit, in which figures typed with a unit are read ("tỷ đồng"). */
  readonly unit: string;
}

const cache = new WeakMap<Template, ReadonlyMap<IndicatorDef, IndicatorFacts>>();

export function factsOf(template: Template, def: IndicatorDef): IndicatorFacts {
  return { rules: gradingRules(template, def), qualitative: def.qualitative === true, growthRate: def.grading?.growth !== undefined, unit: def.unit.vi };
}

/** Every indicator's facts, by definition. */
export function indicatorFacts(template: Template): ReadonlyMap<IndicatorDef, IndicatorFacts> {
  let map = cache.get(template);
  if (map === undefined) {
    map = new Map(templateIndicators(template).map((def) => [def, factsOf(template, def)]));
    cache.set(template, map);
  }
  return map;
}
