// The Template step shows one primary button at a time, the next thing the clerk should press:
// Create sheet before a load, Check after it, Rebuild while the pane asks about an existing sheet.
import { expectEqual, expectNoAxeViolations, paneShots } from "../helpers.mjs";
import { PERIOD } from "../seed.mjs";
import { loadTemplate, openWorkbench, pane, saveAndReopen } from "../workbench.mjs";

const T = { year: "Năm", period: "Kỳ báo cáo", load: "Tạo trang tính", loaded: "Đã tạo trang tính" };

/**
 * Names of the visible buttons in the step that look primary: filled with the theme's brand
 * colour (at rest, hovered or pressed), which is what a user reads as "press me".
 */
async function primaryButtons(page) {
  await page.mouse.move(0, 0); // no hover left on a button from the last click
  return page.evaluate(() => {
    const panel = document.querySelector("#pane #step-panel");
    const colourOf = (token) => {
      const probe = document.createElement("span");
      probe.style.backgroundColor = `var(${token})`;
      panel.appendChild(probe);
      const c = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return c;
    };
    const brand = new Set(["--colorBrandBackground", "--colorBrandBackgroundHover", "--colorBrandBackgroundPressed"].map(colourOf));
    return [...panel.querySelectorAll("button")]
      .filter((b) => b.getClientRects().length > 0 && getComputedStyle(b).visibility !== "hidden")
      .filter((b) => brand.has(getComputedStyle(b).backgroundColor))
      .map((b) => b.innerText.trim());
  });
}

const noFades = (page) =>
  // Fluent buttons fade between colours: read the colour each state settles on, not a frame of the fade.
  page.addStyleTag({ content: "#pane *, #pane *::before, #pane *::after { transition: none !important; }" });

export const tests = [
  {
    name: "the Template step shows exactly one primary button: Create sheet before a load, Check after it, Rebuild when asked",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        await noFades(page);
        const p = pane(page);
        await p.getByRole("button", { name: T.load, exact: true }).waitFor({ timeout: 10000 });
        expectEqual(await primaryButtons(page), [T.load], "primary buttons before a load");
        await loadTemplate(page, T);
        expectEqual(await primaryButtons(page), ["Kiểm tra"], "primary buttons after a load");
        // The sheet in use still shows as chosen, without competing with Check.
        const use = p.getByRole("button", { name: `Dùng ${PERIOD.sheet}` });
        expectEqual(await use.getAttribute("aria-pressed"), "true", "the sheet in use is marked pressed");
        await expectNoAxeViolations(page, ctx, "the template step after a load", "#pane");
        await paneShots(page, ctx, "vi-1-template-loaded-one-primary", [360]);
        await p.getByRole("button", { name: T.load, exact: true }).click();
        await p.getByText(`Trang tính ${PERIOD.sheet} đã có.`).waitFor({ timeout: 10000 });
        expectEqual(await primaryButtons(page), ["Tạo lại"], "primary buttons while asking to rebuild");
        await p.getByRole("button", { name: "Hủy" }).click();
        expectEqual(await primaryButtons(page), [T.load], "primary buttons once the rebuild is cancelled");
      } finally {
        await page.close();
      }
    },
  },
  {
    name: "a workbook reopened on its latest report: Create sheet is the one primary button, the sheet in use shows as pressed",
    async run(ctx) {
      let page = await openWorkbench(ctx);
      try {
        await loadTemplate(page, T);
        page = await saveAndReopen(page, ctx);
        await noFades(page);
        const use = pane(page).getByRole("button", { name: `Dùng ${PERIOD.sheet}` });
        await use.waitFor({ timeout: 10000 });
        expectEqual(await use.getAttribute("aria-pressed"), "true", "the latest sheet is the one in use");
        expectEqual(await primaryButtons(page), [T.load], "primary buttons on a reopened workbook");
        await expectNoAxeViolations(page, ctx, "the template step of a reopened workbook", "#pane");
      } finally {
        await page.close();
      }
    },
  },
];
