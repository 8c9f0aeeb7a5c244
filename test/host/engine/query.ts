// Answers a Query action (load): the selected scalar properties in PascalCase, navigation properties
// nested, collections as "_Items". Property names in Select are the camelCase ones of the API.
import { fail, HostError } from "./errors";
import type { QueryInfo } from "./protocol";
import type { Session } from "./session";
import type { ServerObject } from "./objects/base";

const wireKey = (keys: string[], camel: string): string | undefined => keys.find((k) => k.toLowerCase() === camel.toLowerCase());

/** All scalar properties this host's level serves; an unserved one is left out, as Excel leaves out newer ones. */
const allScalars = (session: Session, obj: ServerObject): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(obj.table.props ?? {})) {
    if (!session.supports(obj.className, name.charAt(0).toLowerCase() + name.slice(1))) continue;
    try {
      out[name] = prop.get();
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
    }
  }
  return out;
};

const objectValue = (session: Session, obj: ServerObject, select: string[] | undefined): Record<string, unknown> => {
  if (!select || select.length === 0) return allScalars(session, obj);
  const out: Record<string, unknown> = {};
  const nested = new Map<string, string[]>();
  const props = Object.keys(obj.table.props ?? {});
  const navs = Object.keys(obj.table.navs ?? {});
  for (const path of select) {
    const [head = "", ...rest] = path.split("/");
    const prop = wireKey(props, head);
    if (prop && rest.length === 0) {
      session.requireLevel(obj.className, prop);
      out[prop] = obj.table.props![prop]!.get();
      continue;
    }
    const nav = wireKey(navs, head) ?? fail("ApiNotFound", `The stand-in host does not serve ${obj.className}.${head}.`);
    const list = nested.get(nav) ?? [];
    if (rest.length > 0) list.push(rest.join("/"));
    nested.set(nav, list);
  }
  for (const [nav, paths] of nested) {
    session.requireLevel(obj.className, nav);
    const child = obj.table.navs![nav]!();
    out[nav] = child === null ? null : queryValue(session, child, { Select: paths.length ? paths : undefined });
  }
  return out;
};

export const queryValue = (session: Session, obj: ServerObject, info: QueryInfo): Record<string, unknown> => {
  if (obj.items) {
    let items = obj.items();
    if (info.Skip) items = items.slice(info.Skip);
    if (info.Top !== undefined && info.Top !== null) items = items.slice(0, info.Top);
    return {
      _Items: items.map((item) => {
        const value = objectValue(session, item, info.Select);
        const id = item.idValue();
        return id === undefined ? value : { ...value, Id: id };
      }),
    };
  }
  return objectValue(session, obj, info.Select);
};
