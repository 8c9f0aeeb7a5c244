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

const ids = new WeakMap<CfRule, string>();
let nextId = 1;
const idOf = (rule: CfRule): string => {
  let id = ids.get(rule);
  if (!id) {
    id = `cf:${nextId++}`;
    ids.set(rule, id);
  }
  return id;
};

const refBoxes = (ref: string): Box[] => ref.split(/\s+/).filter(Boolean).map((a) => parseAddress(a).box);

export class ConditionalFormatCollection extends ServerObject {
  readonly className = "ConditionalFormatCollection";
  constructor(session: Session, readonly range: Range) {
    super(session);
  }
  private mine(): { entry: CfEntry; rule: CfRule }[] {
    return orderedRules(this.range.ws).filter((x) => refBoxes(x.entry.ref).some((b) => intersects(b, this.range.box)));
  }
  private wrap(x: { entry: CfEntry; rule: CfRule }): ConditionalFormat {
    return new ConditionalFormat(this.session, this.range.ws, x.entry, x.rule);
  }
  protected members(): MemberTable {
    const ws = this.range.ws;
    return {
      methods: {
        Add: ([type]) => {
          // Conditional formatting is unavailable on a protected sheet, as in Excel's ribbon.
          requireEditable(ws, this.range.box, "formatCells");
          if (type !== "Custom") fail("NotImplemented", `The stand-in host serves custom conditional formats only, not '${String(type)}'.`);
          const rule: CfRule = { type: "expression", formulae: [], style: {} };
          const list = orderedRules(ws);
          // ConditionalFormatCollection.add puts the new format at the top priority.
          entries(ws).push({ ref: qualified(ws.name, this.range.box).split("!")[1]!, rules: [rule] });
          renumber([{ rule }, ...list]);
          return new ConditionalFormat(this.session, ws, entries(ws)[entries(ws).length - 1]!, rule);
        },
        GetItem: ([id]) => this.indexer([id]),
        GetItemOrNullObject: ([id]) => this.find(String(id)),
        GetItemAt: ([index]) => {
          const x = this.mine()[Number(index)];
          return x ? this.wrap(x) : fail("ItemNotFound", `No conditional format at index ${String(index)}.`);
        },
        GetCount: () => this.mine().length,
        ClearAll: () => {
          const w = ws as WithCf;
          const gone = new Set(this.mine().map((x) => x.entry));
          w.conditionalFormattings = entries(ws).filter((e) => !gone.has(e));
          renumber(orderedRules(ws));
        },
      },
    };
  }
  private find(id: string): ConditionalFormat | null {
    const x = orderedRules(this.range.ws).find((y) => idOf(y.rule) === id);
    return x ? this.wrap(x) : null;
  }
  override indexer(args: unknown[]): ServerObject {
    return this.find(String(args[0])) ?? fail("ItemNotFound", `No conditional format with id '${String(args[0])}'.`);
  }
  override items(): ServerObject[] {
    return this.mine().map((x) => this.wrap(x));
  }
}

export class ConditionalFormat extends ServerObject {
  readonly className = "ConditionalFormat";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet, readonly entry: CfEntry, readonly rule: CfRule) {
    super(session);
  }
  override idValue(): string {
    return idOf(this.rule);
  }
  protected members(): MemberTable {
    const { ws, entry, rule } = this;
    const range = (): Range => {
      const boxes = refBoxes(entry.ref);
      const first = boxes[0] ?? fail("ItemNotFound", "The conditional format applies to no range.");
      return new Range(this.session, ws, first);
    };
    return {
      props: {
        Id: readOnly(() => idOf(rule)),
        Type: readOnly(() => (rule.type === "expression" ? "Custom" : rule.type)),
        Priority: readWrite(
          () => orderedRules(ws).findIndex((x) => x.rule === rule),
          (v) => {
            const list = orderedRules(ws).filter((x) => x.rule !== rule);
            list.splice(Math.max(0, Math.min(Number(v), list.length)), 0, { entry, rule });
            renumber(list);
          },
        ),
        StopIfTrue: readWrite(() => Boolean(rule.stopIfTrue), (v) => {
          rule.stopIfTrue = Boolean(v);
        }),
      },
      navs: {
        Custom: () => (rule.type === "expression" ? new CustomConditionalFormat(this.session, rule) : null),
      },
      methods: {
        GetRange: () => range(),
        GetRangeOrNullObject: () => (refBoxes(entry.ref).length ? range() : null),
        GetRanges: () => fail("NotImplemented", "ConditionalFormat.getRanges is not served by the stand-in host."),
        Delete: () => {
          entry.rules = entry.rules.filter((r) => r !== rule);
          const w = ws as WithCf;
          w.conditionalFormattings = entries(ws).filter((e) => e.rules.length > 0);
          renumber(orderedRules(ws));
        },
      },
    };
  }
}

export class CustomConditionalFormat extends ServerObject {
  readonly className = "CustomConditionalFormat";
  constructor(session: Session, readonly rule: CfRule) {
    super(session);
  }
  protected members(): MemberTable {
    return {
      navs: {
        Rule: () => new ConditionalFormatRule(this.session, this.rule),
        Format: () => new ConditionalRangeFormat(this.session, this.rule),
      },
    };
  }
}

export class ConditionalFormatRule extends ServerObject {
  readonly className = "ConditionalFormatRule";
  constructor(session: Session, readonly rule: CfRule) {
    super(session);
  }
  protected members(): MemberTable {
    const formula = readWrite(
      () => (this.rule.formulae?.[0] === undefined ? "" : `=${this.rule.formulae[0]}`),
      (v) => {
        const text = String(v);
        this.rule.formulae = [text.startsWith("=") ? text.slice(1) : text];
      },
    );
    return { props: { Formula: formula, FormulaLocal: formula } };
  }
}

export class ConditionalRangeFormat extends ServerObject {
  readonly className = "ConditionalRangeFormat";
  constructor(session: Session, readonly rule: CfRule) {
    super(session);
  }
  protected members(): MemberTable {
    const style = (this.rule.style ??= {});
    return {
      props: {
        NumberFormat: readWrite(() => style.numFmt ?? null, (v) => {
          style.numFmt = String(v);
        }),
      },
      navs: {
        Fill: () => new ConditionalRangeFill(this.session, this.rule),
        Font: () => new ConditionalRangeFont(this.session, this.rule),
      },
    };
  }
}

export class ConditionalRangeFill extends ServerObject {
  readonly className = "ConditionalRangeFill";
  constructor(session: Session, readonly rule: CfRule) {
    super(session);
  }
  protected members(): MemberTable {
    const style = (this.rule.style ??= {});
    return {
      props: {
        // A dxf's solid fill colour is its bgColor in OOXML; fgColor is written too for readers that look there.
        Color: readWrite(() => fromArgb(style.fill?.bgColor?.argb ?? style.fill?.fgColor?.argb) ?? null, (v) => {
          const argb = toArgb(v);
          style.fill = { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
        }),
      },
      methods: {
        Clear: () => {
          delete style.fill;
        },
      },
    };
  }
}

export class ConditionalRangeFont extends ServerObject {
  readonly className = "ConditionalRangeFont";
  constructor(session: Session, readonly rule: CfRule) {
    super(session);
  }
  protected members(): MemberTable {
    const style = (this.rule.style ??= {});
    const font = (patch: Partial<ExcelJS.Font>) => {
      style.font = { ...(style.font ?? {}), ...patch };
    };
    return {
      props: {
        Color: readWrite(() => fromArgb(style.font?.color?.argb) ?? null, (v) => font({ color: { argb: toArgb(v) } })),
        Bold: readWrite(() => Boolean(style.font?.bold), (v) => font({ bold: Boolean(v) })),
        Italic: readWrite(() => Boolean(style.font?.italic), (v) => font({ italic: Boolean(v) })),
        Strikethrough: readWrite(() => Boolean(style.font?.strike), (v) => font({ strike: Boolean(v) })),
        Underline: readWrite(() => (style.font?.underline ? "Single" : "None"), (v) => font({ underline: v !== "None" })),
      },
      methods: {
        Clear: () => {
          delete style.font;
        },
      },
    };
  }
}
