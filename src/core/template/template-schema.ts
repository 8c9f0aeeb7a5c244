// The hand-written check of a template file. schema/template.schema.json publishes the same
// constraints for editors; test/core/engine/template-schema.test.ts keeps the two in step.
import { BANDS, GROWTH_GRADINGS, type IndicatorGrading, type TemplateGrading } from "../grading/grading-rules";
import { TEMPLATE_FORMATS, type ConsistencyRule, type ReportType, type Template, type TemplateFormat } from "./template";
import type { TemplateError, TemplateErrorCode } from "./template-error";
import type { Direction, IndicatorCode, IndicatorDef, IndicatorKind, LocalText, NumberType, SectionCode, SectionDef } from "../indicator";

export type TemplateParse = { readonly ok: true; readonly template: Template } | { readonly ok: false; readonly errors: readonly TemplateError[] };

export const REPORT_TYPES: readonly ReportType[] = ["nd09-2019", "tt03-2013", "calendar"];
export const INDICATOR_KINDS: readonly IndicatorKind[] = ["stock", "flow", "rate"];
export const DIRECTIONS: readonly Direction[] = ["higher", "lower", "informational"];
export const NUMBER_TYPES: readonly NumberType[] = ["integer", "decimal", "percent", "money"];

/** Patterns shared with the JSON Schema file. */
export const TEMPLATE_PATTERNS = {
  id: "^[a-z0-9]+(-[a-z0-9]+)*$",
  version: "^[0-9]+\\.[0-9]+\\.[0-9]+$",
  code: "^[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$",
} as const;

type Json = Record<string, unknown>;

class Checker {
  readonly errors: TemplateError[] = [];

  add(path: string, code: TemplateErrorCode, extra: { expected?: string; value?: unknown } = {}): void {
    const e: { path: string; code: TemplateErrorCode; expected?: string; value?: string } = { path, code };
    if (extra.expected !== undefined) e.expected = extra.expected;
    if (extra.value !== undefined) e.value = show(extra.value);
    this.errors.push(e);
  }

  object(v: unknown, path: string, fields: readonly string[], optional: readonly string[] = []): Json | null {
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      this.add(path, "wrong-type", { expected: "object", value: v });
      return null;
    }
    const o = v as Json;
    for (const f of fields) if (!(f in o)) this.add(join(path, f), "missing");
    for (const k of Object.keys(o)) if (!fields.includes(k) && !optional.includes(k)) this.add(join(path, k), "unknown-field");
    return o;
  }

  string(o: Json, key: string, path: string, pattern?: string): string | null {
    if (!(key in o)) return null;
    const v = o[key];
    const p = join(path, key);
    if (typeof v !== "string") return this.add(p, "wrong-type", { expected: "string", value: v }), null;
    if (v.trim() === "") return this.add(p, "empty"), null;
    if (pattern !== undefined && !new RegExp(pattern).test(v)) return this.add(p, "bad-format", { expected: pattern, value: v }), null;
    return v.normalize("NFC");
  }

  oneOf<T extends string>(o: Json, key: string, path: string, allowed: readonly T[]): T | null {
    if (!(key in o)) return null;
    const v = o[key];
    if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
      this.add(join(path, key), typeof v === "string" ? "not-allowed" : "wrong-type", { expected: allowed.join(" | "), value: v });
      return null;
    }
    return v as T;
  }

  boolean(o: Json, key: string, path: string): boolean | null {
    if (!(key in o)) return null;
    const v = o[key];
    if (typeof v !== "boolean") return this.add(join(path, key), "wrong-type", { expected: "boolean", value: v }), null;
    return v;
  }

  threshold(o: Json, key: string, path: string): number | null {
    if (!(key in o)) return null;
    const v = o[key];
    const p = join(path, key);
    if (typeof v !== "number" || !Number.isFinite(v)) return this.add(p, "wrong-type", { expected: "number", value: v }), null;
    if (v <= 0 || v > 1) return this.add(p, "out-of-range", { expected: "0 < x ≤ 1", value: v }), null;
    return v;
  }

  array(o: Json, key: string, path: string, nonEmpty: boolean): readonly unknown[] | null {
    if (!(key in o)) return null;
    const v = o[key];
    const p = join(path, key);
    if (!Array.isArray(v)) return this.add(p, "wrong-type", { expected: "array", value: v }), null;
    if (nonEmpty && v.length === 0) return this.add(p, "empty"), null;
    return v;
  }

  /** Format 2's grading rules: bands, prorate and (for an indicator) growth, each optional. */
  grading(o: Json, key: string, path: string, indicator: boolean): IndicatorGrading | null {
    if (!(key in o)) return null;
    const p = join(path, key);
    const g = this.object(o[key], p, [], indicator ? TEMPLATE_FIELDS.indicatorGrading : TEMPLATE_FIELDS.templateGrading);
    if (g === null) return null;
    const before = this.errors.length;
    const bands = this.oneOf(g, "bands", p, BANDS);
    const prorate = this.boolean(g, "prorate", p);
    const growth = indicator ? this.oneOf(g, "growth", p, GROWTH_GRADINGS) : null;
    const exceededFrom = this.exceededFrom(g, p);
    if (this.errors.length > before) return null;
    return {
      ...(bands !== null ? { bands } : {}),
      ...(prorate !== null ? { prorate } : {}),
      ...(exceededFrom !== null ? { exceededFrom } : {}),
      ...(growth !== null ? { growth } : {}),
    };
  }

  /** A ratio above 1 and at most 10 (Vượt from 105 % is 1.05). */
  exceededFrom(o: Json, path: string): number | null {
    if (!("exceededFrom" in o)) return null;
    const v = o.exceededFrom;
    const p = join(path, "exceededFrom");
    if (typeof v !== "number" || !Number.isFinite(v)) return this.add(p, "wrong-type", { expected: "number", value: v }), null;
    if (v <= 1 || v > 10) return this.add(p, "out-of-range", { expected: "1 < x ≤ 10", value: v }), null;
    return v;
  }

  /** A list of non-empty words (a qualitative indicator's accepted results). */
  words(o: Json, key: string, path: string): readonly string[] | null {
    const list = this.array(o, key, path, true);
    if (list === null) return null;
    const before = this.errors.length;
    const out = list.map((w, i) => {
      const at = join(join(path, key), i);
      if (typeof w !== "string") return this.add(at, "wrong-type", { expected: "string", value: w }), "";
      if (w.trim() === "") return this.add(at, "empty"), "";
      return w.normalize("NFC");
    });
    return this.errors.length > before ? null : out;
  }

  localText(o: Json, key: string, path: string, allowEmpty = false): LocalText | null {
    if (!(key in o)) return null;
    const p = join(path, key);
    const t = this.object(o[key], p, ["vi", "en"]);
    if (t === null) return null;
    const read = (lang: "vi" | "en"): string | null => {
      if (!(lang in t)) return null;
      const v = t[lang];
      if (typeof v !== "string") return this.add(join(p, lang), "wrong-type", { expected: "string", value: v }), null;
      if (!allowEmpty && v.trim() === "") return this.add(join(p, lang), "empty"), null;
      return v.normalize("NFC");
    };
    const vi = read("vi");
    const en = read("en");
    return vi === null || en === null ? null : { vi, en };
  }
}

const join = (path: string, key: string | number): string =>
  typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;

function show(v: unknown): string {
  const s = v === undefined ? "undefined" : JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/**
 * The fields of each object of a template file, required then optional, per format: the JSON
 * Schema's properties must be exactly these (test/core/engine/template-schema.test.ts).
 */
export const TEMPLATE_FIELDS = {
  top: ["id", "version", "title", "agency", "place", "reportType", "nearThreshold", "sections", "rules"],
  topOptional: ["$schema", "format"],
  topV2: ["grading"],
  indicator: ["code", "name", "unit", "kind", "direction", "numberType", "required", "explanationRequired"],
  indicatorOptional: ["parent", "nearThreshold"],
  indicatorV2: ["grading", "qualitative", "accepted", "exceeding"],
  templateGrading: ["bands", "prorate", "exceededFrom"],
  indicatorGrading: ["bands", "prorate", "exceededFrom", "growth"],
} as const;

const INDICATOR_FIELDS = TEMPLATE_FIELDS.indicator;

/** Fields a format 2 template adds to an indicator; in a format 1 file they are unknown fields, as before. */
const INDICATOR_FIELDS_V2 = TEMPLATE_FIELDS.indicatorV2;

function indicator(c: Checker, v: unknown, path: string, format: TemplateFormat): IndicatorDef | null {
  const o = c.object(v, path, INDICATOR_FIELDS, [...TEMPLATE_FIELDS.indicatorOptional, ...(format === 2 ? INDICATOR_FIELDS_V2 : [])]);
  if (o === null) return null;
  const code = c.string(o, "code", path, TEMPLATE_PATTERNS.code);
  const name = c.localText(o, "name", path);
  // A unit may be blank (a plain count), but it must be there in both languages.
  const unit = c.localText(o, "unit", path, true);
  const kind = c.oneOf(o, "kind", path, INDICATOR_KINDS);
  const direction = c.oneOf(o, "direction", path, DIRECTIONS);
  const numberType = c.oneOf(o, "numberType", path, NUMBER_TYPES);
  const required = c.boolean(o, "required", path);
  const explanationRequired = c.boolean(o, "explanationRequired", path);
  const parent = c.string(o, "parent", path, TEMPLATE_PATTERNS.code);
  const nearThreshold = c.threshold(o, "nearThreshold", path);
  const grading = c.grading(o, "grading", path, true);
  const qualitative = c.boolean(o, "qualitative", path);
  const accepted = c.words(o, "accepted", path);
  const exceeding = c.words(o, "exceeding", path);
  if (("grading" in o && grading === null) || ("qualitative" in o && qualitative === null) || ("accepted" in o && accepted === null)
    || ("exceeding" in o && exceeding === null)) return null;
  if (code === null || name === null || unit === null || kind === null || direction === null
    || numberType === null || required === null || explanationRequired === null) return null;
  if ("parent" in o && parent === null) return null;
  if ("nearThreshold" in o && nearThreshold === null) return null;
  return {
    code: code as IndicatorCode, name, unit, kind, direction, numberType, required, explanationRequired,
    ...(parent !== null ? { parent: parent as IndicatorCode } : {}),
    ...(nearThreshold !== null ? { nearThreshold } : {}),
    ...(grading !== null ? { grading } : {}),
    ...(qualitative !== null ? { qualitative } : {}),
    ...(accepted !== null ? { accepted } : {}),
    ...(exceeding !== null ? { exceeding } : {}),
  };
}

function section(c: Checker, v: unknown, path: string, format: TemplateFormat): SectionDef | null {
  const o = c.object(v, path, ["code", "name", "indicators"]);
  if (o === null) return null;
  const code = c.string(o, "code", path, TEMPLATE_PATTERNS.code);
  const name = c.localText(o, "name", path);
  const items = c.array(o, "indicators", path, true);
  const indicators = (items ?? []).map((it, i) => indicator(c, it, join(join(path, "indicators"), i), format));
  if (code === null || name === null || items === null || indicators.some((x) => x === null)) return null;
  return { code: code as SectionCode, name, indicators: indicators as IndicatorDef[] };
}

function rule(c: Checker, v: unknown, path: string): ConsistencyRule | null {
  if (typeof v === "object" && v !== null && !Array.isArray(v) && (v as Json).kind === "not-exceed") {
    const o = c.object(v, path, ["kind", "subset", "set"]);
    if (o === null) return null;
    const subset = c.string(o, "subset", path, TEMPLATE_PATTERNS.code);
    const set = c.string(o, "set", path, TEMPLATE_PATTERNS.code);
    return subset === null || set === null ? null : { kind: "not-exceed", subset: subset as IndicatorCode, set: set as IndicatorCode };
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v) && (v as Json).kind !== "sum") {
    const o = v as Json;
    if (!("kind" in o)) c.add(join(path, "kind"), "missing");
    else c.add(join(path, "kind"), "not-allowed", { expected: "sum | not-exceed", value: o.kind });
    return null;
  }
  const o = c.object(v, path, ["kind", "total", "parts"]);
  if (o === null) return null;
  const total = c.string(o, "total", path, TEMPLATE_PATTERNS.code);
  const list = c.array(o, "parts", path, true);
  const parts = (list ?? []).map((p, i) => {
    const at = join(join(path, "parts"), i);
    if (typeof p !== "string") return c.add(at, "wrong-type", { expected: "string", value: p }), null;
    if (!new RegExp(TEMPLATE_PATTERNS.code).test(p)) return c.add(at, "bad-format", { expected: TEMPLATE_PATTERNS.code, value: p }), null;
    return p as IndicatorCode;
  });
  if (total === null || list === null || parts.some((p) => p === null)) return null;
  return { kind: "sum", total: total as IndicatorCode, parts: parts as IndicatorCode[] };
}

/** Cross-field checks, run once every field has the right shape. */
function references(c: Checker, sections: readonly SectionDef[], rules: readonly ConsistencyRule[]): void {
  const seen = new Set<string>();
  const indicators = new Map<string, IndicatorDef>();
  sections.forEach((s, si) => {
    if (seen.has(s.code)) c.add(`sections[${si}].code`, "duplicate-code", { value: s.code });
    seen.add(s.code);
    s.indicators.forEach((ind, ii) => {
      if (seen.has(ind.code)) c.add(`sections[${si}].indicators[${ii}].code`, "duplicate-code", { value: ind.code });
      seen.add(ind.code);
      if (!indicators.has(ind.code)) indicators.set(ind.code, ind);
    });
  });
  sections.forEach((s, si) => s.indicators.forEach((ind, ii) => {
    if (ind.parent === undefined) return;
    const path = `sections[${si}].indicators[${ii}].parent`;
    if (!indicators.has(ind.parent)) return c.add(path, "unknown-parent", { value: ind.parent });
    // Follow the chain of parents: reaching the start again means a cycle.
    let at: IndicatorDef | undefined = indicators.get(ind.parent);
    for (let steps = 0; at !== undefined && steps <= indicators.size; steps++) {
      if (at.code === ind.code) return c.add(path, "parent-cycle", { value: ind.parent });
      at = at.parent === undefined ? undefined : indicators.get(at.parent);
    }
  }));
  rules.forEach((r, ri) => {
    const refs: [string, string][] = r.kind === "sum"
      ? [["total", r.total], ...r.parts.map((p, i): [string, string] => [`parts[${i}]`, p])]
      : [["subset", r.subset], ["set", r.set]];
    for (const [field, code] of refs) if (!indicators.has(code)) c.add(`rules[${ri}].${field}`, "unknown-code", { value: code });
  });
}

const TOP_FIELDS = TEMPLATE_FIELDS.top;

/** Checks a parsed JSON value against the template schema; every problem is reported, with its path. */
export function parseTemplate(json: unknown): TemplateParse {
  const c = new Checker();
  // The format decides which fields exist: read it first. A format 1 file (no "format") reads as before.
  const raw = typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Json) : null;
  const formatValue = raw === null ? undefined : raw.format;
  const format: TemplateFormat = formatValue === 2 ? 2 : 1;
  const o = c.object(json, "", TOP_FIELDS, [...TEMPLATE_FIELDS.topOptional, ...(format === 2 ? TEMPLATE_FIELDS.topV2 : [])]);
  if (o === null) return { ok: false, errors: c.errors };
  // "format": 1 may be written out; anything else but 2 is refused.
  if ("format" in o && !(TEMPLATE_FORMATS as readonly unknown[]).includes(formatValue)) {
    c.add("format", typeof formatValue === "number" ? "not-allowed" : "wrong-type", { expected: TEMPLATE_FORMATS.join(" | "), value: formatValue });
  }
  const grading: TemplateGrading | null = c.grading(o, "grading", "", false);
  const id = c.string(o, "id", "", TEMPLATE_PATTERNS.id);
  const version = c.string(o, "version", "", TEMPLATE_PATTERNS.version);
  const title = c.localText(o, "title", "");
  const agencyObj = "agency" in o ? c.object(o.agency, "agency", ["parent", "issuing"]) : null;
  const parent = agencyObj && c.string(agencyObj, "parent", "agency");
  const issuing = agencyObj && c.string(agencyObj, "issuing", "agency");
  const place = c.string(o, "place", "");
  const reportType = c.oneOf(o, "reportType", "", REPORT_TYPES);
  const nearThreshold = c.threshold(o, "nearThreshold", "");
  const sectionList = c.array(o, "sections", "", true);
  const sections = (sectionList ?? []).map((s, i) => section(c, s, `sections[${i}]`, format));
  const ruleList = c.array(o, "rules", "", false);
  const rules = (ruleList ?? []).map((r, i) => rule(c, r, `rules[${i}]`));
  if (c.errors.length === 0) references(c, sections as SectionDef[], rules as ConsistencyRule[]);
  if (c.errors.length > 0 || id === null || version === null || title === null || !parent || !issuing || place === null
    || reportType === null || nearThreshold === null) {
    return { ok: false, errors: c.errors };
  }
  return {
    ok: true,
    template: {
      ...("format" in o ? { format } : {}),
      ...(grading !== null ? { grading } : {}),
      id: id as Template["id"], version, title, agency: { parent, issuing }, place, reportType, nearThreshold,
      sections: sections as SectionDef[], rules: rules as ConsistencyRule[],
    },
  };
}

const flattened = new WeakMap<Template, readonly IndicatorDef[]>();

/** Every indicator of a template, in sheet order (computed once per template object: templates are immutable). */
export function templateIndicators(t: Template): readonly IndicatorDef[] {
  let list = flattened.get(t);
  if (list === undefined) {
    list = t.sections.flatMap((s) => s.indicators);
    flattened.set(t, list);
  }
  return list;
}
