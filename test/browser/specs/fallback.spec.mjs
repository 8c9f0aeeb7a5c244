// dist/taskpane.html in webviews that cannot run the pane, and outside Excel.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, expectNoAxeViolations, offline } from "../helpers.mjs";

const TASKPANE_HTML = fileURLToPath(new URL("../../../src/taskpane/taskpane.html", import.meta.url));
const EDGE_HTML_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";

async function openTaskpane(ctx, prepare) {
  const page = await ctx.browser.newPage();
  await offline(page);
  if (prepare) await prepare(page);
  await page.goto(`${ctx.origin}/dist/taskpane.html`);
  return page;
}

export const tests = [
  {
    name: "the old-webview guard is plain ES5, so IE11 can run it",
    async run() {
      // acorn is webpack's own parser (installed with webpack): ecmaVersion 5 rejects let,
      // const, arrows, template strings and every later syntax.
      const acorn = createRequire(import.meta.url)("acorn");
      const html = readFileSync(TASKPANE_HTML, "utf8");
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      expect(inline.length === 1, `one inline script in taskpane.html (found ${inline.length})`);
      acorn.parse(inline[0], { ecmaVersion: 5 });
    },
  },
  {
    name: "EdgeHTML (older Excel 2019 builds): the plain message, recognised by its user agent",
    async run(ctx) {
      const page = await openTaskpane(ctx, (p) => p.addInitScript((ua) => {
        Object.defineProperty(navigator, "userAgent", { get: () => ua });
      }, EDGE_HTML_UA));
      try {
        await page.locator("#legacy").waitFor({ state: "visible", timeout: 5000 });
      } finally {
        await page.close();
      }
    },
  },
  {
    name: "old webview (no Proxy): taskpane.html shows the plain message naming the Office needed",
    async run(ctx) {
      // IE11 and EdgeHTML lack Proxy, which React 18 and Fluent UI v9 need: simulate that engine.
      const page = await openTaskpane(ctx, (p) => p.addInitScript(() => { delete window.Proxy; }));
      try {
        const legacy = page.locator("#legacy");
        await legacy.waitFor({ state: "visible", timeout: 5000 });
        const text = await legacy.innerText();
        expect(/Microsoft 365/.test(text) && /Office 2021/.test(text), `the message names the Office needed: ${text}`);
        expect(/ô tô màu/.test(text) && /highlighted cells/.test(text), "the message says the workbook's highlights still work");
        expect(!(await page.locator("#root").isVisible()), "the pane's root is hidden");
        await expectNoAxeViolations(page, ctx, "the old-webview message");
      } finally {
        await page.close();
      }
    },
  },
  {
    name: "the pane's script cannot load: taskpane.html shows the plain message instead of a blank pane",
    async run(ctx) {
      const page = await openTaskpane(ctx, (p) => p.route(/\/dist\/taskpane\.[0-9a-f]+\.js$/, (r) => r.abort()));
      try {
        await page.locator("#legacy").waitFor({ state: "visible", timeout: 5000 });
      } finally {
        await page.close();
      }
    },
  },
  {
    name: "opened outside Excel in a modern browser: the pane says to open it in Excel",
    async run(ctx) {
      const page = await openTaskpane(ctx);
      try {
        await page.getByText("Hãy mở trong Excel").waitFor({ timeout: 10000 });
        expect(!(await page.locator("#legacy").isVisible()), "no old-webview message in a modern browser");
        await expectNoAxeViolations(page, ctx, "the outside-Excel pane");
      } finally {
        await page.close();
      }
    },
  },
];
