// What can be wrong in a template file: data with the field path; sentences in the catalogues.

export type TemplateErrorCode =
  | "missing" // a required field is absent
  | "wrong-type" // expected names the JSON type
  | "not-allowed" // a value outside its list; expected lists the allowed values
  | "bad-format" // a string that does not match its pattern; expected describes it
  | "out-of-range" // a number outside its bounds; expected gives them
  | "empty" // an empty string or list where content is needed
  | "unknown-field" // a field the schema does not know (usually a typo)
  | "duplicate-code" // a section or indicator code used twice
  | "unknown-parent" // parent names no indicator of the template
  | "parent-cycle" // parents that lead back to the indicator itself
  | "unknown-code"; // a consistency rule names no indicator of the template

export interface TemplateError {
  /** Where, as in JavaScript: "sections[1].indicators[0].kind"; "" for the whole file. */
  readonly path: string;
  readonly code: TemplateErrorCode;
  /** What was expected ("string", "stock | flow | rate", "0 < x ≤ 1"). */
  readonly expected?: string;
  /** The offending value, shortened, when it helps. */
  readonly value?: string;
}
