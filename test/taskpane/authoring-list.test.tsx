// The proposal as the person checking it reads it (server-rendered): each indicator with the
// table row it came from and its guesses in words, the reason under each field while the value
// is still the guess, and "added" for one typed in the pane.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { addIndicator, editIndicator, proposeTemplate, type Proposal } from "../../src/core/authoring";
import { indicatorCode } from "../../src/core/indicator";
import { IndicatorList } from "../../src/taskpane/authoring/IndicatorList";
import { seedTable } from "../core/authoring/seed-table";

const text = (html: string): string => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const proposal = (): Proposal => {
  const r = proposeTemplate(seedTable());
  if (!r.ok) throw new Error(r.problem.code);
  return r.proposal;
};
const render = (p: Proposal, draft = p.draft, lang: "vi" | "en" = "vi") =>
  text(renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <IndicatorList draft={draft} guesses={p.guesses} lang={lang} onChange={() => undefined} />
    </FluentProvider>,
  ));

test("each indicator shows its row, its guesses in words and why", () => {
  const p = proposal();
  const vi = render(p);
  expect(vi).toContain("II.1 Tỷ lệ thủ tục hành chính được đăng tải trên Cổng Thông tin điện tử dòng 14 Tỷ lệ · Phần trăm · Càng cao càng tốt · %");
  expect(vi).toContain("đơn vị tính là %");
  expect(vi).toContain("Kế hoạch: 100 (đọc từ cột Kế hoạch)");
  const en = render(p, p.draft, "en");
  expect(en).toContain("row 14 Rate · Percent · Higher is better");
  expect(en).toContain("the unit is %");
});

test("a value the person changed no longer shows the guess's reason; an added indicator says so", () => {
  const p = proposal();
  expect(render(p)).toContain("đơn vị tính là đồng (số nguyên)");
  const changed = editIndicator(p.draft, indicatorCode("III.4"), { numberType: "decimal" });
  const html = render(p, addIndicator(changed, "III", "Số cuộc kiểm tra đột xuất", "cuộc"));
  expect(html).not.toContain("đơn vị tính là đồng (số nguyên)");
  expect(html).toContain("III.6 Số cuộc kiểm tra đột xuất thêm mới");
});
