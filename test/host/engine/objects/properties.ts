// Excel.DocumentProperties (filled in below).
import { ServerObject, type MemberTable } from "./base";

export class DocumentProperties extends ServerObject {
  readonly className = "DocumentProperties";
  protected members(): MemberTable {
    return {};
  }
}
