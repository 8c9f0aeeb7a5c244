// Template authoring on the workbench, as a department adopting the add-in would do it: a
// workbook holding its own table (the national 12 targets of 2019, from the fixture
// test/fixtures/real-tables/national-12-targets-2019.json: Báo Quân đội nhân dân after Nghị quyết
// 121/NQ-CP), "Tạo mẫu" reads it, one guess is corrected, the template is saved in the workbook,
// the sheet is built, figures typed, checked, the summary exported; the department's table is
// byte-for-byte what it was (every cell's value and format), and after saving and reopening the
// file checks without any template file.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, expectEqual, expectNoAxeViolations, paneShots } from "../helpers.mjs";
import { addressOf, openWorkbench, pane, saveAndReopen, typeCell } from "../workbench.mjs";

const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");
const FIXTURE = fileURLToPath(new URL("../../fixtures/real-tables/national-12-targets-2019.json", import.meta.url));
const TABLE_SHEET = "12 chỉ tiêu";
const REPORT_SHEET = "Năm-2019";

/** The fixture as the department's workbook: a title, the header in bold on a fill, its rows as published. */
async function departmentWorkbook() {
  const table = JSON.parse(readFileSync(FIXTURE, "utf8"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(TABLE_SHEET);
  ws.getCell("A1").value = table.source.title;
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.mergeCells("A1:F1");
  table.header[0].forEach((text, c) => {
    const cell = ws.getCell(3, c + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { bottom: { style: "thin" } };
  });
  table.rows.forEach((row, r) => row.cells.forEach((text, c) => {
    if (text !== "") ws.getCell(4 + r, c + 1).value = text;
  }));
  ws.getColumn(2).width = 60;
  const bytes = await wb.xlsx.writeBuffer();
  return { base64: Buffer.from(bytes).toString("base64"), table };
}

/** Every cell of the table's sheet as the host holds it: value, number format and style; merges and widths. */
const tableState = (page) => page.evaluate((name) => {
  const ws = window.workbench.host.workbook.getWorksheet(name);
  const cells = [];
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
    const entry = [cell.address, JSON.stringify(cell.value), cell.numFmt ?? null, JSON.stringify(cell.style ?? {})];
    // An empty cell without any format is no cell at all in the file (reading a range makes the
    // stand-in host's workbook hold such cells; Excel saves nothing for them).
    if (entry[1] !== "null" || entry[2] !== null || entry[3] !== "{}") cells.push(entry);
  }));
  return { cells, merges: Object.keys(ws._merges ?? {}).sort(), widths: [1, 2, 3, 4, 5, 6].map((c) => ws.getColumn(c).width ?? null), state: ws.state };
}, TABLE_SHEET);

/** The report sheet's address of a code's input: the column is the layout's, the row where the code is. */
async function reportCell(page, code, role) {
  const column = (await addressOf(page, "A.1", role)).replace(/\d+$/, "");
  const row = await page.evaluate(([sheet, c]) => {
    const ws = window.workbench.host.workbook.getWorksheet(sheet);
    let found = null;
    ws.eachRow((r, n) => r.eachCell((cell) => { if (found === null && cell.value === c) found = n; }));
    return found;
  }, [REPORT_SHEET, code]);
  if (row === null) throw new Error(`no row for ${code} in ${REPORT_SHEET}`);
  return `${column}${row}`;
}

export const tests = [
  {
    name: "a department's own table (national 12 targets 2019) becomes a template: one guess corrected, sheet built, figures checked, summary exported, the table untouched",
    async run(ctx) {
      let page = await openWorkbench(ctx);
      const { base64 } = await departmentWorkbook();
      await page.evaluate((b64) => window.workbench.reopenWith(b64), base64);
      await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30000 });
      const p = () => pane(page);
      try {
        const before = await tableState(page);
        expect(before.cells.length > 80, `the table's cells were read (${before.cells.length})`);

        // Make the template from the table
        await p().getByRole("tab", { name: "Từ bảng" }).click();
        await p().getByRole("button", { name: "Đọc bảng" }).click();
        const source = p().getByTestId("authoring-source");
        await source.waitFor({ timeout: 20000 });
        const sourceText = await source.innerText();
        expect(sourceText.includes(`Bảng “${TABLE_SHEET}”`) && sourceText.includes("dòng tiêu đề 3: 14 chỉ tiêu"), `the table is found from its header row: ${sourceText}`);
        expect(sourceText.includes("Chưa có gì được lưu"), "the pane says nothing is saved yet");
        await expectNoAxeViolations(page, ctx, "authoring proposal", "#pane");
        // The guess for row 9 ("Mức giảm tỷ lệ hộ nghèo", in điểm): a level; the person makes it a rate.
        const item = p().locator('details[data-code="A.6"]');
        await item.locator("summary").click();
        const summary = await item.locator("summary").innerText();
        expect(summary.includes("dòng 9") && summary.includes("Mức cuối kỳ"), `A.6 shows the row it came from and the guess: ${summary}`);
        const kind = item.getByRole("combobox", { name: "Loại" });
        await kind.selectOption("rate");
        await item.locator("summary").getByText("Tỷ lệ").first().waitFor({ timeout: 5000 });
        // The CPI row's direction came from its name, and the pane says so under the field.
        const cpi = p().locator('details[data-code="A.2"]');
        await cpi.locator("summary").click();
        expect((await cpi.innerText()).includes("tên chỉ điều cần giảm"), "the reason of A.2's direction is shown");
        await p().getByRole("textbox", { name: "Cơ quan chủ quản" }).fill("CHÍNH PHỦ");
        await p().getByRole("textbox", { name: "Cơ quan báo cáo" }).fill("BỘ KẾ HOẠCH VÀ ĐẦU TƯ");
        await p().getByRole("textbox", { name: "Địa danh" }).fill("Hà Nội");
        await paneShots(page, ctx, "authoring-proposal");
        const untouched = await page.evaluate(() => window.workbench.host.workbook.worksheets.map((w) => w.name));
        expectEqual(untouched, [TABLE_SHEET], "nothing is written before the user saves");

        await p().getByRole("button", { name: "Lưu mẫu vào sổ" }).click();
        await p().getByText("Đã lưu mẫu").waitFor({ timeout: 20000 });
        const stored = await page.evaluate(() => window.workbench.host.workbook.worksheets.map((w) => [w.name, w.state]));
        expectEqual(stored, [[TABLE_SHEET, "visible"], ["_ChiTieuTemplates", "veryHidden"]], "the template is stored in a very hidden sheet");
        // "Lưu mẫu ra tệp": Excel on the desktop refuses downloads (as the workbench's host, a PC),
        // so the file's text is shown to copy; that text is the template file the CLI reads, and
        // the Template step opens it again.
        await p().getByRole("button", { name: "Lưu mẫu ra tệp" }).click();
        const text = await p().getByRole("textbox", { name: "Nội dung tệp mẫu (JSON)" }).inputValue();
        const file = JSON.parse(text);
        expectEqual([file.id, file.version, file.sections[0].indicators.length], ["ket-qua-thuc-hien-12-chi-tieu-kinh", "1.0.0", 14], "the exported template file");
        expectEqual(file.sections[0].indicators.find((i) => i.code === "A.6").kind, "rate", "the corrected guess is in the file");
        const path = join(mkdtempSync(join(tmpdir(), "chitieu-authoring-")), `${file.id}.json`);
        writeFileSync(path, text);
        await p().getByRole("button", { name: "Tạo trang tính" }).click();
        await p().getByTestId("template-file").setInputFiles(path);
        await p().getByText(`${file.id}.json`).first().waitFor({ timeout: 10000 });

        // Build the sheet as today, from the template just made
        const title = await p().getByTestId("template-title").innerText();
        expect(title.includes("ket-qua-thuc-hien-12-chi-tieu"), `the Template step uses the new template: ${title}`);
        await p().getByRole("spinbutton", { name: "Năm" }).fill("2019");
        await p().getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption("Y");
        await p().getByRole("button", { name: "Tạo trang tính", exact: true }).click();
        await p().getByText("Đã tạo trang tính").waitFor({ timeout: 30000 });
        // The table's plans came with it, as written ("6,6-6,8", "Khoảng 4").
        const plan = await page.evaluate(([s, a]) => window.workbench.host.workbook.getWorksheet(s).getCell(a).value, [REPORT_SHEET, await reportCell(page, "A.1", "plan")]);
        expectEqual(plan, "6,6-6,8", "A.1's plan is the table's");

        // Type the year's results as the source gives them, and check
        const tab = page.locator("#bench [role=tab]", { hasText: REPORT_SHEET });
        await tab.click();
        for (const [code, text] of [["A.1", "7,02"], ["A.2", "2,79"], ["A.7", "3,1"], ["A.9", "27,5"], ["A.10", "89,3"], ["A.12", "41,85"]]) {
          await typeCell(page, await reportCell(page, code, "actual"), text);
        }
        await p().getByRole("tab", { name: "Kiểm tra" }).click();
        const checked = p().getByTestId("check-summary");
        await checked.waitFor({ timeout: 30000 });
        const findings = await checked.innerText();
        await expectNoAxeViolations(page, ctx, "check of the authored template", "#pane");

        // Export the summary
        await p().getByRole("tab", { name: "Xuất" }).click();
        const write = p().getByRole("button", { name: "Tạo trang Tổng hợp" });
        await write.waitFor({ timeout: 20000 });
        // Half the table's indicators have no figure yet: the export is refused with the list, and
        // goes ahead only when the user chooses to send it marked as unverified.
        await p().getByText("Chưa xuất được", { exact: false }).waitFor({ timeout: 20000 });
        await p().getByRole("checkbox", { name: /Vẫn xuất khi còn lỗi/ }).check();
        await page.waitForFunction(() => [...document.querySelectorAll("#pane button")].some((b) => b.textContent === "Tạo trang Tổng hợp" && !b.disabled), null, { timeout: 20000 });
        await write.click();
        await p().getByTestId("export-outcome").waitFor({ timeout: 30000 });
        const sheets = await page.evaluate(() => window.workbench.host.workbook.worksheets.map((w) => w.name));
        expect(sheets.includes("Tổng hợp") && sheets.includes(REPORT_SHEET), `the summary sheet exists: ${sheets.join(", ")}`);

        // The department's table: every cell's value and format as before
        const after = await tableState(page);
        expectEqual(after, before, "the original table after authoring, building, checking and exporting");

        // The file carries its template: reopened, the sheet checks with no template file
        page = await saveAndReopen(page, ctx);
        await p().getByRole("button", { name: new RegExp(REPORT_SHEET) }).click();
        const again = p().getByTestId("check-summary");
        await p().getByRole("tab", { name: "Kiểm tra" }).click();
        await again.waitFor({ timeout: 30000 });
        // The same check as before saving: the template came from the workbook, not from a file.
        expectEqual(await again.innerText(), findings, "the reopened sheet checks as before");
        // And the next report is made from that template, not the built-in one.
        await p().getByRole("tab", { name: "Mẫu" }).click();
        await p().getByText("ket-qua-thuc-hien-12-chi-tieu-kinh").first().waitFor({ timeout: 20000 });
      } finally {
        await page.close();
      }
    },
  },
  {
    name: "en, ExcelApi 1.7: the same table read in English: the proposal at 320 px passes axe, a problem-free table says nothing is saved yet",
    async run(ctx) {
      const page = await openWorkbench(ctx, "?lang=en&level=1.7");
      const { base64 } = await departmentWorkbook();
      await page.evaluate((b64) => window.workbench.reopenWith(b64), base64);
      await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30000 });
      const p = pane(page);
      try {
        await p.getByRole("tab", { name: "Table", exact: true }).click();
        await p.getByRole("button", { name: "Read table" }).click();
        const source = p.getByTestId("authoring-source");
        await source.waitFor({ timeout: 20000 });
        const text = await source.innerText();
        expect(text.includes("header on row 3: 14 indicators") && text.includes("Nothing is saved"), `the English proposal line: ${text}`);
        const item = p.locator('details[data-code="A.2"]');
        await item.locator("summary").click();
        expect((await item.innerText()).includes("the name is something to reduce"), "A.2's reason in English");
        await page.evaluate(() => window.workbench.setPaneWidth(320));
        await expectNoAxeViolations(page, ctx, "en authoring proposal at 320 px", "#pane");
        await paneShots(page, ctx, "en-authoring-proposal", [320]);
        const sheets = await page.evaluate(() => window.workbench.host.workbook.worksheets.map((w) => w.name));
        expectEqual(sheets, [TABLE_SHEET], "reading the table adds nothing to the workbook");
      } finally {
        await page.close();
      }
    },
  },
];
