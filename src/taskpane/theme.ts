// Follows the Office theme where Office gives one (Office.context.officeTheme, read by src/excel):
// a dark Office gets Fluent's dark theme (loaded only then: most clerks never need its bytes),
// and the pane takes Office's own background and text colours when they are readable.
import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "./pane-api";

/** Relative luminance of "#RRGGBB" (0 black .. 1 white); null when not a hex colour. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

const asHex = (c: string): string => (c.startsWith("#") ? c : `#${c}`);

export const isDarkOffice = (office: OfficeThemeColors | null): boolean => {
  const bg = office === null ? null : luminance(office.bodyBackgroundColor);
  return bg !== null && bg < 0.2;
};

/** Office's body colours over a base theme, when they keep text readable (WCAG AA, 4.5:1). */
export function paneTheme(office: OfficeThemeColors | null, base: Theme = webLightTheme): Theme {
  if (office === null) return base;
  const bg = luminance(office.bodyBackgroundColor);
  const fg = luminance(office.bodyForegroundColor);
  if (bg === null || fg === null) return base;
  const [hi, lo] = bg > fg ? [bg, fg] : [fg, bg];
  if ((hi + 0.05) / (lo + 0.05) < 4.5) return base;
  return { ...base, colorNeutralBackground1: asHex(office.bodyBackgroundColor), colorNeutralForeground1: asHex(office.bodyForegroundColor) };
}
