// chitieu template --from-table TABLE.xlsx [--sheet NAME] --out template.json|report.xlsx
// The department's own table, guessed into a template headless: every guess is printed with
// its row and reason (stdout), problems name the row to change, and the file written loads.
import path from "node:path";
import { draftJson, draftTemplate, findTableHeader, guessLine, problemMessage, proposeTemplate, type Proposal } from "../core/authoring";
import type { Lang } from "../core/indicator";
import { templateErrorMessage } from "../core/i18n";
import type { SheetSnapshot } from "../core/snapshot";
import type { Template } from "../core/template/template";
import { readFileBytes } from "../xlsx/file-io";
import { readSnapshot } from "../xlsx/read-snapshot";
import { loadWorkbook } from "../xlsx/workbook-bytes";
import { cliMessages } from "./cli-messages";

const WORDS = {
  vi: {
    noSheet: (name: string, sheets: string) => `Tệp không có trang tính "${name}". Các trang tính: ${sheets}.`,
    noTable: (file: string) => `Không trang tính nào của ${file} có dòng tiêu đề bảng chỉ tiêu (TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện). Dùng --sheet để chọn trang tính.`,
    table: (sheet: string, row: number, n: number) => `Bảng "${sheet}", tiêu đề ở dòng ${row}: ${n} chỉ tiêu.`,
    guessed: "Đã đoán (kiểm tra và sửa trong tệp mẫu nếu sai):",
    problems: "Cần sửa trong bảng:",
    invalid: (lines: string) => `Mẫu đoán được chưa hợp lệ:\n${lines}`,
    conflict: "Dùng --from-table hoặc --template, không dùng cả hai.",
    outKind: (out: string) => `--out ${out}: với --from-table, hãy ghi ra tệp mẫu .json (hoặc sổ .xlsx lập ngay từ mẫu đó).`,
    wrote: (out: string, id: string) => `Đã ghi mẫu ${id} vào ${out}. Lập sổ: chitieu template --template ${out} --out SO.xlsx`,
  },
  en: {
    noSheet: (name: string, sheets: string) => `The file has no sheet "${name}". Its sheets: ${sheets}.`,
    noTable: (file: string) => `No sheet of ${file} has an indicator table's header row (TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện). Use --sheet to choose the sheet.`,
    table: (sheet: string, row: number, n: number) => `Table "${sheet}", header on row ${row}: ${n} indicators.`,
    guessed: "Guessed (check them, and correct the template file where wrong):",
    problems: "To fix in the table:",
    invalid: (lines: string) => `The guessed template does not load:\n${lines}`,
    conflict: "Use --from-table or --template, not both.",
    outKind: (out: string) => `--out ${out}: with --from-table, write a .json template file (or an .xlsx workbook made from it at once).`,
    wrote: (out: string, id: string) => `Wrote template ${id} to ${out}. Make the workbook: chitieu template --template ${out} --out BOOK.xlsx`,
  },
} as const;

export const fromTableWords = (lang: Lang) => WORDS[lang];

export type FromTable =
  | { readonly ok: true; readonly template: Template; readonly proposal: Proposal; readonly report: string }
  | { readonly ok: false; readonly message: string };

/** The sheet named, or the first whose rows hold a table header. */
function pickSheet(sheets: readonly SheetSnapshot[], name: string | undefined): SheetSnapshot | "missing" | null {
  if (name !== undefined) return sheets.find((s) => s.name.normalize("NFC") === name.normalize("NFC")) ?? "missing";
  return sheets.find((s) => findTableHeader(s) !== null) ?? null;
}

export async function templateFromTable(file: string, sheetName: string | undefined, cwd: string, lang: Lang): Promise<FromTable> {
  const messages = cliMessages(lang);
  const w = WORDS[lang];
  const bytes = await readFileBytes(path.resolve(cwd, file));
  if (!bytes.ok) {
    if (bytes.reason === "not-found") return { ok: false, message: messages.fileNotFound(file) };
    if (bytes.reason === "is-directory") return { ok: false, message: messages.fileIsDirectory(file) };
    return { ok: false, message: messages.fileUnreadable(file, bytes.detail) };
  }
  const loaded = await loadWorkbook(bytes.bytes);
  if (!loaded.ok) return { ok: false, message: messages.notAWorkbook(file) };
  const snapshots = loaded.workbook.worksheets.map((ws) => readSnapshot(ws));
  const sheet = pickSheet(snapshots, sheetName);
  if (sheet === "missing") return { ok: false, message: w.noSheet(sheetName ?? "", snapshots.map((s) => s.name).join(", ")) };
  if (sheet === null) return { ok: false, message: w.noTable(file) };
  const proposed = proposeTemplate(sheet);
  if (!proposed.ok) return { ok: false, message: problemMessage(proposed.problem, lang) };
  const { proposal } = proposed;
  const parsed = draftTemplate(proposal.draft);
  if (!parsed.ok) return { ok: false, message: w.invalid(parsed.errors.map((e) => `  - ${templateErrorMessage(e, lang)}`).join("\n")) };
  const lines = [
    w.table(sheet.name, proposal.header.firstRow, proposal.draft.indicators.length),
    w.guessed,
    ...proposal.guesses.map((g) => `  ${guessLine(g, lang)}`),
    ...(proposal.problems.length > 0 ? [w.problems, ...proposal.problems.map((p) => `  ${problemMessage(p, lang)}`)] : []),
  ];
  return { ok: true, template: parsed.template, proposal, report: `${lines.join("\n")}\n` };
}

/** The template file as the CLI and the pane's "Lưu mẫu ra tệp" write it. */
export const templateFileText = (proposal: Proposal): string => `${JSON.stringify(draftJson(proposal.draft), null, 2)}\n`;
