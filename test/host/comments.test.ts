// Threaded comments on the stand-in host, as Microsoft's reference describes them:
// https://learn.microsoft.com/javascript/api/excel/excel.comment ("delete(): Deletes the comment and
// all the connected replies"; `replies` 1.10; `resolved` "The comment thread status", 1.11) and
// https://learn.microsoft.com/javascript/api/excel/excel.commentreplycollection (add, getCount,
// getItemAt, items: 1.10). Notes (Worksheet.notes, 1.18) are not in the shipped client at all.
import { createHost, type Host } from "./index";
import { storedCell } from "./stored";

let host: Host;
afterEach(() => host.uninstall());
const start = async (apiLevel: string): Promise<void> => {
  host = await createHost({ apiLevel });
  host.install();
};
const CELL = "Trang_tính1!D7";

test("a reviewer's reply is listed under the comment, and the thread can be resolved from ExcelApi 1.11", async () => {
  await start("1.11");
  await Excel.run(async (context) => {
    const comment = context.workbook.comments.add(CELL, "[Chỉ Tiêu]\nThấp hơn kế hoạch");
    comment.replies.add("đã xác minh");
    await context.sync();
  });
  const read = await Excel.run(async (context) => {
    const comments = context.workbook.comments.load("items/content,items/resolved,items/replies/items/content");
    await context.sync();
    const first = comments.items[0]!;
    const before = first.resolved;
    first.resolved = true;
    const location = first.getLocation().load("address");
    const count = first.replies.getCount();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- getCount() answers a ClientResult, which needs no load
    return { replies: first.replies.items.map((r) => r.content), resolved: before, count: count.value, address: location.address };
  });
  expect(read).toEqual({ replies: ["đã xác minh"], resolved: false, count: 1, address: "Trang_tính1!D7" });
  const after = await Excel.run(async (context) => {
    const comment = context.workbook.comments.getItemAt(0).load("resolved");
    const reply = comment.replies.getItemAt(0).load("resolved,content");
    await context.sync();
    return { resolved: comment.resolved, reply: [reply.content, reply.resolved] };
  });
  expect(after).toEqual({ resolved: true, reply: ["đã xác minh", true] });
});

test("Comment.delete deletes the thread with its replies; a reply deletes alone", async () => {
  await start("1.10");
  await Excel.run(async (context) => {
    const comment = context.workbook.comments.add(CELL, "x");
    comment.replies.add("một");
    comment.replies.add("hai");
    await context.sync();
    comment.replies.getItemAt(0).delete();
    const count = comment.replies.getCount();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- getCount() answers a ClientResult, which needs no load
    expect(count.value).toBe(1);
    comment.delete();
    await context.sync();
  });
  expect(storedCell(host, 0, "D7").note).toBeUndefined();
  const count = await Excel.run(async (context) => {
    context.workbook.comments.add(CELL, "y");
    const replies = context.workbook.comments.getItemAt(0).replies.getCount();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- getCount() answers a ClientResult, which needs no load
    return replies.value;
  });
  expect(count).toBe(0);
});

test("below ExcelApi 1.11 a comment's resolved is not served; below 1.10 no comments at all", async () => {
  await start("1.10");
  await expect(
    Excel.run(async (context) => {
      context.workbook.comments.add(CELL, "x").load("resolved");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
  host.uninstall();
  await start("1.9");
  await expect(
    Excel.run(async (context) => {
      context.workbook.comments.add(CELL, "x");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
});

test("members the host does not serve answer ApiNotFound", async () => {
  await start("1.18");
  await expect(
    Excel.run(async (context) => {
      context.workbook.comments.add(CELL, "x").load("mentions");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
  await expect(
    Excel.run(async (context) => {
      context.workbook.comments.add("Trang_tính1!D8", "x").replies.add("y").load("creationDate");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
});
