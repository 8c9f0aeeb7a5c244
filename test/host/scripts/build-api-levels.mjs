// Builds engine/api-levels.json from the `[Api set: ExcelApi x.y]` tags of @types/office-js,
// so the host's requirement levels come from Microsoft's typings, not from memory.
// Run: node test/host/scripts/build-api-levels.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const typingsPath = require.resolve("@types/office-js/index.d.ts");
const typingsVersion = JSON.parse(readFileSync(join(dirname(typingsPath), "package.json"), "utf8")).version;
const lines = readFileSync(typingsPath, "utf8").split("\n");

const start = lines.findIndex((l) => l.startsWith("declare namespace Excel {"));
let end = lines.findIndex((l, i) => i > start && l.startsWith("declare namespace "));
if (end < 0) end = lines.length;

const cmp = (a, b) => {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
};
const classes = {};
const members = {};
let current = null;
let pendingTag = null;
for (let i = start; i < end; i++) {
  const line = lines[i];
  const tag = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(line);
  if (tag) { pendingTag = tag[1]; continue; }
  const fn = /^ {4}function (\w+)\(/.exec(line);
  if (fn) {
    if (pendingTag) members[`Excel.${fn[1]}`] = pendingTag;
    pendingTag = null;
    current = null;
    continue;
  }
  // Classes, and the event-argument interfaces whose members (details, triggerSource) have their own levels.
  const cls = /^ {4}(?:export )?(?:class (\w+)|interface (\w+EventArgs)\b)/.exec(line);
  if (cls) {
    current = cls[1] ?? cls[2];
    if (pendingTag) classes[current] = pendingTag;
    pendingTag = null;
    continue;
  }
  if (/^ {4}(interface|enum|type|namespace|function|const|var) /.test(line) || /^ {4}\}/.test(line)) {
    if (/^ {4}(interface|enum|type|namespace|function|const|var) /.test(line)) current = null;
    pendingTag = null;
    continue;
  }
  const member = /^ {8}(?:readonly )?(\w+)\??[(:<]/.exec(line);
  if (member && current) {
    if (pendingTag) {
      const key = `${current}.${member[1]}`;
      if (!members[key] || cmp(pendingTag, members[key]) < 0) members[key] = pendingTag;
    }
    pendingTag = null;
  }
}
const levels = [...new Set([...Object.values(classes), ...Object.values(members)])].sort(cmp);
const out = {
  source: `@types/office-js ${typingsVersion} index.d.ts, [Api set: ExcelApi x.y] tags`,
  levels,
  classes: Object.fromEntries(Object.entries(classes).sort()),
  members: Object.fromEntries(Object.entries(members).sort()),
};
writeFileSync(join(here, "..", "engine", "api-levels.json"), JSON.stringify(out, null, 1) + "\n");
console.log(`classes ${Object.keys(classes).length}, members ${Object.keys(members).length}, levels ${levels.join(" ")}`);
