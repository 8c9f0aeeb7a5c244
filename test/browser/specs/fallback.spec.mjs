// dist/taskpane.html in webviews that cannot run the pane, and outside Excel.
import { expect, expectNoAxeViolations, offline } from "../helpers.mjs";

async function openTaskpane(ctx, prepare) {
  const page = await ctx.browser.newPage();
  await offline(page);
  if (prepare) await prepare(page);
  await page.goto(`${ctx.origin}/dist/taskpane.html`);
  return page;
}

export const tests = [
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
