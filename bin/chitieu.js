#!/usr/bin/env node
// The `chitieu` command. The TypeScript sources in src/cli are compiled into build/ by
// `npm run prepare`, which `npm ci` and `npm install` run by themselves.
"use strict";
const path = require("node:path");

const entry = path.join(__dirname, "..", "build", "cli", "main.js");
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes(entry)) {
    process.stderr.write(
      "chitieu chưa được biên dịch: chạy `npm run prepare` trong thư mục dự án.\n" +
        "chitieu is not built yet: run `npm run prepare` in the project folder.\n",
    );
    process.exit(2);
  }
  throw error;
}
cli.runFromProcess();
