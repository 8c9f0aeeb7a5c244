// Vietnamese words of the report's status.
import type { StatusCatalog } from "./status-catalog";

const who = (name: string, role: string): string => (role.trim() === "" ? name : `${name}, ${role}`);

export const statusVi: StatusCatalog = {
  label: "Tình trạng",
  state: { draft: "Đang nhập", submitted: "Đã gửi", returned: "Trả lại", approved: "Đã duyệt" },
  action: { submit: "Gửi duyệt", return: "Trả lại", approve: "Duyệt" },
  stateBy: (state, name, role, when) => `${state} (${who(name, role)}, ${when})`,
  changedAfterApproval: (codes) =>
    codes.length === 0 ? "Số liệu đã thay đổi sau khi duyệt" : `Số liệu đã thay đổi sau khi duyệt: ${codes.join(", ")}`,
  notAllowed: (action, state) => `Không thể "${action}" khi báo cáo đang ở trạng thái "${state}".`,
  reasonsRequired: "Ghi rõ lý do trả lại (ít nhất một ý) để người lập biết cần sửa gì.",
  noActor: "Nhập họ tên của người thực hiện trước khi gửi hoặc duyệt.",
  blocking: (n) => `Chưa thể thực hiện: còn ${n} vấn đề phải xử lý (lỗi số liệu, hoặc chỉ tiêu chưa đạt mà chưa có giải trình):`,
  summaryApproved: (name, role, when) => `Tình trạng báo cáo: đã duyệt (${who(name, role)}, ${when}).`,
  summaryChanged: (codes) =>
    `Tình trạng báo cáo: số liệu đã thay đổi sau khi duyệt${codes.length > 0 ? ` (${codes.join(", ")})` : ""}; bản tổng hợp này chưa được duyệt lại.`,
  summaryNotApproved: (state) => `Tình trạng báo cáo: chưa được duyệt (${state.toLocaleLowerCase("vi-VN")}).`,
};
