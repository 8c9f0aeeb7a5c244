// The report details staff fill in once (Số/ký hiệu, place, date, estimate, signer, recipients):
// how they are written into their entry cells and read back from them.
import type { Lang } from "../indicator";
import { isoDate, parseIsoDate } from "../periods/period-window";
import type { ReportDetails } from "../reading";
import { isErrorValue, type SnapshotCell } from "../snapshot";
import type { PlannedValue } from "../sheet-plan";
import type { DetailField } from "./labels";
import { YES_NO } from "./labels";

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system, its 1900 leap-year bug accounted for (serial 1 = 1900-01-01 only after March 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** "2020-03-20" → 43910; null when not a date. */
export function excelSerialOfIso(iso: string): number | null {
  const d = parseIsoDate(iso);
  return d === null ? null : Math.round((Date.UTC(d.year, d.month - 1, d.day) - EXCEL_EPOCH) / MS_PER_DAY);
}

/** 43910 → "2020-03-20"; the time of day, if any, is dropped. */
export function isoOfExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const d = new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export const EMPTY_DETAILS: ReportDetails = {
  number: "", place: "", date: "", estimate: false, signerTitle: "", signerName: "", recipients: [],
};

/** The value an entry cell gets; undefined leaves it empty. */
export function detailCellValue(details: ReportDetails, field: DetailField, lang: Lang): PlannedValue | undefined {
  switch (field) {
    case "date": return excelSerialOfIso(details.date) ?? undefined;
    case "estimate": return (details.estimate ? YES_NO.yes : YES_NO.no)[lang];
    case "recipients": return details.recipients.length > 0 ? details.recipients.join("\n") : undefined;
    default: return details[field] === "" ? undefined : details[field];
  }
}

const cellText = (cell: SnapshotCell | undefined): string => {
  if (cell === null || cell === undefined) return "";
  if (isErrorValue(cell)) return "";
  return String(cell).normalize("NFC").trim();
};

/** "20/03/2020", "20-3-2020", "2020-03-20" or a date serial → ISO; "" when unreadable. */
export function readDateCell(cell: SnapshotCell | undefined): string {
  if (typeof cell === "number") return isoOfExcelSerial(cell) ?? "";
  const s = cellText(cell);
  if (parseIsoDate(s) !== null) return s;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return "";
  const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return parseIsoDate(iso) === null ? "" : iso;
}

const YES = new Set(["có", "co", "yes", "y", "x", "true", "1", "ước", "ước thực hiện"]);

export function readEstimateCell(cell: SnapshotCell | undefined): boolean {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 1;
  return YES.has(cellText(cell).toLowerCase());
}

/** One recipient a line (or separated by ";" as the Nơi nhận list writes them), bullets dropped. */
export function readRecipientsCell(cell: SnapshotCell | undefined): readonly string[] {
  return cellText(cell)
    .split(/[\r\n;]+/)
    .map((line) => line.trim().replace(/^[-+•–]\s*/u, "").trim())
    .filter((line) => line !== "");
}

/** Reads the details from the entry cells found, field by field. */
export function readDetails(cells: Partial<Record<DetailField, SnapshotCell>>): ReportDetails {
  return {
    number: cellText(cells.number),
    place: cellText(cells.place),
    date: readDateCell(cells.date),
    estimate: readEstimateCell(cells.estimate),
    signerTitle: cellText(cells.signerTitle),
    signerName: cellText(cells.signerName),
    recipients: readRecipientsCell(cells.recipients),
  };
}

/** Kept details win field by field over the ones passed in, unless empty: nothing typed is lost. */
export function mergeDetails(kept: ReportDetails | undefined, given: ReportDetails): ReportDetails {
  if (kept === undefined) return given;
  const pick = (a: string, b: string): string => (a !== "" ? a : b);
  return {
    number: pick(kept.number, given.number),
    place: pick(kept.place, given.place),
    date: pick(kept.date, given.date),
    estimate: kept.estimate,
    signerTitle: pick(kept.signerTitle, given.signerTitle),
    signerName: pick(kept.signerName, given.signerName),
    recipients: kept.recipients.length > 0 ? kept.recipients : given.recipients,
  };
}
