// What a reviewer sees in the sheet itself: after the seed's figures are typed into the grid with
// one shortfall, the shortfall's Thực hiện cell is drawn in core's shortfall colour
// (src/core/layout/palette.ts), through the conditional formats the add-in wrote and the host
// evaluates; the clean figures stay uncoloured. Typing follows the workbook's regional format:
// "90.000" in the vi-VN workbench is ninety thousand. Screenshots at 320 and 500 px.
import { join } from "node:path";
import { expect, expectEqual } from "../helpers.mjs";
import { SEED } from "../seed.mjs";
import { addressOf, loadTemplate, openWorkbench, typeCell } from "../workbench.mjs";

const T = { year: "Năm", period: "Kỳ báo cáo", load: "Tạo trang tính", loaded: "Đã tạo trang tính" };

/** The seed, but A.2's Thực hiện 90.000 against its Q1 target 105.000 (85,7 %): a shortfall. */
const SHORTFALL = { code: "A.2", text: "90.000" };

const fillOf = (page, address) => page.locator(`#bench td[data-cell="${address}"]`).getAttribute("data-fill");

export const tests = [
  {
    name: "the shortfall typed into the grid is drawn in the shortfall colour; clean figures are not coloured (320 and 500 px)",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        await loadTemplate(page, T);
        for (const [code, role, text] of SEED) {
          const typed = code === SHORTFALL.code && role === "actual" ? SHORTFALL.text : text;
          await typeCell(page, await addressOf(page, code, role), typed);
        }
        const palette = await page.evaluate(() => window.workbench.palette);
        const shortfall = await addressOf(page, SHORTFALL.code, "actual");
        await page.waitForFunction(
          ([a, fill]) => document.querySelector(`#bench td[data-cell="${a}"]`)?.getAttribute("data-fill") === fill,
          [shortfall, palette.shortfall.fill],
          { timeout: 20000 },
        );
        // The figure was read in the workbook's vi-VN regional format: ninety thousand, shown as typed.
        const shownText = await page.locator(`#bench input[data-address="${shortfall}"]`).inputValue();
        expectEqual(shownText, "90.000", "the shortfall's cell text");
        const cell = page.locator(`#bench td[data-cell="${shortfall}"]`);
        const drawn = await cell.evaluate((td) => [getComputedStyle(td).backgroundColor, getComputedStyle(td.querySelector("input")).color]);
        const rgb = (hex) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
        expectEqual(drawn, [rgb(palette.shortfall.fill), rgb(palette.shortfall.font)], "the shortfall cell's background and text colours");
        for (const code of ["A.1", "B.1", "B.2", "C.1", "C.2"]) {
          const fill = await fillOf(page, await addressOf(page, code, "actual"));
          expect(!Object.values(palette).some((h) => h.fill === fill), `${code}'s clean figure is not highlighted (fill ${fill})`);
        }
        await cell.scrollIntoViewIfNeeded();
        for (const w of [320, 500]) {
          await page.evaluate((px) => window.workbench.setPaneWidth(px), w);
          await cell.scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(ctx.screenshots, `highlight-shortfall-${w}.png`) });
        }
      } finally {
        await page.close();
      }
    },
  },
];
