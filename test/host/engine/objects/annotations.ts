// Excel.CommentCollection (ExcelApi 1.10) and Excel.NoteCollection (1.18). ExcelJS writes both as
// cell notes (legacy comments), so an annotation's text lives in the cell's note and survives save();
// what a legacy note cannot hold lives beside it, per cell, for the session: which kind it is (a cell
// holds a comment or a note), a comment's replies (CommentReplyCollection, 1.10) and its thread
// status (Comment.resolved, 1.11). A note read from a file is served as a comment, as before.
// https://learn.microsoft.com/javascript/api/excel/excel.comment
// https://learn.microsoft.com/javascript/api/excel/excel.commentreplycollection
import type ExcelJS from "exceljs";
import { parseAddress } from "../a1";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readOnly, readWrite, type MemberTable } from "./base";
import { Range } from "./range";

const noteText = (cell: ExcelJS.Cell): string | undefined => {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
};

interface Reply {
  readonly id: string;
  content: string;
}

/** What a legacy note cannot hold. Absent: a comment without replies, not resolved. */
interface Thread {
  readonly kind: "comment" | "note";
  readonly replies: Reply[];
  resolved: boolean;
}

/** ExcelJS keeps one Cell object per cell of a loaded workbook, so the cell can key its thread. */
const threads = new WeakMap<ExcelJS.Cell, Thread>();
let nextReply = 1;

const threadOf = (cell: ExcelJS.Cell): Thread => {
  let thread = threads.get(cell);
  if (thread === undefined) {
    thread = { kind: "comment", replies: [], resolved: false };
    threads.set(cell, thread);
  }
  return thread;
};
const kindOf = (cell: ExcelJS.Cell): "comment" | "note" => threads.get(cell)?.kind ?? "comment";

const remove = (cell: ExcelJS.Cell): void => {
  (cell as unknown as { note: unknown }).note = undefined;
  threads.delete(cell);
};

interface Located {
  ws: ExcelJS.Worksheet;
  cell: ExcelJS.Cell;
}

abstract class AnnotationCollection extends ServerObject {
  protected abstract readonly kind: "comment" | "note";
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
  /** This collection's annotations: the cells holding one of its kind, sheet by sheet, row by row. */
  protected all(): Located[] {
    const sheets = this.ws ? [this.ws] : this.session.sheets();
    const out: Located[] = [];
    // includeEmpty: a note may sit on an empty cell (a required figure left blank), and ExcelJS skips
    // empty rows and cells otherwise.
    for (const ws of sheets) {
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => void (noteText(cell) !== undefined && kindOf(cell) === this.kind && out.push({ ws, cell }))),
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
          // One cell holds a comment or a note, not both (Excel's Review tab offers the one the cell lacks).
          if (noteText(x.cell) !== undefined) fail("InvalidArgument", "The cell already has a comment or a note.");
          x.cell.note = String(content ?? "");
          threads.set(x.cell, { kind: this.kind, replies: [], resolved: false });
          return this.wrap(x);
        },
        GetItemByCell: ([target]) => {
          const x = this.locate(target);
          return noteText(x.cell) === undefined || kindOf(x.cell) !== this.kind ? fail("ItemNotFound", `The cell has no ${this.kind}.`) : this.wrap(x);
        },
        GetItemAt: ([i]) => {
          const x = this.all()[Number(i)];
          return x ? this.wrap(x) : fail("ItemNotFound", `No ${this.kind} at index ${String(i)}.`);
        },
        GetItem: ([id]) => this.indexer([id]),
        GetCount: () => this.all().length,
      },
    };
  }
  /** getItem(id), and how the client re-addresses an item it has loaded. */
  override indexer(args: unknown[]): ServerObject {
    const x = this.all().find((a) => `${a.ws.name}!${a.cell.address}` === String(args[0]));
    return x ? this.wrap(x) : fail("ItemNotFound", `No ${this.kind} with id '${String(args[0])}'.`);
  }
  override items(): ServerObject[] {
    return this.all().map((x) => this.wrap(x));
  }
}

export class CommentCollection extends AnnotationCollection {
  readonly className = "CommentCollection";
  protected readonly kind = "comment";
  protected members(): MemberTable {
    return this.collectionMembers();
  }
  protected wrap(x: Located): ServerObject {
    return new Comment(this.session, x);
  }
}

export class NoteCollection extends AnnotationCollection {
  readonly className = "NoteCollection";
  protected readonly kind = "note";
  protected members(): MemberTable {
    return this.collectionMembers();
  }
  protected wrap(x: Located): ServerObject {
    return new Note(this.session, x);
  }
}

abstract class Annotation extends ServerObject {
  constructor(session: Session, readonly at: Located) {
    super(session);
  }
  override idValue(): string {
    return `${this.at.ws.name}!${this.at.cell.address}`;
  }
  protected location(): Range {
    const row = Number(this.at.cell.row) - 1;
    const col = Number(this.at.cell.col) - 1;
    return new Range(this.session, this.at.ws, { top: row, left: col, bottom: row, right: col });
  }
  protected common(): Required<Pick<MemberTable, "props" | "methods">> {
    const { cell } = this.at;
    return {
      props: {
        Id: readOnly(() => this.idValue()),
        Content: readWrite(() => noteText(cell) ?? "", (v) => {
          cell.note = String(v);
        }),
        AuthorName: readOnly(() => "Stand-in user"),
      },
      methods: { GetLocation: () => this.location() },
    };
  }
}

/** Excel.Comment: "delete(): Deletes the comment and all the connected replies." */
export class Comment extends Annotation {
  readonly className = "Comment";
  protected members(): MemberTable {
    const { cell } = this.at;
    const base = this.common();
    return {
      props: {
        ...base.props,
        Resolved: readWrite(() => threadOf(cell).resolved, (v) => void (threadOf(cell).resolved = Boolean(v))),
      },
      navs: { Replies: () => new CommentReplyCollection(this.session, this) },
      methods: { ...base.methods, Delete: () => remove(cell) },
    };
  }
  get thread(): Thread {
    return threadOf(this.at.cell);
  }
}

/** Excel.Note: content, getLocation, delete. */
export class Note extends Annotation {
  readonly className = "Note";
  protected members(): MemberTable {
    const base = this.common();
    return { props: base.props, methods: { ...base.methods, Delete: () => remove(this.at.cell) } };
  }
}

/** Excel.CommentReplyCollection: add(content), getCount, getItem(id), getItemAt(index), items. */
export class CommentReplyCollection extends ServerObject {
  readonly className = "CommentReplyCollection";
  constructor(session: Session, readonly comment: Comment) {
    super(session);
  }
  protected members(): MemberTable {
    const replies = (): Reply[] => this.comment.thread.replies;
    return {
      methods: {
        Add: ([content, contentType]) => {
          if (contentType !== undefined && contentType !== null && contentType !== "Plain") fail("ApiNotFound", "The stand-in host serves plain replies only.");
          const text = typeof content === "string" ? content : fail("ApiNotFound", "The stand-in host serves replies given as a string.");
          const reply: Reply = { id: `${this.comment.idValue()}/reply-${nextReply++}`, content: text };
          replies().push(reply);
          return new CommentReply(this.session, this.comment, reply);
        },
        GetCount: () => replies().length,
        GetItem: ([id]) => this.indexer([id]),
        GetItemAt: ([i]) => {
          const reply = replies()[Number(i)];
          return reply ? new CommentReply(this.session, this.comment, reply) : fail("ItemNotFound", `No reply at index ${String(i)}.`);
        },
      },
    };
  }
  override indexer(args: unknown[]): ServerObject {
    const reply = this.comment.thread.replies.find((r) => r.id === String(args[0]));
    return reply ? new CommentReply(this.session, this.comment, reply) : fail("ItemNotFound", `No reply with id '${String(args[0])}'.`);
  }
  override items(): ServerObject[] {
    return this.comment.thread.replies.map((r) => new CommentReply(this.session, this.comment, r));
  }
}

/** Excel.CommentReply: its content, its thread's status (read-only here, as documented), delete. */
export class CommentReply extends ServerObject {
  readonly className = "CommentReply";
  constructor(session: Session, readonly comment: Comment, readonly reply: Reply) {
    super(session);
  }
  override idValue(): string {
    return this.reply.id;
  }
  protected members(): MemberTable {
    return {
      props: {
        Id: readOnly(() => this.reply.id),
        Content: readWrite(() => this.reply.content, (v) => void (this.reply.content = String(v))),
        AuthorName: readOnly(() => "Stand-in user"),
        Resolved: readOnly(() => this.comment.thread.resolved),
      },
      methods: {
        Delete: () => {
          const list = this.comment.thread.replies;
          const at = list.indexOf(this.reply);
          if (at >= 0) list.splice(at, 1);
        },
        GetParentComment: () => this.comment,
      },
    };
  }
}
