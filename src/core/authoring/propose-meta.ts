// The template's own fields from the lines above the table: the agencies ("UBND TỈNH HÀ NAM",
// "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), the place and the title. What is not there is a placeholder
// the person must fill, and the guess says so.
import { normalizeText } from "../numbers/read-number";
import type { SheetSnapshot } from "../snapshot";
import type { DraftMeta } from "./authoring-draft";
import type { TableHeader } from "./header-row";
import type { Guess } from "./propose";

export const AGENCY_PLACEHOLDER = { parent: "UBND TỈNH …", issuing: "SỞ …", place: "…" } as const;

const PARENT = /^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:tỉnh|thành phố|tp\.?)\s+(.+)$/iu;
const ISSUING = /^(?:sở|ban|bộ|cục|chi cục|trung tâm|văn phòng)\s/iu;
const NOT_TITLE = /^(?:cộng hòa|cộng hoà|độc lập|số\s*:|đơn vị tính|đvt)|ngày\s+\d+\s+tháng/iu;

/** "hà nam" → "Hà Nam". */
const titleCase = (s: string): string => s.toLocaleLowerCase("vi-VN").replace(/(^|\s)(\p{L})/gu, (_, sp: string, ch: string) => sp + ch.toLocaleUpperCase("vi-VN"));

/** A template id from a title: ASCII, lower case, words joined by "-" ("Chỉ tiêu ngành Y tế" → "chi-tieu-nganh-y-te"). */
export function slugOf(text: string): string {
  const ascii = text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/gu, "d").toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/gu, "-").replace(/^-+|-+$/gu, "").split("-").slice(0, 8).join("-");
  return slug === "" ? "mau-chi-tieu" : slug;
}

export function proposeMeta(snapshot: SheetSnapshot, header: TableHeader, guesses: Guess[]): DraftMeta {
  let parent: { text: string; row: number } | null = null;
  let issuing: { text: string; row: number } | null = null;
  let title: { text: string; row: number } | null = null;
  for (let r = 1; r < header.firstRow; r++) {
    for (const cell of snapshot.values[r - 1] ?? []) {
      if (typeof cell !== "string") continue;
      const t = normalizeText(cell);
      if (t === "") continue;
      if (parent === null && PARENT.test(t)) parent = { text: t.toLocaleUpperCase("vi-VN"), row: r };
      else if (issuing === null && ISSUING.test(t) && t === t.toLocaleUpperCase("vi-VN")) issuing = { text: t, row: r };
      else if (!NOT_TITLE.test(t) && t.length >= 12 && (title === null || t.length > title.text.length)) title = { text: t, row: r };
    }
  }
  const titleText = title?.text ?? (snapshot.name.trim() || "Chỉ tiêu");
  guesses.push({ field: "title", code: null, value: titleText, because: title === null ? "sheet-name" : "title-above", row: title?.row ?? 0 });
  const id = slugOf(titleText);
  guesses.push({ field: "id", code: null, value: id, because: title === null ? "sheet-name" : "title-above", row: title?.row ?? 0 });
  const agency = { parent: parent?.text ?? AGENCY_PLACEHOLDER.parent, issuing: issuing?.text ?? AGENCY_PLACEHOLDER.issuing };
  guesses.push({ field: "agency", code: null, value: `${agency.parent} / ${agency.issuing}`, because: parent !== null && issuing !== null ? "agency-above" : "agency-missing", row: parent?.row ?? issuing?.row ?? 0 });
  const placeMatch = parent === null ? null : PARENT.exec(parent.text);
  const place = placeMatch === null ? AGENCY_PLACEHOLDER.place : titleCase(placeMatch[1]);
  guesses.push({ field: "place", code: null, value: place, because: placeMatch === null ? "place-missing" : "place-from-agency", row: parent?.row ?? 0 });
  guesses.push({ field: "reportType", code: null, value: "nd09-2019", because: "default-report-type", row: 0 });
  return { id, version: "1.0.0", title: { vi: titleText, en: titleText }, agency, place, reportType: "nd09-2019", nearThreshold: 0.9 };
}
