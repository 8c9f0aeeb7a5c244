// Options are read strictly: a typo is an error that names the option, never silently ignored.
import { parseArgs } from "../../src/cli/args";

const specs = [
  { name: "out", takesValue: true },
  { name: "json", takesValue: false },
];

describe("parseArgs", () => {
  it("reads positionals, --name value, --name=value and flags", () => {
    const result = parseArgs(["a.xlsx", "--out", "b.xlsx", "--json", "c.xlsx", "--lang=en"], specs);
    expect(result).toEqual({
      ok: true,
      args: { positionals: ["a.xlsx", "c.xlsx"], values: { out: "b.xlsx", lang: "en" }, flags: new Set(["json"]) },
    });
  });

  it.each([
    [["--ot", "b.xlsx"], { kind: "unknown-option", option: "--ot" }],
    [["--out"], { kind: "missing-value", option: "--out" }],
    [["--out", "--json"], { kind: "missing-value", option: "--out" }],
    [["--out", "a", "--out", "b"], { kind: "repeated-option", option: "--out" }],
    [["--json=yes"], { kind: "flag-with-value", option: "--json" }],
    [["-x"], { kind: "unknown-option", option: "-x" }],
  ])("rejects %j", (argv, error) => {
    expect(parseArgs(argv, specs)).toEqual({ ok: false, error });
  });

  it("takes everything after -- as a file, even names that start with a dash", () => {
    const result = parseArgs(["--", "--odd.xlsx"], specs);
    expect(result.ok && result.args.positionals).toEqual(["--odd.xlsx"]);
  });
});
