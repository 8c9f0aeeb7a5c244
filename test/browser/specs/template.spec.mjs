// The Template step's guarded paths: a template file with mistakes is refused field by field,
// and loading over an existing sheet asks first and keeps what was typed.
import { writeFileSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, expectNoAxeViolations, paneShots } from "../helpers.mjs";
import { PERIOD } from "../seed.mjs";
import { addressOf, loadTemplate, openWorkbench, pane, typeCell } from "../workbench.mjs";

const BUILTIN = fileURLToPath(new URL("../../../src/core/templates/stttt-quarterly.json", import.meta.url));
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
