// Builds the pane's PaneApi from src/excel's operations, after Office.onReady. The same
// function serves Excel and the workbench (where the stand-in host is installed as the
// Office globals first), so the workbench exercises the real adapters.
import { createSummaryExportApi } from "../excel/export-summary-api";
import { hostFacts } from "../excel/host-facts";
import { appendReviewMarks, readReviewMarks } from "../excel/review-store";
import { selectCell } from "../excel/select";
import type { PaneApi } from "./pane-api";

const notYet = (what: string) => Promise.reject(new Error(`${what} is not available yet`));

export async function connectOffice(): Promise<PaneApi> {
  const facts = await hostFacts();
  return {
    facts,
    theme: null,
    listTemplateSheets: async () => [],
    loadTemplate: () => notYet("loadTemplate"),
    readReportDetails: async () => null,
    saveReportDetails: async () => ({ ok: true }),
    check: async () => ({ ok: false, detail: "check is not available yet" }),
    watch: async () => () => undefined,
    selectCell: async (cell) => {
      const r = await selectCell(cell);
      return r.ok ? { ok: true } : { ok: false, detail: r.detail };
    },
    readReviewMarks: async () => {
      const r = await readReviewMarks();
      return r.ok ? { ok: true, marks: r.marks } : { ok: false, detail: r.detail };
    },
    appendReviewMarks: async (marks) => {
      const r = await appendReviewMarks(marks);
      return r.ok ? { ok: true } : { ok: false, detail: r.detail };
    },
    summary: createSummaryExportApi(facts),
  };
}
