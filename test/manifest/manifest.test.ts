// The manifest is what Office reads before any of our code runs: a mistake here means no
// button, a blank pane or a rejected upload. These checks run offline (no `validate` service).
import { existsSync } from "node:fs";
import type { ManifestInfo } from "office-addin-manifest";
import { join } from "node:path";
import { MANIFEST, ROOT, SCHEMA, attributeValues, officeManifestInfo, path, pngSize, stringValue, xmllint } from "./manifest-reader";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every URL in the manifest: attribute values and text (namespace declarations are not attributes in XPath). */
function allUrls(): string[] {
  const values = [...attributeValues(MANIFEST, "//@*"), ...textValues()];
  return values.filter((value) => value.includes("://"));
}

function textValues(): string[] {
  const count = Number(stringValue(MANIFEST, "count(//*[not(*)][normalize-space(text())])"));
  return Array.from({ length: count }, (_, i) => stringValue(MANIFEST, `(//*[not(*)][normalize-space(text())])[${i + 1}]`));
}

/** The URL a resource id stands for (bt:Image or bt:Url in Resources). */
function resourceUrl(resid: string): string {
  return stringValue(MANIFEST, `${path("Resources")}//*[@id='${resid}']/@DefaultValue`);
}

/** Where the file behind an https://localhost:3000/... URL lives in the repository's build inputs. */
function assetFile(url: string): string {
  return join(ROOT, new URL(url).pathname);
}

describe("manifest.xml", () => {
  let info: ManifestInfo;
  beforeAll(() => {
    info = officeManifestInfo(MANIFEST);
  });

  it("is well-formed and Office's own manifest reader understands it", () => {
    expect(() => xmllint(["--noout", MANIFEST])).not.toThrow();
    expect(info.displayName).toBe("Chỉ Tiêu");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.permissions).toBe("ReadWriteDocument");
  });

  it("validates against Microsoft's add-in manifest schema (xmllint must be installed)", () => {
    expect(existsSync(SCHEMA)).toBe(true);
    // xmllint exits non-zero on any schema error, which throws and fails this test.
    expect(() => xmllint(["--noout", "--schema", SCHEMA, MANIFEST])).not.toThrow();
  });

  it("has a GUID as its Id", () => {
    expect(info.id).toMatch(GUID);
  });

  it("speaks Vietnamese by default and English to en-US Office", () => {
    expect(info.defaultLocale).toBe("vi-VN");
    for (const element of ["DisplayName", "Description"]) {
      expect(attributeValues(MANIFEST, `${path(element)}/*[local-name()='Override'][@Locale='en-US']/@Value`)).toHaveLength(1);
    }
    const strings = attributeValues(MANIFEST, `${path("String")}/@id`);
    const translated = attributeValues(MANIFEST, `${path("String")}[*[local-name()='Override'][@Locale='en-US']]/@id`);
    expect(strings.length).toBeGreaterThan(0);
    expect(translated).toEqual(strings);
  });

  it("loads every page and image over https from one origin", () => {
    const urls = allUrls();
    const sourceLocation = stringValue(MANIFEST, `${path("DefaultSettings/SourceLocation")}/@DefaultValue`);
    expect(urls).toContain(sourceLocation);
    const origins = new Set(urls.map((url) => new URL(url).origin));
    expect(urls.filter((url) => new URL(url).protocol !== "https:")).toEqual([]);
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });

  it("names only icons that exist in assets/ at the pixel size it gives", () => {
    // IconUrl and HighResolutionIconUrl are 32 and 64 px by Microsoft's rules; ribbon images say their size.
    const named: Array<{ url: string; size: number }> = [
      { url: stringValue(MANIFEST, `${path("IconUrl")}/@DefaultValue`), size: 32 },
      { url: stringValue(MANIFEST, `${path("HighResolutionIconUrl")}/@DefaultValue`), size: 64 },
    ];
    const sizes = attributeValues(MANIFEST, `${path("Icon/Image")}/@size`);
    const resids = attributeValues(MANIFEST, `${path("Icon/Image")}/@resid`);
    expect(resids).toHaveLength(sizes.length);
    resids.forEach((resid, i) => named.push({ url: resourceUrl(resid), size: Number(sizes[i]) }));
    expect(new Set(named.map(({ size }) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of named) {
      const file = assetFile(url);
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
      expect({ url, size: pngSize(file) }).toEqual({ url, size: { width: size, height: size } });
    }
  });

  it("defines every resource id it references, once", () => {
    const referenced = new Set(attributeValues(MANIFEST, "//@resid"));
    const defined = attributeValues(MANIFEST, `${path("Resources")}//@id`);
    expect(referenced.size).toBeGreaterThan(0);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...referenced].filter((resid) => !defined.includes(resid))).toEqual([]);
  });

  it("requires Excel (Workbook) with ExcelApi 1.7 or later", () => {
    expect(info.hosts).toEqual(["Workbook"]);
    expect(stringValue(MANIFEST, `${path("Requirements/Sets/Set[@Name='ExcelApi']")}/@MinVersion`)).toBe("1.7");
  });

  it("puts a Chỉ tiêu button on the Home tab that opens the task pane", () => {
    const button = `${path("OfficeTab[@id='TabHome']/Group/Control[@id]")}`;
    expect(stringValue(MANIFEST, `${button}/*[local-name()='Label']/@resid`)).not.toBe("");
    const label = resourceString(stringValue(MANIFEST, `${button}/*[local-name()='Label']/@resid`));
    expect(label).toBe("Chỉ tiêu");
    const action = `${button}/*[local-name()='Action']`;
    expect(stringValue(MANIFEST, `${action}/@*[local-name()='type']`)).toBe("ShowTaskpane");
    const paneUrl = resourceUrl(stringValue(MANIFEST, `${action}/*[local-name()='SourceLocation']/@resid`));
    expect(paneUrl).toBe(stringValue(MANIFEST, `${path("DefaultSettings/SourceLocation")}/@DefaultValue`));
  });

  it("points at pages the production build writes and files that exist", () => {
    // Pages come from webpack's HtmlWebpackPlugin instances; everything else is copied from assets/.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const createConfig = require(join(ROOT, "webpack.config.js")) as (env: object, argv: { mode: string }) => { plugins: Array<{ userOptions?: { filename?: string } }> };
    const pages = createConfig({}, { mode: "production" }).plugins.flatMap((plugin) => plugin.userOptions?.filename ?? []);
    for (const url of allUrls()) {
      const file = new URL(url).pathname.slice(1);
      const found = pages.includes(file) || existsSync(join(ROOT, file));
      expect({ url, found }).toEqual({ url, found: true });
    }
  });
});

function resourceString(resid: string): string {
  return stringValue(MANIFEST, `${path("Resources")}//*[local-name()='String'][@id='${resid}']/@DefaultValue`);
}
