// The command table. Add a command: write src/cli/command-<name>.ts exporting a Command, list it here.
import type { Command } from "./command";
import { checkCommand } from "./command-check";
import { examplesCommand } from "./command-examples";
import { templateCommand } from "./command-template";


export const findCommand = (name: string): Command | undefined => COMMANDS.find((command) => command.name === name);
