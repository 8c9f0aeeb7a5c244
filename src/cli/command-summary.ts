// chitieu summary FILE.xlsx --out SUMMARY.xlsx [--sheet NAME] [--lang vi|en] [--template FILE]
// Writes the summary for the provincial committee (Nghị định 30/2020 layout) as a workbook of
// its own: one sheet, values only, A4 page setup. The source workbook is only read.
import path from "node:path";
import { checkReading } from "../core/check";
import type { Finding } from "../core/finding";
import { findingMessage } from "../core/i18n";
import type { Lang } from "../core/indicator";
import { summaryReadiness } from "../core/summary/summary-readiness";
import { planSummarySheet, summaryDigest } from "../core/summary-sheet/plan-summary-sheet";
import { summaryStatusOf } from "../core/summary-sheet/summary-of-sheet";
import { fileExists, writeFileBytes } from "../xlsx/file-io";
import { summaryWorkbookBytes } from "../xlsx/summary-workbook";
import { readStatusHistory } from "../xlsx/status-sheet";
import { openReportSheet } from "./check-workbook";
import type { Command } from "./command";
import { EXIT } from "./cli-context";
import { cliMessages } from "./cli-messages";
import { summaryMessages } from "./command-summary-messages";
import { knownTemplates, resolveTemplate } from "./template-source";

export const summaryCommand: Command = {
  name: "summary",
  summary: {
    vi: "xuất bản tổng hợp gửi UBND tỉnh (thể thức Nghị định 30/2020) thành một sổ .xlsx mới",
    en: "export the summary for the provincial committee (Decree 30/2020 layout) as a new .xlsx",
  },
  help: {
    vi: [
      "chitieu summary TEP.xlsx --out TONG_HOP.xlsx [--sheet TEN_TRANG] [--lang vi|en] [--template MAU.json] [--allow-errors] [--force]",
      "",
      "Lập bản tổng hợp của trang chỉ tiêu kỳ mới nhất (hoặc trang --sheet): quốc hiệu, tiêu ngữ, số",
      "và ngày văn bản, bảng chỉ tiêu với đánh giá, số chỉ tiêu theo đánh giá, nhận xét chung, nơi",
      "nhận và chữ ký; khổ A4, Times New Roman. Sổ mới chỉ có giá trị (không công thức, không liên",
      "kết); sổ gốc chỉ được đọc, không bị thay đổi.",
      "",
      "  --out TONG_HOP.xlsx  tệp kết quả (bắt buộc, khác sổ gốc)",
      "  --sheet TEN_TRANG    trang chỉ tiêu cần tổng hợp (mặc định: kỳ mới nhất)",
      "  --lang vi|en         ngôn ngữ của bản tổng hợp và thông báo (mặc định: vi)",
      "  --template MAU.json  mẫu riêng, khi sổ không lập từ mẫu có sẵn",
      "  --allow-errors       vẫn lập khi số liệu còn lỗi; bản tổng hợp ghi rõ số liệu chưa được xác minh",
      "  --force              ghi đè TONG_HOP.xlsx nếu đã có (mặc định: không ghi đè)",
      "",
      "Sổ còn lỗi (chitieu check báo Lỗi) thì không lập, trừ khi có --allow-errors; trang chưa có số liệu",
      "nào thì không bao giờ lập.",
      "Mã thoát: 0 đã ghi; 1 số liệu còn lỗi hoặc chưa có số liệu, không ghi; 2 không dùng được tệp.",
      "Ví dụ: chitieu summary examples/ha-nam-stttt-2020-Q1.xlsx --out tong-hop.xlsx",
    ].join("\n"),
    en: [
      "chitieu summary FILE.xlsx --out SUMMARY.xlsx [--sheet NAME] [--lang vi|en] [--template TEMPLATE.json] [--allow-errors] [--force]",
      "",
      "Builds the summary of the latest period's indicator sheet (or of --sheet): national motto,",
      "number and date, the indicator table with grades, counts per grade, the verdict, recipients",
      "and signature; A4, Times New Roman. The new workbook holds values only (no formulas, no",
      "links); the source workbook is only read, never changed.",
      "",
      "  --out SUMMARY.xlsx       the output file (required, not the source)",
      "  --sheet NAME             the indicator sheet to summarise (default: the latest period)",
      "  --lang vi|en             language of the summary and the messages (default: vi)",
      "  --template TEMPLATE.json a custom template, for workbooks not made from a built-in one",
      "  --allow-errors           make it although figures have errors; the summary says they are unverified",
      "  --force                  replace SUMMARY.xlsx if it exists (default: never replace)",
      "",
      "A workbook with errors (chitieu check says Error) is refused unless --allow-errors; a sheet with",
      "no figures at all never is summarised.",
      "Exit code: 0 written; 1 errors or no figures, nothing written; 2 a file could not be used.",
      "Example: chitieu summary examples/ha-nam-stttt-2020-Q1.xlsx --out summary.xlsx",
    ].join("\n"),
  },
  options: [
    { name: "out", takesValue: true },
    { name: "sheet", takesValue: true },
    { name: "template", takesValue: true },
    { name: "allow-errors", takesValue: false },
    { name: "force", takesValue: false },
  ],
  async run({ args, lang, output, cwd }) {
    const messages = cliMessages(lang);
    const own = summaryMessages(lang);
    const fail = (text: string) => {
      output.err(`${text}\n`);
      return EXIT.unusable;
    };
    if (args.positionals.length !== 1) return fail(own.oneFile);
    const file = args.positionals[0];
    const out = args.values.out;
    if (out === undefined) return fail(messages.missingOut("summary"));
    if (!out.toLowerCase().endsWith(".xlsx")) return fail(messages.outNotXlsx(out));
    if (path.resolve(cwd, out) === path.resolve(cwd, file)) return fail(own.sameAsSource(out));
    if (!args.flags.has("force") && (await fileExists(path.resolve(cwd, out)))) return fail(messages.outExists(out));

    const source = await resolveTemplate(args.values.template, cwd, lang);
    if (!source.ok) return fail(source.message);
    const templates = knownTemplates(args.values.template === undefined ? undefined : source.template);
    const sheetName = args.values.sheet;
    const opened = await openReportSheet(file, cwd, templates, lang, sheetName === undefined ? undefined : {
      sheetName,
      noSuchSheet: (available) => own.noSuchSheet(file, sheetName.normalize("NFC"), available.join(", ") || "—"),
    });
    if (!opened.ok) return fail(opened.error);
    const chosen = opened.sheet;
    const result = checkReading(chosen.template, chosen.reading);
    const ready = summaryReadiness(result);
    if (!ready.ok && ready.reason === "empty") {
      output.err(`${own.empty(file, chosen.reading.sheetName)}\n`);
      return EXIT.findings;
    }
    const errors = ready.ok ? [] : ready.errors;
    if (errors.length > 0 && !args.flags.has("allow-errors")) {
      output.err(`${own.refused(file, chosen.reading.sheetName, errors.length)}\n${errorLines(errors, lang)}${own.howToGoOn(file)}\n`);
      return EXIT.findings;
    }
    const status = summaryStatusOf(readStatusHistory(chosen.worksheet.workbook), chosen.reading, result, lang);
    const plan = planSummarySheet(chosen.template, chosen.reading, result, lang, {
      ...(errors.length > 0 ? { unverifiedErrors: errors.length } : {}),
      status,
    });
    const written = await writeFileBytes(path.resolve(cwd, out), await summaryWorkbookBytes(plan));
    if (!written.ok) return fail(messages.writeFailed(out, written.detail));
    const digest = summaryDigest(chosen.template, chosen.reading, result, lang);
    const c = digest.counts;
    if (errors.length > 0) output.err(`${own.writtenUnverified(errors.length)}\n${errorLines(errors, lang)}`);
    output.out(`${messages.wrote(out, plan.name)}\n${digest.title}\n${own.counts(c.exceeded, c.met, c.near, c.shortfall)}\n${digest.verdict}\n${status}\n`);
    return EXIT.ok;
  },
};

/** One line per error: its cell, its indicator, the catalogue's sentence. */
const errorLines = (errors: readonly Finding[], lang: Lang): string =>
  errors.map((f) => `  ${f.cell} ${f.code}: ${findingMessage(f, lang)}\n`).join("");
