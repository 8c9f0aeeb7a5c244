// The main --help: what chitieu is and which commands it has.
import type { Lang } from "../core/indicator";
import { cliMessages } from "./cli-messages";
import { COMMANDS } from "./commands";

const INTRO: Readonly<Record<Lang, string>> = {
  vi: "chitieu: lập mẫu báo cáo chỉ tiêu quý (.xlsx) và kiểm tra số liệu theo kế hoạch, không cần Excel.",
  en: "chitieu: make the quarterly indicator report template (.xlsx) and check its figures against plan, without Excel.",
};

export function mainHelp(langs: readonly Lang[]): string {
  const blocks = langs.map((lang) => {
    const messages = cliMessages(lang);
    const visible = COMMANDS.filter((command) => !command.hidden);
    const width = Math.max(...visible.map((command) => command.name.length));
    const lines = [
      INTRO[lang],
      "",
      `${messages.usageTitle}: chitieu <${lang === "vi" ? "lệnh" : "command"}> [${lang === "vi" ? "tùy chọn" : "options"}] [--lang vi|en]`,
      "",
      `${messages.commandsTitle}:`,
      ...visible.map((command) => `  ${command.name.padEnd(width)}  ${command.summary[lang]}`),
      "",
      messages.moreHelp,
    ];
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}
