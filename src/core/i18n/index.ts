// The engine's catalogues by language, and the functions other layers call for sentences.
import type { Finding, Severity } from "../finding";
import type { Grade } from "../grading/grade";
import type { Lang } from "../indicator";
import type { InputRole } from "../reading";
import type { TemplateError } from "../template/template-error";
import type { Catalog } from "./catalog";
import { en } from "./en";
import { vi } from "./vi";

export type { Catalog, NamedIndicator, PeriodWordsKey, VerdictParts } from "./catalog";

export const CATALOGS: Readonly<Record<Lang, Catalog>> = { vi, en };

export const catalog = (lang: Lang): Catalog => CATALOGS[lang];

/** The finding as a sentence: what is wrong and how to fix it. */
export const findingMessage = (f: Finding, lang: Lang): string => CATALOGS[lang].finding(f);

/** A template file error as a sentence naming its field path. */
export const templateErrorMessage = (e: TemplateError, lang: Lang): string => CATALOGS[lang].templateError(e);

/** Vượt, Đạt, Gần đạt, Chưa đạt (none: Không đánh giá); en Exceeded, Met, Nearly met, Short, Not graded. */
export const gradeLabel = (g: Grade, lang: Lang): string => CATALOGS[lang].grade[g];

export const severityLabel = (s: Severity, lang: Lang): string => CATALOGS[lang].severity[s];

/** Column names of the inputs: Kế hoạch năm, Chỉ tiêu kỳ, Thực hiện kỳ trước, … */
export const roleLabel = (r: InputRole, lang: Lang): string => CATALOGS[lang].role[r];
