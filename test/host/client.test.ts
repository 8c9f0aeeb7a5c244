// The stand-in host runs Microsoft's own client: load/sync, proxies and errors are the client's.
import { createHost, PAYLOAD_LIMIT_BYTES, type Host } from "./index";
import { storedCell } from "./stored";

let host: Host;
beforeEach(async () => {
  host = await createHost();
});

// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts (load, then sync, then read)
test("values written and loaded come back after sync; an unloaded property throws PropertyNotLoaded", async () => {
  const { Excel } = host;
  let values: unknown[][] = [];
  let unloaded: { code?: string } = {};
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("B2:C3");
    range.values = [[1, "hai"], [true, 4.5]];
    range.load("values");
    await context.sync();
    values = range.values;
    try {
      // eslint-disable-next-line office-addins/load-object-before-read -- the deliberate misuse this test catches
      void range.address;
    } catch (e) {
      unloaded = e as { code?: string };
    }
  });
  expect(values).toEqual([[1, "hai"], [true, 4.5]]);
  expect(unloaded.code).toBe("PropertyNotLoaded");
  expect(storedCell(host, 0, "C3").value).toBe(4.5);
});

// https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
test("getItemOrNullObject gives a null object for a missing sheet; getItem fails with ItemNotFound", async () => {
  const { Excel } = host;
  let isNull: boolean | undefined;
  await Excel.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
    await context.sync();
    isNull = missing.isNullObject;
  });
  expect(isNull).toBe(true);
  await expect(
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Không có");
      ws.load("name");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)
test("worksheets add, list in tab order, hide (VeryHidden) and reach by name across syncs", async () => {
  const { Excel } = host;
  let names: string[] = [];
  let visibility: string[] = [];
  await Excel.run(async (context) => {
    const added = context.workbook.worksheets.add("Quý I-2020");
    await context.sync();
    added.getRange("A1").values = [["x"]];
    context.workbook.worksheets.add("_marks").visibility = "VeryHidden";
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    names = sheets.items.map((s) => s.name);
    visibility = sheets.items.map((s) => s.visibility);
  });
  expect(names).toEqual(["Trang_tính1", "Quý I-2020", "_marks"]);
  expect(visibility).toEqual(["Visible", "Visible", "VeryHidden"]);
  expect(host.workbook.getWorksheet("_marks")!.state).toBe("veryHidden");
});

// https://learn.microsoft.com/office/dev/add-ins/concepts/correlated-objects-pattern (avoid context.sync in loops)
test("a sync in a loop shows up in syncsPerRun; a batched read is one request", async () => {
  const { Excel } = host;
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    for (let i = 0; i < 3; i++) {
      const cell = ws.getCell(i, 0);
      cell.load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the deliberate misuse this test catches
      await context.sync();
    }
  });
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A3");
    range.load("values");
    await context.sync();
  });
  expect(host.instruments.syncsPerRun).toEqual([3, 1]);
  expect(host.instruments.requests.every((r) => r.bytes > 0)).toBe(true);
});

// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins (5 MB payload on the web)
test("a request over 5 MB is refused with RequestPayloadSizeLimitExceeded", async () => {
  const { Excel } = host;
  const rows = 60000;
  const big = Array.from({ length: rows }, (_, i) => [`dòng số ${i} với một đoạn văn bản khá dài để vượt giới hạn`, i, i * 2]);
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange(`A1:C${rows}`).values = big;
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(host.instruments.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
});

// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member
test("formulas, number formats, fonts, fills and column widths land in the workbook", async () => {
  const { Excel } = host;
  let formulas: unknown[][] = [];
  let text: string[][] = [];
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const range = ws.getRange("A1:C1");
    range.formulas = [[1234.5, 2, "=A1/B1"]];
    range.numberFormat = [["#,##0.0", "0", "0.0%"]];
    range.format.font.bold = true;
    range.format.font.color = "#C00000";
    range.format.fill.color = "#FFF2CC";
    range.format.columnWidth = 90;
    range.load(["formulas", "text"]);
    await context.sync();
    formulas = range.formulas;
    text = range.text;
  });
  expect(formulas).toEqual([[1234.5, 2, "=A1/B1"]]);
  // The default host is a vi-VN workbook: Range.text shows its separators.
  expect(text[0]![0]).toBe("1.234,5");
  const a1 = storedCell(host, 0, "A1");
  expect(a1.font?.bold).toBe(true);
  expect(a1.font?.color?.argb).toBe("FFC00000");
  expect(a1.numFmt).toBe("#,##0.0");
  expect(storedCell(host, 0, "C1").formula).toBe("A1/B1");
  expect(host.workbook.worksheets[0]!.getColumn(1).width).toBeGreaterThan(10);
});

// https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-development-errors — an operation the
// stand-in does not know is refused loudly (ApiNotFound), never ignored.
test("an operation the stand-in does not serve answers ApiNotFound", async () => {
  await expect(
    host.Excel.run(async (context) => {
      context.workbook.tables.add("Trang_tính1!A1:B3", true);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound", message: expect.stringContaining("stand-in host does not serve") });
});

// https://learn.microsoft.com/office/dev/add-ins/excel/performance#update-all-cells-in-a-range (large writes)
test("a write of more than 1,500 cells goes through the client's chunking in one sync", async () => {
  const rows = 2000;
  let last: unknown[][] = [];
  await host.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange(`A1:C${rows}`);
    range.values = Array.from({ length: rows }, (_, i) => [i, `dòng ${i}`, i * 0.5]);
    const tail = context.workbook.worksheets.getActiveWorksheet().getRange(`A${rows}:C${rows}`);
    tail.load("values");
    await context.sync();
    last = tail.values;
  });
  expect(last).toEqual([[rows - 1, `dòng ${rows - 1}`, (rows - 1) * 0.5]]);
  expect(host.instruments.syncsPerRun).toEqual([1]);
  const actions = host.instruments.requests[0]!.actions;
  expect(actions).toBeGreaterThan(4);
});

// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member ("If the input array does not match the size of the range, an error is returned")
test("values of the wrong shape fail with InvalidArgument; deleting the last visible sheet fails", async () => {
  await expect(
    host.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [[1, 2, 3]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  await expect(
    host.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().delete();
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidOperation" });
});
