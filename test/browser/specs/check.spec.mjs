// Styles a clerk relies on to read the Check and Review steps: the finding she clicked stays
// marked (she finds her place after looking at the cell in Excel), and the review card sets the
// explanation apart from the figures.
import { expect, expectNoAxeViolations } from "../helpers.mjs";
import { SEED } from "../seed.mjs";
import { addressOf, loadTemplate, openWorkbench, pane, typeCell } from "../workbench.mjs";

const T = { year: "Năm", period: "Kỳ báo cáo", load: "Tạo trang tính", loaded: "Đã tạo trang tính" };

export const tests = [
  {
    name: "the finding clicked is shown selected (its own background), the others not; the arrow keys the hint names move on",
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
        // The selected background may still be fading in (Fluent animates it): give it a moment
        // to settle before reading it; the assertion below still fails if it never stands out.
        await page.waitForFunction(() => {
          const b = [...document.querySelectorAll("#pane button[data-select-id]")].slice(0, 3).map((e) => getComputedStyle(e).backgroundColor);
          return b[1] !== b[0] && b[1] !== b[2];
        }, null, { timeout: 10000 }).catch(() => undefined);
        const backgrounds = await items.evaluateAll((els) => els.slice(0, 3).map((e) => getComputedStyle(e).backgroundColor));
        expect(backgrounds[1] !== backgrounds[0] && backgrounds[1] !== backgrounds[2], `the clicked finding stands out: ${backgrounds.join(" | ")}`);
        // The keys the hint names move between findings.
        await p.getByText("Phím ↑ ↓ chuyển giữa các phát hiện", { exact: false }).waitFor({ timeout: 5000 });
        await page.keyboard.press("ArrowDown");
        const focusedId = await page.evaluate(() => document.activeElement?.getAttribute("data-select-id"));
        expect(focusedId === (await items.nth(2).getAttribute("data-select-id")), `↓ moves to the next finding: ${focusedId}`);
      } finally {
        await page.close();
      }
    },
  },
  {
    name: "the review card: an explanation (or its absence) reads as plain text, set apart from the bold figures",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        await page.evaluate(() => localStorage.setItem("chitieu.reviewer.v1", JSON.stringify({ name: "Nguyễn Thị Lan", role: "Trưởng phòng" })));
        await loadTemplate(page, T);
        const p = pane(page);
        await p.getByRole("tab", { name: "Duyệt" }).click();
        const explanation = p.getByTestId("review-explanation");
        await explanation.waitFor({ timeout: 20000 });
        const weight = await explanation.evaluate((e) => getComputedStyle(e).fontWeight);
        expect(weight === "400", `the explanation is in regular weight: ${weight}`);
      } finally {
        await page.evaluate(() => localStorage.clear()).catch(() => undefined);
        await page.close();
      }
    },
  },
  {
    name: "by keyboard, a button that opens the next step puts the focus on that step's heading, and Tab goes on from there",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        await loadTemplate(page, T);
        const p = pane(page);
        const focused = () => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`);
        // The success message's own "Kiểm tra" button, not the step tab
        await p.getByRole("button", { name: "Kiểm tra", exact: true }).last().focus();
        await page.keyboard.press("Enter");
        await p.getByTestId("check-summary").waitFor({ timeout: 20000 });
        await page.waitForFunction(() => document.activeElement?.tagName === "H2", null, { timeout: 5000 }).catch(() => undefined);
        const onCheck = await focused();
        expect(onCheck === "H2 Kiểm tra số liệu", `focus on the Check step's heading: ${onCheck}`);
        await page.keyboard.press("Tab");
        const next = await focused();
        expect(next === "BUTTON Kiểm tra", `Tab goes on to the step's first control: ${next}`);
        await p.getByRole("button", { name: "Duyệt các ô" }).focus();
        await page.keyboard.press("Enter");
        await page.waitForFunction(() => document.activeElement?.tagName === "H2", null, { timeout: 5000 }).catch(() => undefined);
        const onReview = await focused();
        expect(onReview === "H2 Duyệt các ô được đánh dấu", `focus on the Review step's heading: ${onReview}`);
        await expectNoAxeViolations(page, ctx, "a step heading with the focus", "#pane");
      } finally {
        await page.close();
      }
    },
  },
  {
    name: "the last cell reviewed: the Review step says so and offers the Export step",
    async run(ctx) {
      // An English regional format, where "87,5" stays text (in vi-VN it is the number 87.5).
      const page = await openWorkbench(ctx, "?locale=en-US");
      try {
        await page.evaluate(() => localStorage.setItem("chitieu.reviewer.v1", JSON.stringify({ name: "Nguyễn Thị Lan", role: "Trưởng phòng" })));
        await loadTemplate(page, T);
        for (const [code, role, text] of SEED) await typeCell(page, await addressOf(page, code, role), text);
        // One figure typed the Vietnamese way into an English-format Excel, so stored as text: one cell to review.
        await typeCell(page, await addressOf(page, "B.2", "actual"), "87,5");
        const p = pane(page);
        await p.getByRole("tab", { name: "Duyệt" }).click();
        await p.getByTestId("review-card").waitFor({ timeout: 20000 });
        const total = Number((await p.getByTestId("review-position").innerText()).match(/(\d+)\D*$/)[1]);
        const done = p.getByText(`Đã duyệt xong cả ${total} ô`, { exact: false });
        for (let i = 0; i < total; i++) {
          expect(!(await done.isVisible()), `not done before the last cell (${i}/${total})`);
          await p.getByRole("button", { name: "Chấp nhận" }).click();
          await p.getByText(`${i + 1}/${total} ô đã duyệt`).waitFor({ timeout: 10000 });
        }
        await done.waitFor({ timeout: 5000 });
        await expectNoAxeViolations(page, ctx, "review done", "#pane");
        await p.getByRole("button", { name: "Xuất", exact: true }).last().click();
        await p.getByRole("heading", { level: 2, name: "Xuất báo cáo tổng hợp" }).waitFor({ timeout: 10000 });
      } finally {
        await page.evaluate(() => localStorage.clear()).catch(() => undefined);
        await page.close();
      }
    },
  },
];
