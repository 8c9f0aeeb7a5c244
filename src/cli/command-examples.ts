// chitieu examples (npm run examples): writes examples/ha-nam-stttt-2020-Q1.xlsx from the
// built-in template and the seed's figures, typed into the sheet's entry cells as staff would.
// Deterministic: fixed identity and zip dates, so a test can regenerate it and compare.
import path from "node:path";
import { builtinTemplate } from "../core/template/template-builtin";
import { readSheet } from "../core/layout/read-sheet";
import { readSnapshot } from "../xlsx/read-snapshot";
import { fillInputs } from "../xlsx/fill-inputs";
import { ensureFolder, writeFileBytes } from "../xlsx/file-io";
import { writeWorkbookBytes } from "../xlsx/workbook-bytes";
import type { Command } from "./command";
import { EXIT } from "./cli-context";
import { cliMessages } from "./cli-messages";
import { EXAMPLE_DETAILS, EXAMPLE_FIGURES, EXAMPLE_FILE, EXAMPLE_PERIOD, EXAMPLE_TEMPLATE_ID } from "./example-ha-nam";
import { buildTemplateWorkbook } from "./template-workbook";

/** The example workbook's bytes (the test regenerates them to compare with the committed file). */
export async function exampleWorkbookBytes(): Promise<Uint8Array> {
  const template = builtinTemplate(EXAMPLE_TEMPLATE_ID);
  if (template === null) throw new Error(`Built-in template ${EXAMPLE_TEMPLATE_ID} is missing`);
  const { workbook, worksheet } = buildTemplateWorkbook({ template, period: EXAMPLE_PERIOD, details: EXAMPLE_DETAILS, lang: "vi" });
  const read = readSheet(readSnapshot(worksheet), (id) => (id === template.id ? template : undefined));
  if (!read.ok) throw new Error(`The freshly planned sheet cannot be read back: ${read.reason}`);
  const filled = fillInputs(worksheet, read.reading, EXAMPLE_FIGURES);
  if (filled.missing.length > 0) throw new Error(`Example figures without a cell: ${JSON.stringify(filled.missing)}`);
  return writeWorkbookBytes(workbook);
}

export const examplesCommand: Command = {
  name: "examples",
  hidden: true,
  summary: { vi: "ghi lại các sổ ví dụ trong examples/", en: "rewrite the example workbooks in examples/" },
  help: {
    vi: `chitieu examples: ghi lại ${EXAMPLE_FILE} (số liệu quý I/2020 của Sở TT&TT Hà Nam). Dùng: npm run examples`,
    en: `chitieu examples: rewrites ${EXAMPLE_FILE} (Q1/2020 figures of Hà Nam's Sở TT&TT). Use: npm run examples`,
  },
  options: [],
  async run({ output, lang }) {
    // The repository's examples/ folder, wherever the command is run from (build/cli → ../..).
    const file = path.resolve(__dirname, "..", "..", EXAMPLE_FILE);
    await ensureFolder(path.dirname(file));
    const written = await writeFileBytes(file, await exampleWorkbookBytes());
    if (!written.ok) {
      output.err(`${cliMessages(lang).writeFailed(EXAMPLE_FILE, written.detail)}\n`);
      return EXIT.unusable;
    }
    output.err(`${cliMessages(lang).wrote(EXAMPLE_FILE, "Quý I-2020")}\n`);
    return EXIT.ok;
  },
};
