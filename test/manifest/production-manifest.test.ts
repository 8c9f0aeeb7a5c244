// `ADDIN_URL=https://... npm run build` must give IT staff a manifest they can deploy as is:
// every URL on their host, still valid for Office, and a clear refusal of addresses Office rejects.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAddinUrl, withAddinUrl } from "../../scripts/addin-url";
import { MANIFEST, SCHEMA, attributeValues, xmllint } from "./manifest-reader";

function productionManifest(addinUrl: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "chitieu-manifest-")), "manifest.xml");
  writeFileSync(file, withAddinUrl(readFileSync(MANIFEST, "utf8"), addinUrl));
  return file;
}

describe("the production manifest (ADDIN_URL)", () => {
  it("accepts an https address with a path, without its trailing slash", () => {
    expect(parseAddinUrl("https://addins.sokhdt.example.gov.vn/chitieu/")).toEqual({ ok: true, url: "https://addins.sokhdt.example.gov.vn/chitieu" });
    expect(parseAddinUrl("https://chitieu.example.vn")).toEqual({ ok: true, url: "https://chitieu.example.vn" });
  });

  it.each([
    ["http://chitieu.example.vn", "https://"],
    ["chitieu.example.vn", "not a URL"],
    ["https://chitieu.example.vn/?v=2", "without query"],
  ])("refuses %s and says what is wrong", (value, words) => {
    const result = parseAddinUrl(value);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain(words);
  });

  it("moves every URL to the production host and still validates against the schema", () => {
    const file = productionManifest("https://addins.sokhdt.example.gov.vn/chitieu");
    const urls = attributeValues(file, "//@*").filter((value) => value.includes("://"));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith("https://addins.sokhdt.example.gov.vn/chitieu/"))).toEqual([]);
    expect(readFileSync(file, "utf8")).not.toContain("https://localhost");
    expect(() => xmllint(["--noout", "--schema", SCHEMA, file])).not.toThrow();
  });
});
