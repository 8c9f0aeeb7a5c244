// The command table. Add a command: write src/cli/command-<name>.ts exporting a Command, list it here.
import type { Command } from "./command";
import { checkCommand } from "./command-check";
import { consolidateCommand } from "./command-consolidate";
import { summaryCommand } from "./command-summary";
import { examplesCommand } from "./command-examples";
import { templateCommand } from "./command-template";

export const COMMANDS: readonly Command[] = [templateCommand, checkCommand, summaryCommand, consolidateCommand, examplesCommand];

export const findCommand = (name: string): Command | undefined => COMMANDS.find((command) => command.name === name);
