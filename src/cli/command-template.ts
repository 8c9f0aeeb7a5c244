// chitieu template [--template ID|FILE] [--year Y] [--period P] [--from PREVIOUS.xlsx] --out FILE.xlsx
import path from "node:path";
import { parsePeriodKind } from "../core/periods/period-labels";
import type { Period } from "../core/periods/period";
import type { ReportDetails } from "../core/reading";
import type { Template } from "../core/template/template";
import { ensureFolder, fileExists, writeFileBytes } from "../xlsx/file-io";
import { writeWorkbookBytes } from "../xlsx/workbook-bytes";
import type { Command } from "./command";
import { EXIT } from "./cli-context";
import { cliMessages } from "./cli-messages";
import { carryFromWorkbook, nextPeriod } from "./carry-from";
import { resolveTemplate } from "./template-source";
import { buildTemplateWorkbook } from "./template-workbook";
import { fromTableWords, templateFileText, templateFromTable, type FromTable } from "./template-from-table";
import { seedPlans } from "../core/authoring";

async function fromTableOrFail(table: string, sheet: string | undefined, template: string | undefined, cwd: string, lang: "vi" | "en", out: string): Promise<FromTable> {
  if (template !== undefined) return { ok: false, message: fromTableWords(lang).conflict };
  if (!/\.(?:json|xlsx)$/i.test(out)) return { ok: false, message: fromTableWords(lang).outKind(out) };
  return templateFromTable(table, sheet, cwd, lang);
}

const tablePlans = (p: Extract<FromTable, { ok: true }>["proposal"], period: Period) => seedPlans(p.draft, period.year);

/** The quarter being reported today: reports are filed during or just after their quarter. */
function currentQuarter(today: Date): Period {
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  return { year: today.getFullYear(), kind: `Q${quarter}` as Period["kind"] };
}

/** Details staff fill once: the template's place to start with; the signer and recipients of last period carry over. */
function startingDetails(template: Template, previous: ReportDetails | undefined): ReportDetails {
  return {
    number: "",
    place: previous?.place || template.place,
    date: "",
    estimate: false,
    signerTitle: previous?.signerTitle ?? "",
    signerName: previous?.signerName ?? "",
    recipients: previous?.recipients ?? [],
  };
}

const HELP_VI = [
  "chitieu template --out TEP.xlsx|MAU.json [--template MA|MAU.json] [--year NAM] [--period KY] [--from KY_TRUOC.xlsx] [--from-table BANG.xlsx [--sheet TEN]] [--force] [--lang vi|en]",
  "",
  "Lập sổ mẫu báo cáo chỉ tiêu cho một kỳ: bảng chỉ tiêu, công thức %, Lũy kế, ô nhập liệu mở khóa,",
  "kiểm tra dữ liệu và tô màu lỗi, chưa đạt, gần đạt ngay trong ô (cả khi không có add-in).",
  "",
  "  --out TEP.xlsx       tệp sẽ ghi (bắt buộc)",
  "  --template MA|TEP    mẫu có sẵn (mặc định: stttt-quarterly) hoặc tệp mẫu JSON",
  "  --year NAM           năm báo cáo (mặc định: năm nay, hoặc theo sổ kỳ trước)",
  "  --period KY          Q1, Q2, Q3, Q4, H1 (6 tháng), 9M (9 tháng), Y (năm)",
  "                       (mặc định: quý hiện tại, hoặc kỳ sau kỳ của sổ --from)",
  "  --from KY_TRUOC.xlsx chuyển kế hoạch năm, số kỳ trước và Lũy kế từ sổ kỳ trước",
  "  --from-table BANG.xlsx  đoán mẫu từ bảng chỉ tiêu sẵn có của đơn vị (TT | Chỉ tiêu | ĐVT | Kế hoạch |",
  "                       Thực hiện) và in ra điều đã đoán, lý do và dòng; --out MAU.json ghi tệp mẫu",
  "  --sheet TEN          trang tính chứa bảng (mặc định: trang đầu tiên có dòng tiêu đề bảng)",
  "  --force              ghi đè TEP.xlsx nếu đã có (mặc định: không ghi đè)",
  "  --lang vi|en         ngôn ngữ của trang và thông báo (mặc định: vi)",
  "",
  "Ví dụ: chitieu template --year 2020 --period Q2 --from quy1.xlsx --out quy2.xlsx",
  "       chitieu template --from-table bang-chi-tieu.xlsx --out mau.json",
].join("\n");

const HELP_EN = [
  "chitieu template --out FILE.xlsx|TEMPLATE.json [--template ID|TEMPLATE.json] [--year YEAR] [--period P] [--from PREVIOUS.xlsx] [--from-table TABLE.xlsx [--sheet NAME]] [--force] [--lang vi|en]",
  "",
  "Makes the indicator report workbook for one period: the table, % and year-to-date formulas, unlocked",
  "entry cells, data validation, and cells coloured for errors, shortfalls and near misses (even without the add-in).",
  "",
  "  --out FILE.xlsx       the file to write (required)",
  "  --template ID|FILE    a built-in template (default: stttt-quarterly) or a JSON template file",
  "  --year YEAR           the report's year (default: this year, or from the previous workbook)",
  "  --period P            Q1, Q2, Q3, Q4, H1 (6 months), 9M (9 months), Y (year)",
  "                        (default: the current quarter, or the period after --from's)",
  "  --from PREVIOUS.xlsx  carry annual plans, last period's figures and year to date from last period's workbook",
  "  --from-table TABLE.xlsx  guess a template from the department's own table (TT | Chỉ tiêu | ĐVT |",
  "                        Kế hoạch | Thực hiện) and print each guess, its reason and row; --out T.json writes it",
  "  --sheet NAME          the sheet holding the table (default: the first with a table header row)",
  "  --force               replace FILE.xlsx if it exists (default: never replace)",
  "  --lang vi|en          language of the sheet and the messages (default: vi)",
  "",
  "Example: chitieu template --year 2020 --period Q2 --from q1.xlsx --out q2.xlsx",
  "         chitieu template --from-table indicators.xlsx --out template.json",
].join("\n");

export const templateCommand: Command = {
  name: "template",
  summary: {
    vi: "lập sổ mẫu .xlsx cho một kỳ báo cáo (có thể chuyển số liệu từ kỳ trước)",
    en: "make the .xlsx template workbook for a period (optionally carrying last period's figures)",
  },
  help: { vi: HELP_VI, en: HELP_EN },
  options: [
    { name: "out", takesValue: true },
    { name: "template", takesValue: true },
    { name: "year", takesValue: true },
    { name: "period", takesValue: true },
    { name: "from", takesValue: true },
    { name: "force", takesValue: false },
    { name: "from-table", takesValue: true },
    { name: "sheet", takesValue: true },
  ],
  async run({ args, lang, output, cwd }) {
    const messages = cliMessages(lang);
    const fail = (message: string): typeof EXIT.unusable => {
      output.err(`${message}\n`);
      return EXIT.unusable;
    };
    if (args.positionals.length > 0) return fail(messages.unexpectedArgument(args.positionals[0], "template"));
    const out = args.values.out;
    if (out === undefined) return fail(messages.missingOut("template"));
    const table = args.values["from-table"];
    const fromTable = table === undefined ? undefined : await fromTableOrFail(table, args.values.sheet, args.values.template, cwd, lang, out);
    if (fromTable !== undefined && !fromTable.ok) return fail(fromTable.message);
    if (fromTable !== undefined) output.out(fromTable.report);
    if (fromTable !== undefined && /\.json$/i.test(out)) {
      const file = path.resolve(cwd, out);
      if (!args.flags.has("force") && (await fileExists(file))) return fail(messages.outExists(out));
      await ensureFolder(path.dirname(file));
      const written = await writeFileBytes(file, new TextEncoder().encode(templateFileText(fromTable.proposal)));
      if (!written.ok) return fail(messages.writeFailed(out, written.detail));
      output.err(`${fromTableWords(lang).wrote(out, fromTable.template.id)}\n`);
      return EXIT.ok;
    }
    if (!/\.xlsx$/i.test(out)) return fail(messages.outNotXlsx(out));
    const year = args.values.year;
    if (year !== undefined && !/^\d{4}$/.test(year)) return fail(messages.badYear(year));
    const kind = args.values.period === undefined ? undefined : parsePeriodKind(args.values.period);
    if (kind === null) return fail(messages.badPeriod(args.values.period ?? ""));

    const source = fromTable ?? (await resolveTemplate(args.values.template, cwd, lang));
    if (!source.ok) return fail(source.message);
    const template = source.template;

    const carried = args.values.from === undefined ? undefined : await carryFromWorkbook(args.values.from, cwd, template, lang);
    if (carried !== undefined && !carried.ok) return fail(carried.error);
    const fallback = carried?.ok ? nextPeriod(carried.latest) : currentQuarter(new Date());
    const period: Period = {
      year: year === undefined ? fallback.year : Number(year),
      kind: kind ?? fallback.kind,
    };
    const details = startingDetails(template, carried?.ok ? carried.details : undefined);
    // A workbook made straight from a table starts with the table's plans (for the year they are for).
    const seeded = fromTable === undefined ? undefined : tablePlans(fromTable.proposal, period);
    const built = buildTemplateWorkbook({ template, period, details, lang, carried: carried?.ok ? carried.inputs(period) : seeded });
    const file = path.resolve(cwd, out);
    // A filled workbook is never replaced by a blank one by accident.
    if (!args.flags.has("force") && (await fileExists(file))) return fail(messages.outExists(out));
    await ensureFolder(path.dirname(file));
    const written = await writeFileBytes(file, await writeWorkbookBytes(built.workbook));
    if (!written.ok) return fail(messages.writeFailed(out, written.detail));
    output.err(`${messages.wrote(out, built.worksheet.name)}\n`);
    if (carried?.ok && carried.sheetNames.length > 0) output.err(`${messages.carried(carried.sheetNames.join(", "))}\n`);
    return EXIT.ok;
  },
};
