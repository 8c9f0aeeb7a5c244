// The implementation of the pane's interface (addin-api.ts) over Office.js. The same object
// runs in Excel and, in the workbench and the tests, over the stand-in host.
import type { ExcelAddin } from "./addin-api";
import { check } from "./check";
import { hostFacts } from "./host-facts";
import { watch } from "./live";
import { loadTemplate } from "./load-template";
import { selectCell } from "./select";
import { listTemplateSheets } from "./template-sheets";

export function createExcelAddin(): ExcelAddin {
  return {
    facts: () => hostFacts(),
    listTemplateSheets: () => listTemplateSheets(),
    loadTemplate: (request, onProgress) => loadTemplate(request, onProgress),
    check: (sheetName) => check(sheetName),
    watch: (onUpdate, sheetName) => watch(onUpdate, sheetName),
    selectCell: (address) => selectCell(address),
  };
}
