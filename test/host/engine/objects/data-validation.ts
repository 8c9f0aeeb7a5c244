// Excel.DataValidation (ExcelApi 1.8) over ExcelJS's per-cell validation model.
import type ExcelJS from "exceljs";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readOnly, readWrite, type MemberTable } from "./base";
import type { Range } from "./range";
import { isProtected, PROTECTED_MESSAGE } from "./sheet-ops";

export type DvModel = ExcelJS.DataValidation & { showErrorMessage?: boolean; showInputMessage?: boolean };
type WithDv = ExcelJS.Worksheet & { dataValidations: { model: Record<string, DvModel | undefined> } };

export const OPERATORS: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};
const TYPES: Record<string, string> = { wholeNumber: "whole", decimal: "decimal", textLength: "textLength", date: "date", time: "time", list: "list", custom: "custom" };
const TYPE_NAMES: Record<string, string> = { whole: "WholeNumber", decimal: "Decimal", textLength: "TextLength", date: "Date", time: "Time", list: "List", custom: "Custom" };
const STYLES: Record<string, "stop" | "warning" | "information"> = { Stop: "stop", Warning: "warning", Information: "information" };

export const validationModel = (ws: ExcelJS.Worksheet): Record<string, DvModel | undefined> => (ws as WithDv).dataValidations.model;

const reverse = (map: Record<string, string>, v: string | undefined): string | undefined => Object.keys(map).find((k) => map[k] === v);

export class DataValidation extends ServerObject {
  readonly className = "DataValidation";
  constructor(session: Session, readonly range: Range) {
    super(session);
  }

  private addresses(): string[] {
    const { box } = this.range;
    if ((box.bottom - box.top + 1) * (box.right - box.left + 1) > 2_000_000) fail("InvalidArgument", "The range is too large for data validation in the stand-in host.");
    const out: string[] = [];
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) out.push(this.range.ws.getRow(r + 1).getCell(c + 1).address);
    return out;
  }
  private models(): (DvModel | undefined)[] {
    const model = validationModel(this.range.ws);
    return this.addresses().map((a) => model[a]);
  }
  /** The one model all cells share, null when they differ, undefined when none has one. */
  private common(): DvModel | null | undefined {
    const models = this.models();
    const key = (m: DvModel | undefined) => JSON.stringify(m ?? null);
    const first = key(models[0]);
    return models.every((m) => key(m) === first) ? models[0] : null;
  }
  private update(patch: (current: DvModel | undefined) => DvModel | undefined): void {
    // Data validation cannot be changed on a protected sheet.
    if (isProtected(this.range.ws)) fail("AccessDenied", `${PROTECTED_MESSAGE} (${this.range.ws.name})`);
    const model = validationModel(this.range.ws);
    for (const a of this.addresses()) {
      const next = patch(model[a]);
      if (next === undefined) delete model[a];
      else model[a] = next;
    }
  }

  protected members(): MemberTable {
    const blank = (): DvModel => ({ type: "any" } as unknown as DvModel);
    return {
      props: {
        Type: readOnly(() => {
          const m = this.common();
          if (m === null) return "Inconsistent";
          return m === undefined || (m.type as string) === "any" ? "None" : (TYPE_NAMES[m.type] ?? "None");
        }),
        Rule: readWrite(
          () => {
            const m = this.common();
            if (!m || (m.type as string) === "any") return {};
            const name = reverse(TYPES, m.type) ?? "custom";
            const [f1, f2] = m.formulae ?? [];
            if (name === "list") return { list: { inCellDropDown: true, source: String(f1 ?? "").replace(/^"|"$/g, "") } };
            if (name === "custom") return { custom: { formula: `=${String(f1 ?? "")}` } };
            // "When retrieving the value, it will always be returned as a string formula, for example: "=10""
            // (BasicDataValidation.formula1).
            const asFormula = (f: unknown): string => `=${String(f).replace(/^=/, "")}`;
            return { [name]: { operator: reverse(OPERATORS, m.operator) ?? "Between", formula1: asFormula(f1), ...(f2 === undefined ? {} : { formula2: asFormula(f2) }) } };
          },
          (v) => {
            const rule = (v ?? {}) as Record<string, Record<string, unknown> | undefined>;
            const [name, spec] = Object.entries(rule).find(([, s]) => s) ?? fail("InvalidArgument", "The data validation rule is empty.");
            const type = TYPES[name] ?? fail("InvalidArgument", `The data validation rule '${name}' is not valid.`);
            let formulae: unknown[];
            let operator: string | undefined;
            if (type === "list") formulae = [`"${String(spec!.source ?? "")}"`];
            else if (type === "custom") formulae = [String(spec!.formula ?? "").replace(/^=/, "")];
            else {
              operator = OPERATORS[String(spec!.operator)] ?? fail("InvalidArgument", `The operator '${String(spec!.operator)}' is not valid.`);
              formulae = spec!.formula2 === undefined ? [spec!.formula1] : [spec!.formula1, spec!.formula2];
            }
            this.update((current) => ({
              allowBlank: true,
              showErrorMessage: true,
              errorStyle: "stop",
              ...(current ?? {}),
              type,
              formulae,
              ...(operator ? { operator } : {}),
            } as DvModel));
          },
        ),
        ErrorAlert: readWrite(
          () => {
            const m = this.common();
            return m === null ? null : { showAlert: m?.showErrorMessage !== false, style: reverse(STYLES, m?.errorStyle) ?? "Stop", title: m?.errorTitle ?? "", message: m?.error ?? "" };
          },
          (v) => {
            const a = (v ?? {}) as { showAlert?: boolean; style?: string; title?: string; message?: string };
            this.update((current) => ({
              ...(current ?? blank()),
              ...(a.showAlert === undefined ? {} : { showErrorMessage: a.showAlert }),
              ...(a.style === undefined ? {} : { errorStyle: STYLES[a.style] ?? fail("InvalidArgument", `The alert style '${a.style}' is not valid.`) }),
              ...(a.title === undefined ? {} : { errorTitle: a.title }),
              ...(a.message === undefined ? {} : { error: a.message }),
            } as DvModel));
          },
        ),
        Prompt: readWrite(
          () => {
            const m = this.common();
            return m === null ? null : { showPrompt: Boolean(m?.showInputMessage), title: m?.promptTitle ?? "", message: m?.prompt ?? "" };
          },
          (v) => {
            const p = (v ?? {}) as { showPrompt?: boolean; title?: string; message?: string };
            this.update((current) => ({
              ...(current ?? blank()),
              ...(p.showPrompt === undefined ? {} : { showInputMessage: p.showPrompt }),
              ...(p.title === undefined ? {} : { promptTitle: p.title }),
              ...(p.message === undefined ? {} : { prompt: p.message }),
            } as DvModel));
          },
        ),
        IgnoreBlanks: readWrite(() => this.common()?.allowBlank !== false, (v) => this.update((current) => ({ ...(current ?? blank()), allowBlank: Boolean(v) } as DvModel))),
        Valid: readOnly(() => true),
      },
      methods: {
        Clear: () => this.update(() => undefined),
      },
    };
  }
}
