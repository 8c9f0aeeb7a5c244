// What a protected sheet refuses beyond cell edits and formatting (objects/sheet-ops.ts): adding a
// comment or a note, unless the protection allows editing objects. In Excel the New Comment and
// New Note commands are unavailable on a protected sheet; comments and notes are objects, so
// WorksheetProtectionOptions.allowEditObjects lets them in
// (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions#excel-excel-worksheetprotectionoptions-alloweditobjects-member).
// Checked in the engine, before the collection's own method runs.
import type ExcelJS from "exceljs";
import { parseAddress } from "./a1";
import { fail } from "./errors";
import type { ServerObject } from "./objects/base";
import { isProtected, PROTECTED_MESSAGE } from "./objects/sheet-ops";
import { protectionOptions } from "./objects/worksheet-parts";
import type { Session } from "./session";

const ANNOTATION_ADDS = new Set(["CommentCollection.Add", "NoteCollection.Add"]);

/** The sheet a comment or note would go on: the address's sheet, a range's, or the collection's own. */
const targetSheet = (session: Session, collection: ServerObject, target: unknown): ExcelJS.Worksheet | undefined => {
  const own = (collection as unknown as { ws?: ExcelJS.Worksheet }).ws;
  if (typeof target === "object" && target !== null && "ws" in target) return (target as { ws: ExcelJS.Worksheet }).ws;
  if (typeof target !== "string") return own;
  try {
    const sheet = parseAddress(target).sheet;
    return sheet === undefined ? own : session.findSheet(sheet);
  } catch {
    return own; // the collection reports a bad address itself
  }
};

export const guardProtection = (session: Session, obj: ServerObject, method: string, args: unknown[]): void => {
  if (!ANNOTATION_ADDS.has(`${obj.className}.${method}`)) return;
  const ws = targetSheet(session, obj, args[0]);
  if (ws && isProtected(ws) && protectionOptions(ws).allowEditObjects !== true) fail("AccessDenied", `${PROTECTED_MESSAGE} (${ws.name})`);
};
