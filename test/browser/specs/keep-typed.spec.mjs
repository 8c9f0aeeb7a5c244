// Nothing a user typed is lost by looking at another step or switching the language: a clerk
// fills the period and the report details, peeks at Check, comes back, and finds them there.
import { expect, expectEqual } from "../helpers.mjs";
import { loadTemplate, openWorkbench, pane } from "../workbench.mjs";

const T = { year: "Năm", period: "Kỳ báo cáo", load: "Tạo trang tính", loaded: "Đã tạo trang tính" };

export const tests = [
  {
    name: "the period, the report details and a template's year survive a visit to another step and a language switch",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        const p = pane(page);
        await p.getByRole("spinbutton", { name: "Năm" }).fill("2020");
        await p.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption("Q2");
        await p.getByRole("button", { name: "Sửa" }).click();
        await p.getByRole("textbox", { name: "Số/ký hiệu" }).fill("15/BC-STTTT");
        await p.getByRole("textbox", { name: "Người ký", exact: true }).fill("Nguyễn Văn Bình");
        // Not yet created: only looked at the next step.
        await p.getByRole("tab", { name: "Kiểm tra" }).click();
        await p.getByRole("heading", { level: 2, name: "Kiểm tra số liệu" }).waitFor({ timeout: 5000 });
        await p.getByRole("tab", { name: "Mẫu" }).click();
        await p.getByRole("spinbutton", { name: "Năm" }).waitFor({ timeout: 5000 });
        expectEqual(await p.getByRole("spinbutton", { name: "Năm" }).inputValue(), "2020", "the year typed, after a visit to Check");
        expectEqual(await p.getByRole("combobox", { name: "Kỳ báo cáo" }).inputValue(), "Q2", "the period chosen, after a visit to Check");
        const line = await p.getByTestId("details-line").innerText();
        expect(line.includes("15/BC-STTTT") && line.includes("Nguyễn Văn Bình"), `the report details typed, after a visit to Check: ${line}`);
        await p.getByRole("button", { name: "English" }).click();
        await p.getByRole("spinbutton", { name: "Year" }).waitFor({ timeout: 5000 });
        expectEqual(await p.getByRole("spinbutton", { name: "Year" }).inputValue(), "2020", "the year typed, after switching to English");
        expect((await p.getByTestId("details-line").innerText()).includes("15/BC-STTTT"), "the report details, after switching to English");
      } finally {
        await page.evaluate(() => localStorage.removeItem("chitieu.lang.v1")).catch(() => undefined);
        await page.close();
      }
    },
  },
  {
    name: "a review comment typed and not yet saved stays with its cell through the next cell and a visit to another step",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        await page.evaluate(() => localStorage.setItem("chitieu.reviewer.v1", JSON.stringify({ name: "Nguyễn Thị Lan", role: "Trưởng phòng" })));
        const p = pane(page);
        await loadTemplate(page, T);
        // An empty sheet: every required figure missing is a finding to review.
        await p.getByRole("tab", { name: "Duyệt" }).click();
        const card = p.getByTestId("review-card");
        await card.waitFor({ timeout: 20000 });
        const first = await card.getAttribute("data-cell");
        const comment = p.getByRole("textbox", { name: "Ý kiến" });
        await comment.fill("Đề nghị bổ sung số liệu");
        await p.getByRole("button", { name: "Ô sau" }).click();
        await page.waitForFunction((c) => document.querySelector("#pane [data-testid=review-card]")?.getAttribute("data-cell") !== c, first);
        expectEqual(await comment.inputValue(), "", "the next cell's comment box starts empty");
        await p.getByRole("button", { name: "Ô trước" }).click();
        expectEqual(await comment.inputValue(), "Đề nghị bổ sung số liệu", "back on the first cell, its comment is still there");
        await p.getByRole("tab", { name: "Kiểm tra" }).click();
        await p.getByRole("heading", { level: 2, name: "Kiểm tra số liệu" }).waitFor({ timeout: 5000 });
        await p.getByRole("tab", { name: "Duyệt" }).click();
        await card.waitFor({ timeout: 20000 });
        expectEqual(await card.getAttribute("data-cell"), first, "back from Check, the walk is on the same cell");
        expectEqual(await comment.inputValue(), "Đề nghị bổ sung số liệu", "back from Check, the comment is still there");
      } finally {
        await page.evaluate(() => localStorage.clear()).catch(() => undefined);
        await page.close();
      }
    },
  },
  {
    name: "scrolling the pane with the mouse over the year just typed scrolls, and leaves the year alone",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        const year = pane(page).getByRole("spinbutton", { name: "Năm" });
        await year.fill("2020");
        await year.hover();
        await page.mouse.wheel(0, 300);
        // The wheel's default action has run once two frames have been drawn.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        expectEqual(await year.inputValue(), "2020", "the year after a turn of the mouse wheel");
      } finally {
        await page.close();
      }
    },
  },
  {
    name: "the period proposed and loaded stays chosen when the user comes back to the Template step (a rebuild stays on that sheet)",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        const p = pane(page);
        const chosen = async () => [await p.getByRole("spinbutton", { name: "Năm" }).inputValue(), await p.getByRole("combobox", { name: "Kỳ báo cáo" }).inputValue()];
        const proposed = await chosen();
        await p.getByRole("button", { name: T.load, exact: true }).click();
        await p.getByText(T.loaded).waitFor({ timeout: 20000 });
        await p.getByRole("tab", { name: "Kiểm tra" }).click();
        await p.getByRole("heading", { level: 2, name: "Kiểm tra số liệu" }).waitFor({ timeout: 5000 });
        await p.getByRole("tab", { name: "Mẫu" }).click();
        await p.getByRole("button", { name: /^Dùng / }).first().waitFor({ timeout: 10000 });
        expectEqual(await chosen(), proposed, "the year and period after coming back");
      } finally {
        await page.close();
      }
    },
  },
];
