// Excel.CommentCollection (ExcelApi 1.10) and Excel.NoteCollection (1.18). ExcelJS writes both as
// cell notes (legacy comments); threaded comments are not modelled, so a comment's replies are not served.
import type ExcelJS from "exceljs";
import { parseAddress } from "../a1";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readOnly, readWrite, type MemberTable } from "./base";

const noteText = (cell: ExcelJS.Cell): string | undefined => {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
};

interface Located {
  ws: ExcelJS.Worksheet;
  cell: ExcelJS.Cell;
}

abstract class AnnotationCollection extends ServerObject {
  constructor(session: Session, readonly ws: ExcelJS.Worksheet | undefined) {
    super(session);
  }
  /**
   * The cell a new annotation goes on. Comments: "If it's a string, it must contain the full address,
   * including the sheet name. An InvalidArgument error is thrown if the provided range is larger than
   * one cell" (CommentCollection.add). Notes: "a string such as "A1". If the string is invalid, or the
   * range is not a single cell, an InvalidCellAddress error is thrown" (NoteCollection.add).
   */
  protected locate(target: unknown): Located {
    const code = this.className === "NoteCollection" ? "InvalidCellAddress" : "InvalidArgument";
    const text = typeof target === "string" ? target : fail("InvalidArgument", "The stand-in host takes the cell as an address string.");
    let parsed: ReturnType<typeof parseAddress>;
    try {
      parsed = parseAddress(text);
    } catch {
      return fail(code, `The address '${text}' is not valid.`);
    }
    if (this.className === "CommentCollection" && parsed.sheet === undefined) fail("InvalidArgument", `The address '${text}' must contain the sheet name.`);
    const ws = parsed.sheet ? this.session.findSheet(parsed.sheet) : this.ws;
    if (!ws) return fail(code, `The address '${text}' must name an existing worksheet.`);
    if (parsed.box.top !== parsed.box.bottom || parsed.box.left !== parsed.box.right) fail(code, "A comment or note belongs to one cell.");
    return { ws, cell: ws.getRow(parsed.box.top + 1).getCell(parsed.box.left + 1) };
  }
  protected all(): Located[] {
    const sheets = this.ws ? [this.ws] : this.session.sheets();
    const out: Located[] = [];
    // includeEmpty: a note may sit on an empty cell (a required figure left blank), and ExcelJS skips
    // empty rows and cells otherwise.
    for (const ws of sheets) {
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => void (noteText(cell) !== undefined && out.push({ ws, cell }))),
      );
    }
    return out;
  }
  protected abstract wrap(x: Located): ServerObject;
  protected collectionMembers(): MemberTable {
    return {
      methods: {
        Add: ([target, content]) => {
          const x = this.locate(target);
          if (noteText(x.cell) !== undefined) fail("InvalidArgument", "The cell already has a note.");
          x.cell.note = String(content ?? "");
          return this.wrap(x);
        },
        GetItemByCell: ([target]) => {
          const x = this.locate(target);
          return noteText(x.cell) === undefined ? fail("ItemNotFound", "The cell has no note.") : this.wrap(x);
        },
        GetItemAt: ([i]) => {
          const x = this.all()[Number(i)];
          return x ? this.wrap(x) : fail("ItemNotFound", `No note at index ${String(i)}.`);
        },
        GetCount: () => this.all().length,
      },
    };
  }
  override items(): ServerObject[] {
    return this.all().map((x) => this.wrap(x));
  }
}

export class CommentCollection extends AnnotationCollection {
  readonly className = "CommentCollection";
  protected members(): MemberTable {
    return this.collectionMembers();
  }
  protected wrap(x: Located): ServerObject {
    return new Annotation(this.session, "Comment", x);
  }
}

export class NoteCollection extends AnnotationCollection {
  readonly className = "NoteCollection";
  protected members(): MemberTable {
    return this.collectionMembers();
  }
  protected wrap(x: Located): ServerObject {
    return new Annotation(this.session, "Note", x);
  }
}

export class Annotation extends ServerObject {
  constructor(session: Session, readonly className: "Comment" | "Note", readonly at: Located) {
    super(session);
  }
  override idValue(): string {
    return `${this.at.ws.name}!${this.at.cell.address}`;
  }
  protected members(): MemberTable {
    const { cell } = this.at;
    return {
      props: {
        Id: readOnly(() => this.idValue()),
        Content: readWrite(() => noteText(cell) ?? "", (v) => {
          cell.note = String(v);
        }),
        AuthorName: readOnly(() => "Stand-in user"),
        Resolved: readWrite(() => false, () => undefined),
      },
      methods: {
        Delete: () => {
          (cell as unknown as { note: unknown }).note = undefined;
        },
      },
    };
  }
}
