// The `registrar` command: the add-on's bundle run locally against the Apps Script emulator.

import { parseArgs } from './args';
import { actionsCommand } from './commands/actions';
import { benchCommand } from './commands/bench';
import { demoCommand } from './commands/demo';
import { initCommand } from './commands/init';
import { previewCommand } from './commands/preview';
import { runCommand } from './commands/run';
import { solveCttCommand } from './commands/solveCtt';

const USAGE = `registrar — the Registrar's Office add-on, locally

  registrar demo   [--students N] [--seed S] [--lang kk|ru|en] [--out DIR]
  registrar init   --workbook FILE.xlsx [--lang kk|ru|en]
  registrar run    ACTION --workbook FILE.xlsx [--as EMAIL] [--lang ..] [--out DIR] [--param key=value ...]
  registrar actions [--lang kk|ru|en]
  registrar solve-ctt  INSTANCE.ctt [--seconds N] [--seed S] [--out SOLUTION]
  registrar bench  [--students N ...]
  registrar preview [--port P] [--workbook FILE.xlsx] [--lang kk|ru|en]   (sidebars in a browser)`;

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const command = args.positional[0];
  try {
    switch (command) {
      case 'demo':
        return await demoCommand(args);
      case 'init':
        return await initCommand(args);
      case 'run':
        return await runCommand(args);
      case 'actions':
        return actionsCommand(args);
      case 'solve-ctt':
        return await solveCttCommand(argv.slice(1));
      case 'bench':
        return await benchCommand(args);
      case 'preview':
        return await previewCommand(args);
      case undefined:
      case 'help':
      case '--help':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        console.error(`Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
