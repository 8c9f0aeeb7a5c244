// The "Tổng hợp" sheet of a large report, written in Excel: every request under Excel on the web's
// 5 MB payload limit ("Excel on the web has a payload size limit for requests and responses of 5MB",
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
// The summary is laid out row by row (a height and styled blocks per row), so its bands are sized
// by the blocks they really queue, not by their cells alone.
import { syntheticReading, syntheticTemplate, BENCH_PERIOD } from "../../bench/fixtures";
import { check } from "../../src/excel/check";
import { createSummaryExportApi } from "../../src/excel/export-summary-api";
import { loadTemplate } from "../../src/excel/load-template";
import { newestLevel, PAYLOAD_LIMIT_BYTES } from "../host";
import { DETAILS, startHost } from "./helpers";

it("the summary of 2,000 indicators is written in Excel with no request over 5 MB", async () => {
  const { host, facts } = await startHost(newestLevel);
  try {
    const template = syntheticTemplate(2_000);
    const loaded = await loadTemplate({ template, period: BENCH_PERIOD, details: DETAILS, replaceExisting: false });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    const empty = await check(loaded.sheetName);
    if (!empty.ok) throw new Error(JSON.stringify(empty));
    // The figures pasted into the Thực hiện column, as staff paste them from another file.
    const figures = new Map(syntheticReading(template).indicators.map((i) => [i.code as string, i.cells.actual?.value ?? null]));
    const cells = empty.reading.indicators.map((i) => ({ row: Number(/(\d+)$/.exec(i.cells.actual!.address)![1]), value: figures.get(i.code) ?? null }));
    // One paste per run of indicator rows: a paste over a section row's locked cell is refused whole.
    const column = /!([A-Z]+)\d+$/.exec(empty.reading.indicators[0].cells.actual!.address)![1];
    const value = (v: (typeof cells)[number]["value"]) => (v !== null && typeof v === "object" ? v.error : v);
    for (let i = 0; i < cells.length; ) {
      let j = i;
      while (j + 1 < cells.length && cells[j + 1].row === cells[j].row + 1) j += 1;
      const pasted = await host.user.paste(loaded.sheetName, `${column}${cells[i].row}`, cells.slice(i, j + 1).map((c) => [value(c.value)]));
      expect(pasted).toMatchObject({ accepted: true });
      i = j + 1;
    }

    host.instruments.reset();
    // A tenth of the synthetic figures are planted errors: exported as the user may, marked unverified.
    const written = await createSummaryExportApi(facts).writeSheet(loaded.sheetName, "vi", { allowErrors: true });
    if (!written.ok) throw new Error(JSON.stringify(written));
    expect(written).toMatchObject({ ok: true, action: "sheet" });
    expect(host.instruments.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(host.workbook.getWorksheet("Tổng hợp")?.rowCount).toBeGreaterThan(2_000);
  } finally {
    host.uninstall();
  }
}, 600_000);
