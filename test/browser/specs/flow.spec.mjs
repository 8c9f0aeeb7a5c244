// The whole flow on the workbench, as staff and reviewers would do it: load the template, type
// the seed's figures and planted errors into the grid, check, go to a finding's cell, review
// three cells, save the workbook, reopen it from the saved bytes and see the marks. Once in
// Vietnamese (Office vi-VN) and once in English (?lang=en).
import { expect, expectEqual, expectNoAxeViolations, paneShots } from "../helpers.mjs";
import { PERIOD, PLANTED, SEED } from "../seed.mjs";
import { addressOf, loadTemplate, openWorkbench, pane, typeCell, saveAndReopen } from "../workbench.mjs";

const TEXT = {
  vi: {
    // A Vietnamese Office whose regional format is English: "920.000" (PLANTED) is read as 920.
    query: "?level=1.7&locale=en-US", year: "Năm", period: "Kỳ báo cáo", load: "Tạo trang tính", loaded: "Đã tạo trang tính",
    window: "Số liệu từ 16/12/2019 đến 15/3/2020", check: "Kiểm tra", run: "Kiểm tra", review: "Duyệt",
    name: "Họ và tên", role: "Chức vụ", start: "Bắt đầu duyệt", accept: "Chấp nhận", seen: "Đã xem", request: "Yêu cầu sửa", commentNeeded: "Ghi rõ cần sửa gì vào ô Ý kiến",
    comment: "Ý kiến", progress: (n, m) => `${n}/${m} ô đã duyệt`, template: "Mẫu", export: "Xuất", severity: { error: "Lỗi", shortfall: "Chưa đạt", errors: "Lỗi" }, filter: "Lọc theo mức độ", all: "Tất cả",
    reviewer: { name: "Nguyễn Thị Lan", role: "Trưởng phòng" }, editDetails: "Sửa", stale: "Số liệu đã thay đổi sau khi duyệt", number: "Số/ký hiệu", signer: "Người ký", date: "Ngày báo cáo", dateShown: "05/01/2020", dateRead: "Tức là ngày 5 tháng 1 năm 2020.",
  },
  en: {
    query: "?lang=en", year: "Year", period: "Reporting period", load: "Create sheet", loaded: "created",
    window: "Figures from 16 December 2019 to 15 March 2020", check: "Check", run: "Check", review: "Review",
    name: "Full name", role: "Role", start: "Start reviewing", accept: "Accept", seen: "Seen", request: "Request changes", commentNeeded: "Say what to fix in the Comment box",
    comment: "Comment", progress: (n, m) => `${n}/${m} cells reviewed`, template: "Template", export: "Export", severity: { error: "Error", shortfall: "Shortfall", errors: "Errors" }, filter: "Filter by severity", all: "All",
    reviewer: { name: "Jane Reviewer", role: "Head of unit" }, editDetails: "Edit", stale: "The figure changed after it was reviewed", number: "Number/symbol", signer: "Signer", date: "Report date", dateShown: "5 January 2020", dateRead: "That is 5 January 2020.",
  },
};

async function flow(ctx, lang) {
  const t = TEXT[lang];
  let page = await openWorkbench(ctx, t.query);
  // A computer where nobody has reviewed yet: the pane asks who reviews.
  await page.evaluate(() => localStorage.clear());
  const p = () => pane(page);
  const shot = (name) => paneShots(page, ctx, `${lang}-${name}`);
  try {
    // Template
    await p().getByRole("spinbutton", { name: t.year }).fill(PERIOD.year);
    await p().getByRole("combobox", { name: t.period }).selectOption(PERIOD.kind);
    await p().getByText(t.window).waitFor({ timeout: 5000 });
    await expectNoAxeViolations(page, ctx, `${lang} template step`, "#pane");
    // Report details: filled once, remembered in the workbook (checked after reopening)
    await p().getByRole("button", { name: t.editDetails }).click();
    await p().getByRole("textbox", { name: t.number }).fill("15/BC-STTTT");
    await p().getByRole("textbox", { name: t.signer, exact: true }).fill(lang === "vi" ? "Nguyễn Văn Bình" : "Nguyen Van Binh");
    // Typed day first, as staff write it: 5/1/2020 is 5 January.
    await p().getByRole("textbox", { name: t.date }).fill("5/1/2020");
    await p().getByText(t.dateRead).waitFor({ timeout: 5000 });
    await expectNoAxeViolations(page, ctx, `${lang} report details`, "#pane");
    await shot("1-template");
    await loadTemplate(page, t);
    await expectNoAxeViolations(page, ctx, `${lang} template step after load`, "#pane");

    // Typing, as a user, into the grid
    for (const [code, role, text] of SEED) await typeCell(page, await addressOf(page, code, role), text);
    for (const e of PLANTED) await typeCell(page, await addressOf(page, e.code, e.role), e.text);

    // Check. In English the pane is driven by the keyboard where a user could: arrow keys
    // between the steps, Enter on a finding, Alt+arrows through the review.
    const keyboard = lang === "en";
    if (keyboard) {
      await p().getByRole("tab", { name: t.template }).focus();
      await page.keyboard.press("ArrowRight");
    } else {
      await p().getByRole("tab", { name: t.check }).click();
    }
    const list = p().getByRole("group", { name: lang === "vi" ? "Các phát hiện" : "Findings" });
    await list.waitFor({ timeout: 20000 });
    const cells = await list.locator("[data-cell]").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
    for (const e of PLANTED) {
      const address = `'${PERIOD.sheet}'!${await addressOf(page, e.code, e.role)}`;
      const c2 = `'${PERIOD.sheet}'!${await addressOf(page, "C.2", "actual")}`;
      // The sum rule may point at the total rather than the part that broke it.
      const wanted = e.code === "C.2.4" ? [address, c2] : [address];
      expect(cells.some((c) => wanted.includes(c)), `a finding on ${e.code} (${wanted.join(" or ")}); findings on: ${cells.join(", ")}`);
      if (e.severity !== null) {
        const item = list.locator(`[data-cell="${address}"]`).first();
        const text = await item.innerText();
        expect(text.includes(t.severity[e.severity]), `${e.code} is shown as ${t.severity[e.severity]}: ${text}`);
      }
    }
    const correct = ["A.2", "B.1", "C.1"];
    for (const code of correct) {
      const address = `'${PERIOD.sheet}'!${await addressOf(page, code, "actual")}`;
      expect(!cells.includes(address), `no finding on ${code}, whose figure is right (${address})`);
    }
    await expectNoAxeViolations(page, ctx, `${lang} check step`, "#pane");
    await shot("2-check");

    // Filter by severity: only the errors remain listed, then all again
    const filters = p().getByRole("group", { name: t.filter });
    await filters.getByRole("button", { name: new RegExp(`^${t.severity.errors} \\(`) }).click();
    const shown = await list.locator("[data-cell]").allInnerTexts();
    expect(shown.length > 0 && shown.every((x) => x.startsWith(t.severity.error)), `only errors after filtering: ${JSON.stringify(shown)}`);
    expect(shown.length < cells.length, "the filter hides the other findings");
    await filters.getByRole("button", { name: new RegExp(`^${t.all} \\(`) }).click();
    await page.waitForFunction(([n]) => document.querySelectorAll("#pane [data-select-id]").length === n, [cells.length]);

    // Clicking a finding selects its cell in Excel
    const b2 = `'${PERIOD.sheet}'!${await addressOf(page, "B.2", "actual")}`;
    if (keyboard) {
      await list.locator(`[data-cell="${b2}"]`).first().focus();
      await page.keyboard.press("Enter");
    } else {
      await list.locator(`[data-cell="${b2}"]`).first().click();
    }
    await page.waitForFunction((want) => window.workbench.host.user.selection() === want.replace(/^'(.*)'!/, "$1!"), b2, { timeout: 5000 });

    // Live: fixing B.2 in the grid removes its finding without pressing Check
    await typeCell(page, await addressOf(page, "B.2", "actual"), "87");
    await list.locator(`[data-cell="${b2}"]`).waitFor({ state: "detached", timeout: 10000 });

    // Review three cells
    await p().getByRole("tab", { name: t.review }).click();
    await p().getByRole("textbox", { name: t.name }).fill(t.reviewer.name);
    await p().getByRole("textbox", { name: t.role }).fill(t.reviewer.role);
    await p().getByRole("button", { name: t.start }).click();
    const card = p().getByTestId("review-card");
    await card.waitFor({ timeout: 10000 });
    await expectNoAxeViolations(page, ctx, `${lang} review step`, "#pane");
    const total = Number((await p().getByTestId("review-position").innerText()).match(/(\d+)\D*$/)[1]);
    const reviewed = [];
    reviewed.push(await card.getAttribute("data-cell"));
    await p().getByRole("textbox", { name: t.comment }).fill(lang === "vi" ? "Số liệu ước tính, đã xác nhận" : "Estimate, confirmed");
    await p().getByRole("button", { name: t.accept }).click();
    await p().getByText(t.progress(1, total)).waitFor({ timeout: 10000 });
    reviewed.push(await card.getAttribute("data-cell"));
    await p().getByRole("button", { name: t.seen }).click();
    await p().getByText(t.progress(2, total)).waitFor({ timeout: 10000 });
    reviewed.push(await card.getAttribute("data-cell"));
    // The third by keyboard: Alt+3 is "request changes", which needs a comment saying what to fix
    await page.keyboard.press("Alt+3");
    await p().getByText(t.commentNeeded).waitFor({ timeout: 5000 });
    await p().getByRole("textbox", { name: t.comment }).fill(lang === "vi" ? "Tổng chưa khớp thành phần" : "Total does not match its parts");
    await page.keyboard.press("Alt+3");
    await p().getByText(t.progress(3, total)).waitFor({ timeout: 10000 });
    expectEqual(new Set(reviewed).size, 3, "three different cells reviewed");
    // Staff change a reviewed figure that stays wrong (C.2 no longer matching its parts either
    // way): its mark turns stale, live, and no longer counts as reviewed.
    const c2 = `'${PERIOD.sheet}'!${await addressOf(page, "C.2", "actual")}`;
    expect(reviewed.includes(c2), `C.2's cell is among the three reviewed (${reviewed.join(", ")})`);
    await typeCell(page, await addressOf(page, "C.2", "actual"), "29");
    await p().getByText(t.progress(2, total)).waitFor({ timeout: 10000 });
    const previous = p().getByRole("button", { name: lang === "vi" ? "Ô trước" : "Previous cell" });
    for (let i = 0; i < total && (await card.getAttribute("data-cell")) !== c2; i++) {
      if (keyboard) await page.keyboard.press("Alt+ArrowLeft");
      else await previous.click();
    }
    await p().getByText(t.stale).waitFor({ timeout: 5000 });
    await shot("3-review");
    // Reviewed again on the new figure
    await p().getByRole("button", { name: t.accept }).click();
    await p().getByText(t.progress(3, total)).waitFor({ timeout: 10000 });

    // The Export step's screen passes axe too
    await p().getByRole("tab", { name: t.export }).click();
    await p().getByRole("heading", { level: 2 }).waitFor({ timeout: 10000 });
    await page.waitForTimeout(500); // its preview loads asynchronously (no assertion depends on the wait)
    await expectNoAxeViolations(page, ctx, `${lang} export step`, "#pane");
    await shot("5-export");

    // Save, reopen from the saved bytes: the marks are there for the next reviewer
    page = await saveAndReopen(page, ctx, t.query);
    await p().getByRole("button", { name: new RegExp(PERIOD.sheet) }).click();
    await p().getByRole("tab", { name: t.review }).click();
    await p().getByTestId("review-card").waitFor({ timeout: 20000 });
    await p().getByText(t.progress(3, total)).waitFor({ timeout: 10000 });
    const details = await p().getByRole("tab", { name: t.template }).click().then(() => p().getByTestId("details-line").innerText());
    expect(details.includes("15/BC-STTTT"), `the report details are remembered in the workbook: ${details}`);
    expect(details.includes(t.dateShown), `the report date typed 5/1/2020 comes back as 5 January: ${details}`);
    await p().getByRole("tab", { name: t.review }).click();
    // The walk resumes on the cell still to review; the marked ones are one step back.
    const mark = p().getByTestId("review-mark");
    expect(!(await mark.isVisible()), `the reopened walk starts on a cell nobody has reviewed (it opened on ${await p().getByTestId("review-card").getAttribute("data-cell")}, ${await p().getByTestId("review-position").innerText()}, reviewed: ${reviewed.join(", ")})`);
    await p().getByRole("button", { name: lang === "vi" ? "Ô trước" : "Previous cell" }).click();
    await mark.waitFor({ timeout: 5000 });
    expect((await mark.innerText()).includes(t.reviewer.name), "the mark names its reviewer after reopening");
    await shot("4-reopened");
  } finally {
    await page.close();
  }
}

export const tests = [
  { name: "vi, ExcelApi 1.7: load, type the seed with planted errors, check, select, live, review three, stale, save, reopen", run: (ctx) => flow(ctx, "vi") },
  { name: "en, newest ExcelApi: the same flow in English, by keyboard where a user could", run: (ctx) => flow(ctx, "en") },
];
