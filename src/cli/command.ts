// One module per command; commands.ts lists them. A new command (issue 7's `summary`) is a
// new module exporting a Command and one line in that list.
import type { LocalText } from "../core/indicator";
import type { OptionSpec } from "./args";
import type { CliContext, ExitCode } from "./cli-context";

export interface Command {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: LocalText;
  /** The full help: usage, options and an example, in each language. */
  readonly help: LocalText;
  readonly options: readonly OptionSpec[];
  /** Hidden commands (maintainers' tools such as `examples`) are left out of the main help. */
  readonly hidden?: boolean;
  run(context: CliContext): Promise<ExitCode>;
}
