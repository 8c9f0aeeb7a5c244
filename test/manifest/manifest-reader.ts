// Reads facts out of an add-in manifest offline, with xmllint's XPath (the same tool that checks
// the schema), and reads PNG sizes from their IHDR header. Used by the manifest tests only.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestInfo } from "office-addin-manifest";

export const ROOT = join(__dirname, "..", "..");
export const MANIFEST = join(ROOT, "manifest.xml");
// A copy of Microsoft's schemas travels with the repository (see schema/README.md).
export const SCHEMA = join(__dirname, "schema", "OfficeAppManifestV1_1.xsd");

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

/** Runs xmllint; throws (so the test fails) when xmllint is missing or the XML is broken. */
export function xmllint(args: readonly string[]): string {
  return execFileSync("xmllint", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * What Microsoft's office-addin-manifest reads from the manifest (the same parser its tools use).
 * Run in a child node: the package loads ES modules that jest's CommonJS runtime cannot.
 */
export function officeManifestInfo(file: string): ManifestInfo {
  const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
    .then((info) => process.stdout.write(JSON.stringify(info)), (error) => { console.error(String(error)); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, file], { cwd: ROOT, encoding: "utf8" })) as ManifestInfo;
}

/** Values of the attributes an XPath selects, in document order; [] when it selects nothing. */
export function attributeValues(file: string, expr: string): string[] {
  let out: string;
  try {
    out = xmllint(["--xpath", expr, file]);
  } catch (error) {
    // xmllint exits with status 10 and "XPath set is empty" when nothing matches.
    if ((error as { status?: number }).status === 10) return [];
    throw error;
  }
  return [...out.matchAll(/\s*[\w:.-]+="([^"]*)"/g)].map((match) => decodeEntities(match[1]));
}

/** The string value of an XPath expression (e.g. string(//x/@y)); "" when nothing matches. */
export function stringValue(file: string, expr: string): string {
  try {
    return xmllint(["--xpath", `string(${expr})`, file]).trim();
  } catch (error) {
    if ((error as { status?: number }).status === 10) return "";
    throw error;
  }
}

/** `//*[local-name()='A']/*[local-name()='B']` from "A/B": namespaces differ across the manifest. */
export function path(steps: string): string {
  return steps
    .split("/")
    .map((step) => {
      const bracket = step.indexOf("[");
      const name = bracket < 0 ? step : step.slice(0, bracket);
      const predicates = bracket < 0 ? "" : step.slice(bracket);
      return `*[local-name()='${name}']${predicates}`;
    })
    .join("/")
    .replace(/^/, "//");
}

/** Width and height from a PNG file's IHDR chunk; null when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
