// Builds the add-in's web pages into dist/: the task pane (taskpane.html + its JS), the ribbon's
// function file (commands.html), the icons and help page (assets/), and dist/manifest.xml
// pointing at ADDIN_URL. `npm start` serves the same build over https://localhost:3000.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_ORIGIN, parseAddinUrl, withAddinUrl } = require("./scripts/addin-url.js");

const ROOT = __dirname;
const ASSETS = path.join(ROOT, "assets");
const MANIFEST = path.join(ROOT, "manifest.xml");

/** Copies assets/ and the manifest (moved to the production address) into the build output. */
class AddinFilesPlugin {
  constructor(addinUrl) {
    this.addinUrl = addinUrl;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const name = "AddinFilesPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        // Registered as dependencies so that `npm start` picks up edited icons and manifest.
        compilation.contextDependencies.add(ASSETS);
        compilation.fileDependencies.add(MANIFEST);
        for (const file of fs.readdirSync(ASSETS)) {
          compilation.emitAsset(`assets/${file}`, new RawSource(fs.readFileSync(path.join(ASSETS, file))));
        }
        const manifest = withAddinUrl(fs.readFileSync(MANIFEST, "utf8"), this.addinUrl);
        compilation.emitAsset("manifest.xml", new RawSource(manifest));
      });
    });
  }
}

/** The address the built manifest points at: ADDIN_URL, or the dev server when it is unset. */
function addinUrlFromEnv() {
  const value = process.env.ADDIN_URL;
  if (value === undefined || value === "") return DEV_ORIGIN;
  const parsed = parseAddinUrl(value);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.url;
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/excel/commands.ts",
    },
    output: {
      path: path.join(ROOT, "dist"),
      // Hashed names let an HTTPS host cache scripts for ever; the HTML pages and the
      // manifest's assets keep fixed names because the manifest names them.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // "auto": scripts find lazy chunks next to themselves, so dist/ works under any path.
      publicPath: "auto",
      clean: true,
    },
    // Separate .map files only: inline maps would triple what every clerk's Excel downloads.
    devtool: "source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are caught by `npm run typecheck`; the bundle only needs transpiling.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/excel/commands.html",
        chunks: ["commands"],
      }),
      new AddinFilesPlugin(production ? addinUrlFromEnv() : DEV_ORIGIN),
    ],
    // Bundle bytes are counted by `npm run bench`, not by size warnings here.
    performance: { hints: false },
    devServer: {
      port: 3000,
      host: "localhost",
      // scripts/start.mjs passes its certificate; run directly, webpack-dev-server makes its own.
      server: "https",
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
    },
  };
};
