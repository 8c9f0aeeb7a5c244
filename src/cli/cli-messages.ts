// The command line's own sentences, in Vietnamese and English. Findings' sentences come from
// the core catalogue (findingMessage); these are about commands, options and files.
import type { Lang } from "../core/indicator";
import type { ArgsError } from "./args";

export interface CliMessages {
  readonly usageTitle: string;
  readonly commandsTitle: string;
  readonly moreHelp: string;
  readonly unknownCommand: (name: string, known: string) => string;
  readonly argsError: (error: ArgsError, command: string) => string;
  readonly badLang: (value: string) => string;
  readonly missingOut: (command: string) => string;
  readonly outNotXlsx: (file: string) => string;
  readonly noFiles: string;
  readonly unexpectedArgument: (value: string, command: string) => string;
  readonly badYear: (value: string) => string;
  readonly badPeriod: (value: string) => string;
  readonly unknownTemplate: (value: string, known: string) => string;
  readonly templateUnreadable: (file: string, detail: string) => string;
  readonly templateInvalid: (file: string, problems: string) => string;
  readonly fileNotFound: (file: string) => string;
  readonly fileIsDirectory: (file: string) => string;
  readonly fileUnreadable: (file: string, detail: string) => string;
  readonly notAWorkbook: (file: string) => string;
  /** A template file that is not JSON: where the first syntax error is (1-based). */
  readonly templateSyntax: (file: string, line: number, column: number) => string;
  readonly emptyFile: (file: string) => string;
  readonly csvFile: (file: string) => string;
  readonly noTemplateSheet: (file: string) => string;
  readonly unknownSheetTemplate: (file: string, templateId: string) => string;
  readonly badMark: (file: string, sheet: string) => string;
  readonly fromNoSheet: (file: string) => string;
  readonly writeFailed: (file: string, detail: string) => string;
  readonly outExists: (file: string) => string;
  readonly wrote: (file: string, sheet: string) => string;
  readonly carried: (sheets: string) => string;
}

const vi: CliMessages = {
  usageTitle: "Cách dùng",
  commandsTitle: "Các lệnh",
  moreHelp: "Xem hướng dẫn của từng lệnh: chitieu <lệnh> --help",
  unknownCommand: (name, known) => `Không có lệnh "${name}". Các lệnh: ${known}. Xem: chitieu --help`,
  argsError: (error, command) => {
    const more = `Xem: chitieu ${command} --help`;
    switch (error.kind) {
      case "unknown-option": return `Tùy chọn không hợp lệ: ${error.option}. ${more}`;
      case "missing-value": return `Tùy chọn ${error.option} cần một giá trị. ${more}`;
      case "repeated-option": return `Tùy chọn ${error.option} chỉ được dùng một lần. ${more}`;
      case "flag-with-value": return `Tùy chọn ${error.option} không nhận giá trị. ${more}`;
    }
  },
  badLang: (value) => `Ngôn ngữ "${value}" không hỗ trợ: dùng --lang vi hoặc --lang en.`,
  missingOut: (command) => `Thiếu tệp kết quả: thêm --out TEN_TEP.xlsx. Xem: chitieu ${command} --help`,
  outNotXlsx: (file) => `Tệp kết quả "${file}" phải có đuôi .xlsx.`,
  noFiles: "Chưa có tệp nào để kiểm tra: chitieu check TEP.xlsx [TEP2.xlsx ...]",
  unexpectedArgument: (value, command) => `Đối số thừa: "${value}". Xem: chitieu ${command} --help`,
  badYear: (value) => `Năm "${value}" không hợp lệ: dùng năm bốn chữ số, ví dụ --year 2020.`,
  badPeriod: (value) => `Kỳ báo cáo "${value}" không hợp lệ: dùng Q1, Q2, Q3, Q4, H1, 9M hoặc Y.`,
  unknownTemplate: (value, known) =>
    `Không tìm thấy mẫu "${value}": không phải mẫu có sẵn (${known}) và không có tệp nào tên như vậy.`,
  templateUnreadable: (file, detail) => `Không đọc được tệp mẫu "${file}" (JSON): ${detail}`,
  templateInvalid: (file, problems) => `Tệp mẫu "${file}" không hợp lệ:\n${problems}`,
  fileNotFound: (file) => `Không tìm thấy tệp "${file}": kiểm tra lại đường dẫn.`,
  fileIsDirectory: (file) => `"${file}" là thư mục, không phải tệp .xlsx.`,
  fileUnreadable: (file, detail) => `Không đọc được tệp "${file}": ${detail}`,
  templateSyntax: (file, line, column) =>
    `Tệp mẫu "${file}" không phải JSON hợp lệ: lỗi cú pháp ở dòng ${line}, cột ${column} (thường do thiếu hoặc thừa dấu phẩy, thiếu dấu ngoặc kép hay dấu ngoặc đóng). Sửa chỗ đó rồi chạy lại.`,
  emptyFile: (file) => `Tệp "${file}" trống (0 byte): có thể chưa lưu xong hoặc bị chép hỏng. Hãy mở sổ trong Excel, lưu lại dạng .xlsx rồi chạy lại.`,
  csvFile: (file) =>
    `"${file}" là tệp văn bản CSV, không phải sổ Excel: CSV không giữ được mẫu và các ô của báo cáo. Hãy dùng sổ .xlsx lập bằng "chitieu template" hoặc phần bổ trợ.`,
  notAWorkbook: (file) =>
    `"${file}" không phải sổ Excel .xlsx đọc được. Nếu là tệp .xls cũ, hãy mở trong Excel và lưu lại dạng .xlsx.`,
  noTemplateSheet: (file) =>
    `Sổ "${file}" không có trang chỉ tiêu nào lập từ mẫu (trang tạo bằng "chitieu template" hoặc add-in Chỉ Tiêu).`,
  unknownSheetTemplate: (file, templateId) =>
    `Sổ "${file}" được lập từ mẫu "${templateId}" mà chitieu không có: thêm --template TEP_MAU.json.`,
  badMark: (file, sheet) =>
    `Trang "${sheet}" của sổ "${file}" có dấu nhận mẫu bị sửa hoặc từ phiên bản mới hơn: lập lại trang bằng "chitieu template" hoặc cập nhật chitieu.`,
  fromNoSheet: (file) => `Sổ kỳ trước "${file}" không có trang chỉ tiêu nào để chuyển số liệu sang.`,
  writeFailed: (file, detail) => `Không ghi được tệp "${file}": ${detail}. Tệp có đang mở trong Excel không?`,
  outExists: (file) => `Tệp "${file}" đã có: chọn tên khác, hoặc thêm --force để ghi đè (số liệu trong tệp cũ sẽ mất).`,
  wrote: (file, sheet) => `Đã ghi ${file} (trang "${sheet}").`,
  carried: (sheets) => `Đã chuyển kế hoạch và số liệu từ: ${sheets}.`,
};

const en: CliMessages = {
  usageTitle: "Usage",
  commandsTitle: "Commands",
  moreHelp: "Help on a command: chitieu <command> --help",
  unknownCommand: (name, known) => `There is no command "${name}". Commands: ${known}. See: chitieu --help`,
  argsError: (error, command) => {
    const more = `See: chitieu ${command} --help`;
    switch (error.kind) {
      case "unknown-option": return `Unknown option: ${error.option}. ${more}`;
      case "missing-value": return `Option ${error.option} needs a value. ${more}`;
      case "repeated-option": return `Option ${error.option} may be given only once. ${more}`;
      case "flag-with-value": return `Option ${error.option} takes no value. ${more}`;
    }
  },
  badLang: (value) => `Language "${value}" is not supported: use --lang vi or --lang en.`,
  missingOut: (command) => `No output file: add --out FILE.xlsx. See: chitieu ${command} --help`,
  outNotXlsx: (file) => `The output file "${file}" must end in .xlsx.`,
  noFiles: "No file to check: chitieu check FILE.xlsx [FILE2.xlsx ...]",
  unexpectedArgument: (value, command) => `Unexpected argument: "${value}". See: chitieu ${command} --help`,
  badYear: (value) => `Year "${value}" is not valid: use a four-digit year, e.g. --year 2020.`,
  badPeriod: (value) => `Period "${value}" is not valid: use Q1, Q2, Q3, Q4, H1, 9M or Y.`,
  unknownTemplate: (value, known) =>
    `Template "${value}" not found: it is neither a built-in template (${known}) nor an existing file.`,
  templateUnreadable: (file, detail) => `Cannot read the template file "${file}" (JSON): ${detail}`,
  templateInvalid: (file, problems) => `The template file "${file}" is not valid:\n${problems}`,
  fileNotFound: (file) => `File "${file}" not found: check the path.`,
  fileIsDirectory: (file) => `"${file}" is a folder, not an .xlsx file.`,
  fileUnreadable: (file, detail) => `Cannot read "${file}": ${detail}`,
  templateSyntax: (file, line, column) =>
    `The template file "${file}" is not valid JSON: syntax error at line ${line}, column ${column} (usually a missing or extra comma, a missing quote or closing bracket). Fix it there and run again.`,
  emptyFile: (file) => `"${file}" is empty (0 bytes): it may not have finished saving or copying. Open it in Excel, save it as .xlsx and run again.`,
  csvFile: (file) =>
    `"${file}" is a CSV text file, not an Excel workbook: CSV cannot hold the report's template and cells. Use the .xlsx workbook made by "chitieu template" or the add-in.`,
  notAWorkbook: (file) =>
    `"${file}" is not a readable .xlsx workbook. If it is an old .xls file, open it in Excel and save it as .xlsx.`,
  noTemplateSheet: (file) =>
    `The workbook "${file}" has no indicator sheet made from a template (made by "chitieu template" or the Chỉ Tiêu add-in).`,
  unknownSheetTemplate: (file, templateId) =>
    `The workbook "${file}" was made from template "${templateId}", which chitieu does not have: add --template TEMPLATE.json.`,
  badMark: (file, sheet) =>
    `Sheet "${sheet}" of "${file}" has a template mark that was edited or comes from a newer version: remake the sheet with "chitieu template" or update chitieu.`,
  fromNoSheet: (file) => `Last period's workbook "${file}" has no indicator sheet to carry figures from.`,
  writeFailed: (file, detail) => `Cannot write "${file}": ${detail}. Is it open in Excel?`,
  outExists: (file) => `"${file}" already exists: choose another name, or add --force to replace it (its figures will be lost).`,
  wrote: (file, sheet) => `Wrote ${file} (sheet "${sheet}").`,
  carried: (sheets) => `Carried plans and figures from: ${sheets}.`,
};

export const CLI_MESSAGES: Readonly<Record<Lang, CliMessages>> = { vi, en };
export const cliMessages = (lang: Lang): CliMessages => CLI_MESSAGES[lang];
