// The server side of one client object type: its scalar properties, navigation properties and
// methods, keyed by the wire (PascalCase) names the client sends.
import type { Session } from "../session";

export interface Scalar {
  get(): unknown;
  set?(value: unknown): void;
}

export interface MemberTable {
  readonly props?: Record<string, Scalar>;
  readonly navs?: Record<string, () => ServerObject | null>;
  /** Methods reached through an ObjectPath (they return objects) or an Action (they return scalars). */
  readonly methods?: Record<string, (args: unknown[]) => unknown>;
}

export abstract class ServerObject {
  abstract readonly className: string;
  private memo: MemberTable | undefined;
  constructor(readonly session: Session) {}

  protected abstract members(): MemberTable;

  get table(): MemberTable {
    this.memo ??= this.members();
    return this.memo;
  }

  /** Sent back as "Id" so the client can re-address the object by id (and read `id` without a load). */
  idValue(): string | number | undefined {
    return undefined;
  }

  /** The `collection(key)` indexer; undefined when the type has none. */
  indexer?(args: unknown[]): ServerObject | null;

  /** Items of a collection; undefined for plain objects. */
  items?(): ServerObject[];
}

/** Helpers to declare properties briefly. */
export const readOnly = (get: () => unknown): Scalar => ({ get });
export const readWrite = (get: () => unknown, set: (value: unknown) => void): Scalar => ({ get, set });
