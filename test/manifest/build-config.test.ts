// What the production build promises the people who install it: Office's own office.js from
// Microsoft's CDN (Office requires that copy), no source maps inside the scripts every clerk
// downloads, and script names that change with their content so hosts can cache them safely.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./manifest-reader";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface HtmlPage {
  userOptions: { filename: string; template: string };
}

interface BuildConfig {
  devtool: string | false;
  entry: Record<string, string>;
  output: { filename: string; chunkFilename: string };
  plugins: Array<Partial<HtmlPage>>;
  externals?: unknown;
}

function productionConfig(): BuildConfig {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const createConfig = require(join(ROOT, "webpack.config.js")) as (env: object, argv: { mode: string }) => BuildConfig;
  return createConfig({}, { mode: "production" });
}

function htmlPages(config: BuildConfig): HtmlPage[] {
  return config.plugins.filter((plugin): plugin is HtmlPage => typeof plugin.userOptions?.template === "string");
}

describe("the production build (webpack.config.js)", () => {
  it("writes taskpane.html and commands.html, the pages the manifest names", () => {
    const pages = htmlPages(productionConfig()).map((page) => page.userOptions.filename);
    expect(pages.sort()).toEqual(["commands.html", "taskpane.html"]);
  });

  it("loads office.js from Microsoft's CDN in every page, before the add-in's own scripts", () => {
    for (const page of htmlPages(productionConfig())) {
      const html = readFileSync(join(ROOT, page.userOptions.template), "utf8");
      const tag = html.search(new RegExp(`<script[^>]*\\ssrc="${OFFICE_JS_CDN.replace(/[./]/g, "\\$&")}"`));
      expect({ page: page.userOptions.filename, hasCdnScript: tag >= 0 }).toEqual({ page: page.userOptions.filename, hasCdnScript: true });
      // html-webpack-plugin injects the bundle at the end of <head>: office.js must come before it.
      expect(tag).toBeLessThan(html.indexOf("</head>"));
    }
  });

  it("never bundles office.js: no add-in source imports the npm copy (only tests serve it)", () => {
    const sources = readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file));
    expect(sources.length).toBeGreaterThan(0);
    const importing = sources.filter((file) => /["']@microsoft\/office-js/.test(readFileSync(join(ROOT, "src", file), "utf8")));
    expect(importing).toEqual([]);
  });

  it("keeps source maps out of the scripts and names scripts by content hash", () => {
    const config = productionConfig();
    expect(config.devtool === false || !/inline|eval/.test(config.devtool)).toBe(true);
    expect(config.output.filename).toContain("[contenthash");
    expect(config.output.chunkFilename).toContain("[contenthash");
  });
});
