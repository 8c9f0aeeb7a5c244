// A near miss or a shortfall whose Giải trình is filled is not asked for one again: the finding says
// the figure is below target and that the explanation is there, in both languages.
import { checkReading } from "../../../src/core/check";
import { findingMessage } from "../../../src/core/i18n";
import { SEED_ROWS, reading, stttt, type Row } from "./reading-builder";

const belowTarget = (over: Record<string, Row>) =>
  checkReading(stttt(), reading({ ...SEED_ROWS, ...over })).findings.filter((f) => f.rule === "below-target");

const NEAR = { plan: 120000, periodTarget: 105000, actual: 100000 };
const SHORT = { plan: 8, actual: 1 };

test.each([
  ["A.2", NEAR],
  ["C.1", SHORT],
] as const)("%s below target with an explanation: the message no longer asks for one", (code, row) => {
  const [asked] = belowTarget({ [code]: row }).filter((f) => f.code === code);
  const [explained] = belowTarget({ [code]: { ...row, explanation: "Do ảnh hưởng của dịch bệnh" } }).filter((f) => f.code === code);
  expect(findingMessage(asked!, "vi")).toContain("Giải trình");
  expect(findingMessage(explained!, "vi")).not.toMatch(/hãy ghi|nên ghi/i);
  expect(findingMessage(explained!, "vi")).toContain("Đã có giải trình");
  expect(findingMessage(asked!, "en")).toMatch(/explanation/i);
  expect(findingMessage(explained!, "en")).not.toMatch(/give the reason/i);
  expect(findingMessage(explained!, "en")).toContain("An explanation is given");
});
