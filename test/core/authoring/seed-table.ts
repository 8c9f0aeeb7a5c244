// A department table written from the seed report (../shared/domain/000_ddf752b763ce7c03.txt:
// Sở TT&TT Hà Nam, quý I/2020), laid out as departments keep theirs: agency lines, a title, a
// header with a column-number row, roman sections, "Trong đó" rows both inline and as a marker
// with dashes. The plans are the example workbook's (the seed gives none).
import type { SheetSnapshot, SnapshotCell } from "../../../src/core/snapshot";

export const SEED_TABLE_ROWS: readonly (readonly SnapshotCell[])[] = [
  ["UBND TỈNH HÀ NAM", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG", null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ I NĂM 2020"],
  [],
  ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2020", "Ước thực hiện quý I", "Ghi chú"],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
  ["I", "Bưu chính, viễn thông, Internet"],
  [1, "Tổng số thuê bao điện thoại", "thuê bao", 950000, 920000],
  [null, "Trong đó: thuê bao di động", "thuê bao"],
  [null, "Trong đó: thuê bao cố định", "thuê bao"],
  [2, "Thuê bao Internet băng rộng cố định (ADSL)", "thuê bao", "120.000", 110000],
  ["II", "Ứng dụng công nghệ thông tin, chính quyền điện tử"],
  [1, "Tỷ lệ thủ tục hành chính được đăng tải trên Cổng Thông tin điện tử", "%", 100, 100],
  [2, "Tỷ lệ dịch vụ hành chính công mức độ 3, 4 thực hiện trên Cổng", "%", 80, 87],
  ["III", "Thanh tra, kiểm tra"],
  [1, "Số cuộc thanh tra, kiểm tra", "cuộc", 4, 1],
  [2, "Số tổ chức, cá nhân được thanh tra, kiểm tra", "tổ chức, cá nhân", null, 28],
  [null, "Trong đó:"],
  ["-", "Công ty in", "tổ chức", null, 6],
  ["-", "Cơ sở in", "tổ chức", null, 3],
  ["-", "Công ty phát hành sách", "tổ chức", null, 1],
  ["-", "Cơ sở phát hành xuất bản phẩm", "tổ chức, cá nhân", null, 18],
  [3, "Số tổ chức, cá nhân vi phạm bị xử phạt", "tổ chức, cá nhân", null, 3],
  [4, "Số tiền xử phạt vi phạm hành chính", "đồng", null, 7000000],
  [5, "Số xuất bản phẩm vi phạm bị tiêu hủy", "cuốn", null, 20],
  [],
  [],
  [null, "Người lập biểu", null, "GIÁM ĐỐC"],
];

export const seedTable = (name = "Chỉ tiêu Q1"): SheetSnapshot => ({ name, values: SEED_TABLE_ROWS.map((r) => [...r]) });
