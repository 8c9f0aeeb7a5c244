// Files on disk, for the command line only (the browser never loads this module).
import { promises as fs } from "node:fs";
import path from "node:path";

export type ReadFileResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: "not-found" | "is-directory" | "unreadable"; readonly detail: string };

export type WriteFileResult = { readonly ok: true } | { readonly ok: false; readonly detail: string };

export async function readFileBytes(file: string): Promise<ReadFileResult> {
  try {
    return { ok: true, bytes: new Uint8Array(await fs.readFile(file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = error instanceof Error ? error.message : String(error);
    if (code === "ENOENT") return { ok: false, reason: "not-found", detail };
    if (code === "EISDIR") return { ok: false, reason: "is-directory", detail };
    return { ok: false, reason: "unreadable", detail };
  }
}

/** Writes through a temporary file and a rename, so a failed write never leaves half a workbook. */
export async function writeFileBytes(file: string, bytes: Uint8Array): Promise<WriteFileResult> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
    return { ok: true };
  } catch (error) {
    await fs.rm(temporary, { force: true });
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Creates the folder (and its parents) when missing. */
export async function ensureFolder(folder: string): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
}

export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
