// Every formula the add-in writes (src/core/layout/formulas.ts: Lũy kế, the grading target, the
// ratio, the % columns, Đánh giá, the consistency helper; and the conditional formats over them)
// evaluates in the stand-in host to what LibreOffice computes from the same saved file, for
// figures that reach every branch: grades, errors, text, blanks, a range as target.
// Range.values of a formula cell is its calculated result
// (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
// a conditional format colours the cells where its formula is true
// (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatrule#excel-excel-conditionalformatrule-formula-member).
import { HIGHLIGHT_COLORS } from "../../../src/core/layout/palette";
import { defaultTemplate } from "../../../src/core/template/template-builtin";
import { check } from "../../../src/excel/check";
import { loadTemplate } from "../../../src/excel/load-template";
import { cellName } from "../engine/a1";
import { bare, DETAILS, SEED_ACTUALS, SEED_PLANS, SEED_Q1_TARGETS, startHost } from "../../excel/helpers";
import { parseSheets, renderHtml } from "../../libreoffice/soffice-html";
import { libreOfficeResults, type Computed } from "../../libreoffice/soffice-values";

jest.setTimeout(600_000);

const SHEET = "Quý I-2020";
type Figure = number | string;
type Figures = Readonly<Record<string, Figure>>;

interface Case {
  readonly plans: Figures;
  readonly targets: Figures;
  readonly actuals: Figures;
  /** Checked after typing: the check rewrites the formulas of rows whose targets became text. */
  readonly checkAfter?: boolean;
  /** Cells formatted as a percentage before typing (the sheet unprotected first): 75 typed is stored as 0,75. */
  readonly percent?: readonly (readonly [code: string, role: "plan" | "actual", format: string])[];
}

const CASES: Readonly<Record<string, Case>> = {
  // The seed with one shortfall, a rate above 100, a word and a subset larger than its set.
  "seed-shortfall.xlsx": {
    plans: SEED_PLANS,
    targets: SEED_Q1_TARGETS,
    actuals: { ...SEED_ACTUALS, "A.2": 90000, "B.2": 187, "C.1": "một", "C.3": 30 },
  },
  // Parts that do not add up, near and shortfall on rates, required cells left empty.
  "precedence.xlsx": {
    plans: SEED_PLANS,
    targets: SEED_Q1_TARGETS,
    actuals: { "A.1": 920000, "A.1.1": 800000, "A.1.2": 70000, "A.2": 50000, "B.1": 80, "B.2": 78, "C.1": 1 },
  },
  // Targets typed as words and ranges, as departments write them (the sheet's target formulas read them).
  "text-targets.xlsx": {
    plans: { ...SEED_PLANS, "B.1": "Trên 95", "C.1": "Khoảng 4" },
    targets: { "A.1": "Trên 900.000", "A.2": "Khoảng 105.000", "B.2": "Không dưới 80" },
    actuals: { ...SEED_ACTUALS, "A.2": 90000, "B.1": 93, "C.1": 3, "C.4": -5 },
  },
  // Targets written with a unit or a scale word of the row's unit (the unit helpers read them).
  "unit-targets.xlsx": {
    plans: { ...SEED_PLANS, "A.1": "950 nghìn thuê bao", "C.1": "Trên 3 cuộc" },
    targets: { "A.1": "Trên 0,9 triệu", "A.2": "105 nghìn thuê bao" },
    actuals: { ...SEED_ACTUALS, "A.2": 90000 },
    checkAfter: true,
  },
  // Rates typed into cells formatted as percentages (a plan too), and a count: the check makes the
  // row's formulas weigh the figure shown, or nothing where the row's unit takes no "%".
  "percent-figures.xlsx": {
    plans: { ...SEED_PLANS, "B.1": 95 },
    targets: SEED_Q1_TARGETS,
    actuals: { ...SEED_ACTUALS, "B.1": 96, "B.2": 75, "C.1": 3 },
    checkAfter: true,
    percent: [["B.1", "plan", "0%"], ["B.2", "actual", "0.00%"], ["C.1", "actual", "0%"]],
  },
  // A range typed as the period target, a zero plan, a negative sum, a fraction of a count, text.
  "odd-figures.xlsx": {
    plans: { ...SEED_PLANS, "B.2": 0, "C.1": 0 },
    targets: { "A.1": "900.000-950.000", "A.2": 105000 },
    actuals: { ...SEED_ACTUALS, "B.2": 0, "C.1": 2, "C.4": -7000000, "C.5": 20.5, "C.2.4": "abc" },
  },
};

interface HostSide {
  readonly bytes: Uint8Array;
  readonly values: Map<string, Computed>;
  readonly fills: Map<string, string>;
}

const normal = (v: unknown): unknown => (typeof v === "number" ? Number(v.toPrecision(12)) : v);

async function fill(c: Case): Promise<HostSide> {
  const { host } = await startHost();
  try {
    const loaded = await loadTemplate({ template: defaultTemplate(), period: { year: 2020, kind: "Q1" }, details: DETAILS, replaceExisting: false });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    const empty = await check(SHEET);
    if (!empty.ok) throw new Error(JSON.stringify(empty));
    const cells = new Map(empty.reading.indicators.map((i) => [i.code as string, i.cells]));
    const type = async (figures: Figures, role: "plan" | "periodTarget" | "actual") => {
      for (const [code, v] of Object.entries(figures)) {
        const address = cells.get(code)?.[role]?.address;
        if (address === undefined) throw new Error(`${code} has no ${role} cell`);
        await host.user.type(SHEET, bare(address), v);
      }
    };
    if (c.percent !== undefined) {
      host.user.unprotectSheet(SHEET);
      for (const [code, role, format] of c.percent) await host.user.formatCells(SHEET, bare(cells.get(code)![role]!.address), format);
    }
    await type(c.plans, "plan");
    await type(c.targets, "periodTarget");
    await type(c.actuals, "actual");
    if (c.checkAfter === true) {
      const checked = await check(SHEET);
      if (!checked.ok) throw new Error(JSON.stringify(checked));
    }
    const values = new Map<string, Computed>();
    await host.Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(SHEET).getUsedRange();
      used.load(["formulas", "values", "rowIndex", "columnIndex"]);
      await context.sync();
      const shown = used.values;
      used.formulas.forEach((row, r) =>
        row.forEach((f, col) => {
          if (typeof f !== "string" || !f.startsWith("=")) return;
          const address = cellName(used.rowIndex + r, used.columnIndex + col);
          const v = shown[r]![col] as Computed;
          values.set(address, typeof v === "string" && v.startsWith("#") ? { error: v } : v);
        }),
      );
    });
    const fills = new Map<string, string>();
    host.view(SHEET, "A1:Z80").forEach((row, r) =>
      row.forEach((cell, col) => {
        if (cell.conditionalFill !== null) fills.set(`${String.fromCharCode(65 + col)}${r + 1}`, cell.conditionalFill);
      }),
    );
    return { bytes: await host.save(), values, fills };
  } finally {
    host.uninstall();
  }
}

const hosts = new Map<string, HostSide>();
const computed = new Map<string, Map<string, Computed>>();
const painted = new Map<string, Map<string, string>>();

beforeAll(async () => {
  for (const [name, c] of Object.entries(CASES)) hosts.set(name, await fill(c));
  const names = Object.keys(CASES);
  const results = await libreOfficeResults(names.map((name) => ({ name, bytes: hosts.get(name)!.bytes, sheet: SHEET })));
  names.forEach((name, i) => computed.set(name, results[i]!));
  const html = renderHtml(names.map((name) => ({ name, bytes: hosts.get(name)!.bytes })));
  names.forEach((name, i) => {
    const sheet = parseSheets(html[i]!).find((s) => [...s.values()].some((cell) => cell.text.includes("Thực hiện")));
    const fills = new Map<string, string>();
    for (const [address, cell] of sheet ?? new Map()) {
      if (Object.values(HIGHLIGHT_COLORS).some((h) => h.fill === cell.fill)) fills.set(address, cell.fill!);
    }
    painted.set(name, fills);
  });
});

it.each(Object.keys(CASES))("%s: every formula cell reads in the host as LibreOffice computes it", (name) => {
  const host = hosts.get(name)!.values;
  const lo = computed.get(name)!;
  expect(host.size).toBeGreaterThan(50);
  const hostSide = Object.fromEntries([...host].map(([a, v]) => [a, normal(v)]));
  const loSide = Object.fromEntries([...host.keys()].map((a) => [a, normal(lo.get(a))]));
  expect(hostSide).toEqual(loSide);
});

it.each(Object.keys(CASES))("%s: the host colours exactly the cells LibreOffice colours, in the same colours", (name) => {
  const host = hosts.get(name)!.fills;
  expect(host.size).toBeGreaterThan(0);
  expect(Object.fromEntries([...host].sort())).toEqual(Object.fromEntries([...painted.get(name)!].sort()));
});
