// The report's life on the workbench: a clerk submits (refused while an error remains, with the
// list), fixes, submits; the head of unit returns it with a reason; the clerk fixes and submits
// again with a note; the reviewer sees only that change and approves. The approved figures are
// locked; someone lifts the protection and changes one anyway: the pane shows it as changed after
// approval, also after the workbook is saved and reopened.
import { expect, expectEqual, expectNoAxeViolations, paneShots } from "../helpers.mjs";
import { PERIOD, SEED } from "../seed.mjs";
import { addressOf, loadTemplate, openWorkbench, pane, saveAndReopen, typeCell } from "../workbench.mjs";

const T = { year: "Năm", period: "Kỳ báo cáo", load: "Tạo trang tính", loaded: "Đã tạo trang tính" };
const REVIEWER = { name: "Nguyễn Thị Lan", role: "Trưởng phòng" };

/** Waits for the status line to reach a state and returns its text. */
async function stateIs(page, state) {
  const line = pane(page).getByTestId("report-status-line");
  await page.waitForFunction((s) => document.querySelector("#pane [data-testid=report-status-line]")?.getAttribute("data-state") === s, state, { timeout: 20000 });
  return line.innerText();
}

const TEXT = {
  vi: {
    query: "", template: T, review: "Duyệt", draft: "Đang nhập", note: "Ghi chú gửi kèm", submit: "Gửi duyệt", remaining: "còn 1 vấn đề",
    noteText: "Số liệu quý I", submitted: "Đã gửi", reasons: "Lý do trả lại", reason: "A.2 chưa khớp số liệu của VNPT", return: "Trả lại",
    fix: "Sửa theo số liệu VNPT", change: "110.000 → 112.000", approve: "Duyệt", approved: "Đã duyệt", changed: "Số liệu đã thay đổi sau khi duyệt",
  },
  en: {
    query: "?lang=en", template: { year: "Year", period: "Reporting period", load: "Create sheet", loaded: "created" }, review: "Review",
    draft: "Being filled in", note: "Note to the reviewer", submit: "Submit for approval", remaining: "1 problem(s) to resolve",
    noteText: "Q1 figures", submitted: "Submitted", reasons: "Reasons for returning", reason: "A.2 does not match VNPT's figures", return: "Return",
    fix: "Corrected from VNPT's figures", change: "110,000 → 112,000", approve: "Approve", approved: "Approved", changed: "Figures changed after approval",
  },
};

async function walk(ctx, lang) {
  const t = TEXT[lang];
  let page = await openWorkbench(ctx, t.query);
  const p = () => pane(page);
  try {
    await page.evaluate((r) => localStorage.setItem("chitieu.reviewer.v1", JSON.stringify(r)), REVIEWER);
    await loadTemplate(page, t.template);
    for (const [code, role, text] of SEED) await typeCell(page, await addressOf(page, code, role), text);
    // A slip: a rate of 870 %.
    const b2 = await addressOf(page, "B.2", "actual");
    await typeCell(page, b2, "870");

    await p().getByRole("tab", { name: t.review }).click();
    expect((await stateIs(page, "draft")).includes(t.draft), "a new report is being filled in");
    const note = p().getByRole("textbox", { name: t.note });
    await note.fill(t.noteText);
    await p().getByRole("button", { name: t.submit, exact: true }).click();
    const blockers = p().getByTestId("status-blockers");
    await blockers.waitFor({ timeout: 20000 });
    const listed = await blockers.locator("li").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
    expect(listed.includes(`'${PERIOD.sheet}'!${b2}`), `the refusal lists B.2's cell: ${JSON.stringify(listed)}`);
    expect((await p().getByTestId("status-refusal").innerText()).includes(t.remaining), "the refusal says how many problems remain");
    expectEqual(await note.inputValue(), t.noteText, "the note typed survives the refusal");
    await expectNoAxeViolations(page, ctx, `${lang} status refused`, "#pane");
    await paneShots(page, ctx, `${lang}-status-1-refused`);

    // Fixed, submitted.
    await typeCell(page, b2, "87");
    await p().getByRole("button", { name: t.submit, exact: true }).click();
    expect((await stateIs(page, "submitted")).includes(`${t.submitted} (${REVIEWER.name}`), "submitted, by whom");

    // Returned with a reason (a return without one is refused by core: the box is required).
    await p().getByRole("textbox", { name: t.reasons }).fill(t.reason);
    await p().getByRole("button", { name: t.return, exact: true }).click();
    expect((await stateIs(page, "returned")).includes(t.reason), "the return carries its reason");

    // The fix and a second round, with a note.
    await typeCell(page, await addressOf(page, "A.2", "actual"), "112000");
    await note.fill(t.fix);
    await p().getByRole("button", { name: t.submit, exact: true }).click();
    await stateIs(page, "submitted");
    const round = await p().getByTestId("since-last-round").innerText();
    expect(round.includes("A.2") && round.includes(t.change) && round.includes(t.fix), `the reviewer sees only the change: ${round}`);
    expect(!round.includes("A.1"), "unchanged figures are not listed");
    await paneShots(page, ctx, `${lang}-status-2-round-two`);

    // Approved: locked.
    await p().getByRole("button", { name: t.approve, exact: true }).click();
    expect((await stateIs(page, "approved")).includes(`${t.approved} (${REVIEWER.name}, ${REVIEWER.role}`), "approved, by whom");
    const a1 = await addressOf(page, "A.1", "actual");
    const typed = await page.evaluate(([s, a]) => window.workbench.host.user.type(s, a, 1).then((r) => r.accepted), [PERIOD.sheet, a1]);
    expect(typed === false, "an approved figure cannot be typed over");
    await expectNoAxeViolations(page, ctx, `${lang} status approved`, "#pane");

    // Someone lifts the protection (no password) and changes C.1: shown as changed after approval.
    await page.evaluate((s) => window.workbench.host.user.unprotectSheet(s), PERIOD.sheet);
    // (Typed through the host: the grid draws the cell read-only until it redraws the sheet.)
    const c1 = await addressOf(page, "C.1", "actual");
    const retyped = await page.evaluate(([s, a]) => window.workbench.host.user.type(s, a, "2").then((r) => r.accepted), [PERIOD.sheet, c1]);
    expect(retyped === true, "with the protection lifted, the figure can be typed");
    const changed = p().getByTestId("changed-after-approval");
    await changed.waitFor({ timeout: 20000 });
    const text = await changed.innerText();
    expect(text.includes("C.1") && text.includes("1 → 2"), `the change after approval is named: ${text}`);
    expect((await p().getByText(t.changed).count()) > 0, "the pane says the figures changed after approval");
    await paneShots(page, ctx, `${lang}-status-3-changed-after-approval`);

    // The next person who opens the saved workbook sees the same.
    page = await saveAndReopen(page, ctx, t.query);
    await p().getByRole("button", { name: new RegExp(PERIOD.sheet) }).click();
    await p().getByRole("tab", { name: t.review }).click();
    await p().getByTestId("changed-after-approval").waitFor({ timeout: 20000 });
    expect((await stateIs(page, "approved")).includes(t.approved), "still approved, and shown as changed, after reopening");
  } finally {
    await page.evaluate(() => localStorage.removeItem("chitieu.reviewer.v1")).catch(() => undefined);
    await page.close();
  }
}

export const tests = [
  {
    name: "a report walks through submit (refused, then sent), return with reasons, fix, approve; a figure changed after approval is shown as changed",
    run: (ctx) => walk(ctx, "vi"),
  },
  {
    name: "en: a report walks through the same life in English",
    run: (ctx) => walk(ctx, "en"),
  },
  {
    name: "the provincial office consolidates two units' workbooks and a file of no report from the Export step: one new sheet, the stray file listed",
    async run(ctx) {
      const page = await openWorkbench(ctx);
      const p = () => pane(page);
      try {
        await loadTemplate(page, T);
        for (const [code, role, text] of SEED) await typeCell(page, await addressOf(page, code, role), text);
        const saved = Buffer.from(await page.evaluate(() => window.workbench.save()), "base64");
        await p().getByRole("tab", { name: "Xuất" }).click();
        const panel = p().getByTestId("consolidate");
        await panel.waitFor({ timeout: 20000 });
        await panel.getByTestId("consolidate-files").setInputFiles([
          { name: "phu-ly.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: saved },
          { name: "duy-tien.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: saved },
          { name: "ghi-chu.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") },
        ]);
        await panel.getByText("Đã chọn 3 tệp.").waitFor({ timeout: 5000 });
        await panel.getByRole("button", { name: "Tổng hợp", exact: true }).click();
        const outcome = await panel.getByTestId("consolidate-outcome").innerText({ timeout: 30000 });
        expect(outcome.includes("Tổng hợp đơn vị") && outcome.includes("gộp 2 tệp, để riêng 1 tệp"), `the outcome says what was written: ${outcome}`);
        const leftOut = await panel.getByTestId("consolidate-left-out").innerText();
        expect(leftOut.includes("ghi-chu.xlsx") && leftOut.includes("không phải sổ Excel"), `the stray file is listed with why: ${leftOut}`);
        await page.locator("#bench [role=tab]", { hasText: "Tổng hợp đơn vị" }).waitFor({ timeout: 10000 });
        await expectNoAxeViolations(page, ctx, "consolidation", "#pane");
        await paneShots(page, ctx, "consolidate");
      } finally {
        await page.close();
      }
    },
  },
];
