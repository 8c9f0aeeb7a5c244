// The pane's own logic: grouping findings, the reviewer's walk, reading a template file,
// language and Vietnamese formatting, the Office theme.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Finding, QualifiedAddress, Severity } from "../../src/core/finding";
import { indicatorCode } from "../../src/core/indicator";
import { countSeverities, groupFindings } from "../../src/taskpane/check/finding-groups";
import { CATALOGUES, formatIsoDate, formatNumber, langFromDisplayLanguage } from "../../src/taskpane/i18n";
import type { CheckView, IndicatorFacts } from "../../src/taskpane/pane-api";
import { flaggedCells } from "../../src/taskpane/review/review-walk";
import { loadReviewer, saveReviewer } from "../../src/taskpane/review/reviewer-storage";
import { readTemplateFile, templateErrorText } from "../../src/taskpane/template/template-file";
import { isDarkOffice, paneTheme } from "../../src/taskpane/theme";

const at = (a: string) => `'Quý I-2020'!${a}` as QualifiedAddress;
const ind = (code: string, section: string, cell: string, figure: IndicatorFacts["figure"]): IndicatorFacts => ({
  code: indicatorCode(code), section: { vi: section, en: section }, name: { vi: code, en: code }, unit: { vi: "", en: "" },
  cell: at(cell), figure, target: null, grade: "none", explanation: "",
});
const finding = (code: string, cell: string, severity: Severity): Finding => ({ code: indicatorCode(code), cell: at(cell), severity, rule: "not-a-number", evidence: {} });

const view: CheckView = {
  sheetName: "Quý I-2020",
  indicators: [ind("A.1", "A", "I12", 920), ind("A.2", "A", "I15", 110000), ind("B.2", "B", "I18", 870), ind("C.3", "C", "I25", "ba")],
  // Out of template order on purpose: the pane orders them.
  findings: [finding("C.3", "I25", "error"), finding("A.1", "I12", "warning"), finding("B.2", "I18", "error"), finding("A.1", "I12", "shortfall"), finding("A.1", "O12", "warning")],
  figureAt: (cell) => ({ [at("I12")]: 920, [at("I18")]: 870, [at("I25")]: "ba", [at("O12")]: null } as Record<string, number | string | null>)[cell] ?? null,
  message: (f) => f.rule,
};

describe("findings in the pane", () => {
  test("grouped by section in template order, counted by severity, the most serious first", () => {
    const groups = groupFindings(view, "all");
    expect(groups.map((g) => g.section?.vi)).toEqual(["A", "B", "C"]);
    expect(groups[0].counts).toEqual({ error: 0, shortfall: 1, warning: 2 });
    expect(groups[0].findings.map((f) => f.severity)).toEqual(["shortfall", "warning", "warning"]);
  });

  test("the severity filter keeps only that severity and drops empty sections", () => {
    const errors = groupFindings(view, "error");
    expect(errors.map((g) => g.section?.vi)).toEqual(["B", "C"]);
    expect(countSeverities(view.findings)).toEqual({ error: 2, shortfall: 1, warning: 2 });
  });

  test("the review walks each flagged cell once, in template order, with its current figure", () => {
    const cells = flaggedCells(view);
    expect(cells.map((c) => c.cell)).toEqual([at("I12"), at("O12"), at("I18"), at("I25")]);
    expect(cells[0].findings.map((f) => f.severity)).toEqual(["shortfall", "warning"]);
    expect(cells[3].figure).toBe("ba");
  });
});

describe("template files", () => {
  const builtin = readFileSync(path.join(__dirname, "../../src/core/template/builtin/stttt-quarterly.json"), "utf8");

  test("the built-in template's file reads, with or without a byte-order mark", () => {
    expect(readTemplateFile(builtin).ok).toBe(true);
    expect(readTemplateFile(`\uFEFF${builtin}`).ok).toBe(true);
  });

  test("a file that is not JSON says so; a wrong field is named with its path", () => {
    expect(readTemplateFile("{ not json")).toEqual({ ok: false, kind: "not-json" });
    const json = JSON.parse(builtin);
    json.sections[0].indicators[0].kind = "stok";
    const r = readTemplateFile(JSON.stringify(json));
    expect(r.ok).toBe(false);
    if (r.ok || r.kind !== "invalid") throw new Error("expected field errors");
    const e = r.errors.find((x) => x.path === "sections[0].indicators[0].kind");
    expect(e).toBeDefined();
    expect(templateErrorText(e!, CATALOGUES.vi)).toContain("stock | flow | rate");
  });
});

describe("language and formats", () => {
  test("Vietnamese for a vi Office, English for any other", () => {
    expect(langFromDisplayLanguage("vi-VN")).toBe("vi");
    expect(langFromDisplayLanguage("en-US")).toBe("en");
    expect(langFromDisplayLanguage("fr-FR")).toBe("en");
  });

  test("numbers and dates the Vietnamese way in Vietnamese", () => {
    expect(formatNumber(1234567, "vi")).toBe("1.234.567");
    expect(formatNumber(87.5, "vi")).toBe("87,5");
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatIsoDate("2020-03-15", "vi")).toBe("15/3/2020");
    expect(formatIsoDate("2020-01-05", "vi")).toBe("05/01/2020");
    expect(formatIsoDate("2019-12-16", "en")).toBe("16 December 2019");
  });

  test("the two catalogues say the same things", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(CATALOGUES.en).sort()).toEqual(keys(CATALOGUES.vi).sort());
  });
});

describe("the Office theme", () => {
  test("a dark Office is recognised; readable Office colours are taken, unreadable ones are not", () => {
    const dark = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF" };
    expect(isDarkOffice(dark)).toBe(true);
    expect(isDarkOffice(null)).toBe(false);
    const light = { ...dark, bodyBackgroundColor: "#F3F3F3", bodyForegroundColor: "#262626" };
    expect(paneTheme(light).colorNeutralBackground1).toBe("#F3F3F3");
    const unreadable = { ...light, bodyForegroundColor: "#EEEEEE" };
    expect(paneTheme(unreadable).colorNeutralBackground1).not.toBe("#F3F3F3");
  });
});

describe("the reviewer, remembered on this computer", () => {
  const memory = (): Storage => {
    const m = new Map<string, string>();
    return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k), clear: () => m.clear(), key: () => null, get length() { return m.size; } };
  };

  test("asked once: a saved reviewer comes back", () => {
    const storage = memory();
    expect(loadReviewer(storage)).toBeNull();
    saveReviewer({ name: "Nguyễn Thị Lan", role: "Trưởng phòng" }, storage);
    expect(loadReviewer(storage)).toEqual({ name: "Nguyễn Thị Lan", role: "Trưởng phòng" });
  });

  test("a damaged entry or a storage that refuses writes never blocks the review", () => {
    const storage = memory();
    storage.setItem("chitieu.reviewer.v1", "{not json");
    expect(loadReviewer(storage)).toBeNull();
    const refusing = { ...memory(), setItem: () => { throw new Error("QuotaExceededError"); } } as Storage;
    expect(() => saveReviewer({ name: "A", role: "B" }, refusing)).not.toThrow();
    expect(loadReviewer(null)).toBeNull();
  });
});
