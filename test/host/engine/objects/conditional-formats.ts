// Excel.ConditionalFormatCollection and custom-formula conditional formats, stored as ExcelJS
// `expression` rules (one rule per Office.js ConditionalFormat). Office.js priority 0 is the top rule;
// OOXML priority 1 is: the sheet's rules are kept numbered 1..n in Office.js order.
import type ExcelJS from "exceljs";
import { intersects, parseAddress, qualified, type Box } from "../a1";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readOnly, readWrite, type MemberTable } from "./base";
import { fromArgb, toArgb } from "./range-format";
import { Range } from "./range";
import { rebaseFormula } from "../rebase";
import { requireEditable } from "./sheet-ops";

export interface CfRule {
  type: string;
  formulae?: string[];
  priority?: number;
  stopIfTrue?: boolean;
  style?: { fill?: { type: "pattern"; pattern: string; fgColor?: { argb: string }; bgColor?: { argb: string } }; font?: Partial<ExcelJS.Font>; numFmt?: string };
}
interface CfEntry {
  ref: string;
  rules: CfRule[];
}
type WithCf = ExcelJS.Worksheet & { conditionalFormattings: CfEntry[] };

const entries = (ws: ExcelJS.Worksheet): CfEntry[] => {
  const w = ws as WithCf;
  w.conditionalFormattings ??= [];
  return w.conditionalFormattings;
};

/** Rules of a sheet, top priority first. */
export const orderedRules = (ws: ExcelJS.Worksheet): { entry: CfEntry; rule: CfRule }[] =>
  entries(ws)
    .flatMap((entry) => entry.rules.map((rule) => ({ entry, rule })))
    .sort((a, b) => (a.rule.priority ?? Infinity) - (b.rule.priority ?? Infinity));

const renumber = (list: { rule: CfRule }[]): void => list.forEach((x, i) => (x.rule.priority = i + 1));

const refBoxes = (ref: string): Box[] => ref.split(/\s+/).filter(Boolean).map((a) => parseAddress(a).box);

/** The cell a format's formula is written for: the top-left cell of the first range it applies to. */
export const originOf = (entry: CfEntry): Box | undefined => refBoxes(entry.ref)[0];

/** Every box a format applies to. */
export const boxesOf = (entry: CfEntry): Box[] => refBoxes(entry.ref);

type Item = { entry: CfEntry; rule: CfRule };

export class ConditionalFormatCollection extends ServerObject {
  readonly className = "ConditionalFormatCollection";
  constructor(session: Session, readonly range: Range) {
    super(session);
  }
  /** The formats that intersect the range, top priority first: their index is their priority and id. */
  mine(): Item[] {
    return orderedRules(this.range.ws).filter((x) => refBoxes(x.entry.ref).some((b) => intersects(b, this.range.box)));
  }
  private at(position: number): ConditionalFormat {
    return new ConditionalFormat(this.session, this, position);
  }
  protected members(): MemberTable {
    const ws = this.range.ws;
    return {
      methods: {
        Add: ([type]) => {
          requireEditable(ws, this.range.box, "formatCells");
          if (type !== "Custom") fail("NotImplemented", `The stand-in host serves custom conditional formats only, not '${String(type)}'.`);
          const rule: CfRule = { type: "expression", formulae: [], style: {} };
          const list = orderedRules(ws);
          // "Adds a new conditional format to the collection at the first/top priority" (ConditionalFormatCollection.add).
          entries(ws).push({ ref: qualified(ws.name, this.range.box).split("!")[1]!, rules: [rule] });
          renumber([{ rule }, ...list]);
          return this.at(0);
        },
        GetItem: ([id]) => this.indexer([id]),
        GetItemOrNullObject: ([id]) => this.find(id),
        GetItemAt: ([index]) => {
          const i = Number(index);
          return Number.isInteger(i) && i >= 0 && i < this.mine().length ? this.at(i) : fail("ItemNotFound", `No conditional format at index ${String(index)}.`);
        },
        GetCount: () => this.mine().length,
        ClearAll: () => {
          const mine = this.mine();
          if (mine.length > 0) requireEditable(ws, this.range.box, "formatCells");
          const w = ws as WithCf;
          const gone = new Set(mine.map((x) => x.entry));
          w.conditionalFormattings = entries(ws).filter((e) => !gone.has(e));
          renumber(orderedRules(ws));
        },
      },
    };
  }
  /** "id: the priority of the conditional format within the current ConditionalFormatCollection." */
  private find(id: unknown): ConditionalFormat | null {
    const text = String(id);
    const i = /^\d+$/.test(text) ? Number(text) : -1;
    return i >= 0 && i < this.mine().length ? this.at(i) : null;
  }
  override indexer(args: unknown[]): ServerObject {
    return this.find(args[0]) ?? fail("ItemNotFound", `No conditional format with id '${String(args[0])}'.`);
  }
  override items(): ServerObject[] {
    return this.mine().map((_, i) => this.at(i));
  }
}

/**
 * One format, addressed as Excel addresses it: by its place (priority) in the collection it was
 * fetched from. After its priority changes, this object reaches whatever format now holds the old
 * place: "if you change the priority, you have to re-fetch a new copy of the object at that new
 * priority location if you want to make further changes to it" (ConditionalFormat.priority).
 */
export class ConditionalFormat extends ServerObject {
  readonly className = "ConditionalFormat";
  constructor(session: Session, readonly collection: ConditionalFormatCollection, readonly position: number) {
    super(session);
  }
  private current(): Item {
    return this.collection.mine()[this.position] ?? fail("ItemNotFound", `The conditional format at priority ${this.position} no longer exists.`);
  }
  override idValue(): string {
    return String(this.position);
  }
  protected members(): MemberTable {
    const ws = this.collection.range.ws;
    const guard = (): Item => {
      const x = this.current();
      requireEditable(ws, boxesOf(x.entry)[0] ?? this.collection.range.box, "formatCells");
      return x;
    };
    const range = (): Range => {
      const first = boxesOf(this.current().entry)[0] ?? fail("ItemNotFound", "The conditional format applies to no range.");
      return new Range(this.session, ws, first);
    };
    return {
      props: {
        Id: readOnly(() => String(this.position)),
        Type: readOnly(() => (this.current().rule.type === "expression" ? "Custom" : this.current().rule.type)),
        Priority: readWrite(
          () => this.position,
          (v) => {
            const me = guard();
            const others = this.collection.mine().filter((x) => x.rule !== me.rule);
            if (others.length === 0) return;
            const n = Math.trunc(Number(v));
            // "Use a negative priority to begin from the back. Priorities greater than the bounds
            // will get and set to the maximum (or minimum if negative) priority."
            const place = Math.max(0, Math.min(others.length, n < 0 ? others.length + 1 + n : n));
            const all = orderedRules(ws).filter((x) => x.rule !== me.rule);
            const anchor = others[place];
            const at = anchor ? all.findIndex((x) => x.rule === anchor.rule) : all.findIndex((x) => x.rule === others[others.length - 1]!.rule) + 1;
            all.splice(at, 0, me);
            renumber(all);
          },
        ),
        StopIfTrue: readWrite(() => Boolean(this.current().rule.stopIfTrue), (v) => {
          guard().rule.stopIfTrue = Boolean(v);
        }),
      },
      navs: {
        Custom: () =>
          this.current().rule.type === "expression"
            ? new CustomConditionalFormat(this.session, { read: () => this.current(), edit: guard, through: this.collection.range.box })
            : null,
      },
      methods: {
        GetRange: () => range(),
        GetRangeOrNullObject: () => (boxesOf(this.current().entry).length ? range() : null),
        GetRanges: () => fail("ApiNotFound", "ConditionalFormat.getRanges is not served by the stand-in host."),
        Delete: () => {
          const { entry, rule } = guard();
          entry.rules = entry.rules.filter((r) => r !== rule);
          const w = ws as WithCf;
          w.conditionalFormattings = entries(ws).filter((e) => e.rules.length > 0);
          renumber(orderedRules(ws));
        },
      },
    };
  }
}

/** How the parts of a format reach its rule: `read` as it is now, `edit` refused on a protected sheet. */
interface RuleAccess {
  readonly read: () => { entry: CfEntry; rule: CfRule };
  readonly edit: () => { entry: CfEntry; rule: CfRule };
  /** The range the collection was fetched from: formulas are read and written relative to its top-left cell. */
  readonly through: Box;
}

export class CustomConditionalFormat extends ServerObject {
  readonly className = "CustomConditionalFormat";
  constructor(session: Session, readonly access: RuleAccess) {
    super(session);
  }
  protected members(): MemberTable {
    return {
      navs: {
        Rule: () => new ConditionalFormatRule(this.session, this.access),
        Format: () => new ConditionalRangeFormat(this.session, this.access),
      },
    };
  }
}

/** Rows and columns from the format's own top-left cell to the one the formula is read or written for. */
const offset = (entry: CfEntry, through: Box): [number, number] => {
  const origin = originOf(entry) ?? through;
  return [through.top - origin.top, through.left - origin.left];
};

export class ConditionalFormatRule extends ServerObject {
  readonly className = "ConditionalFormatRule";
  constructor(session: Session, readonly access: RuleAccess) {
    super(session);
  }
  protected members(): MemberTable {
    const { read, edit, through } = this.access;
    // A relative formula is relative to the top-left cell of the range it was set through, as in
    // Excel's dialog it is relative to the active cell; it is stored for the format's own range.
    const formula = readWrite(
      () => {
        const { entry, rule } = read();
        const stored = rule.formulae?.[0];
        if (stored === undefined) return "";
        const [dr, dc] = offset(entry, through);
        return `=${rebaseFormula(stored, dr, dc)}`;
      },
      (v) => {
        const { entry, rule } = edit();
        const text = String(v);
        const [dr, dc] = offset(entry, through);
        rule.formulae = [rebaseFormula(text.startsWith("=") ? text.slice(1) : text, -dr, -dc)];
      },
    );
    return { props: { Formula: formula, FormulaLocal: formula } };
  }
}

const styleOf = (rule: CfRule): NonNullable<CfRule["style"]> => (rule.style ??= {});

export class ConditionalRangeFormat extends ServerObject {
  readonly className = "ConditionalRangeFormat";
  constructor(session: Session, readonly access: RuleAccess) {
    super(session);
  }
  protected members(): MemberTable {
    const { read, edit } = this.access;
    return {
      props: {
        NumberFormat: readWrite(() => styleOf(read().rule).numFmt ?? null, (v) => {
          styleOf(edit().rule).numFmt = String(v);
        }),
      },
      navs: {
        Fill: () => new ConditionalRangeFill(this.session, this.access),
        Font: () => new ConditionalRangeFont(this.session, this.access),
      },
    };
  }
}

export class ConditionalRangeFill extends ServerObject {
  readonly className = "ConditionalRangeFill";
  constructor(session: Session, readonly access: RuleAccess) {
    super(session);
  }
  protected members(): MemberTable {
    const { read, edit } = this.access;
    return {
      props: {
        // A dxf's solid fill colour is its bgColor in OOXML; fgColor is written too for readers that look there.
        Color: readWrite(() => fillColour(read().rule) ?? null, (v) => {
          const argb = toArgb(v);
          styleOf(edit().rule).fill = { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
        }),
      },
      methods: {
        Clear: () => {
          delete styleOf(edit().rule).fill;
        },
      },
    };
  }
}

/** A format's fill colour as "#RRGGBB", or undefined. */
export const fillColour = (rule: CfRule): string | undefined => fromArgb(rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb);
/** A format's font colour as "#RRGGBB", or undefined. */
export const fontColour = (rule: CfRule): string | undefined => fromArgb(rule.style?.font?.color?.argb);

export class ConditionalRangeFont extends ServerObject {
  readonly className = "ConditionalRangeFont";
  constructor(session: Session, readonly access: RuleAccess) {
    super(session);
  }
  protected members(): MemberTable {
    const { read, edit } = this.access;
    const font = (patch: Partial<ExcelJS.Font>) => {
      const style = styleOf(edit().rule);
      style.font = { ...(style.font ?? {}), ...patch };
    };
    const now = (): Partial<ExcelJS.Font> => read().rule.style?.font ?? {};
    return {
      props: {
        Color: readWrite(() => fontColour(read().rule) ?? null, (v) => font({ color: { argb: toArgb(v) } })),
        Bold: readWrite(() => Boolean(now().bold), (v) => font({ bold: Boolean(v) })),
        Italic: readWrite(() => Boolean(now().italic), (v) => font({ italic: Boolean(v) })),
        Strikethrough: readWrite(() => Boolean(now().strike), (v) => font({ strike: Boolean(v) })),
        Underline: readWrite(() => (now().underline ? "Single" : "None"), (v) => font({ underline: v !== "None" })),
      },
      methods: {
        Clear: () => {
          delete styleOf(edit().rule).font;
        },
      },
    };
  }
}
