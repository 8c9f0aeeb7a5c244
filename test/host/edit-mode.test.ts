// Cell-edit mode, as Excel.RunOptions documents it: while the user edits a cell, a batch fails
// with InvalidOperationInCellEditMode, unless it was sent with `delayForCellEdit: true`, in which
// case it waits until the user leaves the cell.
// https://learn.microsoft.com/javascript/api/excel/excel.runoptions
// https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling (Excel-specific codes)
import { createHost, type Host } from "./index";

const SHEET = "Trang_tính1";

const write = (host: Host, address: string, value: unknown, options?: Excel.RunOptions): Promise<void> => {
  const batch = async (context: Excel.RequestContext): Promise<void> => {
    context.workbook.worksheets.getItem(SHEET).getRange(address).values = [[value]];
    await context.sync();
  };
  return options ? host.Excel.run(options, batch) : host.Excel.run(batch);
};

test("while the user edits a cell, a batch fails with InvalidOperationInCellEditMode and changes nothing", async () => {
  const host = await createHost();
  host.user.startEditing(SHEET, "B2");
  await expect(write(host, "A1", 5)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  expect(host.workbook.getWorksheet(SHEET)!.getCell("A1").value).toBeNull();
  await host.user.finishEditing(7);
  await write(host, "A1", 5);
  expect(host.workbook.getWorksheet(SHEET)!.getCell("A1").value).toBe(5);
  expect(host.workbook.getWorksheet(SHEET)!.getCell("B2").value).toBe(7);
});

test("a batch sent with delayForCellEdit waits until the user presses Enter, then runs after the typed value", async () => {
  const host = await createHost();
  host.user.startEditing(SHEET, "A1");
  let done = false;
  const pending = write(host, "A2", "=A1*2", { delayForCellEdit: true }).then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(done).toBe(false);
  await host.user.finishEditing(21);
  await pending;
  const ws = host.workbook.getWorksheet(SHEET)!;
  expect(ws.getCell("A1").value).toBe(21);
  expect((ws.getCell("A2").value as { formula: string }).formula).toBe("A1*2");
});

test("a user action timed between two syncs of one Excel.run happens between them", async () => {
  const host = await createHost();
  await expect(
    host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange("A1");
      range.values = [[1]];
      await context.sync();
      host.user.beforeRequest(1, () => host.user.startEditing(SHEET, "C3"));
      range.values = [[2]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  expect(host.workbook.getWorksheet(SHEET)!.getCell("A1").value).toBe(1);
  await host.user.finishEditing();
});

// "RequestAborted: The request was aborted during run time." (application-specific-api-error-handling)
test("an aborted request fails whole, and the batch before it stays applied", async () => {
  const host = await createHost();
  await expect(
    host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange("A1");
      range.values = [[1]];
      await context.sync();
      host.abortRequest(1);
      range.values = [[2]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "RequestAborted" });
  expect(host.workbook.getWorksheet(SHEET)!.getCell("A1").value).toBe(1);
});
