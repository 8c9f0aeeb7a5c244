// The global object (Excel.Workbook) and Excel.Application.
import { parseAddress } from "../a1";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readOnly, readWrite, type MemberTable } from "./base";
import { Range } from "./range";
import { WorksheetCollection } from "./worksheet";
import { NamedItemCollection } from "./names";
import { CommentCollection, NoteCollection } from "./annotations";
import { DocumentProperties } from "./properties";

export class Workbook extends ServerObject {
  readonly className = "Workbook";
  protected members(): MemberTable {
    const { session } = this;
    const selected = (): Range => {
      const sel = session.selection;
      const ws = sel ? session.findSheet(sel.sheetId) : undefined;
      if (sel && ws) return new Range(session, ws, sel.box);
      return new Range(session, session.activeSheet(), parseAddress("A1").box);
    };
    const byReference = (id: unknown): ServerObject | null => session.references.get(String(id)) ?? null;
    return {
      props: {
        Name: readOnly(() => "Book1.xlsx"),
        ReadOnly: readOnly(() => false),
        IsDirty: readWrite(() => true, () => undefined),
      },
      navs: {
        Worksheets: () => new WorksheetCollection(session),
        Names: () => new NamedItemCollection(session, undefined),
        Application: () => new Application(session),
        Comments: () => new CommentCollection(session, undefined),
        Notes: () => new NoteCollection(session, undefined),
        Properties: () => new DocumentProperties(session),
      },
      methods: {
        GetSelectedRange: () => selected(),
        GetActiveCell: () => {
          const r = selected();
          return r.derive({ top: r.box.top, left: r.box.left, bottom: r.box.top, right: r.box.left });
        },
        _RemoveReference: ([id]) => {
          session.references.delete(String(id));
        },
        _RemoveAllReferences: () => session.references.clear(),
        _GetObjectByReferenceId: ([id]) => byReference(id),
        _GetRangeForEventByReferenceId: ([id]) => byReference(id) ?? fail("ItemNotFound", "The changed range is gone."),
        _GetRangeOrNullObjectForEventByReferenceId: ([id]) => byReference(id),
      },
    };
  }
}

export class Application extends ServerObject {
  readonly className = "Application";
  protected members(): MemberTable {
    const { session } = this;
    return {
      props: {
        CalculationMode: readWrite(() => "Automatic", () => undefined),
        CalculationState: readOnly(() => "Done"),
      },
      methods: {
        Calculate: () => undefined,
        CreateWorkbook: ([base64]) => new WorkbookCreated(session, base64 === undefined || base64 === null ? "" : String(base64)),
      },
    };
  }
}

/** What Application.createWorkbook returns; open() records the file so tests can read it back. */
export class WorkbookCreated extends ServerObject {
  readonly className = "WorkbookCreated";
  constructor(session: Session, readonly base64: string) {
    super(session);
  }
  protected members(): MemberTable {
    return {
      methods: {
        Open: () => {
          this.session.createdWorkbooks.push(this.base64);
        },
      },
    };
  }
}
