// A small number formatter for Range.text: the codes an indicator report uses
// (General, 0, 0.0, #,##0, #,##0.00, 0%, 0.0%, @); other codes fall back to General.

const GENERAL_DIGITS = 10;

const general = (n: number): string => {
  if (Number.isInteger(n)) return String(n);
  const s = n.toPrecision(GENERAL_DIGITS);
  return String(Number(s));
};

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

export const formatNumber = (n: number, code: string): string => {
  const section = (code.split(";")[n < 0 ? 1 : 0] ?? code.split(";")[0] ?? "General").trim();
  const explicitNegative = n < 0 && code.split(";").length > 1;
  const abs = explicitNegative ? Math.abs(n) : n;
  if (section === "" || /^general$/i.test(section) || section === "@") return general(n);
  const literal = section.replace(/"[^"]*"|\\.|_.|\*./g, "");
  const percent = literal.includes("%");
  const m = /([#0,]*0?)(?:\.([0#]+))?/.exec(literal.replace(/[^#0,.%]/g, ""));
  if (!m) return general(n);
  const decimals = m[2]?.length ?? 0;
  const grouped = (m[1] ?? "").includes(",");
  const value = percent ? abs * 100 : abs;
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = "0", frac] = fixed.split(".");
  const body = (grouped ? group(int) : int) + (frac ? `.${frac}` : "");
  const sign = value < 0 && !explicitNegative && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${body}${percent ? "%" : ""}`;
};
