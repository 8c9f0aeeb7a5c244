// A real spreadsheet engine checks our conditional formats: workbooks written by `chitieu
// template`, filled with planted figures, rendered by LibreOffice. Exactly the expected
// Thực hiện cells carry the error, shortfall and near colours; no other cell does.
// One LibreOffice run converts all the workbooks.
import { readFileSync } from "node:fs";
import { splitQualified } from "../../src/core/layout/a1";
import { letter } from "../../src/core/layout/columns";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { HIGHLIGHT_COLORS } from "../../src/core/layout/palette";
import type { Highlight } from "../../src/core/sheet-plan";
import { filledTemplate, type Figures } from "../cli/filled-template";
import { scratchDir } from "../cli/run-cli";
import { parseSheets, renderHtml, type RenderedSheet } from "./soffice-html";

jest.setTimeout(600_000);

interface Case {
  readonly figures: Figures;
  /** The highlight each indicator's Thực hiện cell must show; absent: uncoloured. */
  readonly expected: Readonly<Record<string, Highlight>>;
}

const PLANS = {
  "A.1": { plan: 950000, periodTarget: 915000 },
  "A.2": { plan: 120000, periodTarget: 105000 },
  "B.1": { plan: 100 },
  "B.2": { plan: 80 },
  "C.1": { plan: 4 },
} as const;

const CASES: Readonly<Record<string, Case>> = {
  // Grades, and every error the formulas can see in a number typed as a number.
  "grades-and-numbers.xlsx": {
    figures: {
      "A.1": { ...PLANS["A.1"], actual: 700000 }, // 76,5 %: shortfall
      "A.2": { ...PLANS["A.2"], actual: 100000 }, // 95,2 %: near
      "B.1": { ...PLANS["B.1"], actual: 120 }, // a rate above 100
      "B.2": { ...PLANS["B.2"], actual: 87 }, // 108,8 %: exceeded, clean
      "C.1": { ...PLANS["C.1"] }, // empty with a target
      "C.2": { actual: 28 }, // 6 + 3 + 1 + 10 = 20: sum mismatch on the total
      "C.2.1": { actual: 6 },
      "C.2.2": { actual: 3 },
      "C.2.3": { actual: 1 },
      "C.2.4": { actual: 10 },
      "C.3": { actual: 40 }, // more than C.2
      "C.4": { actual: -7000000 }, // negative
      "C.5": { actual: 20.5 }, // a fraction of a book
    },
    expected: {
      "A.1": "shortfall", "A.2": "near", "B.1": "error", "C.1": "error", "C.2": "error", "C.3": "error", "C.4": "error", "C.5": "error",
    },
  },
  // Text and error values where figures belong, beside clean figures.
  "text-and-errors.xlsx": {
    figures: {
      "A.1": { ...PLANS["A.1"], actual: 920000 }, // 100,5 %: clean
      "A.1.1": { actual: 850000 },
      "A.1.2": { actual: 70000 }, // parts add up: clean
      "A.2": { ...PLANS["A.2"], actual: { error: "#DIV/0!" } },
      "B.1": { ...PLANS["B.1"], actual: 100 }, // met: clean
      "B.2": { ...PLANS["B.2"], actual: "87,5" }, // a number typed as text
      "C.1": { ...PLANS["C.1"], actual: 1 }, // 1 against 4 × 1/4: met, clean
      "C.2": { actual: 28 },
      "C.2.1": { actual: 6 },
      "C.2.2": { actual: 3 },
      "C.2.3": { actual: 1 },
      "C.2.4": { actual: 18 }, // parts add up: clean
      "C.3": { actual: 3 },
      "C.4": { actual: 7000000 },
      "C.5": { actual: "abc" }, // not a number
    },
    expected: { "A.2": "error", "B.2": "error", "C.5": "error" },
  },
  // Precedence: an error wins over a grade; required cells left empty; near and shortfall on rates.
  "precedence.xlsx": {
    figures: {
      "A.1": { ...PLANS["A.1"], actual: 920000 }, // exceeded, but 800.000 + 70.000 ≠ 920.000: error
      "A.1.1": { actual: 800000 },
      "A.1.2": { actual: 70000 },
      "A.2": { ...PLANS["A.2"], actual: 50000 }, // 47,6 %: shortfall
      "B.1": { ...PLANS["B.1"], actual: 80 }, // 80,0 %: shortfall
      "B.2": { ...PLANS["B.2"], actual: 78 }, // 97,5 %: near
      "C.1": { ...PLANS["C.1"], actual: 1 },
      // C.2 and C.3 to C.5 are required and left empty; the parts of C.2 are not.
    },
    expected: { "A.1": "error", "A.2": "shortfall", "B.1": "shortfall", "B.2": "near", "C.2": "error", "C.3": "error", "C.4": "error", "C.5": "error" },
  },
};

const highlightOf = (fill: string | null): Highlight | null =>
  (Object.keys(HIGHLIGHT_COLORS) as Highlight[]).find((h) => HIGHLIGHT_COLORS[h].fill === fill) ?? null;

describe("LibreOffice colours the template's conditional formats", () => {
  const rendered = new Map<string, { sheet: RenderedSheet; expected: Map<string, Highlight>; codeCells: Map<string, string> }>();

  beforeAll(async () => {
    const dir = scratchDir();
    const names = Object.keys(CASES);
    const files = [];
    for (const name of names) {
      const filled = await filledTemplate(dir, name, 2020, "Q1", CASES[name].figures);
      const expected = new Map<string, Highlight>();
      for (const [code, highlight] of Object.entries(CASES[name].expected)) {
        const actual = filled.cells.get(code)?.actual;
        if (actual === undefined) throw new Error(`${code} has no Thực hiện cell`);
        expected.set(splitQualified(actual).address, highlight);
      }
      const codeCells = new Map([...filled.cells].map(([code, cells]) => [code, splitQualified(cells.actual ?? "").address]));
      files.push({ name, bytes: new Uint8Array(readFileSync(filled.file)), expected, codeCells });
    }
    const html = renderHtml(files);
    files.forEach((file, index) => {
      const sheets = parseSheets(html[index]);
      expect(sheets).toHaveLength(1);
      rendered.set(file.name, { sheet: sheets[0], expected: file.expected, codeCells: file.codeCells });
    });
  });

  it.each(Object.keys(CASES))("%s: the rendered grid has each indicator's code on the row of its Thực hiện cell", (name) => {
    const { sheet, codeCells } = rendered.get(name) ?? { sheet: new Map(), codeCells: new Map() };
    // Guards the address mapping of the HTML grid (hidden rows would shift it).
    for (const [code, actual] of codeCells) {
      const codeCell = `${letter("code")}${actual.replace(/^[A-Z]+/, "")}`;
      expect({ code, rendered: sheet.get(codeCell)?.text }).toEqual({ code, rendered: code });
    }
    expect(codeCells.size).toBe(defaultTemplate().sections.flatMap((section) => section.indicators).length);
  });

  it.each(Object.keys(CASES))("%s: exactly the expected cells carry each highlight, with its font colour", (name) => {
    const { sheet, expected } = rendered.get(name) ?? { sheet: new Map(), expected: new Map() };
    const coloured = new Map<string, Highlight>();
    for (const [address, cell] of sheet) {
      const highlight = highlightOf(cell.fill);
      if (highlight === null) continue;
      coloured.set(address, highlight);
      expect({ address, font: cell.font }).toEqual({ address, font: HIGHLIGHT_COLORS[highlight].font });
    }
    expect(Object.fromEntries([...coloured].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });
});
