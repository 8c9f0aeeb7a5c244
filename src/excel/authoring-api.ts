// What the pane's "Tạo mẫu từ bảng" step asks of Excel: the user's table as read, the templates
// stored in the workbook, storing one, and saving a template file where the host allows it.
import type { SheetSnapshot } from "../core/snapshot";
import type { StoredTemplate } from "../core/authoring/stored-template";

export type { StoredTemplate } from "../core/authoring/stored-template";

export type TableRead =
  | {
      readonly ok: true;
      /** The sheet's cells at their own rows and columns (only the selection, when the user selected the table). */
      readonly snapshot: SheetSnapshot;
      /** The selection read ("B3:G40"), or null when the whole sheet was read. */
      readonly selection: string | null;
    }
  | { readonly ok: false; readonly reason: "excel-error"; readonly detail: string };

export type AuthoringSaved = { readonly ok: true } | { readonly ok: false; readonly reason: "not-supported" | "host-error"; readonly detail: string };

export interface AuthoringApi {
  /** Reads the selected table, or the active sheet when one cell is selected. Never writes. */
  readTable(): Promise<TableRead>;
  storedTemplates(): Promise<readonly StoredTemplate[]>;
  storeTemplate(entry: StoredTemplate): Promise<AuthoringSaved>;
  /** The host lets the pane download a file (Excel on the web, a plain browser). */
  readonly canDownload: boolean;
  downloadText(fileName: string, text: string): Promise<AuthoringSaved>;
}
