// A small static server for the browser tests: the workbench build at /, Microsoft's office-js
// files at /office-js/, and the production build (dist/) at /dist/.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json",
  ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml", ".map": "application/json", ".xml": "application/xml",
};

/** mounts: [urlPrefix, directory] pairs, the longest prefix first. */
export function startServer(mounts) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname);
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return void res.writeHead(404).end();
    let file = normalize(join(mount[1], path.slice(mount[0].length)));
    if (!file.startsWith(mount[1])) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
