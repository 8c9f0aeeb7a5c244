// Driving the workbench as a user: the grid for typing, the pane for everything else.
import { PERIOD } from "./seed.mjs";

export async function openWorkbench(ctx, query = "") {
  const page = await ctx.browser.newPage();
  page.on("pageerror", (e) => console.log(`    [page error] ${e.message}`));
  await page.goto(`${ctx.origin}/${query}`);
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30000 });
  const state = await page.evaluate(() => document.body.dataset.ready);
  if (state !== "true") throw new Error(`the workbench did not start: ${await page.locator("pre").first().innerText().catch(() => state)}`);
  return page;
}

/** Saves the workbook, closes the page and opens a fresh one on the saved bytes: the next person's view. */
export async function saveAndReopen(page, ctx, query = "") {
  const saved = await page.evaluate(() => window.workbench.save());
  await page.close();
  const reopened = await openWorkbench(ctx, query);
  await reopened.evaluate((b64) => window.workbench.reopenWith(b64), saved);
  await reopened.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30000 });
  return reopened;
}

export const pane = (page) => page.locator("#pane");

/** Types into a grid cell and presses Enter (the grid calls host.user.type). */
export async function typeCell(page, address, text) {
  const cell = page.locator(`#bench input[data-address="${address}"]`);
  await cell.click();
  await cell.fill(text);
  await cell.press("Enter");
}

export async function addressOf(page, code, role) {
  const a = await page.evaluate(([c, r]) => window.workbench.addressOf(c, r), [code, role]);
  if (a === null) throw new Error(`no cell for ${code} ${role}`);
  return a;
}

/** Template step: year and period, then Load; waits for the new sheet in the grid. */
export async function loadTemplate(page, t) {
  const p = pane(page);
  await p.getByRole("spinbutton", { name: t.year }).fill(PERIOD.year);
  await p.getByRole("combobox", { name: t.period }).selectOption(PERIOD.kind);
  await p.getByRole("button", { name: t.load, exact: true }).click();
  const tab = page.locator(`#bench [role=tab]`, { hasText: PERIOD.sheet });
  await tab.waitFor({ timeout: 20000 });
  await tab.click();
  await p.getByText(t.loaded).waitFor({ timeout: 20000 });
}
