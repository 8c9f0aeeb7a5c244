// The verdict sentence in both languages, one test per case the committee can meet.
import { checkReading } from "../../../src/core/check";
import type { Period } from "../../../src/core/periods/period";
import { SEED_ROWS, reading, stttt, type Row } from "./reading-builder";

const Q2: Period = { year: 2020, kind: "Q2" };
const verdictOf = (rows: Readonly<Record<string, Row>>, period: Period = Q2) => checkReading(stttt(), reading(rows, { period })).summary.verdict;
/** The seed's targets with every Thực hiện left empty, as a sheet looks before staff type the quarter's figures. */
const targetsOnly = Object.fromEntries(Object.entries(SEED_ROWS).map(([code, row]) => [code, { ...row, actual: undefined }]));

describe("verdict wording", () => {
  test("all met or exceeded", () => {
    const v = verdictOf({ "B.1": { plan: 100, actual: 100 }, "B.2": { plan: 80, actual: 87 } });
    expect(v.vi).toBe("Nhìn chung, tình hình thực hiện các chỉ tiêu quý II đều đạt và vượt kế hoạch đề ra");
    expect(v.en).toBe("Overall, all indicators for Q2 met or exceeded their targets");
  });

  test("some nearly met, the rest met", () => {
    const v = verdictOf({ "B.1": { plan: 100, actual: 100 }, "B.2": { plan: 80, actual: 75 } });
    expect(v.vi).toBe("Nhìn chung, các chỉ tiêu quý II cơ bản đạt kế hoạch đề ra; còn 1 chỉ tiêu gần đạt: Tỷ lệ dịch vụ hành chính công mức độ 3, 4 thực hiện trên Cổng (93,8%)");
    expect(v.en).toBe("Overall, indicators for Q2 broadly met their targets; 1 nearly met: Share of level 3 and 4 public services provided on the portal (93.8%)");
  });

  test("some short, the rest met", () => {
    const v = verdictOf({ "B.1": { plan: 100, actual: 100 }, "B.2": { plan: 80, actual: 40 } });
    expect(v.vi).toBe("Nhìn chung, các chỉ tiêu quý II cơ bản đạt kế hoạch đề ra; còn 1 chỉ tiêu chưa đạt: Tỷ lệ dịch vụ hành chính công mức độ 3, 4 thực hiện trên Cổng (50,0%)");
    expect(v.en).toBe("Overall, indicators for Q2 broadly met their targets; 1 fell short: Share of level 3 and 4 public services provided on the portal (50.0%)");
  });

  test("all graded ones met, others with a target still empty: named, never counted as met", () => {
    const v = verdictOf({ "A.2": { plan: 120000 }, "B.1": { plan: 100, actual: 100 }, "B.2": { plan: 80, actual: 87 }, "C.1": { plan: 4 } });
    expect(v.vi).toBe("Nhìn chung, tình hình thực hiện các chỉ tiêu quý II đều đạt và vượt kế hoạch đề ra; còn 2 chỉ tiêu chưa có số liệu hợp lệ để đánh giá: Thuê bao Internet băng rộng cố định (ADSL), Số cuộc thanh tra, kiểm tra");
    expect(v.en).toMatch(/^Overall, the indicators graded for Q2 met or exceeded their targets; 2 have no valid result to grade yet: /);
  });

  test("some short and one still empty", () => {
    const v = verdictOf({ "B.1": { plan: 100 }, "B.2": { plan: 80, actual: 40 } });
    expect(v.vi).toBe("Tình hình thực hiện các chỉ tiêu quý II chưa đạt kế hoạch đề ra; 1 chỉ tiêu chưa đạt: Tỷ lệ dịch vụ hành chính công mức độ 3, 4 thực hiện trên Cổng (50,0%); 1 chỉ tiêu chưa có số liệu hợp lệ để đánh giá: Tỷ lệ thủ tục hành chính được đăng tải trên Cổng Thông tin điện tử");
    expect(v.en).toContain("; 1 has no valid result to grade yet: ");
  });

  test("none graded because the quarter's figures are not in yet (targets are set)", () => {
    const v = verdictOf(targetsOnly);
    expect(v.vi).toBe("Chưa có số liệu thực hiện quý II để đánh giá các chỉ tiêu");
    expect(v.en).toBe("No results have been entered for Q2 yet, so no indicator could be graded");
  });

  test("none graded because no indicator has a target", () => {
    const v = verdictOf({ "C.2": { actual: 28 }, "C.3": { actual: 3 } });
    expect(v.vi).toBe("Trong quý II chưa có chỉ tiêu nào được giao kế hoạch để đánh giá");
    expect(v.en).toBe("No indicator has a target for Q2, so none could be graded");
  });

  test("the year's wording reads naturally in both cases of nothing graded", () => {
    const year: Period = { year: 2020, kind: "Y" };
    expect(verdictOf(targetsOnly, year).en).toBe("No results have been entered for the year 2020 yet, so no indicator could be graded");
    expect(verdictOf({}, year).vi).toBe("Trong năm 2020 chưa có chỉ tiêu nào được giao kế hoạch để đánh giá");
  });
});
