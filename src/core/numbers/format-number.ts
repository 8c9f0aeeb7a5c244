// Writing numbers for sentences, the pane and printed reports: 1.234.567; 87,3%; 2.000.000 đồng.
// Done by hand rather than with Intl so the output is the same in node, every browser and every ICU.
import type { Lang } from "../indicator";

interface Separators { readonly group: string; readonly decimal: string }
const SEPARATORS: Readonly<Record<Lang, Separators>> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

export interface NumberFormatOptions {
  /** Most decimals shown (rounded half away from zero); default 3. */
  readonly maxDecimals?: number;
  /** Fewest decimals shown (padded with zeros); default 0. */
  readonly minDecimals?: number;
}

/** Decimal digits of |n| rounded to `decimals`, exactly, without binary surprises such as 1.005 → 1.00. */
function fixed(n: number, decimals: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e21) return abs.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 0 });
  // Round through the shortest decimal representation, which is what people typed.
  const [mant, expPart] = abs.toExponential().split("e");
  const exp = Number(expPart);
  const digits = mant.replace(".", "");
  // Place the decimal point: value = 0.digits × 10^(exp+1)
  const intLen = exp + 1;
  let intStr: string;
  let fracStr: string;
  if (intLen <= 0) {
    intStr = "0";
    fracStr = "0".repeat(-intLen) + digits;
  } else if (intLen >= digits.length) {
    intStr = digits + "0".repeat(intLen - digits.length);
    fracStr = "";
  } else {
    intStr = digits.slice(0, intLen);
    fracStr = digits.slice(intLen);
  }
  if (fracStr.length <= decimals) return fracStr === "" ? intStr : `${intStr}.${fracStr}`;
  // Round half up on the decimal digits.
  const keep = fracStr.slice(0, decimals);
  const roundUp = fracStr.charCodeAt(decimals) - 48 >= 5;
  let all = (intStr + keep).split("").map(Number);
  if (roundUp) {
    let i = all.length - 1;
    while (i >= 0) {
      if (all[i] === 9) { all[i] = 0; i--; } else { all[i]++; break; }
    }
    if (i < 0) all = [1, ...all];
  }
  const joined = all.join("");
  const cut = joined.length - decimals;
  return decimals === 0 ? joined : `${joined.slice(0, cut)}.${joined.slice(cut)}`;
}

/** 1234567.5 → "1.234.567,5" (vi) or "1,234,567.5" (en). Non-finite numbers give "". */
export function formatNumber(n: number, lang: Lang, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(n)) return "";
  const max = options.maxDecimals ?? 3;
  const min = Math.min(options.minDecimals ?? 0, max);
  const sep = SEPARATORS[lang];
  const [intPart, fracRaw = ""] = fixed(n, max).split(".");
  let frac = fracRaw.replace(/0+$/, "");
  if (frac.length < min) frac = frac.padEnd(min, "0");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  const negative = n < 0 && /[1-9]/.test(intPart + frac);
  return `${negative ? "-" : ""}${grouped}${frac === "" ? "" : sep.decimal + frac}`;
}

/** "1.234.567" / "87,5": the Vietnamese display of the domain brief. */
export const formatNumberVi = (n: number, options?: NumberFormatOptions): string => formatNumber(n, "vi", options);

/** A percentage already in percent units: 87.3 → "87,3%" (one decimal unless whole: 100 → "100%"). */
export function formatPercent(percent: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(percent, lang, { maxDecimals: decimals })}%`;
}

/** A grading ratio (fraction, above 1 is better) as the 0,1-point percentage: 1.005 → "100,5%", 1 → "100,0%". */
export function formatRatio(ratio: number, lang: Lang): string {
  return `${formatNumber(ratio * 100, lang, { maxDecimals: 1, minDecimals: 1 })}%`;
}
