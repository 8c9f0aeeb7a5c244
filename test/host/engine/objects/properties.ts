// Excel.DocumentProperties: the core properties ExcelJS keeps (title, subject, author...).
import { ServerObject, readWrite, type MemberTable } from "./base";

export class DocumentProperties extends ServerObject {
  readonly className = "DocumentProperties";
  protected members(): MemberTable {
    const wb = this.session.workbook;
    const text = (get: () => string | undefined, set: (v: string) => void) => readWrite(() => get() ?? "", (v) => set(String(v)));
    return {
      props: {
        Title: text(() => wb.title, (v) => (wb.title = v)),
        Subject: text(() => wb.subject, (v) => (wb.subject = v)),
        Author: text(() => wb.creator, (v) => (wb.creator = v)),
        Keywords: text(() => wb.keywords, (v) => (wb.keywords = v)),
        Comments: text(() => wb.description, (v) => (wb.description = v)),
        Category: text(() => wb.category, (v) => (wb.category = v)),
        Company: text(() => wb.company, (v) => (wb.company = v)),
        Manager: text(() => wb.manager, (v) => (wb.manager = v)),
        LastAuthor: text(() => wb.lastModifiedBy, (v) => (wb.lastModifiedBy = v)),
      },
    };
  }
}
