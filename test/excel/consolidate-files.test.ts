// Consolidating in the add-in: the workbooks the office picked, read by src/xlsx and consolidated
// by core, written as a sheet of the open workbook on the stand-in host (ExcelApi 1.7); a file of
// another period and a file that is no workbook listed and left out; run twice, the earlier sheet
// is kept and the new one written beside it.
import { readFileSync } from "node:fs";
import { consolidateFiles } from "../../src/excel/consolidate-files";
import { filledTemplate, type Figures } from "../cli/filled-template";
import { scratchDir } from "../cli/run-cli";
import type { Host } from "../host";
import { startHost } from "./helpers";


const figures = (actual: number): Figures => ({
  "A.1": { plan: 50000, periodTarget: 45000, actual },
  "C.1": { plan: 4, actual: 1 },
  "B.1": { plan: 100, actual: 100 },
});

let host: Host;
afterEach(() => host.uninstall());

test("two units and a Q2 file: the sheet holds the two side by side with their total; the others are listed", async () => {
  const dir = scratchDir();
  const a = await filledTemplate(dir, "phu-ly.xlsx", 2020, "Q1", figures(45000));
  const b = await filledTemplate(dir, "duy-tien.xlsx", 2020, "Q1", figures(46000));
  const q2 = await filledTemplate(dir, "kim-bang.xlsx", 2020, "Q2", figures(47000));
  const picked = [a, b, q2].map((f) => ({ name: f.file.replace(/^.*\//, ""), bytes: new Uint8Array(readFileSync(f.file)) }));
  picked.push({ name: "ghi-chu.xlsx", bytes: new TextEncoder().encode("not a workbook") });
  const started = await startHost("1.7");
  host = started.host;
  const facts = started.facts;

  const outcome = await consolidateFiles(picked, "vi", facts);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  expect(outcome.sheetName).toBe("Tổng hợp đơn vị");
  expect(outcome.consolidation.files.map((f) => [f.unit, f.included, f.excluded ?? null])).toEqual([
    ["phu-ly", true, null], ["duy-tien", true, null], ["kim-bang", false, "other-period"], ["ghi-chu", false, "unusable"],
  ]);
  const ws = host.workbook.getWorksheet("Tổng hợp đơn vị")!;
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  expect(rows.find((r) => r[0] === "Mã")).toEqual(["Mã", "Chỉ tiêu", "ĐVT", "phu-ly", "duy-tien", "Tổng", "Chỉ tiêu tổng", "Tỷ lệ", "Đánh giá"]);
  // 91.000 against 90.000: 101,1 %, Vượt.
  expect(rows.find((r) => r[0] === "A.1")?.slice(3)).toEqual([45000, 46000, 91000, 90000, 1.011, "Vượt"]);
  expect(rows.find((r) => r[1] === "ghi-chu.xlsx")?.[6]).toBe("Không: không phải sổ Excel .xlsx");

  // Run again (a late file arrived): the earlier sheet, perhaps annotated since, is kept and the
  // new one is written beside it; nothing in the workbook is replaced.
  ws.getCell("A1").value = "Ghi chú của tôi";
  const again = await consolidateFiles(picked, "vi", facts);
  expect(again.ok && again.sheetName).toBe("Tổng hợp đơn vị (2)");
  expect(host.workbook.getWorksheet("Tổng hợp đơn vị")?.getCell("A1").value).toBe("Ghi chú của tôi");
});
