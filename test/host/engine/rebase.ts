// Moving a formula from one cell to another, as Excel does when it fills a formula or applies a
// conditional format's formula to each cell of its range: relative parts of references move by
// the offset, $-anchored parts stay. Text inside string literals is left alone.

const REF = /(?<![\w.$'])((?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![\w(!])/g;

const letters = (index: number): string => {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

const index = (text: string): number => {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

/** One "$A$1"-style part moved by (dr, dc); undefined when it would leave the sheet (#REF!). */
const move = (colAbs: string, col: string, rowAbs: string, row: string, dr: number, dc: number): string | undefined => {
  const c = colAbs ? index(col) : index(col) + dc;
  const r = rowAbs ? Number(row) : Number(row) + dr;
  if (c < 0 || r < 1) return undefined;
  return `${colAbs}${letters(c)}${rowAbs}${r}`;
};

/** The formula as it reads dr rows below and dc columns right of where it was written. */
export const rebaseFormula = (formula: string, dr: number, dc: number): string => {
  if (dr === 0 && dc === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (_whole, sheet: string | undefined, ca: string, c: string, ra: string, r: string, ca2?: string, c2?: string, ra2?: string, r2?: string) => {
            const first = move(ca, c, ra, r, dr, dc);
            const second = c2 === undefined ? "" : move(ca2 ?? "", c2, ra2 ?? "", r2 ?? "", dr, dc);
            if (first === undefined || second === undefined) return "#REF!";
            return `${sheet ?? ""}${first}${second ? `:${second}` : ""}`;
          }),
    )
    .join("");
};
