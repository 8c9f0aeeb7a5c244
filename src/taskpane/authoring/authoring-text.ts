// The authoring step's words, vi and en. They load with the step (not in the first screen's
// catalogue); the reasons of guesses are core's (src/core/authoring/authoring-messages.ts).
import type { Lang } from "../../core/indicator";
import type { ReportType } from "../../core/template/template";

export interface AuthoringText {
  readonly heading: string;
  readonly intro: string;
  readonly read: string;
  readonly reading: string;
  readonly editCurrent: (title: string) => string;
  readonly readFailed: (detail: string) => string;
  readonly found: (sheet: string, row: number, n: number, selection: string | null) => string;
  readonly editing: (title: string, version: string) => string;
  readonly notSaved: string;
  readonly problemsTitle: (n: number) => string;
  readonly metaHeading: string;
  readonly title: string;
  readonly parent: string;
  readonly issuing: string;
  readonly place: string;
  readonly reportType: string;
  readonly reportTypes: Readonly<Record<ReportType, string>>;
  readonly listHeading: (n: number) => string;
  readonly listHint: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: string;
  readonly numberType: string;
  readonly direction: string;
  readonly moveUp: (code: string) => string;
  readonly moveDown: (code: string) => string;
  readonly remove: (code: string) => string;
  readonly add: string;
  readonly addTo: (section: string) => string;
  readonly newName: string;
  readonly fromRow: (row: number) => string;
  readonly added: string;
  readonly rulesHeading: string;
  readonly removeRule: (rule: string) => string;
  readonly bands: string;
  readonly bandsFour: string;
  readonly bandsThree: string;
  readonly noRules: string;
  readonly save: string;
  readonly saving: string;
  readonly saved: (title: string, version: string) => string;
  readonly saveFailed: (detail: string) => string;
  readonly invalid: string;
  readonly makeSheet: string;
  readonly discard: string;
  readonly exportFile: string;
  readonly exported: (name: string) => string;
  readonly copyHint: string;
  readonly copyLabel: string;
  readonly unavailable: string;
}

const vi: AuthoringText = {
  heading: "Tạo mẫu từ bảng của đơn vị",
  intro: "Chọn bảng chỉ tiêu của đơn vị trên trang tính (hoặc chỉ cần mở trang tính có bảng), rồi bấm Đọc bảng. Add-in đoán mẫu từ dòng tiêu đề (TT, Chỉ tiêu, ĐVT, Kế hoạch, Thực hiện); bảng của bạn không bị sửa.",
  read: "Đọc bảng",
  reading: "Đang đọc bảng…",
  editCurrent: (title) => `Sửa mẫu đang dùng (${title})`,
  readFailed: (detail) => `Không đọc được trang tính: ${detail}`,
  found: (sheet, row, n, selection) => `Bảng “${sheet}”${selection === null ? "" : ` (vùng chọn ${selection})`}, dòng tiêu đề ${row}: ${n} chỉ tiêu. Kiểm tra từng dòng dưới đây; mỗi điều đoán ghi lý do và dòng của bảng.`,
  editing: (title, version) => `Đang sửa mẫu “${title}” (phiên bản ${version}). Mã chỉ tiêu giữ nguyên, nên số liệu đã nhập được giữ khi tạo lại trang tính.`,
  notSaved: "Chưa có gì được lưu cho đến khi bạn bấm Lưu mẫu vào sổ.",
  problemsTitle: (n) => `${n} điều cần xem lại trong bảng`,
  metaHeading: "Thông tin mẫu",
  title: "Tên báo cáo",
  parent: "Cơ quan chủ quản",
  issuing: "Cơ quan báo cáo",
  place: "Địa danh",
  reportType: "Loại báo cáo (khoảng thời gian số liệu)",
  reportTypes: { "nd09-2019": "Hành chính (NĐ 09/2019): quý I từ 15/12 đến 14/3", "tt03-2013": "Thanh tra (TT 03/2013): quý I từ 16/12 đến 15/3", calendar: "Thống kê: theo quý dương lịch" },
  listHeading: (n) => `Các chỉ tiêu (${n})`,
  listHint: "Bấm vào một chỉ tiêu để sửa tên, đơn vị, loại, kiểu số và chiều đánh giá.",
  name: "Tên chỉ tiêu",
  unit: "Đơn vị tính",
  kind: "Loại",
  numberType: "Kiểu số",
  direction: "Chiều đánh giá",
  moveUp: (code) => `Đưa ${code} lên`,
  moveDown: (code) => `Đưa ${code} xuống`,
  remove: (code) => `Bỏ ${code}`,
  add: "Thêm",
  addTo: (section) => `Thêm chỉ tiêu vào phần ${section}`,
  newName: "Chỉ tiêu mới",
  fromRow: (row) => `dòng ${row}`,
  added: "thêm mới",
  rulesHeading: "Quy tắc kiểm tra giữa các chỉ tiêu",
  removeRule: (rule) => `Bỏ quy tắc ${rule}`,
  bands: "Mức đánh giá",
  bandsFour: "Bốn mức: Vượt / Đạt / Gần đạt / Chưa đạt",
  bandsThree: "Ba mức: Vượt / Đạt / Không đạt",
  noRules: "Không có quy tắc nào.",
  save: "Lưu mẫu vào sổ",
  saving: "Đang lưu…",
  saved: (title, version) => `Đã lưu mẫu “${title}” (phiên bản ${version}) vào sổ: đồng nghiệp mở tệp này sẽ có sẵn mẫu. Sang bước Mẫu để tạo trang tính.`,
  saveFailed: (detail) => `Không lưu được mẫu vào sổ: ${detail}. Bảng của bạn không bị thay đổi; hãy thử lại.`,
  invalid: "Mẫu chưa dùng được:",
  makeSheet: "Tạo trang tính",
  discard: "Bỏ bản nháp",
  exportFile: "Lưu mẫu ra tệp",
  exported: (name) => `Đã tải xuống ${name}. Mở tệp này ở bước Mẫu (Chọn tệp mẫu) hoặc dùng với chitieu template --template.`,
  copyHint: "Excel này không cho ngăn tác vụ tải tệp xuống. Chép toàn bộ nội dung dưới đây vào một tệp mới tên mau.json (Notepad, lưu với mã UTF-8).",
  copyLabel: "Nội dung tệp mẫu (JSON)",
  unavailable: "Bản Excel này chưa hỗ trợ tạo mẫu từ bảng.",
};

const en: AuthoringText = {
  heading: "Template from your department's table",
  intro: "Select your department's indicator table on the sheet (or just open the sheet holding it), then Read table. The add-in guesses a template from the header row (“TT”, “Chỉ tiêu”, “ĐVT”, “Kế hoạch”, “Thực hiện”); your table is never changed.",
  read: "Read table",
  reading: "Reading the table…",
  editCurrent: (title) => `Edit the template in use (${title})`,
  readFailed: (detail) => `The sheet could not be read: ${detail}`,
  found: (sheet, row, n, selection) => `Table “${sheet}”${selection === null ? "" : ` (selection ${selection})`}, header on row ${row}: ${n} indicators. Check each line below; every guess gives its reason and the table's row.`,
  editing: (title, version) => `Editing “${title}” (version ${version}). Indicator codes stay the same, so figures already typed are kept when the sheet is rebuilt.`,
  notSaved: "Nothing is saved until you press Save template to workbook.",
  problemsTitle: (n) => `${n} thing(s) to look at in the table`,
  metaHeading: "About the template",
  title: "Report title",
  parent: "Parent agency",
  issuing: "Reporting agency",
  place: "Place",
  reportType: "Report type (the figures' date window)",
  reportTypes: { "nd09-2019": "Administrative (Decree 09/2019): Q1 from 15/12 to 14/3", "tt03-2013": "Inspection (Circular 03/2013): Q1 from 16/12 to 15/3", calendar: "Statistics: calendar quarters" },
  listHeading: (n) => `Indicators (${n})`,
  listHint: "Open an indicator to change its name, unit, kind, number type and direction.",
  name: "Indicator name",
  unit: "Unit",
  kind: "Kind",
  numberType: "Number type",
  direction: "Direction",
  moveUp: (code) => `Move ${code} up`,
  moveDown: (code) => `Move ${code} down`,
  remove: (code) => `Remove ${code}`,
  add: "Add",
  addTo: (section) => `Add an indicator to section ${section}`,
  newName: "New indicator",
  fromRow: (row) => `row ${row}`,
  added: "added",
  rulesHeading: "Checks between indicators",
  removeRule: (rule) => `Remove the rule ${rule}`,
  bands: "Grades",
  bandsFour: "Four: exceeded / met / nearly met / short",
  bandsThree: "Three: exceeded / met / not met",
  noRules: "No rules.",
  save: "Save template to workbook",
  saving: "Saving…",
  saved: (title, version) => `Saved “${title}” (version ${version}) in the workbook: colleagues who open this file have it too. Go to Template to create the sheet.`,
  saveFailed: (detail) => `The template could not be saved in the workbook: ${detail}. Your table is unchanged; try again.`,
  invalid: "The template cannot be used yet:",
  makeSheet: "Create sheet",
  discard: "Discard draft",
  exportFile: "Save template to file",
  exported: (name) => `Downloaded ${name}. Open it on the Template step (Choose template file) or use it with chitieu template --template.`,
  copyHint: "This Excel does not let the pane download files. Copy all the text below into a new file named template.json (Notepad, saved as UTF-8).",
  copyLabel: "The template file's text (JSON)",
  unavailable: "This Excel cannot make templates from a table yet.",
};

export const AUTHORING_TEXT: Readonly<Record<Lang, AuthoringText>> = { vi, en };
