// The Excel operations that carry the engine (layout, rules, summary), as one lazily loaded
// chunk: connect.ts imports this module only with import().
export { createExcelAddin } from "../excel/addin";
export { createSummaryExportApi } from "../excel/export-summary-api";
export { knownTemplate } from "../excel/templates";
export { applyStatusAction, readReportStatus } from "../excel/status-store";
export { consolidateFiles } from "../excel/consolidate-files";
