// The report's status in the workbook, on the stand-in host at ExcelApi 1.7: submitting refused
// with the list while an error remains; submit, return, fix, approve; an approved sheet's figures
// locked (staff typing into them is refused); a change made anyway (protection lifted by hand)
// shown as "changed after approval"; the history survives save and reopen.
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { chitieu, scratchDir } from "../cli/run-cli";
import { letter } from "../../src/core/layout/columns";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { loadTemplate } from "../../src/excel/load-template";
import { createSummaryExportApi } from "../../src/excel/export-summary-api";
import { applyStatusAction, readReportStatus, STATUS_SHEET_NAME } from "../../src/excel/status-store";
import type { Host } from "../host";
import { DETAILS, SEED_ACTUALS, SEED_PLANS, SEED_Q1_TARGETS, startHost } from "./helpers";

// Many user steps, a save and reopen and two CLI runs: longer than jest's default 5 s on a busy machine.

const SHEET = "Quý I-2020";

/** The texts of the summary sheet the add-in writes ("Tổng hợp"), row by row. */
async function summaryTexts(): Promise<string[]> {
  const { hostFacts } = await import("../../src/excel/host-facts");
  const written = await createSummaryExportApi(await hostFacts()).writeSheet(SHEET, "vi");
  if (!written.ok) throw new Error(JSON.stringify(written));
  const out: string[] = [];
  host.workbook.getWorksheet("Tổng hợp")!.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === "string") out.push(cell.value); }));
  return out;
}
const staff = { name: "Trần Văn An", role: "Chuyên viên" };
const head = { name: "Nguyễn Thị Lan", role: "Trưởng phòng" };

let host: Host;

function cellOf(code: string, role: "actual" | "plan" | "periodTarget" | "explanation"): string {
  const ws = host.workbook.getWorksheet(SHEET)!;
  for (let row = 1; row <= ws.rowCount; row++) {
    if (ws.getCell(`${letter("code")}${row}`).value === code) return `${letter(role)}${row}`;
  }
  throw new Error(`no row for ${code}`);
}

beforeEach(async () => {
  ({ host } = await startHost("1.7"));
  await loadTemplate({ template: defaultTemplate(), period: { year: 2020, kind: "Q1" }, details: DETAILS, replaceExisting: false });
  for (const [code, v] of Object.entries(SEED_PLANS)) await host.user.type(SHEET, cellOf(code, "plan"), v);
  for (const [code, v] of Object.entries(SEED_Q1_TARGETS)) await host.user.type(SHEET, cellOf(code, "periodTarget"), v);
  for (const [code, v] of Object.entries(SEED_ACTUALS)) await host.user.type(SHEET, cellOf(code, "actual"), v);
});
afterEach(() => host.uninstall());

test("a report walks through submit, return, fix and approve; approved figures are locked and a later change is named", async () => {
  expect(await readReportStatus(SHEET)).toMatchObject({ ok: true, view: { status: { state: "draft", round: 0 } } });
  // Reading makes no hidden sheet.
  expect(host.workbook.getWorksheet(STATUS_SHEET_NAME)).toBeUndefined();

  // An error: submitting is refused with the list, and nothing is written.
  await host.user.type(SHEET, cellOf("C.1", "actual"), -1);
  const refused = await applyStatusAction(SHEET, { action: "submit", actor: staff, date: "2020-03-20T08:00:00.000Z" });
  expect(refused.ok === false && refused.reason === "refused" && refused.refusal.reason === "blocking" && refused.refusal.blockers.map((f) => [f.code, f.rule]))
    .toEqual([["C.1", "negative"]]);
  expect(host.workbook.getWorksheet(STATUS_SHEET_NAME)).toBeUndefined();

  await host.user.type(SHEET, cellOf("C.1", "actual"), 1);
  host.instruments.reset();
  const submitted = await applyStatusAction(SHEET, { action: "submit", actor: staff, date: "2020-03-20T08:00:00.000Z" });
  expect(submitted).toMatchObject({ ok: true, view: { status: { state: "submitted", round: 1 } } });
  // First write: the status sheet's lookup with the report read, then the write (no history to read yet).
  expect(host.instruments.syncsPerRun).toEqual([2]);
  expect(host.workbook.getWorksheet(STATUS_SHEET_NAME)?.state).toBe("veryHidden");

  expect(await applyStatusAction(SHEET, { action: "return", actor: head, date: "2020-03-20T09:00:00.000Z", reasons: ["A.2 chưa khớp số liệu VNPT"] }))
    .toMatchObject({ ok: true, view: { status: { state: "returned" } } });

  await host.user.type(SHEET, cellOf("A.2", "actual"), 112000);
  const again = await applyStatusAction(SHEET, { action: "submit", actor: staff, date: "2020-03-20T10:00:00.000Z", reasons: ["Sửa theo VNPT"] });
  expect(again.ok && again.view.sinceLastRound).toEqual([{ code: "A.2", role: "actual", before: 110000, after: 112000, reason: "Sửa theo VNPT" }]);

  host.instruments.reset();
  const approved = await applyStatusAction(SHEET, { action: "approve", actor: head, date: "2020-03-20T11:00:00.000Z" });
  expect(approved).toMatchObject({ ok: true, view: { status: { state: "approved" }, integrity: { kind: "intact" } } });
  // Read (report and lookup), the history, the write.
  expect(host.instruments.syncsPerRun).toEqual([3]);

  // Approved means locked: staff cannot type a figure; the sheet stays protected.
  expect((await host.user.type(SHEET, cellOf("A.1", "actual"), 1)).accepted).toBe(false);
  expect((await host.user.type(SHEET, cellOf("A.1", "explanation"), "x")).accepted).toBe(false);
  // The summary states the status and who approved it.
  expect(await summaryTexts()).toContain("Tình trạng báo cáo: đã duyệt (Nguyễn Thị Lan, Trưởng phòng, 18:00 20/03/2020).");

  // Someone lifts the protection (no password) and changes a figure: the status names it.
  host.user.unprotectSheet(SHEET);
  expect((await host.user.type(SHEET, cellOf("B.2", "actual"), 90)).accepted).toBe(true);
  const after = await readReportStatus(SHEET);
  expect(after.ok && after.view.integrity).toMatchObject({ kind: "changed", changes: [{ code: "B.2", role: "actual", before: 87, after: 90 }] });
  expect(await summaryTexts()).toContain("Tình trạng báo cáo: số liệu đã thay đổi sau khi duyệt (B.2); bản tổng hợp này chưa được duyệt lại.");

  // The history survives save and reopen.
  const bytes = await host.save();
  host.uninstall();
  ({ host } = await startHost("1.7", bytes));
  const reopened = await readReportStatus(SHEET);
  expect(reopened.ok && reopened.view.status.history.map((e) => e.action)).toEqual(["submit", "return", "submit", "approve"]);
  expect(reopened.ok && reopened.view.integrity.kind).toBe("changed");
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  expect(file.getWorksheet(STATUS_SHEET_NAME)?.state).toBe("veryHidden");

  // `chitieu check` reads the same hidden sheet: the status, the approver and what changed.
  const saved = path.join(scratchDir(), "bao-cao.xlsx");
  writeFileSync(saved, bytes);
  const text = await chitieu(["check", saved]);
  expect(text.stdout).toContain("Tình trạng: Đã duyệt (Nguyễn Thị Lan, Trưởng phòng, 18:00 20/03/2020). Số liệu đã thay đổi sau khi duyệt: B.2");
  const summary = await chitieu(["summary", saved, "--out", path.join(path.dirname(saved), "tong-hop.xlsx")]);
  expect(summary.stdout).toContain("Tình trạng báo cáo: số liệu đã thay đổi sau khi duyệt (B.2)");
  const json = JSON.parse((await chitieu(["check", saved, "--json", "--lang", "en"])).stdout) as { files: { status: unknown }[] };
  expect(json.files[0].status).toEqual({
    state: "approved",
    round: 2,
    line: "Approved (Nguyễn Thị Lan, Trưởng phòng, 18:00 20 March 2020). Figures changed after approval: B.2",
    approval: { name: head.name, role: head.role, date: "2020-03-20T11:00:00.000Z", fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    changedAfterApproval: true,
    changes: [{ code: "B.2", role: "actual", before: 87, after: 90 }],
  });
});

test("returning an approved report unlocks its figures for the fix", async () => {
  // A summary of a report never approved says so.
  expect(await summaryTexts()).toContain("Tình trạng báo cáo: chưa được duyệt (đang nhập).");
  await applyStatusAction(SHEET, { action: "submit", actor: staff, date: "2020-03-20T08:00:00.000Z" });
  await applyStatusAction(SHEET, { action: "approve", actor: head, date: "2020-03-20T09:00:00.000Z" });
  expect((await host.user.type(SHEET, cellOf("A.1", "actual"), 1)).accepted).toBe(false);
  const reopened = await applyStatusAction(SHEET, { action: "return", actor: head, date: "2020-03-20T10:00:00.000Z", reasons: ["Sở yêu cầu cập nhật A.1"] });
  expect(reopened.ok && reopened.view.status.state).toBe("returned");
  expect((await host.user.type(SHEET, cellOf("A.1", "actual"), 921000)).accepted).toBe(true);
  // Locked cells of the layout (names, formulas) stay locked.
  expect((await host.user.type(SHEET, `${letter("name")}${cellOf("A.1", "actual").replace(/\D+/, "")}`, "x")).accepted).toBe(false);
});
