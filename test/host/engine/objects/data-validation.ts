// Excel.DataValidation (filled in below).
import type { Session } from "../session";
import { ServerObject, type MemberTable } from "./base";
import type { Range } from "./range";

export class DataValidation extends ServerObject {
  readonly className = "DataValidation";
  constructor(session: Session, readonly range: Range) {
    super(session);
  }
  protected members(): MemberTable {
    return {};
  }
}
