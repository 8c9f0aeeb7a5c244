// The seed report's figures (Q1/2020, Sở TT&TT Hà Nam; ../shared/domain/README.md) with the
// example workbook's plans and Q1 targets, and the errors a tired clerk plants.
export const PERIOD = { year: "2020", kind: "Q1", sheet: "Quý I-2020" };

/** [code, role, typed text]: typed as text into the grid, as a user would. */
export const SEED = [
  ["A.1", "plan", "950000"], ["A.1", "periodTarget", "915000"], ["A.1", "actual", "920000"],
  ["A.2", "plan", "120000"], ["A.2", "periodTarget", "105000"], ["A.2", "actual", "110000"],
  ["B.1", "plan", "100"], ["B.1", "actual", "100"],
  ["B.2", "plan", "80"], ["B.2", "actual", "87"],
  ["C.1", "plan", "4"], ["C.1", "actual", "1"],
  ["C.2", "actual", "28"], ["C.2.1", "actual", "6"], ["C.2.2", "actual", "3"], ["C.2.3", "actual", "1"], ["C.2.4", "actual", "18"],
  ["C.3", "actual", "3"], ["C.4", "actual", "7000000"], ["C.5", "actual", "20"],
];

/**
 * The planted errors, typed over the seed: each must come back as a finding on that cell.
 * - A.1 "920.000": Vietnamese thousands typed into an Excel with an English regional format
 *   stores 920, a shortfall (in a vi-VN regional format it is 920000).
 * - B.2 870: a rate above 100.
 * - C.2.4 17: the parts of C.2 no longer add up to 28.
 * - C.3 "ba": a word where a number belongs.
 */
export const PLANTED = [
  { code: "A.1", role: "actual", text: "920.000", severity: "shortfall" },
  { code: "B.2", role: "actual", text: "870", severity: "error" },
  { code: "C.2.4", role: "actual", text: "17", severity: null },
  { code: "C.3", role: "actual", text: "ba", severity: "error" },
];
