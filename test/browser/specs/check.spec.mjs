// The Check step as a clerk uses it: the finding she clicked stays marked, so she can find her
// place in the list after looking at the cell in Excel.
import { expect } from "../helpers.mjs";
import { loadTemplate, openWorkbench, pane } from "../workbench.mjs";

const T = { year: "Năm", period: "Kỳ báo cáo", load: "Tạo trang tính", loaded: "Đã tạo trang tính" };

export const tests = [
  {
    name: "the finding clicked is shown selected (its own background), the others not",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        await loadTemplate(page, T);
        const p = pane(page);
        await p.getByRole("tab", { name: "Kiểm tra" }).click();
        const items = p.locator("button[data-select-id]");
        await items.nth(2).waitFor({ timeout: 20000 });
        await items.nth(1).click();
        await page.mouse.move(0, 0); // no hover colour
        await page.waitForFunction(() => document.querySelectorAll("#pane button[aria-current=true]").length === 1);
        const backgrounds = await items.evaluateAll((els) => els.slice(0, 3).map((e) => getComputedStyle(e).backgroundColor));
        expect(backgrounds[1] !== backgrounds[0] && backgrounds[1] !== backgrounds[2], `the clicked finding stands out: ${backgrounds.join(" | ")}`);
      } finally {
        await page.close();
      }
    },
  },
];
