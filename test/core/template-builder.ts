// Small templates for core tests: a list of indicators in one section, format 2.
import { indicatorCode, type IndicatorDef, type SectionCode } from "../../src/core/indicator";
import type { Template, TemplateId } from "../../src/core/template/template";

export type IndicatorSpec = Partial<Omit<IndicatorDef, "code" | "unit">> & { readonly code: string; readonly unit?: string };

export function indicator(spec: IndicatorSpec): IndicatorDef {
  const { code, unit, ...rest } = spec;
  return {
    name: { vi: code, en: code }, kind: "stock", direction: "higher", numberType: "decimal", required: false, explanationRequired: false,
    ...rest,
    code: indicatorCode(code),
    unit: { vi: unit ?? "", en: unit ?? "" },
  };
}

export function template(indicators: readonly IndicatorSpec[], extra: Partial<Template> = {}): Template {
  return {
    format: 2,
    id: "test-template" as TemplateId,
    version: "1.0.0",
    title: { vi: "Thử", en: "Test" },
    agency: { parent: "UBND TỈNH HÀ NAM", issuing: "SỞ THỬ" },
    place: "Hà Nam",
    reportType: "calendar",
    nearThreshold: 0.9,
    sections: [{ code: "A" as SectionCode, name: { vi: "A", en: "A" }, indicators: indicators.map(indicator) }],
    rules: [],
    ...extra,
  };
}
