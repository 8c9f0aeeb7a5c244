// A small JSON Schema (2020-12) evaluator for the keywords schema/template.schema.json uses, so
// the published schema can be tested against the hand-written check without a new dependency.
// Keywords it does not know make it fail loudly, so the schema cannot drift beyond what is tested.
type Schema = { readonly [k: string]: unknown } | boolean;

const KNOWN = new Set([
  "$schema", "$id", "$defs", "$ref", "title", "description", "type", "enum", "const", "pattern", "minLength",
  "minItems", "required", "additionalProperties", "properties", "items", "oneOf", "exclusiveMinimum", "maximum",
]);

const typeOf = (v: unknown): string =>
  v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;

export function validate(root: Schema, value: unknown): string[] {
  let errors: string[] = [];
  const resolve = (ref: string): Schema => {
    if (!ref.startsWith("#/")) throw new Error(`Only local refs: ${ref}`);
    let at: unknown = root;
    for (const part of ref.slice(2).split("/")) at = (at as Record<string, unknown>)[part];
    if (at === undefined) throw new Error(`Unresolved ref ${ref}`);
    return at as Schema;
  };
  const check = (s: Schema, v: unknown, path: string): void => {
    if (s === true) return;
    if (s === false) { errors.push(`${path}: false schema`); return; }
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`Unsupported keyword ${k}`);
    if (typeof s.$ref === "string") check(resolve(s.$ref), v, path);
    if (typeof s.type === "string") {
      const t = typeOf(v);
      const ok = s.type === t || (s.type === "number" && t === "integer");
      if (!ok) { errors.push(`${path}: type ${s.type}`); return; }
    }
    if (Array.isArray(s.enum) && !s.enum.includes(v)) errors.push(`${path}: enum`);
    if ("const" in s && s.const !== v) errors.push(`${path}: const`);
    if (typeof v === "string") {
      if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(v)) errors.push(`${path}: pattern`);
      if (typeof s.minLength === "number" && [...v].length < s.minLength) errors.push(`${path}: minLength`);
    }
    if (typeof v === "number") {
      if (typeof s.exclusiveMinimum === "number" && !(v > s.exclusiveMinimum)) errors.push(`${path}: exclusiveMinimum`);
      if (typeof s.maximum === "number" && !(v <= s.maximum)) errors.push(`${path}: maximum`);
    }
    if (Array.isArray(v)) {
      if (typeof s.minItems === "number" && v.length < s.minItems) errors.push(`${path}: minItems`);
      if (s.items !== undefined) v.forEach((x, i) => check(s.items as Schema, x, `${path}[${i}]`));
    }
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const props = (s.properties ?? {}) as Record<string, Schema>;
      if (Array.isArray(s.required)) for (const r of s.required as string[]) if (!(r in o)) errors.push(`${path}.${r}: required`);
      for (const [k, x] of Object.entries(o)) {
        if (k in props) check(props[k], x, `${path}.${k}`);
        else if (s.additionalProperties === false) errors.push(`${path}.${k}: additionalProperties`);
      }
    }
    if (Array.isArray(s.oneOf)) {
      const outer = errors;
      const passing = (s.oneOf as Schema[]).filter((sub) => {
        errors = [];
        check(sub, v, path);
        return errors.length === 0;
      });
      errors = outer;
      if (passing.length !== 1) errors.push(`${path}: oneOf (${passing.length} match)`);
    }
  };
  check(root, value, "$");
  return errors;
}
