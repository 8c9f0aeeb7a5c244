// chitieu consolidate FILE.xlsx... --out RESULT.xlsx [--json] [--lang vi|en] [--template FILE]
// Many units' workbooks of one template and period into one sheet (core decides what is included,
// what adds up and how totals grade); files of another template or period are listed, left out.
import path from "node:path";
import { consolidate, type ConsolidationSource } from "../core/consolidation/consolidate";
import { planConsolidationSheet } from "../core/consolidation/consolidation-sheet";
import { checkReading } from "../core/check";
import { CONSOLIDATION_WORDS } from "../core/i18n/consolidation-words";
import { STATUS_CATALOGS } from "../core/i18n/status-catalog";
import { writeFileBytes } from "../xlsx/file-io";
import { readStatusHistory } from "../xlsx/status-sheet";
import { summaryWorkbookBytes } from "../xlsx/summary-workbook";
import { openReportSheet } from "./check-workbook";
import type { Command } from "./command";
import { EXIT } from "./cli-context";
import { cliMessages } from "./cli-messages";
import { jsonOfConsolidation } from "./consolidate-json";
import { knownTemplates, resolveTemplate } from "./template-source";

/** The unit a file reports for: its name without .xlsx ("duy-tien.xlsx" → "duy-tien"). */
export const unitOfFile = (file: string): string => path.basename(file).replace(/\.xlsx$/i, "");

export const consolidateCommand: Command = {
  name: "consolidate",
  summary: {
    vi: "tổng hợp báo cáo của nhiều đơn vị (cùng mẫu, cùng kỳ) thành một trang",
    en: "consolidate many units' reports (same template and period) into one sheet",
  },
  help: {
    vi: [
      "chitieu consolidate TEP1.xlsx TEP2.xlsx ... --out TONG_HOP.xlsx [--json] [--lang vi|en] [--template MAU.json]",
      "",
      "Gộp trang chỉ tiêu kỳ mới nhất của mỗi sổ: mỗi tệp một đơn vị (tên tệp), với tình trạng, mức",
      "đầy đủ và số lỗi; số liệu các đơn vị đặt cạnh nhau; tổng cộng cho chỉ tiêu lũy kế và thời điểm",
      "(tỷ lệ không cộng) và đánh giá trên tổng. Tệp khác mẫu hoặc khác kỳ được liệt kê và để riêng.",
      "",
      "  --out TONG_HOP.xlsx  tệp kết quả (bắt buộc)",
      "  --json              in đúng một đối tượng JSON (cho máy đọc)",
      "  --lang vi|en        ngôn ngữ (mặc định: vi)",
      "  --template MAU.json mẫu riêng, khi sổ không lập từ mẫu có sẵn",
      "",
      "Mã thoát: 0 đã ghi; 1 đã ghi nhưng có tệp để riêng hoặc có lỗi số liệu; 2 không tổng hợp được.",
      "Ví dụ: chitieu consolidate phu-ly.xlsx duy-tien.xlsx --out tong-hop-don-vi.xlsx",
    ].join("\n"),
    en: [
      "chitieu consolidate FILE1.xlsx FILE2.xlsx ... --out RESULT.xlsx [--json] [--lang vi|en] [--template TEMPLATE.json]",
      "",
      "Consolidates the latest period's indicator sheet of each workbook: one unit a file (its name),",
      "with its status, completeness and errors; the units' figures side by side; totals for flows",
      "and stocks (rates are never summed) and the grade of each total. Files of another template",
      "or period are listed and left out.",
      "",
      "  --out RESULT.xlsx        the output file (required)",
      "  --json                   print exactly one JSON object (for machines)",
      "  --lang vi|en             language (default: vi)",
      "  --template TEMPLATE.json a custom template, for workbooks not made from a built-in one",
      "",
      "Exit code: 0 written; 1 written, with files left out or errors in the figures; 2 nothing consolidated.",
      "Example: chitieu consolidate phu-ly.xlsx duy-tien.xlsx --out consolidated.xlsx",
    ].join("\n"),
  },
  options: [
    { name: "out", takesValue: true },
    { name: "json", takesValue: false },
    { name: "template", takesValue: true },
  ],
  async run({ args, lang, output, cwd }) {
    const messages = cliMessages(lang);
    const words = CONSOLIDATION_WORDS[lang];
    const fail = (text: string) => {
      output.err(`${text}\n`);
      return EXIT.unusable;
    };
    if (args.positionals.length === 0) return fail(words.noFiles);
    const out = args.values.out;
    if (out === undefined) return fail(messages.missingOut("consolidate"));
    if (!out.toLowerCase().endsWith(".xlsx")) return fail(messages.outNotXlsx(out));
    const source = await resolveTemplate(args.values.template, cwd, lang);
    if (!source.ok) return fail(source.message);
    const templates = knownTemplates(args.values.template === undefined ? undefined : source.template);

    const sources: ConsolidationSource[] = [];
    for (const file of args.positionals) {
      const unit = unitOfFile(file);
      const opened = await openReportSheet(file, cwd, templates, lang);
      if (!opened.ok) {
        sources.push({ kind: "unusable", file, unit, error: opened.error });
        continue;
      }
      const { template, reading, worksheet } = opened.sheet;
      sources.push({ kind: "report", file, unit, template, reading, result: checkReading(template, reading), history: readStatusHistory(worksheet.workbook) });
    }
    const c = consolidate(sources);
    if (!c.ok) return fail(words.noReport);
    const written = await writeFileBytes(path.resolve(cwd, out), await summaryWorkbookBytes(planConsolidationSheet(c, lang)));
    if (!written.ok) return fail(messages.writeFailed(out, written.detail));

    const included = c.files.filter((f) => f.included);
    if (args.flags.has("json")) {
      output.out(`${JSON.stringify(jsonOfConsolidation(out, c))}\n`);
    } else {
      const states = STATUS_CATALOGS[lang].state;
      const lines = [words.wrote(out, included.length, c.files.length - included.length)];
      for (const f of c.files) {
        const facts = f.state === null ? "" : `${states[f.state]}${f.changedAfterApproval ? ` (${words.changedAfterApproval})` : ""}, ${f.filled}/${f.indicators}, ${words.fileColumns[5]} ${f.errors}`;
        lines.push(`  ${f.unit}: ${f.included ? facts : `${words.excluded[f.excluded ?? "unusable"](f.detail ?? "")}`}`);
      }
      lines.push(words.counts(c.counts.exceeded, c.counts.met, c.counts.near, c.counts.shortfall));
      output.out(`${lines.join("\n")}\n`);
    }
    const leftOut = c.files.some((f) => !f.included);
    return leftOut || included.some((f) => f.errors > 0) ? EXIT.findings : EXIT.ok;
  },
};
