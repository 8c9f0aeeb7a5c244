// Loads Microsoft's client (node_modules/@microsoft/office-js/dist/excel-web-16.00.js, unmodified)
// into a node `vm` context whose `_richApiNativeBridge` is the host's bridge. The context has just
// enough of a browser for the script to load (document, navigator, location); nothing of the client
// is replaced.
import { readFileSync } from "node:fs";
import { createContext, runInContext, Script } from "node:vm";
import type { ClientGlobals, ClientLoader } from "./engine/host";
import type { NativeBridge } from "./engine/bridge";

let cached: Script | undefined;
const clientScript = (): Script => {
  if (!cached) {
    const path = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");
    cached = new Script(readFileSync(path, "utf8"), { filename: path });
  }
  return cached;
};

const element = (): Record<string, unknown> => ({
  style: {},
  setAttribute() {},
  appendChild() {},
  addEventListener() {},
  removeEventListener() {},
});

export const loadClientInVm: ClientLoader = async (bridge: NativeBridge): Promise<ClientGlobals> => {
  const scope: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    JSON,
    document: {
      readyState: "complete",
      cookie: "",
      addEventListener() {},
      removeEventListener() {},
      createElement: element,
      getElementsByTagName: () => [element()],
      querySelector: () => null,
      querySelectorAll: () => [],
      body: element(),
      head: element(),
      documentElement: element(),
    },
    navigator: { userAgent: "Mozilla/5.0 (stand-in Excel host; node)", language: "vi-VN" },
    location: { href: "https://localhost/taskpane.html", protocol: "https:", hostname: "localhost", host: "localhost", origin: "https://localhost", hash: "", search: "", pathname: "/taskpane.html" },
    addEventListener() {},
    removeEventListener() {},
    postMessage() {},
    name: "",
    _richApiNativeBridge: bridge,
  };
  scope.window = scope;
  scope.self = scope;
  scope.top = scope;
  scope.parent = scope;
  const context = createContext(scope);
  clientScript().runInContext(context);
  void runInContext;
  const Excel = scope.Excel as typeof globalThis.Excel | undefined;
  const OfficeExtension = scope.OfficeExtension as typeof globalThis.OfficeExtension | undefined;
  if (!Excel || !OfficeExtension) throw new Error("excel-web-16.00.js did not define Excel and OfficeExtension.");
  return { Excel, OfficeExtension, scope };
};
