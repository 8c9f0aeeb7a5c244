// The template file check: the built-in template passes; each bad fixture fails with the field
// path and reason it is named for, in both languages; the published JSON Schema agrees.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { templateErrorMessage } from "../../../src/core/i18n";
import { BUILTIN_TEMPLATES, builtinTemplate } from "../../../src/core/template/template-builtin";
import type { TemplateErrorCode } from "../../../src/core/template/template-error";
import { parseTemplate, TEMPLATE_FIELDS } from "../../../src/core/template/template-schema";
import { validate } from "./json-schema-lite";

const ROOT = join(__dirname, "../../..");
const FIXTURES = join(__dirname, "fixtures/templates");
const schema = JSON.parse(readFileSync(join(ROOT, "schema/template.schema.json"), "utf8"));
const builtinJson = JSON.parse(readFileSync(join(ROOT, "src/core/template/builtin/stttt-quarterly.json"), "utf8"));
const load = (file: string): unknown => JSON.parse(readFileSync(join(FIXTURES, file), "utf8"));

/** Each bad fixture: the first error the hand check must report, and whether the JSON Schema can see it. */
const EXPECTED: Readonly<Record<string, { path: string; code: TemplateErrorCode; schemaSees: boolean }>> = {
  "error.missing-id.json": { path: "id", code: "missing", schemaSees: true },
  "error.kind-not-allowed.json": { path: "sections[1].indicators[0].kind", code: "not-allowed", schemaSees: true },
  "error.direction-wrong-type.json": { path: "sections[0].indicators[0].direction", code: "wrong-type", schemaSees: true },
  "error.duplicate-code.json": { path: "sections[2].indicators[1].code", code: "duplicate-code", schemaSees: false },
  "error.unknown-parent.json": { path: "sections[0].indicators[1].parent", code: "unknown-parent", schemaSees: false },
  "error.parent-cycle.json": { path: "sections[0].indicators[0].parent", code: "parent-cycle", schemaSees: false },
  "error.rule-unknown-code.json": { path: "rules[1].parts[3]", code: "unknown-code", schemaSees: false },
  "error.rule-unknown-kind.json": { path: "rules[2].kind", code: "not-allowed", schemaSees: true },
  "error.near-threshold-out-of-range.json": { path: "nearThreshold", code: "out-of-range", schemaSees: true },
  "error.bad-version.json": { path: "version", code: "bad-format", schemaSees: true },
  "error.bad-code.json": { path: "sections[1].indicators[1].code", code: "bad-format", schemaSees: true },
  "error.unknown-field.json": { path: "sections[0].indicators[2].dirction", code: "unknown-field", schemaSees: true },
  "error.empty-sections.json": { path: "sections", code: "empty", schemaSees: true },
  "error.empty-name.json": { path: "sections[2].indicators[0].name.vi", code: "empty", schemaSees: true },
  "error.missing-english-title.json": { path: "title.en", code: "missing", schemaSees: true },
  "error.report-type-not-allowed.json": { path: "reportType", code: "not-allowed", schemaSees: true },
  "error.required-wrong-type.json": { path: "sections[1].indicators[0].required", code: "wrong-type", schemaSees: true },
  "error.not-an-object.json": { path: "", code: "wrong-type", schemaSees: true },
  // Format 2's fields exist only in format 2 files: a wave 1 file is read exactly as before.
  "error.grading-in-format-1.json": { path: "grading", code: "unknown-field", schemaSees: false },
  "error.bands-not-allowed.json": { path: "grading.bands", code: "not-allowed", schemaSees: true },
};

describe("the built-in template", () => {
  test("passes the hand check and the published JSON Schema, and points editors to that schema", () => {
    expect(parseTemplate(builtinJson).ok).toBe(true);
    expect(validate(schema, builtinJson)).toEqual([]);
    expect(builtinJson.$schema).toBe("../../../schema/template.schema.json");
  });

  test("is exactly the table of the domain brief", () => {
    const t = builtinTemplate("stttt-quarterly");
    expect(t).not.toBeNull();
    if (t === null) return;
    const rows = t.sections.flatMap((s) => [
      `${s.code} | ${s.name.vi}`,
      ...s.indicators.map((i) => `${i.code} | ${i.name.vi} | ${i.unit.vi} | ${i.kind} | ${i.direction} | ${i.numberType}${i.parent ? ` | parent ${i.parent}` : ""}`),
    ]);
    expect(rows).toEqual([
      "A | Bưu chính, viễn thông, Internet",
      "A.1 | Tổng số thuê bao điện thoại | thuê bao | stock | higher | integer",
      "A.1.1 | Trong đó: thuê bao di động | thuê bao | stock | higher | integer | parent A.1",
      "A.1.2 | Trong đó: thuê bao cố định | thuê bao | stock | higher | integer | parent A.1",
      "A.2 | Thuê bao Internet băng rộng cố định (ADSL) | thuê bao | stock | higher | integer",
      "B | Ứng dụng công nghệ thông tin, chính quyền điện tử",
      "B.1 | Tỷ lệ thủ tục hành chính được đăng tải trên Cổng Thông tin điện tử | % | rate | higher | percent",
      "B.2 | Tỷ lệ dịch vụ hành chính công mức độ 3, 4 thực hiện trên Cổng | % | rate | higher | percent",
      "C | Thanh tra, kiểm tra",
      "C.1 | Số cuộc thanh tra, kiểm tra | cuộc | flow | higher | integer",
      "C.2 | Số tổ chức, cá nhân được thanh tra, kiểm tra | tổ chức, cá nhân | flow | informational | integer",
      "C.2.1 | Trong đó: công ty in | tổ chức | flow | informational | integer | parent C.2",
      "C.2.2 | Trong đó: cơ sở in | tổ chức | flow | informational | integer | parent C.2",
      "C.2.3 | Trong đó: công ty phát hành sách | tổ chức | flow | informational | integer | parent C.2",
      "C.2.4 | Trong đó: cơ sở phát hành xuất bản phẩm | tổ chức, cá nhân | flow | informational | integer | parent C.2",
      "C.3 | Số tổ chức, cá nhân vi phạm bị xử phạt | tổ chức, cá nhân | flow | informational | integer",
      "C.4 | Số tiền xử phạt vi phạm hành chính | đồng | flow | informational | money",
      "C.5 | Số xuất bản phẩm vi phạm bị tiêu hủy | cuốn | flow | informational | integer",
    ]);
    expect(t.rules).toEqual([
      { kind: "sum", total: "A.1", parts: ["A.1.1", "A.1.2"] },
      { kind: "sum", total: "C.2", parts: ["C.2.1", "C.2.2", "C.2.3", "C.2.4"] },
      { kind: "not-exceed", subset: "C.3", set: "C.2" },
    ]);
    expect([t.reportType, t.nearThreshold, t.agency.parent, t.agency.issuing, t.place]).toEqual(["tt03-2013", 0.9, "UBND TỈNH HÀ NAM", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Hà Nam"]);
    // Graded indicators need an explanation when short; parts and informational ones do not.
    expect(t.sections.flatMap((s) => s.indicators).filter((i) => i.explanationRequired).map((i) => i.code)).toEqual(["A.1", "A.1.1", "A.1.2", "A.2", "B.1", "B.2", "C.1"]);
    expect(Object.keys(BUILTIN_TEMPLATES)).toEqual(["stttt-quarterly"]);
    expect(builtinTemplate("no-such-template")).toBeNull();
  });
});

describe("template fixtures", () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".json")).sort();

  test("every error fixture has an expectation and every expectation a fixture", () => {
    expect(files.filter((f) => f.startsWith("error."))).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(files.filter((f) => f.startsWith("valid.")))("%s passes both checks", (file) => {
    expect(parseTemplate(load(file))).toMatchObject({ ok: true });
    expect(validate(schema, load(file))).toEqual([]);
  });

  test.each(Object.entries(EXPECTED))("%s is rejected at the field it breaks", (file, want) => {
    const parsed = parseTemplate(load(file));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]).toMatchObject({ path: want.path, code: want.code });
    // The JSON Schema agrees wherever it can express the constraint; cross-references are the hand check's alone.
    expect(validate(schema, load(file)).length > 0).toBe(want.schemaSees);
  });

  test.each(Object.keys(EXPECTED))("%s is explained in Vietnamese and English, naming the field", (file) => {
    const parsed = parseTemplate(load(file));
    if (parsed.ok) throw new Error("expected errors");
    const e = parsed.errors[0];
    const vi = templateErrorMessage(e, "vi");
    const en = templateErrorMessage(e, "en");
    if (e.path !== "") {
      expect(vi).toContain(`"${e.path}"`);
      expect(en).toContain(`"${e.path}"`);
    }
    expect(vi).toMatch(/Hãy|Mỗi/);
    expect(en).not.toBe(vi);
    expect(en).toMatch(/\b(Add|Use|Correct|Write|Fill|Point|Every)\b/);
  });
});

describe("the JSON Schema and the hand check describe the same fields", () => {
  const props = (s: { properties?: Record<string, unknown>; required?: string[] }) => ({ all: Object.keys(s.properties ?? {}).sort(), required: [...(s.required ?? [])].sort() });
  const sorted = (xs: readonly string[]): string[] => [...xs].sort();
  test("top level, indicator and grading objects: the same names, the same required ones", () => {
    expect(props(schema)).toEqual({ all: sorted([...TEMPLATE_FIELDS.top, ...TEMPLATE_FIELDS.topOptional, ...TEMPLATE_FIELDS.topV2]), required: sorted(TEMPLATE_FIELDS.top) });
    expect(props(schema.$defs.indicator)).toEqual({
      all: sorted([...TEMPLATE_FIELDS.indicator, ...TEMPLATE_FIELDS.indicatorOptional, ...TEMPLATE_FIELDS.indicatorV2]), required: sorted(TEMPLATE_FIELDS.indicator),
    });
    expect(props(schema.$defs.templateGrading)).toEqual({ all: sorted(TEMPLATE_FIELDS.templateGrading), required: [] });
    expect(props(schema.$defs.indicatorGrading)).toEqual({ all: sorted(TEMPLATE_FIELDS.indicatorGrading), required: [] });
  });
});

describe("parseTemplate", () => {
  test("reports every problem at once, not only the first", () => {
    const bad = { ...builtinJson, id: "Bad Id", version: 1, nearThreshold: 0 };
    const parsed = parseTemplate(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => `${e.path}:${e.code}`)).toEqual(["id:bad-format", "version:wrong-type", "nearThreshold:out-of-range"]);
  });

  test("normalises decomposed Vietnamese (NFD) names to NFC", () => {
    const nfd = JSON.parse(JSON.stringify(builtinJson).normalize("NFD"));
    const parsed = parseTemplate(nfd);
    expect(parsed.ok && parsed.template.sections[0].name.vi).toBe("Bưu chính, viễn thông, Internet");
  });

  test("keeps optional per-indicator thresholds and lower-is-better directions", () => {
    const parsed = parseTemplate(load("valid.small.json"));
    expect(parsed.ok && parsed.template.sections[0].indicators.map((i) => [i.code, i.direction, i.nearThreshold])).toEqual([
      ["B.1", "higher", 0.95], ["B.2", "lower", undefined],
    ]);
  });

  test("reads format 2's grading rules and qualitative indicators; format 1 files carry none", () => {
    const parsed = parseTemplate(load("valid.format-2.json"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [b1, b2] = parsed.template.sections[0].indicators;
    expect([parsed.template.format, parsed.template.grading]).toEqual([2, { bands: "three", prorate: false, exceededFrom: 1.05 }]);
    expect([b1.grading, b2.qualitative, b2.accepted, b2.exceeding]).toEqual([{ growth: "points", bands: "four", prorate: true }, true, ["Hoàn thành"], ["Xuất siêu"]]);
    const old = parseTemplate(builtinJson);
    expect(old.ok && [old.template.format, old.template.grading]).toEqual([undefined, undefined]);
    expect(parseTemplate({ ...builtinJson, format: 3 })).toMatchObject({ ok: false, errors: [{ path: "format", code: "not-allowed" }] });
  });

  test("never throws on arbitrary JSON values", () => {
    for (const v of [null, 0, "x", true, [], {}, { sections: null }, { sections: [null] }, { rules: [1] }, { sections: [{ indicators: [[]] }] }]) {
      expect(parseTemplate(v).ok).toBe(false);
    }
  });
});
