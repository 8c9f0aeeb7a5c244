// Live re-checks as staff type, on the stand-in host at 1.7 and the newest level: each edit
// updates the findings; a paste re-reads the whole table; the handler never writes to the
// sheet; the add-in's own check does not echo back as an update; unsubscribing stops it all.
import { defaultTemplate } from "../../src/core/template/template-builtin";
import type { LiveUpdate } from "../../src/excel/addin-api";
import { check } from "../../src/excel/check";
import { watch } from "../../src/excel/live";
import { loadTemplate } from "../../src/excel/load-template";
import { newestLevel, type Host } from "../host";
import { bare, DETAILS, startHost } from "./helpers";

const SHEET = "Quý I-2020";

/** Collects updates; `next()` waits for the next one (or fails after many event-loop turns). */
function collector() {
  const seen: LiveUpdate[] = [];
  let waiting: ((u: LiveUpdate) => void) | null = null;
  return {
    seen,
    push(u: LiveUpdate) {
      seen.push(u);
      if (waiting) {
        const w = waiting;
        waiting = null;
        w(u);
      }
    },
    next(): Promise<LiveUpdate> {
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
  };
}

/** Lets pending host messages and handlers run: enough turns for an event, its re-read and the callback. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

/** What each cell of the template sheet holds (a formula cell: its formula, not its recalculated result). */
function sheetValues(host: Host): Map<string, string> {
  const out = new Map<string, string>();
  host.workbook.getWorksheet(SHEET)!.eachRow((row) =>
    row.eachCell((c) => void out.set(c.address, c.formula ? `=${c.formula}` : JSON.stringify(c.value))),
  );
  return out;
}

function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

async function prepared(level: string): Promise<{ host: Host; cell: (code: string) => string }> {
  const { host } = await startHost(level);
  await loadTemplate({ template: defaultTemplate(), period: { year: 2020, kind: "Q1" }, details: DETAILS, replaceExisting: false });
  const first = await check(SHEET);
  if (!first.ok) throw new Error(JSON.stringify(first));
  const actual = new Map(first.reading.indicators.map((i) => [i.code as string, bare(i.cells.actual!.address)]));
  return { host, cell: (code) => actual.get(code)! };
}

describe.each(["1.7", newestLevel])("at ExcelApi %s", (level) => {
  let host: Host;
  let cell: (code: string) => string;
  beforeEach(async () => {
    ({ host, cell } = await prepared(level));
  });
  afterEach(() => host.uninstall());

  it("typing a bad figure updates the findings from a re-read of that cell, and writes nothing", async () => {
    const updates = collector();
    const stop = await watch((u) => updates.push(u), SHEET);
    if (typeof stop !== "function") throw new Error(JSON.stringify(stop));
    const before = sheetValues(host);
    host.instruments.reset();
    const arrived = updates.next();
    await host.user.type(SHEET, cell("B.2"), 187);
    const update = await arrived;
    expect(update.reread).toBe("cells");
    expect(update.changed).toBe(cell("B.2"));
    if (!update.outcome.ok) throw new Error(JSON.stringify(update.outcome));
    expect(update.outcome.result.findings.map((f) => [f.code, f.rule])).toContainEqual(["B.2", "percent-range"]);
    // One read sync; the only cell that changed is the one the user typed.
    expect(host.instruments.syncsPerRun).toEqual([1]);
    await settle();
    expect(changedCells(before, sheetValues(host))).toEqual([cell("B.2")]);
    await stop();
  });

  it("typing on into the next cell straight after Enter: the re-read waits for that cell's Enter instead of failing", async () => {
    const updates = collector();
    const stop = await watch((u) => updates.push(u), SHEET);
    if (typeof stop !== "function") throw new Error(JSON.stringify(stop));
    // Enter moves down and the user starts typing there before the re-read reaches Excel, which
    // serves no request while a cell is being edited (Excel.RunOptions.delayForCellEdit).
    host.user.beforeRequest(1, () => host.user.startEditing(SHEET, cell("C.1")));
    const arrived = updates.next();
    await host.user.type(SHEET, cell("B.2"), 187);
    await settle();
    expect(updates.seen).toEqual([]);
    await host.user.finishEditing(1);
    const update = await arrived;
    if (!update.outcome.ok) throw new Error(JSON.stringify(update.outcome));
    expect(update.outcome.result.findings.map((f) => [f.code, f.rule])).toContainEqual(["B.2", "percent-range"]);
    await stop();
  });

  it("a paste over several rows re-reads the whole table and sees the parts disagree with their total", async () => {
    const updates = collector();
    const stop = await watch((u) => updates.push(u), SHEET);
    if (typeof stop !== "function") throw new Error(JSON.stringify(stop));
    const arrived = updates.next();
    // C.2 and its four parts sit in consecutive rows: 28 against 6 + 3 + 1 + 10.
    const top = cell("C.2");
    await host.user.paste(SHEET, top, [[28], [6], [3], [1], [10]]);
    const update = await arrived;
    expect(update.reread).toBe("table");
    if (!update.outcome.ok) throw new Error(JSON.stringify(update.outcome));
    expect(update.outcome.result.findings.map((f) => [f.code, f.rule])).toContainEqual(["C.2", "sum-mismatch"]);
    await stop();
  });

  it("a row inserted inside the table re-reads the whole table; figures below it are still found", async () => {
    await host.user.type(SHEET, cell("C.3"), 30);
    const updates = collector();
    const stop = await watch((u) => updates.push(u), SHEET);
    if (typeof stop !== "function") throw new Error(JSON.stringify(stop));
    // The template is protected without a password; staff unprotect it (Review > Unprotect
    // Sheet) to insert a row of their own. Done here through the API, as that menu would.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.unprotect();
      await context.sync();
    });
    await settle();
    const arrived = updates.next();
    const inserted = await host.user.insertRows(SHEET, Number(cell("B.2").replace(/^[A-Z]+/, "")) + 1);
    expect(inserted).toEqual({ accepted: true });
    const update = await arrived;
    expect(update.reread).toBe("table");
    if (!update.outcome.ok) throw new Error(JSON.stringify(update.outcome));
    // C.3 moved down one row and is still read, with its figure.
    const c3 = update.outcome.result.indicators.find((i) => i.code === "C.3");
    expect(c3?.value).toBe(30);
    const moved = cell("C.3").replace(/\d+$/, (n) => String(Number(n) + 1));
    expect(update.outcome.reading.indicators.find((i) => i.code === "C.3")?.cells.actual?.address).toBe(`'${SHEET}'!${moved}`);
    await stop();
  });

  it("the add-in's own check does not come back as a live update", async () => {
    const updates = collector();
    const stop = await watch((u) => updates.push(u), SHEET);
    if (typeof stop !== "function") throw new Error(JSON.stringify(stop));
    const arrived = updates.next();
    await host.user.type(SHEET, cell("B.2"), 187);
    await arrived;
    const before = updates.seen.length;
    const checked = await check(SHEET);
    expect(checked.ok).toBe(true);
    await settle();
    expect(updates.seen.length).toBe(before);
    await stop();
  });

  it("after unsubscribing, typing updates nothing", async () => {
    const updates = collector();
    const stop = await watch((u) => updates.push(u), SHEET);
    if (typeof stop !== "function") throw new Error(JSON.stringify(stop));
    await stop();
    await host.user.type(SHEET, cell("B.2"), 187);
    await settle();
    expect(updates.seen).toEqual([]);
  });
});

it("watching a sheet that is not a template sheet says so and registers nothing", async () => {
  const { host } = await startHost("1.7");
  try {
    const own = host.workbook.worksheets[0].name;
    await host.user.type(own, "A1", "Ghi chú của tôi");
    const result = await watch(() => undefined);
    expect(result).toMatchObject({ ok: false, reason: "not-a-template", sheetName: own });
  } finally {
    host.uninstall();
  }
});
