// Template authoring: a department's own table proposed as a template, and edits to a template.
export * from "./authoring-draft";
export * from "./draft-edits";
export * from "./propose";
export { findTableHeader, type TableHeader, type TableColumns } from "./header-row";
export { guessLine, guessValueText, problemMessage, AUTHORING_WORDS } from "./authoring-messages";
export type { GuessReason } from "./guess-indicator";
