// Excel.CommentCollection (1.10) and Excel.NoteCollection (1.18) (filled in below).
import type ExcelJS from "exceljs";
import type { Session } from "../session";
import { ServerObject, type MemberTable } from "./base";

export class CommentCollection extends ServerObject {
  readonly className = "CommentCollection";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet | undefined) {
    super(session);
  }
  protected members(): MemberTable {
    return {};
  }
}

export class NoteCollection extends ServerObject {
  readonly className = "NoteCollection";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet | undefined) {
    super(session);
  }
  protected members(): MemberTable {
    return {};
  }
}
