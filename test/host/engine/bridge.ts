// The host side of the client's native bridge. excel-web-16.00.js initialises its HostBridge from a
// global `_richApiNativeBridge` (as Office's native hosts inject one): requests arrive through
// sendMessageToHost as JSON text, answers and events go back through onMessageFromHost. This is the
// path on which the client both sends ProcessQuery requests and receives events (GenericEventRegistration
// resolves `ready()` through HostBridge), so the same bridge serves node (vm) and a browser page.
import { boxAddress, qualified } from "./a1";
import { RequestInterpreter } from "./engine";
import { utf8Length, type Instruments } from "./instruments";
import { ActionType, EVENT_MESSAGE_CATEGORY, EventTypeId, WORKBOOK_TARGET, type RequestBody, type ResponseBody } from "./protocol";
import type { ChangeEvent, Session } from "./session";

export interface NativeBridge {
  sendMessageToHost(text: string): void;
  /** Set by the client's HostBridge when it initialises. */
  onMessageFromHost?: (text: string) => void;
}

interface BridgeRequest {
  id: number;
  type: number;
  flags: number;
  message: { url: string; method: string; headers: Record<string, string>; body: RequestBody | string };
}

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will be
 * thrown if that limit is exceeded." (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * The stand-in holds every platform to it, the strictest case; 5 MB is read as 5 × 1024 × 1024 bytes.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * The request flag the client sets for `Excel.run({ delayForCellEdit: true }, …)` (RunOptions;
 * excel-web-16.00.js: `_requestFlagModifier |= 64`, when `isSetSupported("DelayForCellEdit")`).
 */
export const DELAY_FOR_CELL_EDIT_FLAG = 64;

/** A user action timed to the add-in's requests: it runs just before the host serves request `at`. */
interface TimedAction {
  readonly at: number;
  readonly run: () => void;
}

export class HostBridgeServer implements NativeBridge {
  onMessageFromHost?: (text: string) => void;
  /** Requests received so far (cleanup requests included): the clock TimedActions are set on. */
  private received = 0;
  private timed: TimedAction[] = [];
  /** Requests that asked to wait for the end of cell editing (delayForCellEdit), in arrival order. */
  private held: { id: number; body: RequestBody; bytes: number }[] = [];
  constructor(private readonly session: () => Session, readonly instruments: Instruments) {}

  /** Runs `run` just before the n-th request from now (1 = the next) is served: the user acting between two syncs. */
  beforeRequest(n: number, run: () => void): void {
    if (!Number.isInteger(n) || n < 1) throw new Error("beforeRequest counts requests from 1 (the next one).");
    this.timed.push({ at: this.received + n, run });
  }

  /**
   * The n-th request from now (1 = the next) is aborted before any of its actions runs, as a lost
   * connection or a busy host aborts one ("RequestAborted: The request was aborted during run time",
   * application-specific-api-error-handling). For proving the add-in copes with a sync failing anywhere.
   */
  abortRequest(n: number): void {
    this.beforeRequest(n, () => {
      this.aborting = true;
    });
  }
  private aborting = false;

  /** The user left cell-edit mode: requests that asked to wait for it are served now, in order. */
  releaseHeld(): void {
    const held = this.held;
    this.held = [];
    for (const r of held) this.answer(r.id, r.body, r.bytes);
  }

  sendMessageToHost(text: string): void {
    const message = JSON.parse(text) as BridgeRequest;
    if (message.type !== 1) return;
    const body = typeof message.message.body === "string" ? (JSON.parse(message.message.body) as RequestBody) : message.message.body;
    const bytes = utf8Length(JSON.stringify(body));
    const actions = body.Actions ?? [];
    // At the end of Excel.run the client releases the references it kept, in a request of its own.
    const cleanup = actions.length > 0 && actions.every((a) => a.ActionType === ActionType.Instantiate || a.Name === "_RemoveReference");
    this.instruments.record({ bytes, actions: actions.length, objectPaths: Object.keys(body.ObjectPaths ?? {}).length, cleanup });
    const at = ++this.received;
    const due = this.timed.filter((t) => t.at === at);
    this.timed = this.timed.filter((t) => t.at !== at);
    // Answer asynchronously, as a real host does: the client awaits a message, never a return value.
    setTimeout(() => {
      for (const t of due) t.run();
      // "When true, … if the user is in cell edit mode then the batch request is delayed until the
      // user exits cell edit mode" (Excel.RunOptions.delayForCellEdit).
      if (this.session().editing !== null && (message.flags & DELAY_FOR_CELL_EDIT_FLAG) !== 0) {
        this.held.push({ id: message.id, body, bytes });
        return;
      }
      this.answer(message.id, body, bytes);
    }, 0);
  }

  private answer(id: number, body: RequestBody, bytes: number): void {
    const session = this.session();
    let response: { statusCode: number; headers: Record<string, string>; body: string };
    if (this.aborting) {
      this.aborting = false;
      response = {
        statusCode: 200,
        headers: {},
        body: JSON.stringify({ Results: [], Error: { Code: "RequestAborted", Message: "The request was aborted during run time.", HttpStatusCode: 500, ActionIndex: 0 } } satisfies ResponseBody),
      };
    } else if (session.editing !== null) {
      // "When false, if the user is in cell edit when the batch request is processed by the host, the
      // batch automatically fails" (Excel.RunOptions.delayForCellEdit), with the Excel-specific code of
      // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
      response = {
        statusCode: 200,
        headers: {},
        body: JSON.stringify({
          Results: [],
          Error: { Code: "InvalidOperationInCellEditMode", Message: "The operation isn't available while Excel is in Edit cell mode.", HttpStatusCode: 400, ActionIndex: 0 },
        } satisfies ResponseBody),
      };
    } else if (bytes > PAYLOAD_LIMIT_BYTES) {
      response = {
        statusCode: 413,
        headers: {},
        body: JSON.stringify({ error: { code: "RequestPayloadSizeLimitExceeded", message: `The request payload size (${bytes} bytes) exceeded the limit of ${PAYLOAD_LIMIT_BYTES} bytes.` } }),
      };
    } else {
      session.writer = "addin";
      const result: ResponseBody = new RequestInterpreter(session, body).run();
      const text = JSON.stringify(result);
      const size = utf8Length(text);
      this.instruments.recordResponse(size);
      // The limit holds for responses too: a load of too many cells fails the same way.
      response =
        size > PAYLOAD_LIMIT_BYTES
          ? { statusCode: 413, headers: {}, body: JSON.stringify({ error: { code: "ResponsePayloadSizeLimitExceeded", message: `The response payload size (${size} bytes) exceeded the limit of ${PAYLOAD_LIMIT_BYTES} bytes.` } }) }
          : { statusCode: 200, headers: {}, body: text };
    }
    this.post({ id, type: 2, message: response });
    this.flushEvents();
  }

  /** Delivers the events raised since the last flush, each as Excel would describe it at this host's level. */
  flushEvents(): void {
    const session = this.session();
    const events = session.pendingEvents;
    session.pendingEvents = [];
    const entries = events.flatMap((e) =>
      [e.sheetId, WORKBOOK_TARGET]
        .filter((target) => session.changedRegistrations.has(target))
        .map((targetId) => ({
          messageCategory: EVENT_MESSAGE_CATEGORY,
          messageType: EventTypeId.WorksheetChanged,
          targetId,
          message: JSON.stringify(this.describe(session, e)),
        })),
    );
    const selections = session.pendingSelections;
    session.pendingSelections = [];
    for (const sel of selections) {
      if (!session.selectionRegistrations.has(sel.sheetId)) continue;
      const address = boxAddress(sel.box);
      entries.push({
        messageCategory: EVENT_MESSAGE_CATEGORY,
        messageType: EventTypeId.WorksheetSelectionChanged,
        targetId: sel.sheetId,
        message: JSON.stringify({ address, worksheetId: sel.sheetId }),
      });
    }
    if (entries.length > 0) this.post({ type: 3, message: { entries } });
  }

  private describe(session: Session, e: ChangeEvent): Record<string, unknown> {
    const ws = session.findSheet(e.sheetId);
    const address = ws ? qualified(ws.name, e.box).split("!")[1] : "";
    const out: Record<string, unknown> = { address, changeType: e.changeType, source: e.source, worksheetId: e.sheetId };
    if (session.supports("WorksheetChangedEventArgs", "details") && e.before !== undefined) {
      out.valueBefore = e.before;
      out.valueAfter = e.after;
      out.valueTypeBefore = typeName(e.before);
      out.valueTypeAfter = typeName(e.after);
    }
    if (session.supports("WorksheetChangedEventArgs", "triggerSource")) out.triggerSource = e.triggerSource;
    return out;
  }

  private post(message: unknown): void {
    this.onMessageFromHost?.(JSON.stringify(message));
  }
}

const typeName = (v: unknown): string =>
  v === "" || v === null || v === undefined ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
