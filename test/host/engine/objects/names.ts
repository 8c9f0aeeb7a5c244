// Excel.NamedItemCollection (filled in below).
import type ExcelJS from "exceljs";
import type { Session } from "../session";
import { ServerObject, type MemberTable } from "./base";

export class NamedItemCollection extends ServerObject {
  readonly className = "NamedItemCollection";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet | undefined) {
    super(session);
  }
  protected members(): MemberTable {
    return {};
  }
}
