// Plan → .xlsx → snapshot → reading: what core planned comes back, by code, through a real file.
import type { Worksheet } from "exceljs";
import { planSheet } from "../../src/core/layout/plan-sheet";
import { readSheet } from "../../src/core/layout/read-sheet";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { EXAMPLE_DETAILS } from "../../src/cli/example-ha-nam";
import { applySheetPlan, loadWorkbook, newWorkbook, readSnapshot, writeWorkbookBytes } from "../../src/xlsx";

const template = defaultTemplate();
const lookup = (id: string) => (id === template.id ? template : undefined);
// The example workbook's report details, Vietnamese text included.
const details = EXAMPLE_DETAILS;

async function throughFile(edit?: (sheet: Worksheet) => void) {
  const workbook = newWorkbook();
  applySheetPlan(workbook, planSheet({
    template,
    period: { year: 2020, kind: "Q2" },
    details,
    carried: { "A.1": { plan: 950000, previousPeriod: 920000 }, "C.1": { plan: 4, carriedYtd: 1 } },
  }));
  const loaded = await loadWorkbook(await writeWorkbookBytes(workbook));
  if (!loaded.ok) throw new Error(loaded.detail);
  const sheet = loaded.workbook.worksheets[0];
  edit?.(sheet);
  return readSheet(readSnapshot(sheet), lookup);
}

describe("a planned sheet read back from its .xlsx file", () => {
  it("gives the template, period, report details and every indicator's carried inputs", async () => {
    const read = await throughFile();
    if (!read.ok) throw new Error(read.reason);
    const { reading } = read;
    expect(reading.sheetName).toBe("Quý II-2020");
    expect(reading.template).toEqual({ id: template.id, version: template.version });
    expect(reading.period).toEqual({ year: 2020, kind: "Q2" });
    expect(reading.details).toEqual(details);
    expect(reading.indicators.map((i) => i.code)).toEqual(template.sections.flatMap((s) => s.indicators.map((i) => i.code)));
    const a1 = reading.indicators.find((i) => i.code === "A.1");
    expect(a1?.cells.plan?.value).toBe(950000);
    expect(a1?.cells.previousPeriod?.value).toBe(920000);
    expect(a1?.cells.actual).toMatchObject({ value: null, address: expect.stringMatching(/^'Quý II-2020'!I\d+$/) });
    expect(reading.indicators.find((i) => i.code === "C.1")?.cells.carriedYtd?.value).toBe(1);
  });

  it("still finds every indicator when the user hid rows and retitled the sheet", async () => {
    const read = await throughFile((sheet) => {
      sheet.getCell("A1").value = "Báo cáo chỉ tiêu (bản nháp)";
      for (let row = 12; row <= 16; row += 1) sheet.getRow(row).hidden = true;
    });
    expect(read.ok && read.reading.indicators).toHaveLength(template.sections.flatMap((s) => s.indicators).length);
  });
});
