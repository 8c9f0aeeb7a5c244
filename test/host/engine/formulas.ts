// A small formula evaluator so formula cells carry a cached result, as Excel would show: numbers,
// text, booleans, A1 references (also 'Sheet'!A1 and ranges), arithmetic, comparison, &, and the
// functions an indicator report uses. Anything else evaluates to #NAME? rather than failing.
import type ExcelJS from "exceljs";
import { parseAddress, type Box } from "./a1";

type Value = number | string | boolean | { error: string } | Value[];
type Node =
  | { k: "lit"; v: Value }
  | { k: "ref"; sheet?: string; box: Box }
  | { k: "fn"; name: string; args: Node[] }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node }
  | { k: "pct"; a: Node };

const TOKEN = /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)|("(?:[^"]|"")*")|('(?:[^']|'')+'!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|[A-Za-z_][\w.]*!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|([A-Za-z_][\w.]*)\s*\(|(TRUE|FALSE)\b|(<>|<=|>=|[-+*/^&=<>(),%]))/iy;

const tokenize = (src: string): string[][] => {
  const out: string[][] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) {
      if (src.slice(start).trim() === "") break;
      throw new SyntaxError(src);
    }
    if (m[1]) out.push(["num", m[1]]);
    else if (m[2]) out.push(["str", m[2].slice(1, -1).replace(/""/g, '"')]);
    else if (m[3]) out.push(["ref", m[3]]);
    else if (m[4]) out.push(["fn", m[4].toUpperCase()]);
    else if (m[5]) out.push(["bool", m[5].toUpperCase()]);
    else if (m[6]) out.push(["op", m[6]]);
  }
  return out;
};

const PREC: Record<string, number> = { "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5 };

const parse = (src: string): Node => {
  const t = tokenize(src);
  let i = 0;
  const peek = () => t[i];
  const primary = (): Node => {
    const tok = t[i++];
    if (!tok) throw new SyntaxError(src);
    const [kind, text] = tok as [string, string];
    if (kind === "num") return { k: "lit", v: Number(text) };
    if (kind === "str") return { k: "lit", v: text };
    if (kind === "bool") return { k: "lit", v: text === "TRUE" };
    if (kind === "ref") {
      // Parsed once with the formula (formulas are cached), not on every evaluation.
      const bang = text.lastIndexOf("!");
      if (bang < 0) return { k: "ref", box: parseAddress(text).box };
      const sheet = text.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
      return { k: "ref", sheet, box: parseAddress(text.slice(bang + 1)).box };
    }
    if (kind === "fn") {
      const args: Node[] = [];
      if (peek()?.[1] !== ")") {
        for (;;) {
          args.push(expr(0));
          if (peek()?.[1] === ",") i++;
          else break;
        }
      }
      if (t[i++]?.[1] !== ")") throw new SyntaxError(src);
      return { k: "fn", name: text, args };
    }
    if (text === "(") {
      const e = expr(0);
      if (t[i++]?.[1] !== ")") throw new SyntaxError(src);
      return e;
    }
    if (text === "-") return { k: "neg", a: unary() };
    if (text === "+") return unary();
    throw new SyntaxError(src);
  };
  const unary = (): Node => {
    let n = primary();
    while (peek()?.[1] === "%") {
      i++;
      n = { k: "pct", a: n };
    }
    return n;
  };
  const expr = (min: number): Node => {
    let left = unary();
    for (;;) {
      const op = peek()?.[1];
      const p = op === undefined ? undefined : PREC[op];
      if (p === undefined || p <= min - 1 || p < min) break;
      i++;
      const right = expr(op === "^" ? p : p + 1);
      left = { k: "bin", op: op!, a: left, b: right };
    }
    return left;
  };
  const n = expr(0);
  if (i !== t.length) throw new SyntaxError(src);
  return n;
};

const isErr = (v: Value): v is { error: string } => typeof v === "object" && !Array.isArray(v);
const err = (e: string): Value => ({ error: e });
const flat = (v: Value): Value[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);
const num = (v: Value): number | { error: string } => {
  if (Array.isArray(v)) return num(v[0] ?? 0);
  if (isErr(v)) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : { error: "#VALUE!" };
};
const truthy = (v: Value): boolean | { error: string } => {
  const n = num(v);
  return typeof n === "number" ? n !== 0 : typeof v === "string" ? v.toUpperCase() === "TRUE" : n;
};
const nums = (args: Value[]): number[] => args.flatMap(flat).filter((x): x is number => typeof x === "number");

const FUNCS: Record<string, (args: Value[], raw: Node[], ev: (n: Node) => Value) => Value> = {
  SUM: (a) => nums(a).reduce((s, x) => s + x, 0),
  AVERAGE: (a) => (nums(a).length ? nums(a).reduce((s, x) => s + x, 0) / nums(a).length : err("#DIV/0!")),
  MIN: (a) => (nums(a).length ? Math.min(...nums(a)) : 0),
  MAX: (a) => (nums(a).length ? Math.max(...nums(a)) : 0),
  COUNT: (a) => nums(a).length,
  COUNTA: (a) => a.flatMap(flat).filter((x) => x !== "").length,
  ABS: (a) => { const n = num(a[0] ?? 0); return typeof n === "number" ? Math.abs(n) : n; },
  ROUND: (a) => { const n = num(a[0] ?? 0); const d = num(a[1] ?? 0); return typeof n === "number" && typeof d === "number" ? Math.round(n * 10 ** d) / 10 ** d : err("#VALUE!"); },
  AND: (a) => a.flatMap(flat).every((x) => truthy(x) === true),
  OR: (a) => a.flatMap(flat).some((x) => truthy(x) === true),
  NOT: (a) => truthy(a[0] ?? false) !== true,
  ISNUMBER: (a) => typeof a[0] === "number",
  ISBLANK: (a) => a[0] === "",
  ISTEXT: (a) => typeof a[0] === "string" && a[0] !== "",
  ISERROR: (a) => isErr(a[0] ?? 0),
  LEN: (a) => String(flat(a[0] ?? "")[0] ?? "").length,
  TRIM: (a) => String(flat(a[0] ?? "")[0] ?? "").trim(),
};

const parsed = new Map<string, Node | null>();
const parseCached = (formula: string): Node | null => {
  if (!parsed.has(formula)) {
    let ast: Node | null;
    try {
      ast = parse(formula);
    } catch {
      ast = null;
    }
    parsed.set(formula, ast);
  }
  return parsed.get(formula)!;
};

/** Results computed in this pass, by "sheet id:row:column", so each formula is evaluated once. */
type Cache = Map<string, Value>;

export const evaluate = (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, formula: string, cache: Cache = new Map(), depth = 0): Value => {
  const ast = parseCached(formula);
  if (ast === null) return err("#NAME?");
  const cellValue = (ws: ExcelJS.Worksheet, row: number, col: number): Value => {
    const raw = ws.getRow(row).getCell(col).value as unknown;
    if (raw === null || raw === undefined) return "";
    if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
    if (typeof raw === "object" && raw !== null && "formula" in raw) {
      const key = `${ws.id}:${row}:${col}`;
      const known = cache.get(key);
      if (known !== undefined) return known;
      // A chain deeper than this is a circular reference, or far beyond what a report holds.
      if (depth > 200) return err("#REF!");
      const v = evaluate(workbook, ws, String((raw as { formula: string }).formula), cache, depth + 1);
      const single = Array.isArray(v) ? (v[0] ?? "") : v;
      cache.set(key, single);
      return single;
    }
    if (typeof raw === "object" && raw !== null && "error" in raw) return err(String((raw as { error: string }).error));
    return "";
  };
  const ev = (n: Node): Value => {
    switch (n.k) {
      case "lit": return n.v;
      case "ref": {
        const ws = n.sheet ? workbook.getWorksheet(n.sheet) : sheet;
        if (!ws) return err("#REF!");
        const { box } = n;
        if (box.top === box.bottom && box.left === box.right) return cellValue(ws, box.top + 1, box.left + 1);
        const out: Value[] = [];
        for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) out.push(cellValue(ws, r + 1, c + 1));
        return out;
      }
      case "neg": { const a = num(ev(n.a)); return typeof a === "number" ? -a : a; }
      case "pct": { const a = num(ev(n.a)); return typeof a === "number" ? a / 100 : a; }
      case "fn": {
        if (n.name === "IF") {
          const c = truthy(ev(n.args[0] ?? { k: "lit", v: false }));
          if (typeof c !== "boolean") return c;
          return c ? (n.args[1] ? ev(n.args[1]) : true) : n.args[2] ? ev(n.args[2]) : false;
        }
        if (n.name === "IFERROR") { const v = ev(n.args[0]!); return isErr(v) ? ev(n.args[1] ?? { k: "lit", v: "" }) : v; }
        const f = FUNCS[n.name];
        if (!f) return err("#NAME?");
        const args = n.args.map(ev);
        if (!["ISERROR", "IFERROR", "ISNUMBER", "ISBLANK", "ISTEXT"].includes(n.name)) {
          const e = args.flatMap(flat).find(isErr);
          if (e) return e;
        }
        return f(args, n.args, ev);
      }
      case "bin": {
        const a = ev(n.a);
        const b = ev(n.b);
        const av = Array.isArray(a) ? (a[0] ?? "") : a;
        const bv = Array.isArray(b) ? (b[0] ?? "") : b;
        if (isErr(av)) return av;
        if (isErr(bv)) return bv;
        if (n.op === "&") return `${String(av)}${String(bv)}`;
        if (["=", "<>", "<", ">", "<=", ">="].includes(n.op)) {
          const cmp = typeof av === "string" && typeof bv === "string" ? av.toLowerCase().localeCompare(bv.toLowerCase()) : typeof av === typeof bv ? Number(av) - Number(bv) : typeof av === "string" ? 1 : -1;
          return { "=": cmp === 0, "<>": cmp !== 0, "<": cmp < 0, ">": cmp > 0, "<=": cmp <= 0, ">=": cmp >= 0 }[n.op]!;
        }
        const x = num(av);
        const y = num(bv);
        if (typeof x !== "number") return x;
        if (typeof y !== "number") return y;
        if (n.op === "/" && y === 0) return err("#DIV/0!");
        return n.op === "+" ? x + y : n.op === "-" ? x - y : n.op === "*" ? x * y : n.op === "/" ? x / y : x ** y;
      }
    }
  };
  return ev(ast);
};

/** Refreshes the cached result of every formula cell (Excel's automatic calculation). */
export const recalculate = (workbook: ExcelJS.Workbook): void => {
  const cache: Cache = new Map();
  for (const ws of workbook.worksheets) {
    ws.eachRow((row, rowNumber) =>
      row.eachCell((cell, colNumber) => {
        const raw = cell.value as unknown;
        if (typeof raw !== "object" || raw === null || !("formula" in raw)) return;
        const formula = String((raw as { formula: string }).formula);
        const key = `${ws.id}:${rowNumber}:${colNumber}`;
        const v = cache.get(key) ?? evaluate(workbook, ws, formula, cache);
        const result = Array.isArray(v) ? (v[0] ?? "") : v;
        cache.set(key, result);
        // Assigning a cell value is costly in ExcelJS: only when the result changed.
        const previous = (raw as { result?: unknown }).result;
        const same = previous === result || (isErr(result) && typeof previous === "object" && previous !== null && (previous as { error?: string }).error === result.error);
        if (same) return;
        cell.value = { formula, result: result as ExcelJS.CellFormulaValue["result"] } as ExcelJS.CellFormulaValue;
      }),
    );
  }
};
