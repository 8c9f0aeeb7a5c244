// A small, strict argument parser: each command declares its options, anything else is an
// error the user can fix (the message names the option and the command's --help).

export interface OptionSpec {
  /** "--out" is spelled "out". */
  readonly name: string;
  /** false for flags such as --json. */
  readonly takesValue: boolean;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string>>;
  readonly flags: ReadonlySet<string>;
}

export type ArgsError =
  | { readonly kind: "unknown-option"; readonly option: string }
  | { readonly kind: "missing-value"; readonly option: string }
  | { readonly kind: "repeated-option"; readonly option: string }
  | { readonly kind: "flag-with-value"; readonly option: string };

export type ParseResult = { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly error: ArgsError };

/** Options every command accepts. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: "help", takesValue: false },
  { name: "lang", takesValue: true },
];

/** Parses "--name value", "--name=value", "-h" and positionals; "--" ends the options. */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParseResult {
  const all = [...COMMON_OPTIONS, ...specs];
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  let onlyPositionals = false;
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index];
    if (onlyPositionals || !token.startsWith("-") || token === "-") {
      positionals.push(token);
      continue;
    }
    if (token === "--") {
      onlyPositionals = true;
      continue;
    }
    if (token === "-h") {
      flags.add("help");
      continue;
    }
    const equals = token.indexOf("=");
    const name = token.slice(2, equals === -1 ? undefined : equals);
    const spec = token.startsWith("--") ? all.find((candidate) => candidate.name === name) : undefined;
    if (!spec) return { ok: false, error: { kind: "unknown-option", option: token.split("=")[0] } };
    if (!spec.takesValue) {
      if (equals !== -1) return { ok: false, error: { kind: "flag-with-value", option: `--${name}` } };
      flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) {
      value = token.slice(equals + 1);
    } else {
      const next = argv[index + 1];
      if (next !== undefined && !(next.startsWith("--") && next.length > 2)) {
        value = next;
        index += 1;
      }
    }
    if (value === undefined || value === "") return { ok: false, error: { kind: "missing-value", option: `--${name}` } };
    if (name in values) return { ok: false, error: { kind: "repeated-option", option: `--${name}` } };
    values[name] = value;
  }
  return { ok: true, args: { positionals, values, flags } };
}
