// Language of the pane: Vietnamese for a vi-* Office, English otherwise, with a switch; and
// numbers and dates written the way each language writes them.
import { createContext, useContext } from "react";
import type { Lang } from "../../core/indicator";
import { en } from "./en";
import type { Messages } from "./messages";
import { vi } from "./vi";

export type { Messages } from "./messages";

export const CATALOGUES: Readonly<Record<Lang, Messages>> = { vi, en };

/** "vi-VN", "vi" → vi; anything else (including an empty language) → en, except that no language at all means vi. */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

export const MessagesContext = createContext<Messages>(vi);
export const useMessages = (): Messages => useContext(MessagesContext);

const LOCALE: Readonly<Record<Lang, string>> = { vi: "vi-VN", en: "en-US" };
const numberFormats = new Map<string, Intl.NumberFormat>();

/** 1.234.567 and 87,5 in Vietnamese; 1,234,567 and 87.5 in English. */
export function formatNumber(n: number, lang: Lang, maxFractionDigits = 2): string {
  const key = `${lang}:${maxFractionDigits}`;
  let f = numberFormats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A calendar date "2020-03-15" as running text: vi "15/3/2020" (days below 10 and the months
 * January and February take a leading zero, as in official documents), en "15 March 2020".
 */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === "en") return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  return `${pad2(day)}/${month <= 2 ? pad2(month) : String(month)}/${year}`;
}

/** A moment (ISO date-time) in the reader's local time: vi "20/3/2020 15:05", en "20 March 2020 15:05". */
export function formatMoment(isoDateTime: string, lang: Lang): string {
  const d = new Date(isoDateTime);
  if (Number.isNaN(d.getTime())) return isoDateTime;
  const local = `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
  return `${formatIsoDate(local, lang)} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

export const formatTime = (d: Date): string => `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
