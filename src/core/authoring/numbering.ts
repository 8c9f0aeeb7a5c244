// The TT column as departments write it: I, II (sections) / A, B / 1, 2 / 1.1, 1.2 / a, b / "-", "+"
// and "Trong đó" rows. A style's depth is not fixed: it comes from the order styles appear in.
import { normalizeText } from "../numbers/read-number";
import type { SnapshotCell } from "../snapshot";

export type NumberingStyle = "roman" | "upper" | "arabic" | `dotted${number}` | "lower" | "dash" | "plus" | "star" | "none";

export interface Numbering {
  readonly style: NumberingStyle;
  /** The label as a code part: "II", "B", "3", "1.2", "a"; null for dashes and empty cells. */
  readonly label: string | null;
}

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;

/** Reads one TT cell: "II.", "2)", "1.2", "a)", "-", "" … */
export function readNumbering(cell: SnapshotCell | undefined): Numbering {
  if (typeof cell === "number" && Number.isInteger(cell) && cell > 0) return { style: "arabic", label: String(cell) };
  // A TT cell holding 1.1 as a number: Excel stored the dotted label.
  if (typeof cell === "number" && cell > 0) return dotted(String(cell));
  const text = typeof cell === "string" ? normalizeText(cell).replace(/[.):]+$/u, "").replace(/^\(/u, "").trim() : "";
  if (text === "") return { style: "none", label: null };
  if (/^[-–—•]$/u.test(text)) return { style: "dash", label: null };
  if (text === "+") return { style: "plus", label: null };
  if (text === "*") return { style: "star", label: null };
  if (ROMAN.test(text)) return { style: "roman", label: text };
  if (/^\d+$/u.test(text)) return { style: "arabic", label: String(Number(text)) };
  if (/^\d+(\.\d+)+$/u.test(text)) return dotted(text);
  if (/^[A-Z]$/u.test(text)) return { style: "upper", label: text };
  if (/^[a-zđ]$/u.test(text)) return { style: "lower", label: text === "đ" ? "dd" : text };
  return { style: "none", label: null };
}

function dotted(text: string): Numbering {
  const parts = text.split(".").map((p) => String(Number(p)));
  return { style: `dotted${parts.length - 1}`, label: parts.join(".") };
}

/** "Trong đó:", "Trong đó: thuê bao di động", "- Trong đó", "Bao gồm:" (NFC or NFD, any case). */
export function isOfWhich(name: string): boolean {
  return /^[-–+\s]*(?:trong đó|tr\.\s*đó|bao gồm|gồm có)(?![\p{L}\p{N}])/u.test(normalizeText(name).toLocaleLowerCase("vi-VN"));
}

/** A "Trong đó:" row that only announces the parts below it, with nothing of its own. */
export function isOfWhichMarker(name: string): boolean {
  return /^[-–+\s]*(?:trong đó|tr\.\s*đó|bao gồm|gồm có)\s*:?\s*$/u.test(normalizeText(name).toLocaleLowerCase("vi-VN"));
}

/** The name without a leading "- ", "+ " or "a) " that some tables put in the name cell instead of TT. */
export function nameNumbering(name: string): { numbering: Numbering; rest: string } | null {
  const text = normalizeText(name);
  const m = /^([-–+•])\s+(.+)$/u.exec(text);
  if (m !== null) return { numbering: { style: m[1] === "+" ? "plus" : "dash", label: null }, rest: m[2] };
  return null;
}

/**
 * Depths from the order styles appear in (a stack, as a reader does): a style not seen yet
 * goes one deeper; a style already on the stack closes everything below it. Dotted labels
 * nest under their prefix whatever their order.
 */
export class DepthTracker {
  private readonly stack: NumberingStyle[] = [];

  depth(style: NumberingStyle): number {
    const at = this.stack.indexOf(style);
    if (at >= 0) {
      this.stack.length = at + 1;
      return at;
    }
    this.stack.push(style);
    return this.stack.length - 1;
  }
}
