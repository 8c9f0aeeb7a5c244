// The report's life in core: submit, return with reasons, fix, submit again, approve; refusals
// with the list of what blocks; a fingerprint that names what changed after approval.
import { checkReading } from "../../../src/core/check";
import { findingMessage } from "../../../src/core/i18n";
import { fingerprintOf, figureChanges, reportFigures } from "../../../src/core/status/report-figures";
import {
  approvalIntegrity, changesForReview, decideStatus, reportStatus, type StatusEvent, type StatusRequest,
} from "../../../src/core/status/report-status";
import { sha256Hex } from "../../../src/core/status/sha256";
import { eventsToRows, rowsToEvents } from "../../../src/core/status/status-rows";
import { refusalMessage, statusLine, summaryStatusLine } from "../../../src/core/status/status-words";
import { reading, SEED_ROWS, SHEET, stttt, type Row } from "../engine/reading-builder";

const staff = { name: "Trần Văn An", role: "Chuyên viên" };
const head = { name: "Nguyễn Thị Lan", role: "Trưởng phòng" };

const now = (rows: Readonly<Record<string, Row>>) => {
  const r = reading(rows);
  return { reading: r, result: checkReading(stttt(), r) };
};
const act = (history: readonly StatusEvent[], request: StatusRequest, rows: Readonly<Record<string, Row>>) =>
  decideStatus(reportStatus(history, SHEET), request, now(rows));

const at = (minute: number) => `2020-03-20T08:${String(minute).padStart(2, "0")}:00.000Z`;

describe("sha256", () => {
  test("FIPS 180-4 test vectors, and UTF-8 text", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    // 56 to 64 bytes: the length spills into a second block.
    expect(sha256Hex("a".repeat(64))).toBe("ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    // "Hà Nam" as UTF-8 (the digest of its bytes, as `printf 'Hà Nam' | sha256sum` gives).
    expect(sha256Hex("Hà Nam")).toBe("0db34c9a3ba5f78aee2ccb1f232ed7c911f2f14fd9e5f2eb736e7478e8c75d64");
  });
});

describe("fingerprint of the figures", () => {
  test("the same figures in any order give the same fingerprint; any figure changed gives another", () => {
    const figures = reportFigures(reading(SEED_ROWS));
    const print = fingerprintOf(figures);
    expect(print).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(fingerprintOf([...figures].reverse())).toBe(print);
    const changed = reportFigures(reading({ ...SEED_ROWS, "A.1": { ...SEED_ROWS["A.1"], actual: 920001 } }));
    expect(fingerprintOf(changed)).not.toBe(print);
    // The number 87 and the text "87" are different figures.
    const asText = reportFigures(reading({ ...SEED_ROWS, "B.2": { ...SEED_ROWS["B.2"], actual: "87" } }));
    expect(fingerprintOf(asText)).not.toBe(print);
  });

  test("changes are named by code and role, old and new figure", () => {
    const before = reportFigures(reading(SEED_ROWS));
    const after = reportFigures(reading({ ...SEED_ROWS, "A.2": { ...SEED_ROWS["A.2"], actual: 111000 }, "C.1": { ...SEED_ROWS["C.1"], explanation: "Đã bổ sung" } }));
    expect(figureChanges(before, after)).toEqual([
      { code: "A.2", role: "actual", before: 110000, after: 111000 },
      { code: "C.1", role: "explanation", before: null, after: "Đã bổ sung" },
    ]);
  });
});

describe("the report's life", () => {
  const bad = { ...SEED_ROWS, "A.1": { ...SEED_ROWS["A.1"], actual: -5 } };

  test("submitting is refused while an error remains, with the list; allowed once fixed", () => {
    const refused = act([], { action: "submit", actor: staff, date: at(0) }, bad);
    expect(refused.ok).toBe(false);
    if (refused.ok || refused.refusal.reason !== "blocking") throw new Error("expected a blocking refusal");
    expect(refused.refusal.blockers.map((f) => [f.code, f.rule])).toEqual([["A.1", "negative"]]);
    const text = refusalMessage(refused.refusal, "vi", (f) => findingMessage(f, "vi"));
    expect(text).toContain("còn 1 vấn đề");
    expect(text).toContain("- A.1: ");

    const ok = act([], { action: "submit", actor: staff, date: at(0) }, SEED_ROWS);
    expect(ok.ok && ok.status.state).toBe("submitted");
    expect(ok.ok && ok.event.round).toBe(1);
  });

  test("an unexplained shortfall blocks; the same shortfall with its Giải trình does not", () => {
    const short = { ...SEED_ROWS, "A.2": { ...SEED_ROWS["A.2"], actual: 50000 } };
    const refused = act([], { action: "submit", actor: staff, date: at(0) }, short);
    expect(!refused.ok && refused.refusal.reason === "blocking" && refused.refusal.blockers.map((f) => f.code)).toEqual(["A.2"]);
    const explained = { ...short, "A.2": { ...short["A.2"], explanation: "Doanh nghiệp chuyển sang cáp quang" } };
    expect(act([], { action: "submit", actor: staff, date: at(0) }, explained).ok).toBe(true);
  });

  test("submit, return with reasons, fix, submit again, approve: the reviewer sees only what changed", () => {
    const history: StatusEvent[] = [];
    const step = (request: StatusRequest, rows: Readonly<Record<string, Row>>) => {
      const d = act(history, request, rows);
      if (!d.ok) throw new Error(JSON.stringify(d.refusal));
      history.push(d.event);
      return d;
    };
    step({ action: "submit", actor: staff, date: at(0) }, SEED_ROWS);
    // A return needs its reasons.
    const noReason = act(history, { action: "return", actor: head, date: at(5), reasons: [" "] }, SEED_ROWS);
    expect(!noReason.ok && noReason.refusal).toEqual({ reason: "reasons-required" });
    // Approving a returned report is not a transition.
    const returned = step({ action: "return", actor: head, date: at(5), reasons: ["A.2 chưa khớp số liệu của VNPT"] }, SEED_ROWS);
    expect(returned.status.state).toBe("returned");
    expect(statusLine(returned.status, { kind: "not-approved" }, "vi")).toBe("Trả lại (Nguyễn Thị Lan, Trưởng phòng, 15:05 20/03/2020): A.2 chưa khớp số liệu của VNPT");
    const early = act(history, { action: "approve", actor: head, date: at(6) }, SEED_ROWS);
    expect(!early.ok && early.refusal).toEqual({ reason: "not-allowed", from: "returned", action: "approve" });

    const fixed: Readonly<Record<string, Row>> = { ...SEED_ROWS, "A.2": { ...SEED_ROWS["A.2"], actual: 112000 } };
    const again = step({ action: "submit", actor: staff, date: at(10), reasons: ["Đã sửa theo số liệu VNPT"] }, fixed);
    expect(again.event.round).toBe(2);
    const review = changesForReview(again.status, reportFigures(reading(fixed)));
    expect(review.sinceLastRound).toEqual([{ code: "A.2", role: "actual", before: 110000, after: 112000, reason: "Đã sửa theo số liệu VNPT" }]);
    expect(review.sinceSubmission).toEqual([]);

    const approved = step({ action: "approve", actor: head, date: at(15) }, fixed);
    expect(approved.status.state).toBe("approved");
    expect(approved.status.approval?.actor).toEqual(head);
    const intact = approvalIntegrity(approved.status, reportFigures(reading(fixed)));
    expect(intact.kind).toBe("intact");
    expect(summaryStatusLine(approved.status, intact, "vi")).toBe("Tình trạng báo cáo: đã duyệt (Nguyễn Thị Lan, Trưởng phòng, 15:15 20/03/2020).");

    // A figure changed after approval (the protection lifted by hand) is detected and named.
    const later = reportFigures(reading({ ...fixed, "C.1": { ...fixed["C.1"], actual: 2 } }));
    const changed = approvalIntegrity(approved.status, later);
    expect(changed.kind === "changed" && changed.changes).toEqual([{ code: "C.1", role: "actual", before: 1, after: 2 }]);
    expect(statusLine(approved.status, changed, "vi")).toContain("Số liệu đã thay đổi sau khi duyệt: C.1");
    expect(statusLine(approved.status, changed, "en")).toContain("Figures changed after approval: C.1");
    expect(summaryStatusLine(approved.status, changed, "en")).toBe("Report status: figures changed after approval (C.1); this summary has not been approved again.");

    // The history survives the hidden sheet's rows (cells read back as text or numbers).
    const rows = eventsToRows(history).map((r) => r.map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
    const parsed = rowsToEvents([["chitieu-status-1", "kind", "sheet", "round", "action", "date", "name", "role", "text", "fingerprint", "code", "inputRole", "before", "after"], ...rows]);
    expect(parsed.skippedRows).toEqual([]);
    expect(parsed.events).toEqual(history);
    expect(reportStatus(parsed.events, SHEET).state).toBe("approved");
  });

  test("a never submitted report is a draft, and its summary says it is not approved", () => {
    const status = reportStatus([], SHEET);
    expect(status.state).toBe("draft");
    expect(summaryStatusLine(status, approvalIntegrity(status, []), "vi")).toBe("Tình trạng báo cáo: chưa được duyệt (đang nhập).");
    expect(summaryStatusLine(status, approvalIntegrity(status, []), "en")).toBe("Report status: not approved (being filled in).");
  });

  test("a history edited by hand into an impossible order is not believed", () => {
    const d = act([], { action: "submit", actor: staff, date: at(0) }, SEED_ROWS);
    if (!d.ok) throw new Error("submit refused");
    const forged: StatusEvent = { ...d.event, action: "approve", date: at(1) };
    // An approval with no submission before it.
    expect(reportStatus([forged], SHEET).state).toBe("draft");
    expect(reportStatus([d.event, forged], SHEET).state).toBe("approved");
  });

  test("approving is refused while errors remain, naming them", () => {
    const d = act([], { action: "submit", actor: staff, date: at(0) }, SEED_ROWS);
    if (!d.ok) throw new Error("submit refused");
    const refused = act([d.event], { action: "approve", actor: head, date: at(1) }, bad);
    expect(!refused.ok && refused.refusal.reason === "blocking" && refused.refusal.blockers.map((f) => f.code)).toEqual(["A.1"]);
  });
});
