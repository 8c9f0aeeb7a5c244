// The `chitieu` command line: picks the command, parses its options, runs it.
// runCli is what tests call in-process; runFromProcess is what bin/chitieu.js calls.
import type { Lang } from "../core/indicator";
import { parseArgs } from "./args";
import type { CliContext, CliOutput, ExitCode } from "./cli-context";
import { EXIT } from "./cli-context";
import { cliMessages } from "./cli-messages";
import { COMMANDS, findCommand } from "./commands";
import { mainHelp } from "./help";

const LANGS: readonly Lang[] = ["vi", "en"];

/** The value of --lang wherever it stands, before any command parsing: errors must speak it too. */
function langOf(argv: readonly string[]): { lang: Lang; chosen: boolean } | { bad: string } {
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index];
    const value = token === "--lang" ? argv[index + 1] : token.startsWith("--lang=") ? token.slice(7) : undefined;
    if (value === undefined) continue;
    return (LANGS as readonly string[]).includes(value) ? { lang: value as Lang, chosen: true } : { bad: value };
  }
  return { lang: "vi", chosen: false };
}

/**
 * With --json, stdout carries exactly one JSON object whatever happens: the command's own, or
 * {"error": "…"} made of what it said on stderr (an unknown option, a missing file, a bad
 * --lang), which still goes to stderr too for a person watching.
 */
export async function runCli(argv: readonly string[], output: CliOutput, cwd: string): Promise<ExitCode> {
  if (!argv.includes("--json")) return runCommand(argv, output, cwd);
  let out = "";
  let err = "";
  const code = await runCommand(argv, { out: (text) => void (out += text), err: (text) => {
    err += text;
    output.err(text);
  } }, cwd);
  output.out(`${JSON.stringify(singleObject(out, err))}\n`);
  return code;
}

/** The command's one JSON object if it printed one, else the error (or the help) as one. */
function singleObject(out: string, err: string): unknown {
  try {
    const value: unknown = JSON.parse(out);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  } catch {
    // Not JSON: a help text, or nothing at all.
  }
  if (err.trim() !== "") return { error: err.trim() };
  return { help: out.trim() };
}

async function runCommand(argv: readonly string[], output: CliOutput, cwd: string): Promise<ExitCode> {
  const language = langOf(argv);
  if ("bad" in language) {
    output.err(`${cliMessages("vi").badLang(language.bad)}\n${cliMessages("en").badLang(language.bad)}\n`);
    return EXIT.unusable;
  }
  const { lang, chosen } = language;
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help" || name.startsWith("--lang")) {
    output.out(mainHelp(chosen ? [lang] : ["vi", "en"]));
    return EXIT.ok;
  }
  const command = findCommand(name);
  if (!command) {
    const known = COMMANDS.filter((c) => !c.hidden).map((c) => c.name).join(", ");
    output.err(`${cliMessages(lang).unknownCommand(name, known)}\n`);
    return EXIT.unusable;
  }
  const parsed = parseArgs(rest, command.options);
  if (!parsed.ok) {
    output.err(`${cliMessages(lang).argsError(parsed.error, command.name)}\n`);
    return EXIT.unusable;
  }
  if (parsed.args.flags.has("help")) {
    output.out(chosen ? `${command.help[lang]}\n` : `${command.help.vi}\n\n${command.help.en}\n`);
    return EXIT.ok;
  }
  const context: CliContext = { args: parsed.args, lang, langChosen: chosen, output, cwd };
  return command.run(context);
}

/** Runs with the real process: arguments, streams, exit code. */
export function runFromProcess(): void {
  const output: CliOutput = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
  runCli(process.argv.slice(2), output, process.cwd()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A throw is a bug in chitieu, not in the user's file: say so, with the stack for the report.
      const text = `chitieu: internal error (please report it): ${error instanceof Error ? error.stack : String(error)}`;
      process.stderr.write(`${text}\n`);
      if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify({ error: text })}\n`);
      process.exitCode = EXIT.unusable;
    },
  );
}
