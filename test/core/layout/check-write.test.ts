// After a check, the status column says per row what the reviewer must look at, and each
// flagged cell carries a note with the messages.
import { checkReading } from "../../../src/core/check";
import { letter, planCheckWrite, planSheet, readSheet } from "../../../src/core/layout";
import type { SnapshotCell } from "../../../src/core/snapshot";
import type { TemplateId } from "../../../src/core/template/template";
import { defaultTemplate } from "../../../src/core/template/template-builtin";
import { DETAILS, gridFromPlan, setCell, snapshotOf, type Grid } from "./fixtures";

const template = defaultTemplate();
const rowOf = (grid: Grid, code: string): number => grid.findIndex((r) => r[1] === code) + 1;

function checked(typed: Record<string, Partial<Record<"plan" | "periodTarget" | "actual", SnapshotCell>>>, lang: "vi" | "en" = "vi") {
  const plan = planSheet({ template, period: { year: 2020, kind: "Q1" }, details: DETAILS });
  const grid = gridFromPlan(plan);
  for (const [code, roles] of Object.entries(typed)) {
    for (const [role, value] of Object.entries(roles)) setCell(grid, `${letter(role as "plan")}${rowOf(grid, code)}`, value ?? null);
  }
  const read = readSheet(snapshotOf(plan.name, grid), (id: TemplateId) => (id === template.id ? template : undefined));
  if (!read.ok) throw new Error(read.reason);
  const write = planCheckWrite(read.reading, checkReading(template, read.reading), lang);
  const status = (code: string) => write.cells.find((c) => c.address === `${letter("status")}${rowOf(grid, code)}`)?.value;
  return { write, status, row: (code: string) => rowOf(grid, code) };
}

describe("planCheckWrite", () => {
  test("status words by the worst finding of the row; Hợp lệ (never the grade word Đạt) for a clean figure; empty for nothing typed", () => {
    const { status } = checked({
      "A.1": { plan: 950000, periodTarget: 915000, actual: 920000 },
      "A.2": { plan: 120000, actual: -5 },
      "B.1": { plan: 100, actual: 80 },
      "B.2": { plan: 80, actual: 75 },
    });
    expect(status("A.1")).toBe("Hợp lệ");
    expect(status("A.2")).toBe("Lỗi");
    expect(status("B.1")).toBe("Chưa đạt");
    expect(status("B.2")).toBe("Gần đạt");
    expect(status("C.5")).toBe("Lỗi"); // required, empty
    expect(status("A.1.1")).toBe(""); // optional, empty
  });

  test("one note per flagged cell, on that cell, with the catalogue's message", () => {
    const { write, row } = checked({ "A.2": { plan: 120000, actual: "abc" } });
    const note = write.notes.find((n) => n.address === `I${row("A.2")}`);
    expect(note?.text.length).toBeGreaterThan(0);
    expect(write.notes.every((n) => /^[A-Z]+\d+$/.test(n.address))).toBe(true);
    expect(write.noteRange).toMatch(/^A\d+:O\d+$/); // up to Giải trình
    expect(write.sheetName).toBe("Quý I-2020");
  });

  test("English words when the pane runs in English", () => {
    const { status } = checked({ "A.2": { plan: 120000, actual: -5 } }, "en");
    expect(status("A.2")).toBe("Error");
  });
});
