// Renders a workbook with LibreOffice, as the committee's clerk would print it: PDF text, page
// size, and PNG pages to look at. Each conversion gets its own LibreOffice profile, so tests
// (and engineers) running side by side never share one.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface RenderedPdf {
  readonly pdfPath: string;
  /** pdftotext output in reading order (a wrapped cell's lines stay together). */
  readonly text: string;
  /** The text with every run of white space (line breaks included) made one space, so wrapped names still match. */
  readonly joined: string;
  /** "Page size: 841.92 x 595.2 pts (A4)" lines, one per page. */
  readonly pageSizes: readonly string[];
  readonly pages: number;
}

const TOOLS = ["soffice", "pdftotext", "pdfinfo", "pdftoppm"] as const;

/** The Debian tools this helper needs that are missing from PATH. */
export function missingTools(): string[] {
  return TOOLS.filter((tool) => {
    try {
      execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
      return false;
    } catch {
      return true;
    }
  });
}

export const joinWhitespace = (text: string): string => text.normalize("NFC").replace(/\s+/g, " ").trim();

/** Writes the bytes to a fresh directory, converts them to PDF and reads the PDF back. */
export function renderPdf(bytes: Uint8Array, name = "summary.xlsx"): RenderedPdf {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-export-"));
  const xlsx = path.join(dir, name);
  writeFileSync(xlsx, bytes);
  const profile = mkdtempSync(path.join(tmpdir(), "lo-"));
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "pdf", "--outdir", dir, xlsx],
    { stdio: "pipe", timeout: 300_000 },
  );
  const pdf = path.join(dir, readdirSync(dir).find((f) => f.endsWith(".pdf")) ?? "missing.pdf");
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? "0");
  const sizes = execFileSync("pdfinfo", ["-f", "1", "-l", String(Math.max(pageCount, 1)), pdf], { encoding: "utf8" })
    .split("\n")
    .filter((line) => /^Page\s+\d+\s+size:/.test(line));
  return { pdfPath: pdf, text, joined: joinWhitespace(text), pageSizes: sizes, pages: pageCount };
}

/** Renders each page as a PNG beside the PDF (for a person to look at); returns their paths. */
export function renderPngs(pdfPath: string, dpi = 70): string[] {
  const prefix = pdfPath.replace(/\.pdf$/, "");
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", pdfPath, prefix]);
  const dir = path.dirname(pdfPath);
  return readdirSync(dir).filter((f) => f.endsWith(".png")).sort().map((f) => path.join(dir, f));
}

/** Keeps a copy of an artefact where a person can open it after the run (test-artifacts/ is git-ignored). */
export function keepArtifact(name: string, bytes: Uint8Array | string): string {
  const dir = path.join(__dirname, "..", "..", "test-artifacts", "export");
  execFileSync("mkdir", ["-p", dir]);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
