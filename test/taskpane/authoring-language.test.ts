// The authoring words speak one language each: no Vietnamese in the English texts beyond what
// they quote from the department's table (“Chỉ tiêu”, “Trong đó”) and the unit đồng, and both
// languages have the same keys.
import { AUTHORING_WORDS } from "../../src/core/authoring";
import { AUTHORING_TEXT } from "../../src/taskpane/authoring/authoring-text";

function strings(node: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof node === "string") out.push([path, node]);
  else if (typeof node === "function") out.push([path, String((node as (...a: unknown[]) => unknown)("X", 1, 2, null))]);
  else if (node !== null && typeof node === "object") for (const [k, v] of Object.entries(node)) strings(v, `${path}.${k}`, out);
  return out;
}

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
/** Quoted table words, the unit đồng and the decree's own number stay as the table writes them. */
const unquoted = (s: string): string => s.replace(/“[^”]*”/g, "").replace(/\(Trong đó\)/g, "").replace(/(?<!\p{L})đồng(?!\p{L})/gu, "").replace(/NĐ-CP/g, "").replace(/\(Đạt, Hoàn thành…\)/g, "");

test.each([["pane", AUTHORING_TEXT], ["core", AUTHORING_WORDS]] as const)("the English %s words have no Vietnamese beyond what they quote", (_, words) => {
  const problem = { code: "plan-unreadable", row: 3, text: "X" } as const;
  const en = strings(words.en, "en", []).concat([["problem", (words.en as { problem?: (p: typeof problem) => string }).problem?.(problem) ?? ""]]);
  expect(en.filter(([, v]) => VIETNAMESE_LETTERS.test(unquoted(v)))).toEqual([]);
  const keys = (lang: "vi" | "en") => strings(words[lang], "", []).map(([k]) => k).sort();
  expect(keys("en")).toEqual(keys("vi"));
});
