// Excel.Worksheet and Excel.WorksheetCollection over ExcelJS worksheets.
import type ExcelJS from "exceljs";
import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "../a1";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readOnly, readWrite, type MemberTable } from "./base";
import { Range } from "./range";
import { usedBox } from "./sheet-ops";
import { CommentCollection, NoteCollection } from "./annotations";
import { NamedItemCollection } from "./names";
import { WORKBOOK_TARGET } from "../protocol";
import { FreezePanes, PageLayout, WorksheetProtection } from "./worksheet-parts";

/** ExcelJS keeps tab order in an untyped orderNo. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

const VISIBILITY: Record<string, "visible" | "hidden" | "veryHidden"> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** Excel's rules for sheet names: 1 to 31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
export const checkSheetName = (session: Session, name: string, except?: ExcelJS.Worksheet): void => {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    fail("InvalidArgument", `The worksheet name '${name}' is not valid.`);
  }
  const clash = session.findSheet(name);
  if (clash && clash !== except && clash.name.toLowerCase() === name.toLowerCase()) {
    fail("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
  }
};

export class Worksheet extends ServerObject {
  readonly className = "Worksheet";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet) {
    super(session);
  }
  override idValue(): string {
    return this.session.sheetId(this.ws);
  }
  protected members(): MemberTable {
    const { ws, session } = this;
    const range = (address: string): Range => {
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== ws.name.toLowerCase()) fail("InvalidArgument", `The address '${address}' is on another worksheet.`);
      return new Range(session, ws, parsed.box);
    };
    const used = (valuesOnly: boolean): Range | null => {
      const box = usedBox(ws, valuesOnly);
      return box ? new Range(session, ws, box) : null;
    };
    return {
      props: {
        Id: readOnly(() => session.sheetId(ws)),
        Name: readWrite(() => ws.name, (v) => {
          checkSheetName(session, String(v), ws);
          ws.name = String(v);
        }),
        Position: readWrite(() => session.sheets().indexOf(ws), (v) => this.move(Number(v))),
        Visibility: readWrite(
          () => ({ visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" })[ws.state ?? "visible"] ?? "Visible",
          (v) => {
            const state = VISIBILITY[String(v)] ?? fail("InvalidArgument", `The visibility '${String(v)}' is not valid.`);
            if (state !== "visible" && session.sheets().filter((s) => s !== ws && (s.state ?? "visible") === "visible").length === 0) {
              fail("InvalidOperation", "A workbook must keep at least one visible worksheet.");
            }
            ws.state = state;
          },
        ),
        TabColor: readWrite(() => (ws.properties.tabColor?.argb ? `#${ws.properties.tabColor.argb.slice(-6)}` : ""), (v) => {
          ws.properties.tabColor = (v ? { argb: `FF${String(v).replace("#", "")}` } : undefined) as ExcelJS.Color;
        }),
        StandardWidth: readOnly(() => 8.43),
        StandardHeight: readOnly(() => 15),
        ShowGridlines: readWrite(() => ws.views?.[0]?.showGridLines !== false, (v) => {
          ws.views = [{ ...(ws.views?.[0] ?? {}), showGridLines: Boolean(v) }];
        }),
      },
      navs: {
        Protection: () => new WorksheetProtection(session, ws),
        FreezePanes: () => new FreezePanes(session, ws),
        PageLayout: () => new PageLayout(session, ws),
        Comments: () => new CommentCollection(session, ws),
        Notes: () => new NoteCollection(session, ws),
        Names: () => new NamedItemCollection(session, ws),
      },
      methods: {
        GetRange: ([address]) => (address === undefined || address === null || address === "" ? new Range(session, ws, { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }) : range(String(address))),
        GetRangeByIndexes: ([r, c, h, w]) => new Range(session, ws, { top: Number(r), left: Number(c), bottom: Number(r) + Number(h) - 1, right: Number(c) + Number(w) - 1 }),
        GetCell: ([r, c]) => new Range(session, ws, { top: Number(r), left: Number(c), bottom: Number(r), right: Number(c) }),
        GetUsedRange: ([valuesOnly]) => used(Boolean(valuesOnly)) ?? new Range(session, ws, { top: 0, left: 0, bottom: 0, right: 0 }),
        GetUsedRangeOrNullObject: ([valuesOnly]) => used(Boolean(valuesOnly)),
        Activate: () => {
          if ((ws.state ?? "visible") !== "visible") fail("InvalidOperation", "A hidden worksheet cannot be activated.");
          session.activeSheetId = session.sheetId(ws);
        },
        Delete: () => this.remove(),
        Calculate: () => undefined,
        _RegisterDataChangedEvent: () => {
          session.changedRegistrations.add(session.sheetId(ws));
        },
        _UnregisterDataChangedEvent: () => {
          session.changedRegistrations.delete(session.sheetId(ws));
        },
        _RegisterSelectionChangedEvent: () => {
          session.selectionRegistrations.add(session.sheetId(ws));
        },
        _UnregisterSelectionChangedEvent: () => {
          session.selectionRegistrations.delete(session.sheetId(ws));
        },
      },
    };
  }

  private move(position: number): void {
    const sheets = this.session.sheets().filter((s) => s !== this.ws);
    if (position < 0 || position > sheets.length) fail("InvalidArgument", `The position ${position} is out of range.`);
    sheets.splice(position, 0, this.ws);
    sheets.forEach((s, i) => {
      (s as Ordered).orderNo = i;
    });
  }

  private remove(): void {
    const { session, ws } = this;
    const visible = session.sheets().filter((s) => (s.state ?? "visible") === "visible");
    if (visible.length === 1 && visible[0] === ws) fail("InvalidOperation", "The last visible worksheet cannot be deleted.");
    if (session.activeSheetId === session.sheetId(ws)) session.activeSheetId = undefined;
    session.workbook.removeWorksheet(ws.id);
  }
}

export class WorksheetCollection extends ServerObject {
  readonly className = "WorksheetCollection";
  protected members(): MemberTable {
    const { session } = this;
    const get = (key: unknown): Worksheet | null => {
      const ws = session.findSheet(String(key));
      return ws ? new Worksheet(session, ws) : null;
    };
    return {
      props: {},
      methods: {
        Add: ([name]) => {
          const wanted = name === undefined || name === null || name === "" ? this.freshName() : String(name);
          checkSheetName(session, wanted);
          const ws = session.workbook.addWorksheet(wanted);
          (ws as Ordered).orderNo = session.sheets().length;
          return new Worksheet(session, ws);
        },
        GetItem: ([key]) => get(key) ?? fail("ItemNotFound", `The worksheet '${String(key)}' does not exist.`),
        GetItemOrNullObject: ([key]) => get(key),
        GetActiveWorksheet: () => new Worksheet(session, session.activeSheet()),
        GetFirst: ([visibleOnly]) => this.pick(Boolean(visibleOnly), false),
        GetLast: ([visibleOnly]) => this.pick(Boolean(visibleOnly), true),
        GetCount: ([visibleOnly]) => session.sheets().filter((s) => !visibleOnly || (s.state ?? "visible") === "visible").length,
        // WorksheetCollection.onChanged (1.9): one registration for every sheet, delivered to the target "Workbook".
        _RegisterDataChangedEvent: () => void session.changedRegistrations.add(WORKBOOK_TARGET),
        _UnregisterDataChangedEvent: () => void session.changedRegistrations.delete(WORKBOOK_TARGET),
      },
    };
  }
  override indexer(args: unknown[]): ServerObject {
    const ws = this.session.findSheet(String(args[0]));
    return ws ? new Worksheet(this.session, ws) : fail("ItemNotFound", `The worksheet '${String(args[0])}' does not exist.`);
  }
  override items(): ServerObject[] {
    return this.session.sheets().map((ws) => new Worksheet(this.session, ws));
  }
  private pick(visibleOnly: boolean, last: boolean): Worksheet {
    const sheets = this.session.sheets().filter((s) => !visibleOnly || (s.state ?? "visible") === "visible");
    const ws = last ? sheets[sheets.length - 1] : sheets[0];
    return ws ? new Worksheet(this.session, ws) : fail("ItemNotFound", "There is no such worksheet.");
  }
  private freshName(): string {
    for (let i = this.session.sheets().length + 1; ; i++) {
      const name = `${this.session.defaultSheetPrefix}${i}`;
      if (!this.session.findSheet(name)) return name;
    }
  }
}
