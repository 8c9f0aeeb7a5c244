// `npm test`: every check, in the order that lets each stage use the one before:
//   system packages > (npm ci on a fresh clone) > typecheck > lint > production build > jest > browser tests.
// It stops at the first failing stage, naming it, and always ends with ONE line
// "N passed, N failed" summing the test runners (a stage that fails before its tests could
// run counts as one failure, so a broken run never reports "0 failed").
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ARTIFACTS = join(ROOT, "test-artifacts");
const JEST_RESULTS = join(ARTIFACTS, "jest-results.json");
// Contract with test/browser/run.mjs: it writes {"passed": N, "failed": N} here.
const BROWSER_RESULTS = join(ARTIFACTS, "browser-results.json");
const BROWSER_RUNNER = join(ROOT, "test", "browser", "run.mjs");

// What the suite needs from Debian, and how to tell it is there.
const SYSTEM_NEEDS = [
  { pkg: "chromium", present: () => existsSync("/usr/bin/chromium"), why: "browser tests of the task pane" },
  { pkg: "libreoffice-calc", present: () => onPath("soffice"), why: "opening exported workbooks in LibreOffice" },
  { pkg: "fonts-liberation2", present: () => existsSync("/usr/share/fonts/truetype/liberation2"), why: "Vietnamese text in PDF exports" },
  { pkg: "poppler-utils", present: () => onPath("pdftotext"), why: "reading exported PDFs" },
  { pkg: "libxml2-utils", present: () => onPath("xmllint"), why: "validating manifest.xml against Microsoft's schema" },
];

const totals = { passed: 0, failed: 0 };

function onPath(binary) {
  return spawnSync("sh", ["-c", `command -v ${binary}`], { stdio: "ignore" }).status === 0;
}

function header(name) {
  console.log(`\n━━ ${name} ${"━".repeat(Math.max(3, 70 - name.length))}`);
}

function finish(code) {
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

/** Ends the run at a failed stage: says which, and what to do when we know it. */
function fail(stage, advice) {
  // stdout, like the summary line, so the two stay in order in CI logs.
  console.log(`\n✗ npm test stopped at stage "${stage}".${advice ? ` ${advice}` : ""}`);
  if (totals.failed === 0) totals.failed = 1; // the stage failed before counting any test
  finish(1);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** A package's command-line script, from its package.json "bin" (no shell wrapper needed). */
function binOf(pkg, command) {
  const dir = join(ROOT, "node_modules", pkg);
  const { bin } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return join(dir, typeof bin === "string" ? bin : bin[command]);
}

/** Runs a tool with this node: works the same on Linux, Mac and Windows. */
function tool(stageName, pkg, command, args) {
  header(stageName);
  if (!run(process.execPath, [binOf(pkg, command), ...args])) fail(stageName);
}

function systemPackages() {
  header("system packages");
  const missing = SYSTEM_NEEDS.filter((need) => !need.present());
  if (missing.length === 0) {
    console.log(`present: ${SYSTEM_NEEDS.map((need) => need.pkg).join(", ")}`);
    return;
  }
  const names = missing.map((need) => need.pkg).join(" ");
  for (const need of missing) console.log(`missing: ${need.pkg} (${need.why})`);
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const debian = existsSync("/etc/debian_version");
  if (root && debian) {
    console.log(`Installing as root on Debian: ${names}`);
    const installed =
      run("apt-get", ["update"]) &&
      run("apt-get", ["install", "-y", "--no-install-recommends", ...missing.map((need) => need.pkg)], { DEBIAN_FRONTEND: "noninteractive" });
    const stillMissing = SYSTEM_NEEDS.filter((need) => !need.present());
    if (installed && stillMissing.length === 0) return;
    fail("system packages", `apt-get could not install: ${stillMissing.map((need) => need.pkg).join(" ") || names}.`);
  }
  fail("system packages", `Install them first, e.g.: sudo apt-get install -y --no-install-recommends ${names}`);
}

function jest() {
  header("jest");
  rmSync(JEST_RESULTS, { force: true });
  const ok = run(process.execPath, [binOf("jest", "jest"), "--ci", "--json", `--outputFile=${JEST_RESULTS}`]);
  const results = readJson(JEST_RESULTS);
  if (results === null) fail("jest", `jest wrote no results to ${JEST_RESULTS}.`);
  totals.passed += results.numPassedTests;
  // Suites that fail to load (syntax, import errors) have no failed test but must count.
  totals.failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
  if (!ok || results.numFailedTests + results.numRuntimeErrorTestSuites > 0) fail("jest");
}

function browser() {
  header("browser tests");
  if (!existsSync(BROWSER_RUNNER)) {
    console.log("test/browser/run.mjs does not exist yet: no browser tests to run.");
    return;
  }
  rmSync(BROWSER_RESULTS, { force: true });
  const ok = run(process.execPath, [BROWSER_RUNNER]);
  const results = readJson(BROWSER_RESULTS);
  if (results === null || !Number.isInteger(results.passed) || !Number.isInteger(results.failed)) {
    fail("browser tests", `the runner wrote no {passed, failed} counts to ${BROWSER_RESULTS}.`);
  }
  totals.passed += results.passed;
  totals.failed += results.failed;
  if (!ok || results.failed > 0) fail("browser tests");
}

/** A fresh clone has no node_modules: install exactly what package-lock.json pins, once. */
function dependencies() {
  if (existsSync(join(ROOT, "node_modules", ".package-lock.json"))) return;
  header("dependencies (npm ci)");
  const npmCli = process.env.npm_execpath; // set when run through `npm test`
  const ok = npmCli
    ? run(process.execPath, [npmCli, "ci", "--no-audit", "--no-fund"])
    : spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" }).status === 0;
  if (!ok) fail("dependencies", "npm ci failed (see above).");
}

mkdirSync(ARTIFACTS, { recursive: true });
systemPackages();
dependencies();
tool("typecheck", "typescript", "tsc", ["-p", "tsconfig.json", "--noEmit"]);
tool("lint", "eslint", "eslint", ["--max-warnings", "0", "."]);
// The tests check the development build: a production address set in this shell is not theirs.
delete process.env.ADDIN_URL;
tool("build", "webpack-cli", "webpack-cli", ["--mode", "production", "--stats", "errors-warnings"]);
jest();
browser();
console.log("\n✓ all stages passed");
finish(0);
