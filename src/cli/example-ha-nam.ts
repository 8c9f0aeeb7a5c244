// The seed report's Q1/2020 figures (Sở TT&TT Hà Nam, ../shared/domain/000_ddf752b763ce7c03.txt)
// with the example plans of the domain brief: the data behind examples/ha-nam-stttt-2020-Q1.xlsx.
import { indicatorCode, type IndicatorCode } from "../core/indicator";
import type { Period } from "../core/periods/period";
import type { InputRole, ReportDetails } from "../core/reading";

export const EXAMPLE_FILE = "examples/ha-nam-stttt-2020-Q1.xlsx";
export const EXAMPLE_TEMPLATE_ID = "stttt-quarterly";
export const EXAMPLE_PERIOD: Period = { year: 2020, kind: "Q1" };

export const EXAMPLE_DETAILS: ReportDetails = {
  number: "15/BC-STTTT",
  place: "Hà Nam",
  // The seed's inspection window closes on 15/3/2020; the report follows a few days later.
  date: "2020-03-20",
  // "Ước thực hiện quý I năm 2020": the figures are estimates.
  estimate: true,
  signerTitle: "GIÁM ĐỐC",
  // Left for staff: the seed does not name the signer, and we do not invent an official.
  signerName: "",
  recipients: ["UBND tỉnh", "Sở Kế hoạch và Đầu tư"],
};

type Figures = Partial<Record<Exclude<InputRole, "carriedYtd">, number | string>>;

const figures: Readonly<Record<string, Figures>> = {
  "A.1": { plan: 950_000, periodTarget: 915_000, actual: 920_000 },
  // A.1.1 and A.1.2: the seed gives no breakdown of subscribers; left empty.
  "A.2": { plan: 120_000, periodTarget: 105_000, actual: 110_000 },
  "B.1": { plan: 100, actual: 100 },
  "B.2": { plan: 80, actual: 87 },
  "C.1": { plan: 4, actual: 1 },
  "C.2": { actual: 28 },
  "C.2.1": { actual: 6 },
  "C.2.2": { actual: 3 },
  "C.2.3": { actual: 1 },
  "C.2.4": { actual: 18 },
  "C.3": { actual: 3 },
  "C.4": { actual: 7_000_000 },
  "C.5": { actual: 20 },
};

/** The figures by indicator code and input role. */
export const EXAMPLE_FIGURES: ReadonlyMap<IndicatorCode, Figures> = new Map(
  Object.entries(figures).map(([code, values]) => [indicatorCode(code), values]),
);
