// The pane's export refuses what `chitieu summary` refuses, in the adapter itself: a report with
// errors leaves only when the user says so (and then says its figures are unverified); an empty
// report never. The preview carries the same decision, so the step can list the errors first.
import type ExcelJS from "exceljs";
import { summaryWords } from "../../src/core/summary-sheet/summary-words";
import { createSummaryExportApi } from "../../src/excel/export-summary-api";
import { factsForLevel } from "../../src/excel/host-facts";
import { createHost, type Host } from "../host";
import { buildExampleBytes } from "./example-workbook";


const SOURCE = "Quý I-2020";
let host: Host | undefined;
afterEach(() => host?.uninstall());

async function start(bytes: Uint8Array) {
  host = await createHost({ workbook: bytes, apiLevel: "1.10" });
  host.install();
  return createSummaryExportApi(factsForLevel(10, "vi-VN"));
}

const summarySheet = (): ExcelJS.Worksheet | undefined => host!.workbook.getWorksheet("Tổng hợp");
const texts = (ws: ExcelJS.Worksheet): string[] => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && out.push(cell.value))));
  return out;
};

test("a report with errors is previewed with its errors, refused without the user's say-so, and marked unverified with it", async () => {
  const api = await start(await buildExampleBytes({}, { "C.1": { actual: -2 }, "C.2.4": { actual: 10 } }));
  const preview = await api.preview(SOURCE, "vi");
  expect(preview.ok && preview.preview.readiness).toMatchObject({ ok: false, reason: "errors" });
  expect(preview.ok && !preview.preview.readiness.ok && preview.preview.readiness.reason === "errors" && preview.preview.readiness.errors.map((f) => f.code)).toEqual(["C.1", "C.2"]);

  expect(await api.writeSheet(SOURCE, "vi")).toMatchObject({ ok: false, reason: "has-errors" });
  expect(summarySheet()).toBeUndefined();
  expect(await api.download(SOURCE, "vi")).toMatchObject({ ok: false, reason: "has-errors" });

  expect(await api.writeSheet(SOURCE, "vi", { allowErrors: true })).toMatchObject({ ok: true, action: "sheet" });
  expect(texts(summarySheet()!)).toContain(summaryWords("vi").unverified(2));
});

test("an empty report is refused, even when the user would export anyway", async () => {
  const api = await start(await buildExampleBytes({}, Object.fromEntries(["A.1", "A.2", "B.1", "B.2", "C.1", "C.2", "C.2.1", "C.2.2", "C.2.3", "C.2.4", "C.3", "C.4", "C.5"].map((c) => [c, { actual: "" }]))));
  const preview = await api.preview(SOURCE, "vi");
  expect(preview.ok && preview.preview.readiness).toEqual({ ok: false, reason: "empty" });
  expect(await api.writeSheet(SOURCE, "vi", { allowErrors: true })).toMatchObject({ ok: false, reason: "empty" });
  expect(summarySheet()).toBeUndefined();
});

test("a clean report exports without asking, and its summary has no unverified line", async () => {
  const api = await start(await buildExampleBytes());
  const preview = await api.preview(SOURCE, "vi");
  expect(preview.ok && preview.preview.readiness).toEqual({ ok: true });
  expect(await api.writeSheet(SOURCE, "vi")).toMatchObject({ ok: true });
  expect(texts(summarySheet()!).some((t) => t.startsWith("SỐ LIỆU CHƯA"))).toBe(false);
});
