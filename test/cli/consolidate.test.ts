// `chitieu consolidate` on 20 generated district workbooks: two with wrong data, one of another
// period. The expected table: 19 files consolidated and the Q2 file listed and left out; totals of
// flows and stocks, no total for rates; a total missing a unit's figure is partial and ungraded;
// the grade of a complete total against the units' targets added up; each file's status.
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkReading } from "../../src/core/check";
import { decideStatus, reportStatus } from "../../src/core/status/report-status";
import { eventsToRows, statusHeaderRow } from "../../src/core/status/status-rows";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { STATUS_SHEET_NAME } from "../../src/xlsx/status-sheet";
import { readTemplateSheets } from "../../src/xlsx/template-sheets";
import { loadWorkbook, writeWorkbookBytes } from "../../src/xlsx/workbook-bytes";
import { filledTemplate, type Figures } from "./filled-template";
import { chitieu, scratchDir } from "./run-cli";

jest.setTimeout(180_000);

const unit = (i: number) => `don-vi-${String(i + 1).padStart(2, "0")}`;

/** District i's figures: A.1 grows by 100 a district; the rest as the seed. */
function figures(i: number): Figures {
  return {
    "A.1": { plan: 50000, periodTarget: 45000, actual: 45000 + 100 * i },
    "A.1.1": { actual: 40000 + 100 * i }, "A.1.2": { actual: 5000 },
    "A.2": { plan: 6000, actual: i === 9 ? "ba" : 5000, explanation: "Thuê bao chuyển sang cáp quang" }, // district 10 typed a word
    "B.1": { plan: 100, actual: 100 }, "B.2": { plan: 80, actual: 87 },
    "C.1": { plan: 4, actual: 1 },
    "C.2": { actual: 28 }, "C.2.1": { actual: 6 }, "C.2.2": { actual: 3 }, "C.2.3": { actual: 1 }, "C.2.4": { actual: 18 },
    "C.3": { actual: 3 }, "C.4": { actual: 7000000 }, "C.5": { actual: i === 4 ? 20.5 : 20 }, // district 5: half a book
  };
}

/** Approves a workbook the way the add-in records it: the status rows in the very hidden sheet. */
async function approve(file: string): Promise<void> {
  const loaded = await loadWorkbook(new Uint8Array(readFileSync(file)), { forEditing: true });
  if (!loaded.ok) throw new Error(loaded.detail);
  const [sheet] = readTemplateSheets(loaded.workbook, [defaultTemplate()]).sheets;
  const now = { reading: sheet.reading, result: checkReading(sheet.template, sheet.reading) };
  const actor = { name: "Nguyễn Thị Lan", role: "Trưởng phòng" };
  const submitted = decideStatus(reportStatus([], sheet.reading.sheetName), { action: "submit", actor, date: "2020-03-20T08:00:00.000Z" }, now);
  if (!submitted.ok) throw new Error(JSON.stringify(submitted.refusal));
  const approved = decideStatus(submitted.status, { action: "approve", actor, date: "2020-03-20T09:00:00.000Z" }, now);
  if (!approved.ok) throw new Error(JSON.stringify(approved.refusal));
  const hidden = loaded.workbook.addWorksheet(STATUS_SHEET_NAME, { state: "veryHidden" });
  for (const row of [statusHeaderRow(), ...eventsToRows([submitted.event, approved.event])]) hidden.addRow([...row]);
  writeFileSync(file, await writeWorkbookBytes(loaded.workbook));
}

interface JsonIndicator { code: string; rule: string; values: Record<string, number | null>; total: number | null; missing: number; target: unknown; ratio: number | null; grade: string }
interface JsonFile { file: string; unit: string; included: boolean; excluded?: string; detail?: string; state: string | null; filled: number; indicators: number; errors: number }

describe("chitieu consolidate", () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = scratchDir();
    files = [];
    for (let i = 0; i < 20; i++) {
      const made = await filledTemplate(dir, `${unit(i)}.xlsx`, 2020, i === 14 ? "Q2" : "Q1", figures(i));
      files.push(made.file);
    }
    await approve(files[0]);
  });

  test("20 workbooks, two with errors and one of another period, give the expected table", async () => {
    const out = path.join(dir, "tong-hop-don-vi.xlsx");
    const run = await chitieu(["consolidate", ...files, "--out", out, "--json"]);
    // Written, with one file left out: exit 1 so a script notices.
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { period: string; files: JsonFile[]; indicators: JsonIndicator[]; counts: Record<string, number> };
    expect(json.period).toBe("2020-Q1");

    // Files: 19 in, the Q2 one listed and left out, never mixed in.
    expect(json.files).toHaveLength(20);
    expect(json.files.filter((f) => f.included)).toHaveLength(19);
    expect(json.files[14]).toMatchObject({ unit: "don-vi-15", included: false, excluded: "other-period", detail: "2020-Q2" });
    expect(json.files[0]).toMatchObject({ unit: "don-vi-01", state: "approved", errors: 0, filled: 15, indicators: 15 });
    expect(json.files[1]).toMatchObject({ state: "draft", errors: 0, filled: 15 });
    expect(json.files[4]).toMatchObject({ unit: "don-vi-05", errors: 1, filled: 14 });
    expect(json.files[9]).toMatchObject({ unit: "don-vi-10", errors: 1, filled: 14 });

    const row = (code: string) => json.indicators.find((i) => i.code === code)!;
    // A stock summed: 19 × 45.000 + 100 × (0 + 1 + … + 19 − 14); graded against 19 × 45.000 = 855.000: 102,1 %.
    expect(row("A.1")).toMatchObject({ rule: "sum", total: 872600, missing: 0, target: 855000, ratio: 1.021, grade: "exceeded" });
    expect(Object.keys(row("A.1").values)).toEqual(json.files.filter((f) => f.included).map((f) => f.unit));
    expect(row("A.1").values["don-vi-20"]).toBe(46900);
    expect(row("A.1.1")).toMatchObject({ total: 777600, grade: "none" });
    // District 10's word is no figure: the total is partial and graded nothing.
    expect(row("A.2")).toMatchObject({ total: 90000, missing: 1, grade: "none" });
    expect(row("A.2").values["don-vi-10"]).toBeNull();
    // Rates are never summed.
    expect(row("B.1")).toMatchObject({ rule: "rate", total: null, grade: "none" });
    expect(row("B.2")).toMatchObject({ rule: "rate", total: null, grade: "none" });
    // A flow graded against the pro-rated plans added up: 19 × (4 × 1/4) = 19.
    expect(row("C.1")).toMatchObject({ total: 19, target: 19, ratio: 1, grade: "met" });
    expect(row("C.4")).toMatchObject({ total: 133000000, missing: 0 });
    // District 5's half a book is wrong data: left out of the total, which is partial.
    expect(row("C.5")).toMatchObject({ total: 360, missing: 1 });
    expect(json.counts).toMatchObject({ exceeded: 1, met: 1, near: 0, shortfall: 0 });

    // The sheet itself: one column per included unit, then the total.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet("Tổng hợp đơn vị")!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const header = rows.find((r) => r[0] === "Mã")!;
    expect(header.slice(3, 5)).toEqual(["don-vi-01", "don-vi-02"]);
    expect(header.slice(3 + 19)).toEqual(["Tổng", "Chỉ tiêu tổng", "Tỷ lệ", "Đánh giá"]);
    const a1 = rows.find((r) => r[0] === "A.1")!;
    expect(a1.slice(3 + 19)).toEqual([872600, 855000, 1.021, "Vượt"]);
    const a2 = rows.find((r) => r[0] === "A.2")!;
    expect(a2[3 + 19 + 3]).toBe("Thiếu 1 đơn vị");
    expect(rows.find((r) => r[0] === "B.1")![3 + 19]).toBe("Tỷ lệ: không cộng");
    const q2 = rows.find((r) => r[1] === files[14])!;
    expect(q2[6]).toBe("Không: kỳ khác (2020-Q2)");
  });

  test("the text report lists each unit and names the file left out; a file of no report is listed too", async () => {
    const notes = path.join(dir, "ghi-chu.xlsx");
    writeFileSync(notes, "not a workbook");
    const run = await chitieu(["consolidate", files[0], files[14], files[1], notes, "--out", path.join(dir, "b.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("gộp 2 tệp, để riêng 2 tệp");
    expect(run.stdout).toContain("don-vi-01: Đã duyệt, 15/15, Lỗi 0");
    expect(run.stdout).toContain("don-vi-15: Không: kỳ khác (2020-Q2)");
    expect(run.stdout).toMatch(/ghi-chu: Không: .*không phải sổ Excel/);
  });

  test("nothing to consolidate, or no --out: exit 2 with what to do", async () => {
    expect(await chitieu(["consolidate", files[0]])).toMatchObject({ code: 2, stderr: expect.stringContaining("--out") });
    const none = await chitieu(["consolidate", path.join(dir, "missing.xlsx"), "--out", path.join(dir, "c.xlsx")]);
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining("không có gì để tổng hợp") });
  });
});
