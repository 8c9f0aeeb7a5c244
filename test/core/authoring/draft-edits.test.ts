// Editing a template: add, remove, reorder, change unit, direction and kind, rename. Codes stay
// (typed figures are kept by code), the result always loads, and the version goes up.
import { addIndicator, bumpVersion, draftOfTemplate, draftTemplate, editIndicator, moveIndicator, removeIndicator, renameSection } from "../../../src/core/authoring";
import { indicatorCode } from "../../../src/core/indicator";
import { defaultTemplate } from "../../../src/core/template/template-builtin";
import { parseTemplate } from "../../../src/core/template/template-schema";

const code = indicatorCode;
const base = draftOfTemplate(defaultTemplate());
const codes = (d: typeof base) => d.indicators.map((i) => i.code);

test("an opened template comes back unchanged", () => {
  const t = draftTemplate(base);
  expect(t.ok && t.template).toEqual(defaultTemplate());
});

test("removing a total moves its parts up and drops the rules that named it", () => {
  const d = removeIndicator(base, code("C.2"));
  expect(codes(d)).not.toContain("C.2");
  expect(d.indicators.find((i) => i.code === "C.2.1")).toMatchObject({ required: true });
  expect(d.indicators.find((i) => i.code === "C.2.1")?.parent).toBeUndefined();
  expect(d.rules).toEqual([{ kind: "sum", total: "A.1", parts: ["A.1.1", "A.1.2"] }]);
  expect(draftTemplate(d).ok).toBe(true);
});

test("moving an indicator moves its parts with it and keeps every code", () => {
  const d = moveIndicator(base, code("A.2"), -1);
  expect(codes(d).slice(0, 4)).toEqual(["A.2", "A.1", "A.1.1", "A.1.2"]);
  const back = moveIndicator(d, code("A.2"), 1);
  expect(codes(back)).toEqual(codes(base));
  // The first of its section cannot go up into another section.
  expect(codes(moveIndicator(base, code("B.1"), -1))).toEqual(codes(base));
});

test("an added indicator gets a code never used in the section, its kind guessed from name and unit", () => {
  const d = addIndicator(removeIndicator(base, code("B.2")), "B", "Tỷ lệ hồ sơ trực tuyến", "%");
  const added = d.indicators[d.indicators.length - 1 - d.indicators.filter((i) => i.section === "C").length];
  expect(added).toMatchObject({ code: "B.2", section: "B", kind: "rate", numberType: "percent", row: null });
  const again = addIndicator(base, "B", "Số cổng dịch vụ", "cổng");
  expect(again.indicators.find((i) => i.name.vi === "Số cổng dịch vụ")?.code).toBe("B.3");
  expect(draftTemplate(again).ok).toBe(true);
});

test("unit, direction, kind and names change; the English text follows only while it was a copy", () => {
  let d = editIndicator(base, code("C.1"), { unit: "cuộc thanh tra", direction: "informational", kind: "stock", name: "Số cuộc thanh tra" });
  const c1 = d.indicators.find((i) => i.code === "C.1")!;
  expect(c1).toMatchObject({ unit: { vi: "cuộc thanh tra", en: "inspections" }, direction: "informational", explanationRequired: false, kind: "stock" });
  expect(c1.name).toEqual({ vi: "Số cuộc thanh tra", en: "Inspections carried out" });
  d = renameSection(d, "C", "Thanh tra");
  expect(d.sections.find((s) => s.code === "C")?.name.vi).toBe("Thanh tra");
  expect(draftTemplate(d).ok).toBe(true);
});

test("an edited template is the next minor version", () => {
  expect(bumpVersion("1.0.0")).toBe("1.1.0");
  expect(bumpVersion("2.3.7")).toBe("2.4.0");
});

test("a format 2 template (grading rules, a qualitative indicator) keeps them through an edit", () => {
  const json = JSON.parse(JSON.stringify(defaultTemplate())) as Record<string, unknown> & { sections: { indicators: Record<string, unknown>[] }[] };
  json.format = 2;
  json.grading = { bands: "three", prorate: false };
  json.sections[1].indicators[0].qualitative = true;
  json.sections[1].indicators[0].accepted = ["Hoàn thành"];
  json.sections[0].indicators[0].grading = { growth: "points" };
  const parsed = parseTemplate(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const back = draftTemplate(renameSection(draftOfTemplate(parsed.template), "C", "Thanh tra"));
  if (!back.ok) throw new Error(JSON.stringify(back.errors));
  expect(back.template.format).toBe(2);
  expect(back.template.grading).toEqual({ bands: "three", prorate: false });
  expect(back.template.sections[1].indicators[0]).toMatchObject({ qualitative: true, accepted: ["Hoàn thành"] });
  expect(back.template.sections[0].indicators[0].grading).toEqual({ growth: "points" });
});
