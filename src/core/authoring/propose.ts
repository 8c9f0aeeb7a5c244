// From a department's own table to a proposed template: sections from the headings, codes from
// the TT numbering, parts and sum rules from "Trong đó" rows, kind, number type and direction
// from the unit and the name, plans from the Kế hoạch column. Every guess names its reason and
// the source row, so that the person who checks it sees why.
import { indicatorCode, type IndicatorCode, type IndicatorKind } from "../indicator";
import { normalizeText } from "../numbers/read-number";
import type { PlannedValue } from "../sheet-plan";
import type { SheetSnapshot, SnapshotCell } from "../snapshot";
import { readCellTarget } from "../targets/read-target";
import type { ConsistencyRule } from "../template/template";
import type { AuthoringDraft, DraftIndicator, DraftSection } from "./authoring-draft";
import { guessDirection, guessIndicator, type GuessReason } from "./guess-indicator";
import { cellText, findTableHeader, type TableHeader } from "./header-row";
import { DepthTracker, isOfWhich, isOfWhichMarker, nameNumbering, readNumbering, type Numbering } from "./numbering";
import { proposeMeta } from "./propose-meta";

export type GuessField =
  | "section" | "code" | "unit" | "parent" | "qualitative" | "bands" | "kind" | "numberType" | "direction" | "rule" | "plan"
  | "id" | "title" | "agency" | "place" | "reportType" | "english";

export interface Guess {
  readonly field: GuessField;
  /** The indicator or section the guess is about; null for the template itself. */
  readonly code: string | null;
  readonly value: string;
  readonly because: GuessReason;
  /** The source row (1-based); 0 where nothing in the table gave it. */
  readonly row: number;
}

export type ProblemCode = "no-header" | "no-indicators" | "plan-unreadable" | "two-in-one-row" | "name-missing" | "duplicate-numbering";

/** What the table does not let the guesser decide: the row and what to change there. */
export interface Problem {
  readonly code: ProblemCode;
  readonly row: number;
  /** The text at fault, as written. */
  readonly text?: string;
}

export interface Proposal {
  readonly draft: AuthoringDraft;
  readonly guesses: readonly Guess[];
  readonly problems: readonly Problem[];
  readonly header: TableHeader;
}

export type ProposeResult = { readonly ok: true; readonly proposal: Proposal } | { readonly ok: false; readonly problem: Problem };

interface BodyRow {
  readonly row: number;
  readonly numbering: Numbering;
  readonly name: string;
  readonly unit: string;
  readonly plan: SnapshotCell;
  readonly actual: SnapshotCell;
  readonly hasFigures: boolean;
  readonly ofWhich: boolean;
  readonly unitInName: boolean;
  /** Announced as a part by "Trong đó" (on the row, or on a row above that its parts follow). */
  part: boolean;
  depth: number;
}

const FOOTER = /^(?:người lập|người lập biểu|thủ trưởng|giám đốc|kt\.|tm\.|nơi nhận|ghi chú\s*:|nguồn\s*:)/u;

const text = (cell: SnapshotCell | undefined): string => (typeof cell === "string" ? normalizeText(cell) : typeof cell === "number" ? String(cell) : "");
const filled = (cell: SnapshotCell | undefined): boolean => cell !== null && cell !== undefined && text(cell) !== "";

function bodyRows(snapshot: SheetSnapshot, header: TableHeader, problems: Problem[]): BodyRow[] {
  const c = header.columns;
  const rows: BodyRow[] = [];
  let blanks = 0;
  for (let r = header.bodyRow; r <= snapshot.values.length; r++) {
    const cells = snapshot.values[r - 1] ?? [];
    const at = (col: number | undefined): SnapshotCell | undefined => (col === undefined ? undefined : cells[col - 1]);
    let name = text(at(c.name));
    const figures = [c.plan, c.actual].some((col) => filled(at(col)));
    if (name === "") {
      if (cells.every((v) => !filled(v))) {
        // Two empty rows after the table has begun: what follows is the signature block.
        if (++blanks >= 2 && rows.length > 0) break;
        continue;
      }
      if (figures) problems.push({ code: "name-missing", row: r });
      continue;
    }
    blanks = 0;
    if (FOOTER.test(cellText(at(c.name))) || FOOTER.test(cellText(cells[0]))) break;
    let numbering = readNumbering(at(c.tt));
    const inName = numbering.style === "none" ? nameNumbering(name) : null;
    if (inName !== null) ({ numbering, rest: name } = inName);
    // Without a unit column the unit is written in the name: "Giá trị xuất khẩu (triệu USD)".
    let unit = text(at(c.unit));
    let unitInName = false;
    const bracket = c.unit === undefined ? /^(.*\S)\s*\(([^()]{1,24})\)$/u.exec(name) : null;
    if (bracket !== null) {
      [name, unit, unitInName] = [bracket[1], bracket[2].trim(), true];
    }
    rows.push({ row: r, numbering, name, unit, unitInName, plan: at(c.plan) ?? null, actual: at(c.actual) ?? null, hasFigures: figures, ofWhich: isOfWhich(name), part: false, depth: 0 });
  }
  return rows;
}

/** "15.000 người" in a người row is 15.000: the row's own unit written after the plan says nothing more. */
function withoutUnit(cell: SnapshotCell, unit: string): SnapshotCell {
  if (typeof cell !== "string" || unit === "") return cell;
  const t = normalizeText(cell);
  const u = normalizeText(unit);
  return t.toLocaleLowerCase("vi-VN").endsWith(` ${u.toLocaleLowerCase("vi-VN")}`) ? t.slice(0, t.length - u.length).trim() : cell;
}

/** "Trong đó: thuê bao di động" is kept as written (the sheet shows it so); a bare "- " prefix is not. */
const cleanName = (name: string): string => name.replace(/^[-–+•]\s*/u, "");

export function proposeTemplate(snapshot: SheetSnapshot): ProposeResult {
  const header = findTableHeader(snapshot);
  if (header === null) return { ok: false, problem: { code: "no-header", row: 0 } };
  const problems: Problem[] = [];
  const guesses: Guess[] = [];
  const rows = bodyRows(snapshot, header, problems);

  // Depths: numbering styles in order of appearance; "Trong đó" parts one below the row they belong to.
  const tracker = new DepthTracker();
  let lastBase = -1;
  let partsOf: number | null = null; // depth of the row a "Trong đó:" marker announced parts of
  for (const r of rows) {
    if (isOfWhichMarker(r.name)) {
      partsOf = lastBase;
      r.depth = lastBase + 1;
      continue;
    }
    const own = r.numbering.style === "none" ? null : tracker.depth(r.numbering.style);
    if (r.ofWhich || (partsOf !== null && (own === null || own > partsOf))) {
      // "Trong đó: cấp tỉnh", then "cấp huyện", "cấp xã" unnumbered: the parts go on until a numbered row.
      if (r.ofWhich && partsOf === null) partsOf = lastBase;
      r.depth = (partsOf ?? lastBase) + 1;
      r.part = true;
      continue;
    }
    partsOf = null;
    r.depth = own ?? (lastBase < 0 ? 0 : lastBase);
    lastBase = r.depth;
  }

  const sections: DraftSection[] = [];
  const indicators: DraftIndicator[] = [];
  const plans: Record<string, PlannedValue> = {};
  const ofWhichParts = new Map<IndicatorCode, IndicatorCode[]>();
  const taken = new Set<string>();
  let section: (DraftSection & { depth: number; count: number }) | null = null;
  let lastTop: string | null = null;
  let unnumbered = 0;
  let stack: { code: IndicatorCode; depth: number; unit: string; rate: boolean; kind: IndicatorKind; children: number }[] = [];

  const unique = (base: string, row: number): { code: string; generated: boolean } => {
    const safe = base.replace(/[^A-Za-z0-9.]/gu, "").replace(/\.{2,}/gu, ".").replace(/^\.|\.$/gu, "") || "X";
    if (!taken.has(safe)) return { code: safe, generated: false };
    problems.push({ code: "duplicate-numbering", row });
    for (let k = 2; ; k++) if (!taken.has(`${safe}.${k}`)) return { code: `${safe}.${k}`, generated: true };
  };

  rows.forEach((r, i) => {
    if (isOfWhichMarker(r.name)) return;
    const next = rows[i + 1];
    const heading = r.unit === "" && !r.hasFigures && !r.ofWhich
      && (r.numbering.style === "roman" || r.numbering.style === "upper" || (next !== undefined && next.depth > r.depth));
    if (heading) {
      const label = r.numbering.label ?? String(sections.length + 1);
      // A heading straight under another heading (no indicator between): one section, both names.
      if (section !== null && section.count === 0 && r.depth > section.depth) {
        const merged = unique(`${section.code}.${label}`, r.row);
        sections.pop();
        taken.delete(section.code);
        const name = `${section.name.vi}: ${cleanName(r.name)}`;
        section = { code: merged.code, name: { vi: name, en: name }, row: r.row, depth: r.depth, count: 0 };
      } else {
        const code = unique(label, r.row);
        const name = cleanName(r.name);
        section = { code: code.code, name: { vi: name, en: name }, row: r.row, depth: r.depth, count: 0 };
      }
      taken.add(section.code);
      sections.push(section);
      stack = [];
      [lastTop, unnumbered] = [null, 0];
      guesses.push({ field: "section", code: section.code, value: section.name.vi, because: "heading", row: r.row });
      return;
    }
    if (section === null) {
      const name = snapshot.name.trim() || "Chỉ tiêu";
      section = { code: "A", name: { vi: name, en: name }, row: null, depth: -1, count: 0 };
      taken.add("A");
      sections.push(section);
      guesses.push({ field: "section", code: "A", value: name, because: "no-heading", row: r.row });
    }
    while (stack.length > 0 && stack[stack.length - 1].depth >= r.depth) stack.pop();
    const above = stack[stack.length - 1];
    const name = cleanName(r.name);
    const guess = guessIndicator(name, r.unit);
    // A "Trong đó" row is a part of the row above by what it says; a row merely numbered below
    // another is one only when it counts the same thing (same unit). Rates are shares, never parts.
    const announced = r.part;
    const sameThing = above !== undefined && !above.rate && guess.kind.value !== "rate"
      && (announced || above.unit.toLocaleLowerCase("vi-VN") === r.unit.toLocaleLowerCase("vi-VN"));
    const label = r.numbering.label;
    const base = above !== undefined
      ? `${above.code}.${label !== null && !r.numbering.style.startsWith("dotted") ? label : above.children + 1}`
      : label !== null ? `${section.code}.${label}`
      // An unnumbered row between numbered ones: after the one above ("A.1" → "A.1b"), so that the
      // table's own numbers stay free for the rows that carry them.
      : `${lastTop ?? `${section.code}.0`}${String.fromCharCode(98 + Math.min(24, unnumbered++))}`;
    const made = unique(base, r.row);
    if (above === undefined && label !== null) [lastTop, unnumbered] = [made.code, 0];
    const code = indicatorCode(made.code);
    taken.add(code);
    if (above !== undefined) above.children++;
    section.count++;

    const target = readCellTarget(withoutUnit(r.plan, r.unit), r.unit || null);
    let planSpec: { qualifier?: "above" | "below" | "about" } | null = null;
    if (target.kind === "target") {
      planSpec = target.target.kind === "qualified" ? { qualifier: target.target.qualifier } : {};
      const written: PlannedValue = typeof r.plan === "number" ? r.plan : target.text ?? text(withoutUnit(r.plan, r.unit));
      plans[code] = target.target.kind === "number" ? target.target.value : written;
      guesses.push({ field: "plan", code, value: text(r.plan), because: "plan-column", row: r.row });
    } else if (target.kind !== "empty") {
      // "< 7,6\n<10,4": two indicators share the row (each line a plan of its own).
      const lines = typeof r.plan === "string" ? r.plan.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== "") : [];
      const two = lines.length > 1 && lines.every((l) => readCellTarget(l, r.unit || null).kind === "target");
      problems.push({ code: two ? "two-in-one-row" : "plan-unreadable", row: r.row, text: two ? lines.join(" | ") : text(r.plan) });
      planSpec = {};
    }
    // A result written in words ("Xuất siêu", "cơ bản đều đạt"): a qualitative indicator (format 2).
    const words = typeof r.actual === "string" && !/\d/u.test(r.actual) && /\p{L}/u.test(r.actual) && readCellTarget(r.actual, r.unit || null).kind !== "target";
    const direction = guessDirection(name, planSpec);
    const parent = sameThing ? above.code : undefined;
    // A part adds up like its total: parts of a flow are flows.
    const kind = parent !== undefined ? { value: above.kind, because: "part" as const } : guess.kind;
    indicators.push({
      code, section: section.code, name: { vi: name, en: name }, unit: { vi: r.unit, en: r.unit },
      kind: kind.value, direction: direction.value, numberType: guess.numberType.value,
      required: parent === undefined, explanationRequired: direction.value !== "informational",
      ...(parent !== undefined ? { parent } : {}), ...(words ? { qualitative: true } : {}), row: r.row,
    });
    if (words) guesses.push({ field: "qualitative", code, value: text(r.actual), because: "result-words", row: r.row });
    if (r.unitInName) guesses.push({ field: "unit", code, value: r.unit, because: "unit-in-name", row: r.row });
    guesses.push(
      { field: "code", code, value: code, because: made.generated || label === null ? "numbering-generated" : "numbering", row: r.row },
      { field: "kind", code, value: kind.value, because: kind.because, row: r.row },
      { field: "numberType", code, value: guess.numberType.value, because: guess.numberType.because, row: r.row },
      { field: "direction", code, value: direction.value, because: direction.because, row: r.row },
    );
    if (parent !== undefined) {
      guesses.push({ field: "parent", code, value: parent, because: announced ? "of-which" : "deeper-numbering", row: r.row });
      if (announced) ofWhichParts.set(parent, [...(ofWhichParts.get(parent) ?? []), code]);
    }
    stack.push({ code, depth: r.depth, unit: r.unit, rate: kind.value === "rate", kind: kind.value, children: 0 });
  });

  const rules: ConsistencyRule[] = [];
  for (const [total, parts] of ofWhichParts) {
    const row = indicators.find((x) => x.code === total)?.row ?? 0;
    const typeOf = (c: IndicatorCode) => indicators.find((x) => x.code === c)?.numberType;
    // Parts that add up must be the same kind of number as their total (no counts summed into money).
    if (parts.length >= 2 && parts.every((p) => typeOf(p) === typeOf(total))) {
      rules.push({ kind: "sum", total, parts });
      guesses.push({ field: "rule", code: total, value: `${total} = ${parts.join(" + ")}`, because: "of-which-parts", row });
    } else if (parts.length === 1) {
      rules.push({ kind: "not-exceed", subset: parts[0], set: total });
      guesses.push({ field: "rule", code: total, value: `${parts[0]} ≤ ${total}`, because: "single-part", row });
    }
  }
  if (indicators.length === 0) return { ok: false, problem: { code: "no-indicators", row: header.bodyRow } };
  const bands = threeBands(snapshot, header);
  if (bands !== null) guesses.push({ field: "bands", code: null, value: "three", because: "source-three-bands", row: bands });
  const guessedMeta = proposeMeta(snapshot, header, guesses);
  const meta = bands === null ? guessedMeta : { ...guessedMeta, grading: { bands: "three" as const } };
  guesses.push({ field: "english", code: null, value: "", because: "en-copied", row: 0 });
  const draft: AuthoringDraft = { meta, sections: sections.map(({ code, name, row }) => ({ code, name, row })), indicators, rules, plans, planYear: header.planYear };
  return { ok: true, proposal: { draft, guesses, problems, header } };
}

/** The row where the table grades a result "Không đạt" (three bands: Vượt / Đạt / Không đạt), or null. */
function threeBands(snapshot: SheetSnapshot, header: TableHeader): number | null {
  for (let r = header.bodyRow; r <= snapshot.values.length; r++) {
    if ((snapshot.values[r - 1] ?? []).some((cell) => cellText(cell) === "không đạt")) return r;
  }
  return null;
}
