// Excel.NamedItemCollection over ExcelJS defined names (workbook scope).
import type ExcelJS from "exceljs";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readOnly, type MemberTable } from "./base";
import { Range } from "./range";
import { parseAddress } from "../a1";

interface DefinedNames {
  model: { name: string; ranges: string[] }[];
  add(location: string, name: string): void;
  removeAllNames?(name: string): void;
}
const definedNames = (session: Session): DefinedNames => (session.workbook as unknown as { definedNames: DefinedNames }).definedNames;

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class NamedItemCollection extends ServerObject {
  readonly className = "NamedItemCollection";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet | undefined) {
    super(session);
  }
  private find(name: string): NamedItem | null {
    const item = definedNames(this.session).model.find((m) => m.name.toLowerCase() === name.toLowerCase());
    return item ? new NamedItem(this.session, item.name) : null;
  }
  protected members(): MemberTable {
    return {
      methods: {
        Add: ([name, reference]) => {
          const n = String(name);
          if (!NAME.test(n) || /^[A-Za-z]{1,3}\d+$/.test(n)) fail("InvalidArgument", `The name '${n}' is not valid.`);
          if (this.find(n)) fail("ItemAlreadyExists", `The name '${n}' already exists.`);
          const ref = reference instanceof Range ? `${reference.ws.name}!${reference.describe().split("!")[1]}` : String(reference).replace(/^=/, "");
          const parsed = parseAddress(ref);
          const ws = parsed.sheet ? this.session.findSheet(parsed.sheet) : undefined;
          if (!ws) fail("InvalidArgument", `The reference '${ref}' must name a worksheet range.`);
          definedNames(this.session).add(ref.includes("!") ? ref : `${ws!.name}!${ref}`, n);
          return this.find(n);
        },
        GetItem: ([name]) => this.find(String(name)) ?? fail("ItemNotFound", `The name '${String(name)}' does not exist.`),
        GetItemOrNullObject: ([name]) => this.find(String(name)),
        GetCount: () => definedNames(this.session).model.length,
      },
    };
  }
  override indexer(args: unknown[]): ServerObject {
    return this.find(String(args[0])) ?? fail("ItemNotFound", `The name '${String(args[0])}' does not exist.`);
  }
  override items(): ServerObject[] {
    return definedNames(this.session).model.map((m) => new NamedItem(this.session, m.name));
  }
}

export class NamedItem extends ServerObject {
  readonly className = "NamedItem";
  constructor(session: Session, readonly name: string) {
    super(session);
  }
  override idValue(): string {
    return this.name;
  }
  private ranges(): string[] {
    return definedNames(this.session).model.find((m) => m.name === this.name)?.ranges ?? [];
  }
  protected members(): MemberTable {
    const range = (): Range | null => {
      const first = this.ranges()[0];
      if (!first) return null;
      const parsed = parseAddress(first);
      const ws = parsed.sheet ? this.session.findSheet(parsed.sheet) : undefined;
      return ws ? new Range(this.session, ws, parsed.box) : null;
    };
    return {
      props: {
        Name: readOnly(() => this.name),
        Type: readOnly(() => "Range"),
        Value: readOnly(() => this.ranges()[0] ?? ""),
        Formula: readOnly(() => `=${this.ranges()[0] ?? ""}`),
        Visible: readOnly(() => true),
        Comment: readOnly(() => ""),
        Scope: readOnly(() => "Workbook"),
      },
      methods: {
        GetRange: () => range() ?? fail("InvalidOperation", "The name does not refer to a range."),
        GetRangeOrNullObject: () => range(),
        Delete: () => definedNames(this.session).removeAllNames?.(this.name),
      },
    };
  }
}
