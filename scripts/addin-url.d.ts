// Types for scripts/addin-url.js (plain CommonJS so webpack.config.js can require it).
export declare const DEV_ORIGIN: "https://localhost:3000";
export type AddinUrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };
export declare function parseAddinUrl(value: string): AddinUrlResult;
export declare function withAddinUrl(manifestXml: string, addinUrl: string): string;
