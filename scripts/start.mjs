// `npm start`: builds the add-in and serves it on https://localhost:3000 (webpack-dev-server,
// rebuilt on every save). On Windows and Mac it then sideloads manifest.xml into desktop Excel
// through `npx office-addin-debugging` (fetched on demand: never a devDependency). Elsewhere
// (Linux) it serves with a self-signed certificate made without sudo and prints how to load
// the add-in into Excel on the web. Whatever fails, it explains and keeps serving if it can.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { homedir, platform } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PORT = 3000;
const ORIGIN = `https://localhost:${PORT}`;
const MANIFEST = join(ROOT, "manifest.xml");
const CERT_DIR = join(ROOT, ".certs");
const DESKTOP = platform() === "win32" || platform() === "darwin";
const npx = platform() === "win32" ? "npx.cmd" : "npx";

function say(line = "") {
  console.log(line);
}

function run(command, args, options = {}) {
  // Windows runs npx.cmd only through a shell; other commands get their arguments unquoted-safe.
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: command.endsWith(".cmd"), ...options });
  if (result.status !== 0 && options.stdio === "pipe") process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
  return result.status === 0;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "localhost");
  });
}

/** Microsoft's dev-certs tool installs a trusted CA (it may ask for a password); Windows/Mac only. */
function officeDevCerts() {
  say("Installing a trusted development certificate with office-addin-dev-certs...");
  if (!run(npx, ["--yes", "office-addin-dev-certs", "install"])) return null;
  const dir = join(homedir(), ".office-addin-dev-certs");
  const key = join(dir, "localhost.key");
  const cert = join(dir, "localhost.crt");
  if (!existsSync(key) || !existsSync(cert)) return null;
  return { key: readFileSync(key), cert: readFileSync(cert), ca: join(dir, "ca.crt"), trusted: true };
}

function opensslWorks() {
  return spawnSync("openssl", ["version"], { stdio: "ignore" }).status === 0;
}

function leafIsFresh(certPath) {
  // Renew a day before expiry so a long session does not outlive its certificate.
  return spawnSync("openssl", ["x509", "-checkend", "86400", "-noout", "-in", certPath], { stdio: "ignore" }).status === 0;
}

/**
 * A local CA and a localhost certificate it signed, in .certs/ (gitignored). Trusting the CA once
 * in the browser (no sudo) makes https://localhost:3000 load inside Excel on the web.
 */
function opensslCerts() {
  const caKey = join(CERT_DIR, "ca.key");
  const ca = join(CERT_DIR, "ca.crt");
  const key = join(CERT_DIR, "localhost.key");
  const cert = join(CERT_DIR, "localhost.crt");
  // openssl chatters on stderr (progress dots): show its output only when it fails.
  const quiet = { stdio: "pipe" };
  if (!existsSync(cert) || !existsSync(key) || !existsSync(ca) || !leafIsFresh(cert)) {
    say(`Creating a development certificate for localhost in ${CERT_DIR} ...`);
    mkdirSync(CERT_DIR, { recursive: true });
    const ext = join(CERT_DIR, "localhost.ext");
    writeFileSync(ext, [
      "basicConstraints=CA:FALSE",
      "keyUsage=critical,digitalSignature,keyEncipherment",
      "extendedKeyUsage=serverAuth",
      "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
    ].join("\n") + "\n");
    const made =
      (existsSync(ca) && existsSync(caKey) && leafIsFresh(ca)) ||
      run("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "825",
        "-subj", "/CN=Chi Tieu development CA", "-keyout", caKey, "-out", ca,
        "-addext", "basicConstraints=critical,CA:TRUE,pathlen:0", "-addext", "keyUsage=critical,keyCertSign,cRLSign"], quiet);
    const csr = join(CERT_DIR, "localhost.csr");
    const signed = made &&
      run("openssl", ["req", "-newkey", "rsa:2048", "-nodes", "-sha256", "-subj", "/CN=localhost", "-keyout", key, "-out", csr], quiet) &&
      run("openssl", ["x509", "-req", "-sha256", "-days", "397", "-in", csr, "-CA", ca, "-CAkey", caKey, "-CAcreateserial", "-out", cert, "-extfile", ext], quiet);
    if (!signed) return null;
  }
  return { key: readFileSync(key), cert: readFileSync(cert), ca, trusted: false };
}

function certificate() {
  if (DESKTOP) {
    const fromTool = officeDevCerts();
    if (fromTool) return fromTool;
    say("office-addin-dev-certs did not install a certificate; falling back to openssl.");
  }
  if (opensslWorks()) {
    const own = opensslCerts();
    if (own) return own;
    say("openssl could not create the certificate (see above).");
  }
  say("Using webpack-dev-server's own self-signed certificate: your browser will warn once.");
  return null;
}

function webSteps(tls) {
  say("");
  say("──────────────────────────────────────────────────────────────────────────────");
  say(` Chỉ Tiêu is served at ${ORIGIN}/taskpane.html`);
  say("──────────────────────────────────────────────────────────────────────────────");
  if (tls && tls.trusted) {
    say(" 1. The development certificate is trusted already (office-addin-dev-certs installed it).");
  } else if (tls) {
    say(" 1. Trust the development certificate (once):");
    say(`    Chrome/Chromium/Edge on Linux:  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Chi Tieu dev CA" -i "${tls.ca}"`);
    say("      (certutil is in the libnss3-tools package; restart the browser afterwards), or");
    say("      Settings > Privacy and security > Security > Manage certificates > Authorities > Import,");
    say(`      choose ${tls.ca} and tick "Trust this certificate for identifying websites".`);
    say("    Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import.");
    say(`    Quick alternative: open ${ORIGIN}/taskpane.html in the same browser and accept the warning`);
    say('      (Advanced > Proceed to localhost); Excel on the web then loads the pane in that browser session.');
  } else {
    say(` 1. Open ${ORIGIN}/taskpane.html in your browser and accept the warning (Advanced > Proceed to localhost).`);
  }
  say(" 2. Open Excel on the web (https://www.office.com > Excel) and open or create a workbook.");
  say(" 3. Home > Add-ins > More Settings (older layouts: Insert > Office Add-ins), then Upload My Add-in.");
  say(`    Choose this file and click Upload:  ${MANIFEST}`);
  say(' 4. The "Chỉ tiêu" button appears on the Home tab; click it to open the pane.');
  say("");
  say(" No Excel at hand? `npm run workbench` runs the pane against a stand-in workbook.");
  say(" Stop the server with Ctrl+C.");
  say("");
}

function sideloadDesktop() {
  say("Sideloading manifest.xml into desktop Excel (npx office-addin-debugging)...");
  const ok = run(npx, ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]);
  if (ok) {
    say('Excel opens with the add-in: the "Chỉ tiêu" button is on the Home tab. Stop with Ctrl+C.');
    return true;
  }
  say("Automatic sideloading failed. Load the add-in by hand:");
  if (platform() === "darwin") {
    say(`  copy ${MANIFEST} to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ (create the folder),`);
    say("  restart Excel, then Home > Add-ins > My Add-ins > Developer Add-ins > Chỉ Tiêu.");
  } else {
    say("  share the folder that holds manifest.xml, add its \\\\computer\\share path in Excel under");
    say("  File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick Show in Menu),");
    say("  restart Excel, then Home > Add-ins > More Add-ins > Shared Folder > Chỉ Tiêu.");
  }
  return false;
}

async function main() {
  if (!(await portIsFree(PORT))) {
    say(`Port ${PORT} is already in use: is \`npm start\` already running in another window?`);
    say(`Stop it (Ctrl+C there), or free the port, then run \`npm start\` again.`);
    process.exitCode = 1;
    return;
  }
  const tls = certificate();
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  config.devServer.server = tls ? { type: "https", options: { key: tls.key, cert: tls.cert } } : "https";
  config.infrastructureLogging = { level: "warn" };
  config.stats = "errors-warnings";

  const compiler = webpack(config);
  const firstBuild = new Promise((resolve) => compiler.hooks.done.tap("start", (stats) => resolve(stats)));
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
  const stats = await firstBuild;
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the dev server log its build line first
  if (stats.hasErrors()) say("The first build has errors (above); the server keeps running and rebuilds on save.");

  let sideloaded = false;
  if (DESKTOP) sideloaded = sideloadDesktop();
  webSteps(tls);

  const stop = async () => {
    if (sideloaded) run(npx, ["--yes", "office-addin-debugging", "stop", "manifest.xml"]);
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
