// A number shown in a percent number format. Excel stores "87,5%" typed into a cell as 0,875 and
// gives the cell a percent format; a cell formatted as a percentage stores 87,5 typed into it as
// 0,875 too (automatic percent entry, on by default: Application.AutoPercentEntry,
// https://learn.microsoft.com/office/vba/api/excel.application.autopercententry). What staff see,
// and mean, is the figure shown: 87,5 %. Reading the stored 0,875 against a plan of 95 would grade
// a near miss as a failure.

/**
 * The format's characters that are codes, by section (split at ";"): what quotes, brackets
 * ("[Red]", "[$-42A]"), escapes ("\\%") and the character a space ("_") or fill ("*") takes leave.
 * Sections: positive; negative; zero; text.
 */
function codeSections(format: string): string[] {
  const out: string[] = [""];
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "\\" || c === "_" || c === "*") i++;
    else if (c === '"' || c === "[") {
      const end = format.indexOf(c === '"' ? '"' : "]", i + 1);
      i = end === -1 ? format.length : end;
    } else if (c === ";") out.push("");
    else out[out.length - 1] += c;
  }
  return out;
}

/**
 * How many times over a cell's format multiplies `value` by 100 to show it (0: not a percent
 * format), by the section that shows it: the negative section for a negative value, the zero
 * section for zero, where the format has them.
 */
export function percentScale(format: string | null | undefined, value: number): number {
  if (format === null || format === undefined || !format.includes("%")) return 0;
  const parts = codeSections(format);
  const section = value < 0 && parts.length > 1 ? parts[1] : value === 0 && parts.length > 2 ? parts[2] : parts[0];
  // Each "%" multiplies the value shown by 100.
  return section.split("%").length - 1;
}

/** The figure a percent format shows for a stored value: 0,875 shown as 87,5 %. Exact to 15 digits, as Excel shows. */
export function percentShown(value: number, scale = 1): number {
  const shown = value * 100 ** scale;
  return Number.isFinite(shown) ? Number(shown.toPrecision(15)) : shown;
}

/** The figure shown written as staff would type it, the Vietnamese way: "87,5%". */
export function percentText(value: number, scale = 1): string {
  return `${String(percentShown(value, scale)).replace(".", ",")}${"%".repeat(scale)}`;
}
