// What a command receives: its arguments, the language, and where to write.
// Tests run commands in-process with captured output; bin/chitieu.js wires the real process.
import type { Lang } from "../core/indicator";
import type { ParsedArgs } from "./args";

export interface CliOutput {
  /** Standard output: results (the table, the one JSON object). */
  out(text: string): void;
  /** Standard error: problems and progress, never mixed into results. */
  err(text: string): void;
}

export interface CliContext {
  readonly args: ParsedArgs;
  /** --lang, else vi. */
  readonly lang: Lang;
  /** Help shows both languages unless --lang chose one. */
  readonly langChosen: boolean;
  readonly output: CliOutput;
  /** Resolves relative paths; the working directory of the process. */
  readonly cwd: string;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
