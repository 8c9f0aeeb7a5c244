// Each catalogue speaks one language: no Vietnamese left in the English pane, no English in the
// Vietnamese one (beyond the names of things: the add-in, Excel's keys, the summary sheet).
// Both catalogues satisfy one Messages type, so a key missing in either is a type error already;
// this test reads what the keys say.
import { CATALOGUES } from "../../src/taskpane/i18n";

/** Every string of a catalogue, functions called with a sample argument. */
function strings(node: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof node === "string") out.push([path, node]);
  else if (typeof node === "function") {
    const f = node as (...a: unknown[]) => unknown;
    out.push([path, String(f("X", "X", "X", "X"))]);
  } else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) strings(v, `${path}.${k}`, out);
  }
  return out;
}

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
/** Names that stay Vietnamese in English: the add-in, the language switch, the sheet it writes. */
const NAMES_IN_ENGLISH = ["Chỉ Tiêu", "Tiếng Việt", "Tổng hợp"];
const ENGLISH_WORDS = /\b(the|and|of|to|is|are|this|that|with|for|your|you|cell|cells|sheet|figure|check|review|error|please|click)\b/i;
/** Keys and product names Vietnamese text names in English, as Excel itself shows them. */
const NAMES_IN_VIETNAMESE = /\b(Excel|Office|Microsoft 365|Enter|Esc|Alt|Tab|JSON|Home|A4)\b/g;

test("the English catalogue has no Vietnamese words beyond names", () => {
  const leftovers = strings(CATALOGUES.en, "en", [])
    .map(([k, v]) => [k, NAMES_IN_ENGLISH.reduce((s, n) => s.split(n).join(""), v)] as const)
    .filter(([k, v]) => k !== "en.lang" && VIETNAMESE_LETTERS.test(v));
  expect(leftovers).toEqual([]);
});

test("the Vietnamese catalogue has no English words beyond names", () => {
  const leftovers = strings(CATALOGUES.vi, "vi", [])
    .filter(([k, v]) => k !== "vi.lang" && k !== "vi.languageSwitch" && ENGLISH_WORDS.test(v.replace(NAMES_IN_VIETNAMESE, "")));
  expect(leftovers).toEqual([]);
});

test("both catalogues have the same keys, and no text is empty", () => {
  const keys = (lang: "vi" | "en") => strings(CATALOGUES[lang], "", []).map(([k]) => k).sort();
  expect(keys("vi").length).toBeGreaterThan(100); // the walk reaches every nested text
  expect(keys("en")).toEqual(keys("vi"));
  const empty = [...strings(CATALOGUES.vi, "vi", []), ...strings(CATALOGUES.en, "en", [])].filter(([, v]) => v.trim() === "");
  expect(empty).toEqual([]);
});

test("an example in an empty field says it is one, so it never reads as a value already filled in", () => {
  const marker = { vi: /^ví dụ /, en: /^e\.g\. / } as const;
  for (const lang of ["vi", "en"] as const) {
    const examples = strings(CATALOGUES[lang], lang, []).filter(([k]) => /Placeholder$/.test(k) && !k.endsWith("datePlaceholder"));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.filter(([, v]) => !marker[lang].test(v))).toEqual([]);
  }
});
