// The Template step's guarded paths: a template file with mistakes is refused field by field,
// and loading over an existing sheet asks first and keeps what was typed.
import { writeFileSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, expectNoAxeViolations, paneShots } from "../helpers.mjs";
import { PERIOD } from "../seed.mjs";
import { addressOf, loadTemplate, openWorkbench, pane, typeCell, saveAndReopen } from "../workbench.mjs";

const BUILTIN = fileURLToPath(new URL("../../../src/core/template/builtin/stttt-quarterly.json", import.meta.url));
const T = { year: "Năm", period: "Kỳ báo cáo", load: "Tạo trang tính", loaded: "Đã tạo trang tính" };

export const tests = [
  {
    name: "a template file with mistakes lists each wrong field, and nothing can be loaded from it",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        const json = JSON.parse(readFileSync(BUILTIN, "utf8"));
        json.sections[0].indicators[0].kind = "stok";
        delete json.sections[1].indicators[0].unit;
        const file = join(mkdtempSync(join(tmpdir(), "chitieu-template-")), "mau-loi.json");
        writeFileSync(file, JSON.stringify(json, null, 2));
        await pane(page).getByTestId("template-file").setInputFiles(file);
        const errors = pane(page).getByTestId("template-errors");
        await errors.waitFor({ timeout: 5000 });
        const text = await errors.innerText();
        expect(text.includes("sections[0].indicators[0].kind") && text.includes("stock | flow | rate"), `the kind error names its field: ${text}`);
        expect(text.includes("sections[1].indicators[0].unit"), `the missing unit is named: ${text}`);
        expect(await pane(page).getByRole("button", { name: T.load, exact: true }).isDisabled(), "Load is disabled while the file is wrong");
        await expectNoAxeViolations(page, ctx, "template file errors", "#pane");
        // Back to the built-in template: Load is possible again.
        await pane(page).getByRole("button", { name: "Mẫu có sẵn" }).click();
        expect(!(await pane(page).getByRole("button", { name: T.load, exact: true }).isDisabled()), "Load is enabled with the built-in template");
      } finally {
        await page.close();
      }
    },
  },
  {
    name: "loading over an existing sheet asks first, and rebuilding keeps the figures typed",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      try {
        await loadTemplate(page, T);
        const a2 = await addressOf(page, "A.2", "actual");
        await typeCell(page, a2, "110000");
        await pane(page).getByRole("button", { name: T.load, exact: true }).click();
        const ask = pane(page).getByText(`Trang tính ${PERIOD.sheet} đã có.`);
        await ask.waitFor({ timeout: 10000 });
        await expectNoAxeViolations(page, ctx, "replace confirmation", "#pane");
        await pane(page).getByRole("button", { name: "Tạo lại" }).click();
        await pane(page).getByText(T.loaded).waitFor({ timeout: 20000 });
        const kept = await page.evaluate(([sheet, a]) => window.workbench.host.workbook.getWorksheet(sheet).getCell(a).value, [PERIOD.sheet, a2]);
        expect(kept === 110000, `A.2's figure survives the rebuild (found ${JSON.stringify(kept)})`);
      } finally {
        await page.close();
      }
    },
  },
];

tests.push({
  name: "a dark Office gets the dark pane, readable (axe, contrast included)",
  async run(ctx) {
    const page = await openWorkbench(ctx, "?theme=dark");
    try {
      // The dark theme is its own chunk: wait until the pane's background has turned dark.
      await page.waitForFunction(() => {
        const el = document.querySelector("#pane .fui-FluentProvider");
        const rgb = el ? getComputedStyle(el).backgroundColor.match(/\d+/g) : null;
        return rgb !== null && Number(rgb[0]) < 80;
      }, null, { timeout: 10000 });
      await expectNoAxeViolations(page, ctx, "the dark template step", "#pane");
      await paneShots(page, ctx, "vi-dark-1-template");
    } finally {
      await page.close();
    }
  },
});

tests.push({
  name: "the report date is typed day first (5/1/2020 is 5 January), shown dd/mm/yyyy; an impossible date says what to type",
  async run(ctx) {
    const page = await openWorkbench(ctx);
    try {
      const p = pane(page);
      await p.getByRole("button", { name: "Sửa" }).click();
      const date = p.getByRole("textbox", { name: "Ngày báo cáo" });
      await date.fill("31/02/2020");
      await date.press("Tab");
      const wrong = p.getByText("Không có ngày 31/02/2020.", { exact: false });
      await wrong.waitFor({ timeout: 5000 });
      expect((await wrong.innerText()).includes("ngày/tháng/năm, ví dụ 05/01/2020"), `the message says what to type: ${await wrong.innerText()}`);
      await expectNoAxeViolations(page, ctx, "an impossible report date", "#pane");
      await paneShots(page, ctx, "vi-1-template-date-error");
      await date.fill("5/1/2020");
      await date.press("Tab");
      expect((await date.inputValue()) === "05/01/2020", `the date typed is shown as dd/mm/yyyy: ${await date.inputValue()}`);
      expect(!(await wrong.isVisible()), "the message goes once the date is right");
      await p.getByText("Tức là ngày 5 tháng 1 năm 2020.").waitFor({ timeout: 5000 });
      await p.getByRole("button", { name: "Thu gọn" }).click();
      const line = await p.getByTestId("details-line").innerText();
      expect(line.includes("05/01/2020"), `5/1/2020 is read as 5 January, not May 1: ${line}`);
      await page.evaluate(() => window.workbench.setPaneWidth(360));
    } finally {
      await page.close();
    }
  },
});

tests.push({
  name: "the language chosen with the switch survives a reload of the pane",
  async run(ctx) {
    let page = await openWorkbench(ctx);
    try {
      await page.evaluate(() => localStorage.removeItem("chitieu.lang.v1"));
      await page.reload();
      await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30000 });
      // Office in Vietnamese: the pane starts in Vietnamese until someone switches.
      await pane(page).getByRole("spinbutton", { name: "Năm" }).waitFor({ timeout: 5000 });
      await pane(page).getByRole("button", { name: "English" }).click();
      await pane(page).getByRole("spinbutton", { name: "Year" }).waitFor({ timeout: 5000 });
      await page.reload();
      await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30000 });
      await pane(page).getByRole("spinbutton", { name: "Year" }).waitFor({ timeout: 5000 });
      expect(await pane(page).getByRole("button", { name: "Tiếng Việt" }).isVisible(), "after the reload the switch offers Vietnamese back");
      // And back: the latest choice is the one remembered.
      await pane(page).getByRole("button", { name: "Tiếng Việt" }).click();
      await page.close();
      page = await openWorkbench(ctx);
      await pane(page).getByRole("spinbutton", { name: "Năm" }).waitFor({ timeout: 5000 });
    } finally {
      // The other tests start from Office's language.
      await page.evaluate(() => localStorage.removeItem("chitieu.lang.v1")).catch(() => undefined);
      await page.close();
    }
  },
});

tests.push({
  name: "a sheet of the user's own with the period's name: the pane says to rename it at once, and never offers to rebuild it",
  async run(ctx) {
    const page = await openWorkbench(ctx);
    try {
      const mine = [["Số liệu của tôi", 1], [2, 3]];
      await page.evaluate(async (values) => {
        await window.Excel.run(async (c) => {
          c.workbook.worksheets.add("Quý I-2020").getRange("A1:B2").values = values;
          await c.sync();
        });
      }, mine);
      const p = pane(page);
      await p.getByRole("spinbutton", { name: T.year }).fill(PERIOD.year);
      await p.getByRole("combobox", { name: T.period }).selectOption(PERIOD.kind);
      await p.getByRole("button", { name: T.load, exact: true }).click();
      await p.getByText("không do Chỉ Tiêu tạo", { exact: false }).waitFor({ timeout: 10000 });
      expect(!(await p.getByRole("button", { name: "Tạo lại" }).isVisible()), "no offer to rebuild a sheet the add-in did not make");
      const kept = await page.evaluate(async () => window.Excel.run(async (c) => {
        const r = c.workbook.worksheets.getItem("Quý I-2020").getRange("A1:B2");
        r.load("values");
        await c.sync();
        return r.values;
      }));
      expect(JSON.stringify(kept) === JSON.stringify(mine), `the user's sheet is untouched: ${JSON.stringify(kept)}`);
      await expectNoAxeViolations(page, ctx, "a sheet name taken", "#pane");
    } finally {
      await page.close();
    }
  },
});

tests.push({
  name: "a cell still being typed in holds Excel: Load and Check say to press Enter, and go on once the user does",
  async run(ctx) {
    const page = await openWorkbench(ctx);
    try {
      const p = pane(page);
      const hint = p.getByText("Nếu bạn đang gõ dở trong một ô, hãy nhấn Enter", { exact: false });
      await page.evaluate(() => window.workbench.host.user.startEditing("Trang_tính1", "B2"));
      await p.getByRole("spinbutton", { name: T.year }).fill(PERIOD.year);
      await p.getByRole("combobox", { name: T.period }).selectOption(PERIOD.kind);
      await p.getByRole("button", { name: T.load, exact: true }).click();
      await hint.waitFor({ timeout: 10000 });
      await expectNoAxeViolations(page, ctx, "waiting for a cell being typed in", "#pane");
      await page.evaluate(() => window.workbench.host.user.finishEditing(5));
      await p.getByText(T.loaded).waitFor({ timeout: 20000 });
      expect(!(await hint.isVisible()), "the hint goes once Excel answers");
      // The same on Check
      await page.evaluate(() => window.workbench.host.user.startEditing("Trang_tính1", "B3"));
      await p.getByRole("tab", { name: "Kiểm tra" }).click();
      await hint.waitFor({ timeout: 10000 });
      await page.evaluate(() => window.workbench.host.user.finishEditing(6));
      await p.getByTestId("check-summary").waitFor({ timeout: 20000 });
      expect(!(await hint.isVisible()), "the hint goes once the check is done");
    } finally {
      await page.close();
    }
  },
});

tests.push({
  name: "a workbook holding Quý I-2020, opened again, proposes Quý II-2020 and carries Quý I into it",
  async run(ctx) {
    let page = await openWorkbench(ctx);
    try {
      await loadTemplate(page, T);
      page = await saveAndReopen(page, ctx);
      const p = pane(page);
      await p.getByText("Số liệu từ 16/3/2020 đến 15/6/2020").waitFor({ timeout: 10000 });
      expect((await p.getByRole("spinbutton", { name: T.year }).inputValue()) === "2020", "the year of the latest report");
      expect((await p.getByRole("combobox", { name: T.period }).inputValue()) === "Q2", "the quarter after the latest report");
      await p.getByRole("button", { name: T.load, exact: true }).click();
      await p.getByText("Đã mang sang kế hoạch và lũy kế từ Quý I-2020", { exact: false }).waitFor({ timeout: 20000 });
    } finally {
      await page.close();
    }
  },
});
