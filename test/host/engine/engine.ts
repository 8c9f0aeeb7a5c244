// Interprets one ProcessQuery request of Microsoft's client against the session: resolves object
// paths, runs actions in order, stops at the first error (Excel does not roll back earlier actions).
import { fail, HostError } from "./errors";
import { ActionType, ObjectPathType, type ActionInfo, type ArgumentInfo, type QueryInfo, type RequestBody, type ResponseBody, type ActionResult } from "./protocol";
import type { Session } from "./session";
import { ServerObject } from "./objects/base";
import { Workbook } from "./objects/workbook";
import { queryValue } from "./query";
import { guardProtection } from "./protection-guards";

type Resolved = ServerObject | null;

const internalMethods = new Set(["_KeepReference", "_RemoveReference", "_RemoveAllReferences"]);

export class RequestInterpreter {
  private readonly resolved = new Map<number, Resolved>();
  constructor(private readonly session: Session, private readonly body: RequestBody) {}

  run(): ResponseBody {
    const results: ActionResult[] = [];
    this.session.calculate();
    const actions = this.body.Actions ?? [];
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i]!;
      try {
        results.push({ ActionId: action.Id, Value: this.act(action) });
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        return { Results: results, Error: { Code: e.code, Message: e.message, HttpStatusCode: e.httpStatusCode, ActionIndex: i, Location: this.location(action) } };
      }
    }
    return { Results: results };
  }

  private location(action: ActionInfo): string {
    const path = this.body.ObjectPaths[String(action.ObjectPathId)];
    return path ? `${path.Name || "object"}${action.Name ? `.${action.Name}` : ""}` : action.Name;
  }

  private act(action: ActionInfo): unknown {
    switch (action.ActionType) {
      case ActionType.Instantiate: {
        const obj = this.path(action.ObjectPathId);
        return obj === null ? null : this.idResult(obj);
      }
      case ActionType.Query: {
        this.session.calculate();
        const obj = this.path(action.ObjectPathId);
        if (obj === null) return null;
        return { ...queryValue(this.session, obj, action.QueryInfo ?? ({} as QueryInfo)), ...this.idResult(obj) };
      }
      case ActionType.Method: {
        const target = this.path(action.ObjectPathId);
        // A method of a null object (an *OrNullObject call that found nothing) does nothing, as
        // Microsoft's samples rely on: worksheets.getItemOrNullObject("Sample").delete().
        if (target === null) return null;
        return this.invoke(target, action.Name, this.args(action.ArgumentInfo), false) ?? null;
      }
      case ActionType.SetProperty: {
        const obj = this.path(action.ObjectPathId);
        // Setting a property of a null object does nothing either.
        if (obj === null) return null;
        this.session.requireLevel(obj.className, action.Name);
        const prop = obj.table.props?.[action.Name] ?? fail("ApiNotFound", `The stand-in host does not serve ${obj.className}.${action.Name}.`);
        if (!prop.set) fail("InvalidArgument", `${obj.className}.${action.Name} is read-only.`);
        prop.set!(this.args(action.ArgumentInfo)[0]);
        return null;
      }
      case ActionType.Trace:
      case ActionType.Sleep:
        return null;
      default:
        return fail("ApiNotFound", `The stand-in host does not serve action type ${action.ActionType}.`);
    }
  }

  /** What Instantiate answers: the id (so the client re-addresses collection items by id) and the reference kept. */
  private idResult(obj: ServerObject): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const id = obj.idValue();
    if (id !== undefined) out.Id = id;
    const ref = this.session.referenceOf(obj);
    if (ref !== undefined) out._ReferenceId = ref;
    return out;
  }

  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    refs.forEach((id, i) => {
      if (id !== null && id !== undefined && id !== 0) args[i] = this.path(id);
    });
    return args;
  }

  private invoke(obj: ServerObject, name: string, args: unknown[], expectObject: boolean): unknown {
    if (name === "_KeepReference") {
      this.session.keep(obj);
      return null;
    }
    if (!internalMethods.has(name) && !name.startsWith("_")) this.session.requireLevel(obj.className, name);
    const method = obj.table.methods?.[name] ?? fail("ApiNotFound", `The stand-in host does not serve ${obj.className}.${name}().`);
    guardProtection(this.session, obj, name, args);
    const result = method(args);
    if (expectObject && result !== null && !(result instanceof ServerObject)) fail("GeneralException", `${obj.className}.${name}() did not give an object.`);
    return result;
  }

  private path(id: number): Resolved {
    if (this.resolved.has(id)) return this.resolved.get(id)!;
    const info = this.body.ObjectPaths[String(id)] ?? fail("InvalidObjectPath", `The object path ${id} is not in the request.`);
    const parent = (): Resolved => (info.ParentObjectPathId === undefined ? null : this.path(info.ParentObjectPathId));
    let result: Resolved;
    switch (info.ObjectPathType) {
      case ObjectPathType.GlobalObject:
        result = new Workbook(this.session);
        break;
      case ObjectPathType.Property: {
        const p = parent();
        if (p === null) { result = null; break; }
        this.session.requireLevel(p.className, info.Name);
        const nav = p.table.navs?.[info.Name] ?? fail("ApiNotFound", `The stand-in host does not serve ${p.className}.${info.Name}.`);
        result = nav();
        break;
      }
      case ObjectPathType.Method: {
        const p = parent();
        result = p === null ? null : (this.invoke(p, info.Name, this.args(info.ArgumentInfo), true) as Resolved);
        break;
      }
      case ObjectPathType.Indexer: {
        const p = parent();
        if (p === null) { result = null; break; }
        if (!p.indexer) fail("ApiNotFound", `${p.className} has no indexer in the stand-in host.`);
        result = p.indexer!(this.args(info.ArgumentInfo));
        break;
      }
      case ObjectPathType.ReferenceId:
        result = this.session.references.get(info.Name) ?? fail("InvalidObjectPath", `The reference '${info.Name}' is no longer valid.`);
        break;
      case ObjectPathType.NullObject:
        result = null;
        break;
      default:
        result = fail("ApiNotFound", `The stand-in host does not serve object path type ${info.ObjectPathType} (${info.Name}).`);
    }
    this.resolved.set(id, result);
    return result;
  }
}
