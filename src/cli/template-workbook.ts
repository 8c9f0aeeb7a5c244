// The template workbook that `chitieu template` and `npm run examples` write: the core's plan
// for one period, applied to a fresh, deterministically stamped workbook.
import type ExcelJS from "exceljs";
import type { Lang } from "../core/indicator";
import type { CarriedInputs } from "../core/layout/carried";
import { planSheet } from "../core/layout/plan-sheet";
import type { Period } from "../core/periods/period";
import type { ReportDetails } from "../core/reading";
import type { SheetPlan } from "../core/sheet-plan";
import type { Template } from "../core/template/template";
import { applySheetPlan } from "../xlsx/apply-plan";
import { newWorkbook } from "../xlsx/workbook-bytes";

export interface TemplateWorkbookInput {
  readonly template: Template;
  readonly period: Period;
  readonly details: ReportDetails;
  readonly lang: Lang;
  readonly carried?: CarriedInputs;
}

export interface TemplateWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly worksheet: ExcelJS.Worksheet;
  readonly plan: SheetPlan;
}

export function buildTemplateWorkbook(input: TemplateWorkbookInput): TemplateWorkbook {
  const plan = planSheet({
    template: input.template,
    period: input.period,
    details: input.details,
    lang: input.lang,
    carried: input.carried ?? {},
  });
  const workbook = newWorkbook();
  const worksheet = applySheetPlan(workbook, plan);
  return { workbook, worksheet, plan };
}
