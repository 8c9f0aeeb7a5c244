// The stand-in Excel host for node tests: Microsoft's client in a vm context, our engine behind it.
// See README.md. For a browser page, use ./browser.ts.
import { startHost, type Host, type HostOptions } from "./engine/host";
import { loadClientInVm } from "./node";

export type { Host, HostOptions } from "./engine/host";
export type { TypeResult } from "./engine/user";
export type { ValidationOutcome } from "./engine/validation-check";
export { newestLevel, knownLevels } from "./engine/api-levels";
export { PAYLOAD_LIMIT_BYTES } from "./engine/bridge";

export const createHost = (options: HostOptions = {}): Promise<Host> => startHost(options, loadClientInVm);
