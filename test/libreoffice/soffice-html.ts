// Renders workbooks to HTML with LibreOffice and reads back each cell's colours, so a test can
// see what a reviewer opening the file would see. One LibreOffice profile per conversion, so
// tests and engineers running side by side never share one.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** What LibreOffice painted in one cell. */
export interface RenderedCell {
  /** Background colour "#RRGGBB" (upper case), or null when none. */
  readonly fill: string | null;
  /** Font colour "#RRGGBB" (upper case), or null. */
  readonly font: string | null;
  readonly text: string;
}

/** One sheet: cells by their A1 address, as laid out in the HTML grid. */
export type RenderedSheet = ReadonlyMap<string, RenderedCell>;

/** Throws with the fix when soffice is missing: the test command installs it, so missing means broken. */
export function requireSoffice(): void {
  try {
    execFileSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" });
  } catch {
    throw new Error("soffice (LibreOffice calc) is not installed: run `npm test` as root on Debian, or `apt-get install libreoffice-calc`.");
  }
}

/** Converts each workbook to HTML in one LibreOffice run; returns the HTML texts in the same order. */
export function renderHtml(workbooks: readonly { readonly name: string; readonly bytes: Uint8Array }[]): string[] {
  requireSoffice();
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-lo-html-"));
  const files = workbooks.map((workbook) => {
    const file = path.join(dir, workbook.name);
    writeFileSync(file, workbook.bytes);
    return file;
  });
  const profile = mkdtempSync(path.join(tmpdir(), "lo-"));
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "html", "--outdir", dir, ...files],
    { stdio: "pipe", timeout: 300_000 },
  );
  const produced = readdirSync(dir);
  return workbooks.map((workbook) => {
    const html = workbook.name.replace(/\.xlsx$/, ".html");
    if (!produced.includes(html)) throw new Error(`LibreOffice did not convert ${workbook.name}`);
    return readFileSync(path.join(dir, html), "utf8");
  });
}

const columnName = (column: number): string => {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

const decodeEntities = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/**
 * The sheets of a LibreOffice HTML export, in order. LibreOffice writes one <table> per sheet,
 * a <td> per visible cell with colspan/rowspan for merges, bgcolor on the cell and the font
 * colour on an inner <font>; the grid positions give back the A1 addresses.
 */
export function parseSheets(html: string): RenderedSheet[] {
  const tables = html.split(/<table\b/i).slice(1).map((chunk) => chunk.split(/<\/table>/i)[0]);
  return tables.map((table) => {
    const cells = new Map<string, RenderedCell>();
    const occupied = new Set<string>();
    const rows = table.split(/<tr\b/i).slice(1);
    rows.forEach((rowHtml, rowIndex) => {
      const row = rowIndex + 1;
      let column = 1;
      for (const match of rowHtml.matchAll(/<td\b([^>]*)>([\s\S]*?)<\/td>/gi)) {
        while (occupied.has(`${column}:${row}`)) column += 1;
        const attributes = match[1];
        const colspan = Number(/colspan="?(\d+)/i.exec(attributes)?.[1] ?? "1");
        const rowspan = Number(/rowspan="?(\d+)/i.exec(attributes)?.[1] ?? "1");
        const fill = /bgcolor="?(#[0-9A-Fa-f]{6})/i.exec(attributes)?.[1]?.toUpperCase() ?? null;
        const font = /<font[^>]*color="?(#[0-9A-Fa-f]{6})/i.exec(match[2])?.[1]?.toUpperCase() ?? null;
        const text = decodeEntities(match[2].replace(/<[^>]*>/g, "")).trim();
        cells.set(`${columnName(column)}${row}`, { fill, font, text });
        for (let dr = 0; dr < rowspan; dr += 1) {
          for (let dc = 0; dc < colspan; dc += 1) occupied.add(`${column + dc}:${row + dr}`);
        }
        column += colspan;
      }
    });
    return cells;
  });
}
