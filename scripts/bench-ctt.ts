// Benchmarks the timetabling engine on the shared ITC-2007 Track 3 instances and prints a markdown table.
// Usage: npx tsx scripts/bench-ctt.ts --seconds 300 --seeds 1,2,3,4,5 [comp01 comp05 ...]
// With --run ARGS... it instead forwards to the solve-ctt command (a tiny runner for it).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { solveCttCommand } from '../local/cli/commands/solveCtt';
import { parseCtt, solveCtt } from '../src/solver/index';

const WINNER: Record<string, number> = { comp01: 5, comp05: 330, comp07: 20, comp11: 0 };
const benchDir = path.resolve(process.cwd(), '../shared/benchmarks/ctt');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function versus(value: number, winner: number): string {
  if (winner === 0) return value === 0 ? 'equal' : `+${value}`;
  const pct = ((value - winner) / winner) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)} %`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--run') {
    process.exitCode = await solveCttCommand(argv.slice(1));
    return;
  }
  let seconds = 10;
  let seeds = [1];
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seconds') seconds = Number(argv[++i]);
    else if (argv[i] === '--seeds') seeds = argv[++i].split(',').map(Number);
    else names.push(argv[i].replace(/\.ctt$/, ''));
  }
  if (names.length === 0) names.push('comp01', 'comp05', 'comp07', 'comp11');
  console.log(`Budget ${seconds} s per run, seeds ${seeds.join(',')}, one thread, Node ${process.version}.\n`);
  console.log('| instance | seed | hard | cost | S1 | S2 | S3 | S4 | first feasible (s) | iterations |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const costs = new Map<string, number[]>();
  for (const name of names) {
    const instance = parseCtt(readFileSync(path.join(benchDir, `${name}.ctt`), 'utf8'));
    for (const seed of seeds) {
      const solved = solveCtt(instance, { seed, seconds, now: () => Date.now() });
      const s = solved.score;
      const feasible = solved.result.secondsToFeasible === null ? '—' : solved.result.secondsToFeasible.toFixed(2);
      console.log(`| ${name} | ${seed} | ${s.hard} | ${s.cost} | ${s.S1} | ${s.S2} | ${s.S3} | ${s.S4} | ${feasible} | ${solved.result.iterations} |`);
      if (s.hard === 0) costs.set(name, [...(costs.get(name) ?? []), s.cost]);
    }
  }
  console.log('\n| instance | feasible runs | median | best | winner | median vs winner | best vs winner |');
  console.log('|---|---|---|---|---|---|---|');
  for (const name of names) {
    const xs = costs.get(name) ?? [];
    const winner = WINNER[name];
    if (xs.length === 0) {
      console.log(`| ${name} | 0/${seeds.length} | — | — | ${winner ?? '—'} | — | — |`);
      continue;
    }
    const med = median(xs);
    const best = Math.min(...xs);
    const w = winner === undefined ? '—' : String(winner);
    console.log(`| ${name} | ${xs.length}/${seeds.length} | ${med} | ${best} | ${w} | ${winner === undefined ? '—' : versus(med, winner)} | ${winner === undefined ? '—' : versus(best, winner)} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
