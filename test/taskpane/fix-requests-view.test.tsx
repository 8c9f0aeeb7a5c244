// The author sees, in the Check step, each open fix request with the reviewer's comment.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import type { QualifiedAddress } from "../../src/core/finding";
import type { IndicatorCode } from "../../src/core/indicator";
import type { ReviewMark } from "../../src/core/review/review-mark";
import { FixRequests } from "../../src/taskpane/check/FixRequests";
import { vi } from "../../src/taskpane/i18n/vi";

const request: ReviewMark = {
  cell: "'Quý I-2020'!I20" as QualifiedAddress,
  code: "C.1" as IndicatorCode,
  status: "changes-requested",
  comment: "Số âm, sửa lại theo biên bản",
  reviewer: { name: "Trần Thị B", role: "Trưởng phòng" },
  date: "2020-03-20T08:00:00.000Z",
  figure: -2,
};
const text = (figure: number): string =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <FixRequests requests={[request]} figureAt={() => figure} onSelect={() => undefined} />
    </FluentProvider>,
  ).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

test("each open request shows its cell, who asked and the comment", () => {
  const shown = text(-2);
  expect(shown).toContain(vi.review.fixRequestsHeading(1));
  expect(shown).toContain(vi.review.fixRequestBy("I20", "C.1", "Trần Thị B", "Trưởng phòng"));
  expect(shown).toContain("Số âm, sửa lại theo biên bản");
  expect(shown).not.toContain(vi.review.fixRequestStale);
});

test("a request whose figure changed since says it awaits review", () => {
  expect(text(2)).toContain(vi.review.fixRequestStale);
});
