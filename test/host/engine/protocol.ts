// The wire format of Microsoft's Excel JavaScript client (RichApi "ProcessQuery"), as
// excel-web-16.00.js builds it: object paths and actions in, action results out.

export const enum ObjectPathType {
  GlobalObject = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
  ReferenceId = 6,
  NullObject = 7,
}

export const enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
  Trace = 5,
  EnsureUnchanged = 6,
  Sleep = 7,
  UpdateQueryInfo = 8,
}

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Ids of object paths passed as arguments (e.g. a Range given to a method). */
  ReferencedObjectPathIds?: (number | null)[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: ObjectPathType;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface ActionInfo {
  Id: number;
  ActionType: ActionType;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ResponseError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  /** Index into Actions of the action that failed; the client prints that statement in debugInfo. */
  ActionIndex?: number;
  Location?: string;
}

export interface ResponseBody {
  Results: ActionResult[];
  Error?: ResponseError;
}

/** The client's event message category (OfficeExtension Constants.eventMessageCategory). */
export const EVENT_MESSAGE_CATEGORY = 65536;

/** Event type ids the client registers (GenericEventHandlers eventType). */
export const enum EventTypeId {
  WorksheetChanged = 10,
  WorksheetSelectionChanged = 14,
}

/** Target id of workbook-wide events (OfficeExtension Constants.eventWorkbookId). */
export const WORKBOOK_TARGET = "Workbook";
