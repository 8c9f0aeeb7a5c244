// What LibreOffice computes for every formula of a workbook: the cached results are removed
// first (so LibreOffice must calculate, not trust them), the file is converted xlsx → xlsx, and
// the results LibreOffice wrote are read from the sheet XML (ExcelJS drops "" and FALSE results).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { requireSoffice } from "./soffice-html";

export type Computed = number | string | boolean | { readonly error: string };

/** The workbook without the cached result of any formula cell. */
async function withoutResults(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/(<f\b[^>]*(?:\/>|>[\s\S]*?<\/f>))\s*<v>[\s\S]*?<\/v>/g, "$1"));
  }
  return zip.generateAsync({ type: "uint8array" });
}

const decode = (text: string): string =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");

/** Formula results of one sheet (by name), by A1 address. */
async function formulaResults(bytes: Uint8Array, sheetName: string): Promise<Map<string, Computed>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]).find((t) => decode(/name="([^"]*)"/.exec(t)?.[1] ?? "") === sheetName);
  if (tag === undefined) throw new Error(`LibreOffice wrote no sheet ${sheetName}`);
  const rid = /r:id="([^"]+)"/.exec(tag)![1]!;
  const rel = [...rels.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`))!;
  const target = /Target="([^"]+)"/.exec(rel)![1]!.replace(/^\/?(xl\/)?/, "xl/");
  const xml = await zip.file(target)!.async("string");
  const shared = zip.file("xl/sharedStrings.xml") ? await zip.file("xl/sharedStrings.xml")!.async("string") : "";
  const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => decode([...m[1]!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")));
  const out = new Map<string, Computed>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1]!;
    const body = m[2] ?? "";
    if (!/<f\b/.test(body)) continue;
    const address = /r="([A-Z]+\d+)"/.exec(attrs)![1]!;
    const type = /t="(\w+)"/.exec(attrs)?.[1] ?? "n";
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    if (v === undefined) out.set(address, type === "str" ? "" : 0);
    else if (type === "b") out.set(address, v === "1");
    else if (type === "e") out.set(address, { error: decode(v) });
    else if (type === "s") out.set(address, strings[Number(v)] ?? "");
    else if (type === "str" || type === "inlineStr") out.set(address, decode(v));
    else out.set(address, Number(v));
  }
  return out;
}

/** LibreOffice's results for the formulas of `sheet` in each workbook, one LibreOffice run for all. */
export async function libreOfficeResults(workbooks: readonly { readonly name: string; readonly bytes: Uint8Array; readonly sheet: string }[]): Promise<Map<string, Computed>[]> {
  requireSoffice();
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-lo-calc-"));
  const out = mkdtempSync(path.join(tmpdir(), "chitieu-lo-calc-out-"));
  const files: string[] = [];
  for (const workbook of workbooks) {
    const file = path.join(dir, workbook.name);
    writeFileSync(file, await withoutResults(workbook.bytes));
    files.push(file);
  }
  const profile = mkdtempSync(path.join(tmpdir(), "lo-"));
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", out, ...files], { stdio: "pipe", timeout: 180_000 });
  return Promise.all(workbooks.map((w) => formulaResults(new Uint8Array(readFileSync(path.join(out, w.name))), w.sheet)));
}
