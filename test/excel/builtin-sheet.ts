// Each test of a file on its own stand-in host at the newest ExcelApi level, with the built-in
// template's sheet of Q1 2020 loaded, as a clerk starts: `const sheet = builtinSheetPerTest()` at
// the top of the file, then `sheet.host` and `sheet.rowOf(code)` in the tests.
import { letter } from "../../src/core/layout/columns";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { loadTemplate } from "../../src/excel/load-template";
import { newestLevel, type Host } from "../host";
import { DETAILS, startHost } from "./helpers";

export const BUILTIN_SHEET = "Quý I-2020";
export const Q1 = { year: 2020, kind: "Q1" } as const;

export interface BuiltinSheet {
  /** The running test's host. */
  readonly host: Host;
  /** The row of an indicator code on the sheet, as a user finds it by eye. */
  rowOf(code: string): number;
}

export function builtinSheetPerTest(): BuiltinSheet {
  let host: Host | undefined;
  beforeEach(async () => {
    ({ host } = await startHost(newestLevel));
    await loadTemplate({ template: defaultTemplate(), period: Q1, details: DETAILS, replaceExisting: false });
  });
  afterEach(() => host?.uninstall());
  return {
    get host(): Host {
      if (host === undefined) throw new Error("builtinSheetPerTest: no test is running");
      return host;
    },
    rowOf(code: string): number {
      const ws = this.host.workbook.getWorksheet(BUILTIN_SHEET)!;
      for (let row = 1; row <= ws.rowCount; row++) if (ws.getCell(`${letter("code")}${row}`).value === code) return row;
      throw new Error(`no row for ${code}`);
    },
  };
}
