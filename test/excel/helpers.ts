// Test helpers: a stand-in host installed as the globals, with the add-in's facts detected
// the way the add-in detects them (Office.onReady, then isSetSupported probing).
import { createHost, type Host, type HostOptions } from "../host";
import { hostFacts, resetHostFacts } from "../../src/excel/host-facts";
import { resetOfficeReady } from "../../src/excel/office-ready";
import { forgetTemplates } from "../../src/excel/templates";
import type { HostFacts } from "../../src/excel/addin-api";
import type { ReportDetails } from "../../src/core/reading";

export interface Started {
  readonly host: Host;
  readonly facts: HostFacts;
}

export async function startHost(apiLevel?: string, workbook?: Uint8Array, options: HostOptions = {}): Promise<Started> {
  const host = await createHost({ ...options, ...(apiLevel ? { apiLevel } : {}), ...(workbook ? { workbook } : {}) });
  host.install();
  resetOfficeReady();
  resetHostFacts();
  forgetTemplates();
  const facts = await hostFacts();
  return { host, facts };
}

export const DETAILS: ReportDetails = {
  number: "15/BC-STTTT",
  place: "Hà Nam",
  date: "2020-03-20",
  estimate: true,
  signerTitle: "GIÁM ĐỐC",
  signerName: "Nguyễn Văn A",
  recipients: ["UBND tỉnh", "Lưu: VT."],
};

/** The seed's Q1/2020 figures (the domain brief's table) and the example workbook's plans. */
export const SEED_ACTUALS: Readonly<Record<string, number>> = {
  "A.1": 920000, "A.2": 110000, "B.1": 100, "B.2": 87, "C.1": 1,
  "C.2": 28, "C.2.1": 6, "C.2.2": 3, "C.2.3": 1, "C.2.4": 18, "C.3": 3, "C.4": 7000000, "C.5": 20,
};
export const SEED_PLANS: Readonly<Record<string, number>> = { "A.1": 950000, "A.2": 120000, "B.1": 100, "B.2": 80, "C.1": 4 };
export const SEED_Q1_TARGETS: Readonly<Record<string, number>> = { "A.1": 915000, "A.2": 105000 };

/** The bare cell of a qualified address ("'Quý I-2020'!I9" → "I9"). */
export const bare = (qualified: string): string => qualified.slice(qualified.lastIndexOf("!") + 1);
