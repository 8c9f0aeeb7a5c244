// chitieu check FILE.xlsx... [--json] [--lang vi|en] [--template FILE]
import { findingMessage, catalog } from "../core/i18n";
import type { Command } from "./command";
import { EXIT, type ExitCode } from "./cli-context";
import { checkTable } from "./check-table";
import { checkFile, type CheckedFile } from "./check-workbook";
import { jsonOfCheck, type JsonFile } from "./check-json";
import { cliMessages } from "./cli-messages";
import { jsonOfStatus, statusTextLine } from "./status-json";
import { knownTemplates, resolveTemplate } from "./template-source";

/** 2 if any file is unusable, else 1 if any finding is an error, else 0. */
export function checkExitCode(files: readonly CheckedFile[]): ExitCode {
  if (files.some((file) => !file.ok)) return EXIT.unusable;
  const anyError = files.some((file) => file.ok && file.result.findings.some((finding) => finding.severity === "error"));
  return anyError ? EXIT.findings : EXIT.ok;
}

export const checkCommand: Command = {
  name: "check",
  summary: {
    vi: "kiểm tra số liệu trong sổ .xlsx: lỗi, cảnh báo, đánh giá so với chỉ tiêu",
    en: "check the figures of .xlsx workbooks: errors, warnings, grades against target",
  },
  help: {
    vi: [
      "chitieu check TEP.xlsx [TEP2.xlsx ...] [--json] [--lang vi|en] [--template MAU.json]",
      "",
      "Kiểm tra trang chỉ tiêu của kỳ mới nhất trong mỗi sổ: số không đọc được, số âm, số lẻ, tỷ lệ",
      "ngoài 0-100, ô bắt buộc còn trống, tổng không khớp, số bất thường, chỉ tiêu chưa đạt.",
      "",
      "  --json              in đúng một đối tượng JSON (cho máy đọc)",
      "  --lang vi|en        ngôn ngữ của thông báo (mặc định: vi)",
      "  --template MAU.json mẫu riêng, khi sổ không lập từ mẫu có sẵn",
      "",
      "Mã thoát: 0 không có lỗi; 1 có lỗi số liệu; 2 có tệp không dùng được.",
      "Ví dụ: chitieu check examples/ha-nam-stttt-2020-Q1.xlsx",
    ].join("\n"),
    en: [
      "chitieu check FILE.xlsx [FILE2.xlsx ...] [--json] [--lang vi|en] [--template TEMPLATE.json]",
      "",
      "Checks the latest period's indicator sheet of each workbook: unreadable, negative or fractional",
      "numbers, rates outside 0-100, empty required cells, parts that do not add up, outliers, shortfalls.",
      "",
      "  --json                   print exactly one JSON object (for machines)",
      "  --lang vi|en             language of the messages (default: vi)",
      "  --template TEMPLATE.json a custom template, for workbooks not made from a built-in one",
      "",
      "Exit code: 0 no error; 1 errors in the figures; 2 a file could not be used.",
      "Example: chitieu check examples/ha-nam-stttt-2020-Q1.xlsx",
    ].join("\n"),
  },
  options: [
    { name: "json", takesValue: false },
    { name: "template", takesValue: true },
  ],
  async run({ args, lang, output, cwd }) {
    const messages = cliMessages(lang);
    if (args.positionals.length === 0) {
      output.err(`${messages.noFiles}\n`);
      return EXIT.unusable;
    }
    let extra;
    if (args.values.template !== undefined) {
      const source = await resolveTemplate(args.values.template, cwd, lang);
      if (!source.ok) {
        output.err(`${source.message}\n`);
        return EXIT.unusable;
      }
      extra = source.template;
    }
    const templates = knownTemplates(extra);
    const files: CheckedFile[] = [];
    for (const file of args.positionals) files.push(await checkFile(file, cwd, templates, lang));
    const message = (finding: Parameters<typeof findingMessage>[0]): string => findingMessage(finding, lang);
    if (args.flags.has("json")) {
      const json: JsonFile[] = files.map((file) =>
        file.ok ? { ...jsonOfCheck(file.file, file.result, message, lang), status: jsonOfStatus(file.status, lang) } : { file: file.file, error: file.error },
      );
      output.out(`${JSON.stringify({ files: json })}\n`);
    } else {
      const words = catalog(lang);
      const blocks = files.flatMap((file) =>
        file.ok ? [checkTable(file.file, file.template, file.result, words, message, lang) + statusTextLine(file.status, lang)] : [],
      );
      output.out(blocks.join("\n"));
      for (const file of files) if (!file.ok) output.err(`${file.file}: ${file.error}\n`);
    }
    return checkExitCode(files);
  },
};
