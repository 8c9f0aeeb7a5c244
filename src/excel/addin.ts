// The implementation of the pane's interface (addin-api.ts) over Office.js. The same object
// runs in Excel and, in the workbench and the tests, over the stand-in host.
import type { ExcelAddin } from "./addin-api";
import { check } from "./check";
import { hostFacts } from "./host-facts";
import { watch } from "./live";
import { loadTemplate } from "./load-template";
import { selectCell } from "./select";
import { listTemplateSheets } from "./template-sheets";
import { ensureStoredTemplates } from "./template-store";
import { knownTemplate } from "./templates";
import type { TemplateId } from "../core/template/template";

export function createExcelAddin(): ExcelAddin {
  return {
    facts: () => hostFacts(),
    listTemplateSheets: async () => {
      const list = await listTemplateSheets();
      // A sheet made from a template stored in this workbook (a colleague's file): read the
      // stored templates once, so that checking it needs no template file.
      if (list.some((i) => knownTemplate(i.templateId as TemplateId) === undefined)) await ensureStoredTemplates();
      return list;
    },
    loadTemplate: (request, onProgress) => loadTemplate(request, onProgress),
    check: (sheetName) => check(sheetName),
    watch: (onUpdate, sheetName) => watch(onUpdate, sheetName),
    selectCell: (address) => selectCell(address),
  };
}
