// The task pane's browser tests: Debian chromium through playwright-core (never a downloaded
// browser), against the workbench (the real pane over the stand-in host) and dist/taskpane.html.
// Prints "N passed, N failed" and writes test-artifacts/browser-results.json {passed, failed}.
// Screenshots go to test-artifacts/screenshots/. Run alone: node test/browser/run.mjs [filter].
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "./server.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ARTIFACTS = join(ROOT, "test-artifacts");
const SCREENSHOTS = join(ARTIFACTS, "screenshots");
const require = createRequire(import.meta.url);
const filter = process.argv[2] ?? "";

function webpackBuild(configPath, mode, env = {}) {
  const webpack = require("webpack");
  const config = require(configPath)(env, { mode });
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

async function main() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const workbenchConfig = join(ROOT, "webpack.workbench.config.js");
  const { OFFICE_JS } = require(workbenchConfig);
  const out = mkdtempSync(join(tmpdir(), "chitieu-workbench-"));
  console.log("building the workbench…");
  await webpackBuild(workbenchConfig, "development", { out });
  // npm test builds dist/ before this runner; alone, build it here.
  if (!existsSync(join(ROOT, "dist", "taskpane.html"))) {
    console.log("building dist/…");
    await webpackBuild(join(ROOT, "webpack.config.js"), "production");
  }
  // A private copy: another build in the same working tree may clean dist/ while we test.
  const dist = join(out, "_dist");
  cpSync(join(ROOT, "dist"), dist, { recursive: true });
  const { server, origin } = await startServer([
    ["/office-js/", OFFICE_JS],
    ["/dist/", dist],
    ["/", out],
  ]);
  const profile = mkdtempSync(join(tmpdir(), "chitieu-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
  });
  // Actions and waits without their own timeout get one a loaded 2-core machine meets (Playwright's
  // default is 30 s); timeouts catch a hang, never slowness.
  browser.setDefaultTimeout(90_000);
  browser.setDefaultNavigationTimeout(90_000);
  const specs = [
    await import("./specs/fallback.spec.mjs"),
    await import("./specs/template.spec.mjs"),
    await import("./specs/flow.spec.mjs"),
    await import("./specs/keep-typed.spec.mjs"),
    await import("./specs/check.spec.mjs"),
    await import("./specs/primary-action.spec.mjs"),
    await import("./specs/status.spec.mjs"),
    await import("./specs/authoring.spec.mjs"),
    await import("./specs/highlight.spec.mjs"),
  ];
  const totals = { passed: 0, failed: 0 };
  const failures = [];
  const ctx = { browser, origin, screenshots: SCREENSHOTS, axeSource: join(ROOT, "node_modules", "axe-core", "axe.min.js") };
  for (const spec of specs) {
    for (const t of spec.tests) {
      if (filter && !t.name.includes(filter)) continue;
      const started = Date.now();
      try {
        await t.run(ctx);
        totals.passed++;
        console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        totals.failed++;
        failures.push(t.name);
        console.log(`  ✗ ${t.name}\n    ${String(e?.stack ?? e).split("\n").slice(0, 8).join("\n    ")}`);
      }
    }
  }
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  writeFileSync(join(ARTIFACTS, "browser-results.json"), JSON.stringify(totals));
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, "browser-results.json"), JSON.stringify({ passed: 0, failed: 1 }));
  console.log("0 passed, 1 failed");
  process.exit(1);
});
