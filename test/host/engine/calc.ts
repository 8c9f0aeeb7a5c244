// Excel's calculation, done by HyperFormula (an Excel-compatible engine, GPL-3.0: a devDependency
// of the test host only, never in the add-in's bundle). The ExcelJS workbook is handed to it whole
// at each recalculation; results are kept here, not in ExcelJS's cell values, because ExcelJS drops
// a falsy cached result ("" or FALSE) and Excel's Range.values shows them as they are.
import type ExcelJS from "exceljs";
import type { Box } from "./a1";
import { CellError, ErrorType, ExportedCellChange, FunctionArgumentType, FunctionPlugin, HyperFormula, type ConfigParams, type RawCellContent } from "hyperformula";

type RunArgs = Parameters<FunctionPlugin["runFunction"]>;

export type CalcValue = number | string | boolean | { error: string };

/**
 * NUMBERVALUE(text, [decimal], [group]) as Excel documents it (support.microsoft.com, "NUMBERVALUE
 * function"): separators default to the locale's; spaces are ignored; a trailing % divides by 100;
 * group separators after the decimal separator, or two decimal separators, give #VALUE!.
 */
class ExcelFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    NUMBERVALUE: {
      method: "numbervalue",
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
      ],
    },
    INT: { method: "int", parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
  };
  /** "Rounds a number down to the nearest integer": INT(-8.9) is -9 (support.microsoft.com, INT function); HyperFormula's truncates. */
  int(ast: { args: RunArgs[0] }, state: RunArgs[1]): unknown {
    return this.runFunction(ast.args, state, this.metadata("INT"), (x: number) => Math.floor(x));
  }
  numbervalue(ast: { args: RunArgs[0] }, state: RunArgs[1]): unknown {
    return this.runFunction(ast.args, state, this.metadata("NUMBERVALUE"), (text: string, decimal?: string, group?: string) => {
      const dec = (decimal ?? this.config.decimalSeparator).charAt(0);
      const grp = (group ?? this.config.thousandSeparator).charAt(0);
      return numberValue(text, dec, grp) ?? new CellError(ErrorType.VALUE);
    });
  }
}

/** The number NUMBERVALUE reads from text, or undefined for #VALUE!. Exported for its own test. */
export const numberValue = (text: string, decimal: string, group: string): number | undefined => {
  let s = text.replace(/\s+/g, "");
  if (s === "") return 0;
  let percents = 0;
  while (s.endsWith("%")) {
    percents++;
    s = s.slice(0, -1);
  }
  const at = s.indexOf(decimal);
  if (at >= 0 && s.indexOf(decimal, at + 1) >= 0) return undefined;
  const [intPart = "", fracPart = ""] = at >= 0 ? [s.slice(0, at), s.slice(at + 1)] : [s, ""];
  if (group !== "" && fracPart.includes(group)) return undefined;
  const digits = `${group === "" ? intPart : intPart.split(group).join("")}${at >= 0 ? `.${fracPart}` : ""}`;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(digits)) return undefined;
  return Number(digits) / 100 ** percents;
};

HyperFormula.unregisterFunction("INT");
HyperFormula.registerFunctionPlugin(ExcelFunctionsPlugin, { enGB: { NUMBERVALUE: "NUMBERVALUE", INT: "INT" } });

/** Excel's behaviour in HyperFormula's terms (its "Compatibility with Microsoft Excel" guide). */
export const EXCEL_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  evaluateNullToZero: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 30 },
  caseSensitive: false,
  accentSensitive: true,
  useWildcards: true,
  useRegularExpressions: false,
  matchWholeCell: true,
  functionArgSeparator: ",",
  decimalSeparator: ".",
  thousandSeparator: "",
  maxRows: 1_048_576,
  maxColumns: 16_384,
};

/**
 * A formula as HyperFormula reads it: it takes "1e9" but not Excel's "1E9" (its number token is
 * lower case only), so exponents outside string literals are written in lower case.
 */
export const engineFormula = (formula: string): string =>
  formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![A-Za-z_$\d.])(\d+\.?\d*|\.\d+)E([+-]?\d)/g, "$1e$2")))
    .join("");

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !(v instanceof Date);
const serialOf = (d: Date): number => d.getTime() / 86400000 + 25569;

/** What HyperFormula is given for one ExcelJS cell: text is quoted so that "12" stays text. */
const contentOf = (cell: ExcelJS.Cell): RawCellContent => {
  const raw = cell.value as unknown;
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  if (typeof raw === "string") return `'${raw}`;
  if (raw instanceof Date) return serialOf(raw);
  if (isObject(raw)) {
    if (typeof raw.formula === "string" || typeof raw.sharedFormula === "string") return `=${engineFormula(cell.formula)}`;
    if (typeof raw.error === "string") return raw.error;
    if (Array.isArray(raw.richText)) return `'${raw.richText.map((r: { text: string }) => r.text).join("")}`;
    if (typeof raw.text === "string") return `'${raw.text}`;
  }
  return null;
};

const fromEngine = (v: unknown): CalcValue => {
  if (v === null || v === undefined) return 0;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  const error = (v as { value?: string }).value ?? "#VALUE!";
  // A circular reference: Excel warns and shows 0. A formula HyperFormula cannot parse is one Excel
  // would not have accepted; #NAME? is what Excel shows for an unknown name.
  if (error === "#CYCLE!") return 0;
  if (error === "#ERROR!" || error === "#LIC!") return { error: "#NAME?" };
  return { error };
};

const keyOf = (wsId: number, row: number, col: number): string => `${wsId}:${row}:${col}`;

/** The workbook's calculation: results of formula cells, and formulas evaluated at a given cell. */
export class Calculation {
  private results = new Map<string, CalcValue>();
  private engine: HyperFormula | undefined;
  private sheetIndex = new Map<string, number>();
  /** ExcelJS worksheet ids by the engine's sheet ids. */
  private wsIds = new Map<number, number>();

  constructor(private readonly workbook: ExcelJS.Workbook) {
    calculations.set(workbook, this);
  }

  /** Cells written since the last calculation, applied to the engine incrementally. */
  private pending: { ws: ExcelJS.Worksheet; box: Box }[] = [];
  private invalid = true;
  /** The sheets and names the engine was built with: any other change rebuilds it. */
  private signature = "";

  /** A block of cells was written (values or formulas). */
  touch(ws: ExcelJS.Worksheet, box: Box): void {
    this.pending.push({ ws, box });
  }

  /** Something other than cell contents changed (rows moved, a file opened): rebuild at the next run. */
  invalidate(): void {
    this.invalid = true;
  }

  private currentSignature(): string {
    return JSON.stringify([this.workbook.worksheets.map((ws) => ws.name), definedNames(this.workbook)]);
  }

  /** Recalculates (Excel's automatic calculation); results are read with resultOf. */
  run(): void {
    const signature = this.currentSignature();
    if (this.invalid || !this.engine || signature !== this.signature) {
      this.build();
      this.signature = signature;
      return;
    }
    const engine = this.engine;
    const pending = this.pending;
    this.pending = [];
    const changes = engine.batch(() => {
      for (const { ws, box } of pending) {
        const sheet = this.sheetIndex.get(ws.name.toLowerCase())!;
        const contents: RawCellContent[][] = [];
        for (let r = box.top; r <= box.bottom; r++) {
          const row = ws.getRow(r + 1);
          const line: RawCellContent[] = [];
          for (let c = box.left; c <= box.right; c++) line.push(contentOf(row.getCell(c + 1)));
          contents.push(line);
        }
        engine.setCellContents({ sheet, row: box.top, col: box.left }, contents);
      }
    });
    for (const change of changes) {
      if (!(change instanceof ExportedCellChange)) continue;
      const wsId = this.wsIds.get(change.address.sheet);
      if (wsId !== undefined) this.results.set(keyOf(wsId, change.address.row + 1, change.address.col + 1), fromEngine(change.newValue));
    }
  }

  private build(): void {
    this.invalid = false;
    this.pending = [];
    this.engine?.destroy();
    const sheets: Record<string, RawCellContent[][]> = {};
    const formulaCells: [ExcelJS.Worksheet, number, number][] = [];
    for (const ws of this.workbook.worksheets) {
      const data: RawCellContent[][] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        const line: RawCellContent[] = (data[r - 1] = []);
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const content = contentOf(cell);
          line[c - 1] = content;
          if (typeof content === "string" && content.startsWith("=")) formulaCells.push([ws, r, c]);
        });
      });
      for (let i = 0; i < data.length; i++) data[i] ??= [];
      sheets[ws.name] = data;
    }
    const engine = (this.engine = HyperFormula.buildFromSheets(sheets, EXCEL_CONFIG));
    // Excel's TRUE and FALSE keywords are functions in HyperFormula (its Excel compatibility guide).
    engine.addNamedExpression("TRUE", "=TRUE()");
    engine.addNamedExpression("FALSE", "=FALSE()");
    this.sheetIndex = new Map(this.workbook.worksheets.map((ws) => [ws.name.toLowerCase(), engine.getSheetId(ws.name)!]));
    this.wsIds = new Map(this.workbook.worksheets.map((ws) => [engine.getSheetId(ws.name)!, ws.id]));
    for (const n of definedNames(this.workbook)) {
      try {
        engine.addNamedExpression(n.name, `=${n.range}`);
      } catch {
        // A name HyperFormula cannot hold (a relative reference): formulas using it show #NAME?.
      }
    }
    this.results = new Map();
    for (const [ws, r, c] of formulaCells) {
      const sheet = this.sheetIndex.get(ws.name.toLowerCase())!;
      this.results.set(keyOf(ws.id, r, c), fromEngine(engine.getCellValue({ sheet, row: r - 1, col: c - 1 })));
    }
  }

  /**
   * Puts the results into the cells' cached values, so a saved file carries them (ExcelJS writes
   * no cached result that is "" or FALSE; Excel and LibreOffice recalculate those on opening).
   */
  writeResults(): void {
    for (const ws of this.workbook.worksheets) {
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          const raw = cell.value as unknown;
          if (!isObject(raw) || typeof raw.formula !== "string") return;
          const result = this.resultOf(cell);
          if (result === undefined || raw.result === result) return;
          if (isObject(result) && isObject(raw.result) && raw.result.error === result.error) return;
          cell.value = { formula: raw.formula, result } as ExcelJS.CellFormulaValue;
        }),
      );
    }
  }

  resultOf(cell: ExcelJS.Cell): CalcValue | undefined {
    return this.results.get(keyOf(cell.worksheet.id, Number(cell.row), Number(cell.col)));
  }

  /**
   * Formulas (without "="), each evaluated as if it stood in its cell of sheet `home`: relative
   * references already re-based to that cell by the caller. One pass for all, as conditional
   * formats are evaluated together. Unqualified references are to `home`.
   */
  evaluateAt(home: string, formulas: readonly { formula: string; row: number; col: number }[]): CalcValue[] {
    if (formulas.length === 0) return [];
    if (!this.engine) this.run();
    const engine = this.engine!;
    const sheet = this.sheetIndex.get(home.toLowerCase());
    if (sheet === undefined) return formulas.map(() => ({ error: "#REF!" }));
    return formulas.map(({ formula }) => {
      try {
        const v = engine.calculateFormula(`=${engineFormula(formula)}`, sheet);
        return fromEngine(Array.isArray(v) ? v[0]?.[0] : v);
      } catch {
        return { error: "#NAME?" };
      }
    });
  }
}

const calculations = new WeakMap<ExcelJS.Workbook, Calculation>();

/** The result of a formula cell as last calculated, or undefined before any calculation. */
export const calculatedResult = (cell: ExcelJS.Cell): CalcValue | undefined => {
  const ws = cell.worksheet as ExcelJS.Worksheet & { workbook?: ExcelJS.Workbook };
  const book = ws.workbook;
  return book === undefined ? undefined : calculations.get(book)?.resultOf(cell);
};

const definedNames = (workbook: ExcelJS.Workbook): { name: string; range: string }[] => {
  const model = (workbook as unknown as { definedNames?: { model?: { name: string; ranges: string[] }[] } }).definedNames?.model ?? [];
  return model.filter((n) => n.ranges.length === 1).map((n) => ({ name: n.name, range: n.ranges[0]! }));
};
