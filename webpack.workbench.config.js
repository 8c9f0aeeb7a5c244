// Bundles the workbench (test/workbench): the real task pane and src/excel over the stand-in
// host, in one page, for `npm run workbench` and the browser tests. Never part of dist/ or of
// the manifest. Microsoft's Excel client is not bundled: the page loads it by <script> from
// /office-js/, served from node_modules/@microsoft/office-js/dist.
"use strict";

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ROOT = __dirname;
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const OUT = path.join(ROOT, "build", "workbench");

// env.out: another output folder (the browser tests build into a fresh temporary one, so that
// two runs in the same working tree never clean each other's files).
module.exports = (env = {}, argv = {}) => ({
  // Development by default: it builds in seconds and keeps names readable in a debugger.
  mode: argv.mode ?? "development",
  entry: { workbench: "./test/workbench/main.tsx" },
  output: { path: env.out ?? OUT, filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", publicPath: "/", clean: true },
  devtool: argv.mode === "production" ? false : "cheap-module-source-map",
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    // ExcelJS's "browser" build carries its own polyfills; nothing of node is needed.
    fallback: { fs: false, path: false, os: false, stream: false, crypto: false, zlib: false, vm: false, url: false, util: false },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
      },
    ],
  },
  plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./test/workbench/index.html" })],
  performance: { hints: false },
  devServer: {
    host: "127.0.0.1",
    port: 3001,
    static: [{ directory: OFFICE_JS, publicPath: "/office-js", watch: false }],
    client: { overlay: { warnings: false, errors: true } },
    open: false,
  },
});

module.exports.OFFICE_JS = OFFICE_JS;
module.exports.OUT = OUT;
