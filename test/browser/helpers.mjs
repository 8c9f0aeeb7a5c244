// Helpers shared by the browser specs.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Fails with what was seen, not just that it was not what we wanted. */
export function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

let axe;
/** Runs axe-core on the page (or inside `selector`) and fails on any violation, naming them. */
export async function expectNoAxeViolations(page, ctx, label, selector) {
  axe ??= readFileSync(ctx.axeSource, "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axe });
  const result = await page.evaluate(async (sel) => {
    // Colours still fading (Fluent animates hover and theme changes) would be measured mid-way:
    // let finite transitions end first, so contrast is judged on what the user then sees.
    const fading = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(fading.map((a) => a.finished.catch(() => undefined)));
    const r = await window.axe.run(sel ? { include: [sel] } : document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  }, selector ?? null);
  if (result.length > 0) throw new Error(`axe found ${result.length} violation(s) on ${label}:\n      ${result.join("\n      ")}`);
}

/** Screenshots of the pane element at a given width (the workbench's pane column). */
export async function paneShots(page, ctx, name, widths = [320, 500]) {
  const viewport = page.viewportSize();
  for (const w of widths) {
    await page.evaluate((px) => window.workbench.setPaneWidth(px), w);
    await page.waitForTimeout(150); // layout settles (no assertion depends on it)
    // The whole pane, not only what fits on screen: grow the window to the pane's content.
    const height = await page.evaluate(() => document.querySelector("#pane").scrollHeight);
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.min(height, 4000)) });
    await page.locator("#pane").screenshot({ path: join(ctx.screenshots, `${name}-${w}.png`) });
    await page.setViewportSize(viewport);
  }
  await page.evaluate(() => window.workbench.setPaneWidth(360));
}

/** Blocks everything that would leave the machine (office.js from Microsoft's CDN). */
export async function offline(page) {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
}
