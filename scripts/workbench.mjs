// `npm run workbench`: serves the development page at http://127.0.0.1:3001/ (the real task pane
// against the stand-in Excel host, with an editable grid of the workbook). Rebuilds on save.
// Not part of the add-in: the production manifest never references this page.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve("webpack-cli/package.json")), "bin", "cli.js");

console.log("Chỉ Tiêu workbench: http://127.0.0.1:3001/  (English Office: http://127.0.0.1:3001/?lang=en, Excel 2019 level: ?level=1.7)");
const child = spawn(process.execPath, [cli, "serve", "--config", "webpack.workbench.config.js", ...process.argv.slice(2)], { cwd: ROOT, stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
