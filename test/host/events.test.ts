// onChanged as Excel raises it, through the client's own event registration (GenericEventRegistration
// over the native bridge): address always (1.7), details only from 1.9 and only for one cell,
// triggerSource only from 1.14; the add-in's own writes raise it too.
import { createHost, type Host } from "./index";

const listen = async (host: Host): Promise<Excel.WorksheetChangedEventArgs[]> => {
  const seen: Excel.WorksheetChangedEventArgs[] = [];
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().onChanged.add(async (e) => {
      seen.push(e);
    });
    await context.sync();
  });
  return seen;
};

const addinWrites = async (host: Host, address: string, values: unknown[][]): Promise<void> => {
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange(address).values = values;
    await context.sync();
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
};

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
test("at the newest level a one-cell edit carries details and the trigger source", async () => {
  const host = await createHost();
  const seen = await listen(host);
  await host.user.type("Trang_tính1", "C4", "12");
  await addinWrites(host, "C4", [[13]]);
  expect(seen.map((e) => e.address)).toEqual(["C4", "C4"]);
  expect(seen[0]!.details).toMatchObject({ valueBefore: "", valueAfter: 12 });
  expect(seen[0]!.triggerSource).toBe("Unknown");
  expect(seen[1]!.details).toMatchObject({ valueBefore: 12, valueAfter: 13 });
  expect(seen[1]!.triggerSource).toBe("ThisLocalAddin");
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-details-member
test("a paste raises one event for the block, without details", async () => {
  const host = await createHost();
  const seen = await listen(host);
  await host.user.paste("Trang_tính1", "B2", [[1, 2], [3, 4]]);
  expect(seen).toHaveLength(1);
  expect(seen[0]!.address).toBe("B2:C3");
  expect(seen[0]!.details).toBeUndefined();
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member (ExcelApi 1.7)
test("at 1.7 the event has the address but neither details nor triggerSource; at 1.9 details but no triggerSource", async () => {
  const old = await createHost({ apiLevel: "1.7" });
  const seenOld = await listen(old);
  await old.user.type("Trang_tính1", "A1", 5);
  expect(seenOld[0]!.address).toBe("A1");
  expect(seenOld[0]!.details).toBeUndefined();
  expect(seenOld[0]!.triggerSource).toBeUndefined();
  const mid = await createHost({ apiLevel: "1.9" });
  const seenMid = await listen(mid);
  await mid.user.type("Trang_tính1", "A1", 5);
  expect(seenMid[0]!.details).toMatchObject({ valueAfter: 5 });
  expect(seenMid[0]!.triggerSource).toBeUndefined();
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onchanged-member (1.9)
test("worksheets.onChanged hears edits on every sheet; row insertion is reported as RowInserted", async () => {
  const host = await createHost();
  const seen: Excel.WorksheetChangedEventArgs[] = [];
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.add("Khác");
    context.workbook.worksheets.onChanged.add(async (e) => {
      seen.push(e);
    });
    await context.sync();
  });
  await host.user.type("Khác", "B1", "x");
  await host.user.insertRows("Trang_tính1", 3, 2);
  expect(seen.map((e) => [e.address, e.changeType])).toEqual([["B1", "RangeEdited"], ["3:4", "RowInserted"]]);
});

// https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onselectionchanged-member (ExcelApi 1.7)
test("onSelectionChanged reports the user's clicks and the add-in's own select()", async () => {
  const host = await createHost({ apiLevel: "1.7" });
  const seen: string[] = [];
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().onSelectionChanged.add(async (e) => {
      seen.push(e.address);
    });
    await context.sync();
  });
  await host.user.select("Trang_tính1", "C5");
  await host.Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("D7:E8").select();
    await context.sync();
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(seen).toEqual(["C5", "D7:E8"]);
});
