// No test may depend on wall-clock speed: on a loaded 2-core machine jest's 5 s default failed
// test/xlsx/read-snapshot.test.ts and with it the whole run. Timeouts here only catch a hang, so
// each is one a slow machine meets: the suite's default, no test below it, and a test that runs
// LibreOffice allowed more than LibreOffice's own (child process) timeout.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, "jest.config.js")) as { testTimeout?: number };
const suiteTimeout = config.testTimeout ?? 5_000;

const testFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "browser" ? [] : testFiles(full);
    return /\.test\.tsx?$/.test(name) ? [full] : [];
  });
const number = (s: string): number => Number(s.replace(/_/g, ""));
/** jest.setTimeout(N) and the timeout argument closing a test: "}, N);". */
const declaredTimeouts = (source: string): number[] =>
  [...source.matchAll(/jest\.setTimeout\(([\d_]+)\)|^\s*\}, ([\d_]+)\);?\s*$/gm)].map((m) => number(m[1] ?? m[2]));
const sofficeTimeouts = ["test/export/libreoffice.ts", "test/libreoffice/soffice-html.ts"].map((f) =>
  number(/timeout: ([\d_]+)/.exec(readFileSync(path.join(ROOT, f), "utf8"))![1]),
);

test("the suite's default timeout is one a loaded machine meets (at least two minutes)", () => {
  expect(suiteTimeout).toBeGreaterThanOrEqual(120_000);
});

test("no test sets a timeout below the suite's default", () => {
  const below = testFiles(path.join(ROOT, "test")).flatMap((file) =>
    declaredTimeouts(readFileSync(file, "utf8")).filter((t) => t < suiteTimeout).map((t) => `${path.relative(ROOT, file)}: ${t}`),
  );
  expect(below).toEqual([]);
});

test("a test that runs LibreOffice may wait longer than LibreOffice's own timeout", () => {
  const longest = Math.max(...sofficeTimeouts);
  const short = testFiles(path.join(ROOT, "test"))
    .filter((file) => file !== __filename && /renderPdf|soffice-html|\/libreoffice"/.test(readFileSync(file, "utf8")))
    .filter((file) => {
      const source = readFileSync(file, "utf8");
      const fileWide = /jest\.setTimeout\(([\d_]+)\)/.exec(source);
      return [fileWide === null ? suiteTimeout : number(fileWide[1]), ...declaredTimeouts(source)].some((t) => t <= longest);
    })
    .map((file) => path.relative(ROOT, file));
  expect(short).toEqual([]);
});
