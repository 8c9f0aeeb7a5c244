// Host facts as the pane receives them: the ExcelApi level found by probing isSetSupported,
// the features that level allows, Office's language, and a plain answer outside Excel.
import { factsForLevel, hostFacts, OUTSIDE_EXCEL, probeApiMinor, resetHostFacts } from "../../src/excel/host-facts";
import { resetOfficeReady } from "../../src/excel/office-ready";
import { createHost, newestLevel } from "../host";
import { startHost } from "./helpers";

afterEach(() => {
  resetOfficeReady();
  resetHostFacts();
});

it("at the manifest's minimum (1.7): Excel, level 1.7, none of the optional features", async () => {
  const { host, facts } = await startHost("1.7");
  host.uninstall();
  expect(facts).toEqual({
    inExcel: true,
    displayLanguage: "vi-VN",
    apiLevel: "1.7",
    supports: { dataValidation: false, createWorkbook: false, pageLayout: false, comments: false, notes: false },
  });
});

it("at 1.9: data validation, createWorkbook and page layout, not yet comments or notes", async () => {
  const { host, facts } = await startHost("1.9");
  host.uninstall();
  expect(facts.apiLevel).toBe("1.9");
  expect(facts.supports).toEqual({ dataValidation: true, createWorkbook: true, pageLayout: true, comments: false, notes: false });
});

it("at the newest level: every feature, and the level itself", async () => {
  const { host, facts } = await startHost(newestLevel);
  host.uninstall();
  expect(facts.apiLevel).toBe(newestLevel);
  expect(Object.values(facts.supports).every(Boolean)).toBe(true);
});

it("Office's display language reaches the pane as Office gives it", async () => {
  const host = await createHost({ apiLevel: "1.7", displayLanguage: "en-US" });
  host.install();
  resetOfficeReady();
  resetHostFacts();
  const facts = await hostFacts();
  host.uninstall();
  expect(facts.displayLanguage).toBe("en-US");
});

it("outside Office (no office.js): not in Excel, no level, Vietnamese by default", async () => {
  const saved = (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Office?: unknown }).Office;
  try {
    expect(await hostFacts()).toEqual(OUTSIDE_EXCEL);
  } finally {
    if (saved !== undefined) (globalThis as { Office?: unknown }).Office = saved;
  }
});

it("probing stops at the first level the host refuses, and below 1.7 there is no level", () => {
  const upTo = (max: number) => (_: string, v: string) => Number(v.split(".")[1]) <= max;
  expect(probeApiMinor(upTo(12))).toBe(12);
  expect(probeApiMinor(upTo(6))).toBeNull();
  expect(factsForLevel(10, "vi-VN").supports).toEqual({ dataValidation: true, createWorkbook: true, pageLayout: true, comments: true, notes: false });
});
