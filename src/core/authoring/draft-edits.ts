// Editing a draft: every edit returns a new draft and keeps the codes of what stays (figures
// typed in the sheet are kept by code, so a code that changed would orphan them).
import type { IndicatorCode, LocalText } from "../indicator";
import { indicatorCode } from "../indicator";
import type { ConsistencyRule } from "../template/template";
import type { AuthoringDraft, DraftIndicator } from "./authoring-draft";
import { guessIndicator, guessDirection } from "./guess-indicator";

export type IndicatorPatch = Partial<Pick<DraftIndicator, "kind" | "direction" | "numberType" | "required" | "explanationRequired">> & {
  readonly name?: string;
  readonly unit?: string;
};

/** A Vietnamese text changed: the English one follows while it was only a copy of the Vietnamese. */
function retext(old: LocalText, vi: string): LocalText {
  return { vi, en: old.en === old.vi ? vi : old.en };
}

export function editIndicator(d: AuthoringDraft, code: IndicatorCode, patch: IndicatorPatch): AuthoringDraft {
  return {
    ...d,
    indicators: d.indicators.map((i) => {
      if (i.code !== code) return i;
      const { name, unit, ...rest } = patch;
      const next: DraftIndicator = {
        ...i, ...rest,
        ...(name !== undefined ? { name: retext(i.name, name) } : {}),
        ...(unit !== undefined ? { unit: retext(i.unit, unit) } : {}),
      };
      // An indicator nobody plans needs no explanation of a shortfall; one that is planned does by default.
      if (patch.direction !== undefined && patch.explanationRequired === undefined) {
        return { ...next, explanationRequired: patch.direction !== "informational" };
      }
      return next;
    }),
  };
}

export function renameSection(d: AuthoringDraft, code: string, name: string): AuthoringDraft {
  return { ...d, sections: d.sections.map((s) => (s.code === code ? { ...s, name: retext(s.name, name) } : s)) };
}

/** Removes an indicator: its parts move up to its own parent, and rules lose it (a sum left with no part goes). */
export function removeIndicator(d: AuthoringDraft, code: IndicatorCode): AuthoringDraft {
  const gone = d.indicators.find((i) => i.code === code);
  if (gone === undefined) return d;
  const indicators = d.indicators.filter((i) => i.code !== code).map((i) => {
    if (i.parent !== code) return i;
    const { parent: _drop, ...rest } = i;
    return gone.parent === undefined ? { ...rest, required: true } : { ...rest, parent: gone.parent };
  });
  const rules = d.rules.flatMap((r): ConsistencyRule[] => {
    if (r.kind === "sum") {
      if (r.total === code) return [];
      const parts = r.parts.filter((p) => p !== code);
      return parts.length === 0 ? [] : [{ ...r, parts }];
    }
    return r.subset === code || r.set === code ? [] : [r];
  });
  const { [code]: _plan, ...plans } = d.plans;
  return { ...d, indicators, rules, plans };
}

/** Moves an indicator one place up or down within its section (with its parts, when it has some). */
export function moveIndicator(d: AuthoringDraft, code: IndicatorCode, delta: -1 | 1): AuthoringDraft {
  const list = [...d.indicators];
  const at = list.findIndex((i) => i.code === code);
  if (at < 0) return d;
  const block = (start: number): number => {
    let end = start + 1;
    while (end < list.length && isBelow(list, list[end], list[start].code)) end++;
    return end;
  };
  const section = list[at].section;
  const end = block(at);
  if (delta === -1) {
    // The previous sibling block: walk back to the nearest row with the same parent.
    let prev = at - 1;
    while (prev >= 0 && list[prev].section === section && list[prev].parent !== list[at].parent) prev--;
    if (prev < 0 || list[prev].section !== section || list[prev].parent !== list[at].parent) return d;
    const moved = list.splice(at, end - at);
    list.splice(prev, 0, ...moved);
  } else {
    if (end >= list.length || list[end].section !== section || list[end].parent !== list[at].parent) return d;
    const nextEnd = block(end);
    const next = list.splice(end, nextEnd - end);
    list.splice(at, 0, ...next);
  }
  return { ...d, indicators: list };
}

function isBelow(list: readonly DraftIndicator[], i: DraftIndicator, ancestor: IndicatorCode): boolean {
  for (let p = i.parent; p !== undefined; p = list.find((x) => x.code === p)?.parent) if (p === ancestor) return true;
  return false;
}

/** Adds an indicator at the end of a section, with a code no indicator has had in this draft. */
export function addIndicator(d: AuthoringDraft, section: string, name: string, unit: string): AuthoringDraft {
  const taken = new Set(d.indicators.map((i) => i.code));
  let n = d.indicators.filter((i) => i.section === section && i.parent === undefined).length + 1;
  while (taken.has(indicatorCode(`${section}.${n}`))) n++;
  const code = indicatorCode(`${section}.${n}`);
  const guess = guessIndicator(name, unit);
  const direction = guessDirection(name, { }).value;
  const added: DraftIndicator = {
    code, section, name: { vi: name, en: name }, unit: { vi: unit, en: unit }, kind: guess.kind.value, direction,
    numberType: guess.numberType.value, required: true, explanationRequired: true, row: null,
  };
  const last = d.indicators.map((i) => i.section).lastIndexOf(section);
  const indicators = [...d.indicators];
  indicators.splice(last < 0 ? indicators.length : last + 1, 0, added);
  return { ...d, indicators };
}
