// `registrar solve-ctt`: solve or validate an ITC-2007 curriculum-based (.ctt) instance from the command line.

import { readFileSync, writeFileSync } from 'node:fs';
import { CttFormatError, parseCtt, parseCttSolution, scoreCtt, solveCtt, writeCttSolution } from '../../../src/solver/index';
import type { CttScore } from '../../../src/solver/index';

const USAGE = 'usage: registrar solve-ctt INSTANCE.ctt [--seconds N] [--seed S] [--out FILE] | registrar solve-ctt INSTANCE.ctt --validate SOLUTION';

interface Args {
  instance: string;
  seconds: number;
  seed: number;
  out?: string;
  validate?: string;
}

function parseArgs(argv: string[]): Args | string {
  const positional: string[] = [];
  const args: Partial<Args> = { seconds: 10, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string | undefined => argv[++i];
    if (a === '--seconds') {
      const v = Number(value());
      if (!(v > 0)) return '--seconds needs a positive number';
      args.seconds = v;
    } else if (a === '--seed') {
      const v = Number(value());
      if (!Number.isInteger(v)) return '--seed needs an integer';
      args.seed = v;
    } else if (a === '--out') {
      args.out = value();
      if (!args.out) return '--out needs a file name';
    } else if (a === '--validate') {
      args.validate = value();
      if (!args.validate) return '--validate needs a solution file';
    } else if (a.startsWith('--')) {
      return `unknown option ${a}`;
    } else {
      positional.push(a);
    }
  }
  if (positional.length !== 1) return 'expected exactly one INSTANCE.ctt';
  return { ...args, instance: positional[0] } as Args;
}

/** The summary line every run ends with; S2 and S3 are already weighted. */
export function formatScoreLine(score: CttScore, seconds: number): string {
  return `hard=${score.hard} cost=${score.cost} S1=${score.S1} S2=${score.S2} S3=${score.S3} S4=${score.S4} seconds=${seconds.toFixed(2)}`;
}

/**
 * Solves (or, with `--validate`, scores) a `.ctt` instance. The solution goes to `--out` or stdout;
 * the last stdout line is the score. Exit codes: 0 done (check `hard=`), 1 usage or I/O error,
 * 2 malformed instance or solution (the message names the line).
 */
export async function solveCttCommand(argv: string[]): Promise<number> {
  const started = Date.now();
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}\n`);
    return 1;
  }
  let file = args.instance;
  try {
    const instance = parseCtt(readFileSync(args.instance, 'utf8'));
    if (args.validate) {
      file = args.validate;
      const lectures = parseCttSolution(readFileSync(args.validate, 'utf8'), instance);
      process.stdout.write(`${formatScoreLine(scoreCtt(instance, lectures), (Date.now() - started) / 1000)}\n`);
      return 0;
    }
    const elapsedBeforeSolve = (Date.now() - started) / 1000;
    const solved = solveCtt(instance, { seed: args.seed, seconds: Math.max(0.1, args.seconds - elapsedBeforeSolve), now: () => Date.now() });
    for (const line of solved.result.unplacedSummary) process.stderr.write(`${line}\n`);
    for (const line of solved.result.hardViolations) process.stderr.write(`${line}\n`);
    const text = writeCttSolution(solved.lectures);
    if (args.out) writeFileSync(args.out, text);
    else process.stdout.write(text);
    process.stdout.write(`${formatScoreLine(solved.score, (Date.now() - started) / 1000)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CttFormatError) {
      process.stderr.write(`${file}: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${file}: ${message}\n`);
    return 1;
  }
}
