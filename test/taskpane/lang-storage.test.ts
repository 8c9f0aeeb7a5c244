// The language chosen with the switch, remembered on this computer (the browser test proves it
// survives a reload of the real pane).
import { loadLang, saveLang } from "../../src/taskpane/i18n/lang-storage";

const memory = (): Storage => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k), clear: () => m.clear(), key: () => null, get length() { return m.size; } };
};

describe("the language chosen on this computer", () => {
  test("nothing chosen yet: the pane follows Office", () => {
    expect(loadLang(memory())).toBeNull();
  });

  test("a chosen language comes back, and the latest choice wins", () => {
    const storage = memory();
    saveLang("en", storage);
    expect(loadLang(storage)).toBe("en");
    saveLang("vi", storage);
    expect(loadLang(storage)).toBe("vi");
  });

  test("a damaged entry, a refusing or a missing storage never stops the pane", () => {
    const storage = memory();
    storage.setItem("chitieu.lang.v1", "fr");
    expect(loadLang(storage)).toBeNull();
    const refusing = { ...memory(), setItem: () => { throw new Error("QuotaExceededError"); } } as Storage;
    expect(() => saveLang("en", refusing)).not.toThrow();
    const unreadable = { ...memory(), getItem: () => { throw new Error("SecurityError"); } } as Storage;
    expect(loadLang(unreadable)).toBeNull();
    expect(loadLang(null)).toBeNull();
  });
});
