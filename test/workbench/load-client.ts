// Loads Microsoft's Excel client into this page the way office.js would: a <script> served
// locally from @microsoft/office-js (unmodified), talking to the stand-in host's bridge through
// window._richApiNativeBridge, exactly as test/host/node.ts does in a vm context.
import type { NativeBridge } from "../host/engine/bridge";
import type { ClientGlobals, ClientLoader } from "../host/engine/host";

export const CLIENT_URL = "/office-js/excel-web-16.00.js";

export const loadClientInPage: ClientLoader = (bridge: NativeBridge): Promise<ClientGlobals> =>
  new Promise((resolve, reject) => {
    const w = window as unknown as Record<string, unknown>;
    w._richApiNativeBridge = bridge;
    const script = document.createElement("script");
    script.src = CLIENT_URL;
    script.onload = () => {
      const Excel = w.Excel as typeof globalThis.Excel | undefined;
      const OfficeExtension = w.OfficeExtension as typeof globalThis.OfficeExtension | undefined;
      if (!Excel || !OfficeExtension) reject(new Error(`${CLIENT_URL} did not define Excel and OfficeExtension.`));
      else resolve({ Excel, OfficeExtension, scope: w });
    };
    script.onerror = () => reject(new Error(`Could not load ${CLIENT_URL}: is the workbench server running?`));
    document.head.appendChild(script);
  });
