// Keeps a running timetable job between executions in the hidden job sheet: JSON split into cell-sized chunks.
// Why a sheet and not Document properties: a checkpoint holds two slot codes per lesson (≈ 60–250 KB for a
// university), over the 9 KB a property value and the 500 KB the whole store may hold; a hidden sheet takes it in
// one write and one read, stays with the workbook and needs no Drive scope beyond what the add-on has.

import { checksum, joinChunks, splitIntoChunks } from '../../domain/timetable/chunks';
import type { SummerStream, Term } from '../../domain/timetable/meetings';
import type { StudyForm } from '../../domain/types';
import type { Checkpoint } from '../../solver';
import { sheetLayout } from '../../sheets/layout';
import { timetableJobSheet } from '../../sheets/timetable';
import type { ActionContext } from '../types';

export interface TimetableJob {
  job: string;
  term: Term;
  studyForm: StudyForm;
  faculty: string;
  seed: number;
  executions: number;
  lastHard: number;
  lastSoft: number;
  secondsToFeasible: number | null;
  searchSeconds: number;
  startedAt: string;
  streams?: SummerStream[];
  /** Stop at the first timetable without hard violations. */
  untilFeasible?: boolean;
  checkpoint: Checkpoint;
}

/** Each chunk starts with this letter so that no cell ever starts with '=', '+', '-' or '@' (formulas, numbers). */
const GUARD = 'j';

/** Rows of the job sheet: part 0 carries the checksum, parts 1..n the JSON. */
export function jobRows(job: TimetableJob): unknown[][] {
  const text = JSON.stringify(job);
  return [[job.job, 0, `${GUARD}${checksum(text)}`], ...splitIntoChunks(text).map((chunk, i) => [job.job, i + 1, `${GUARD}${chunk}`])];
}

/** The job saved under `token`, or null when there is none (or its chunks were damaged). */
export function jobFromRows(rows: ReadonlyArray<{ job: string; part: number; text: string }>, token: string): TimetableJob | null {
  const mine = rows.filter((r) => r.job === token).sort((a, b) => a.part - b.part);
  const head = mine.find((r) => r.part === 0);
  if (!head) return null;
  const unguard = (t: string) => (t.startsWith(GUARD) ? t.slice(GUARD.length) : t);
  const text = joinChunks(mine.filter((r) => r.part > 0).map((r) => unguard(r.text)), unguard(head.text));
  return text === null ? null : (JSON.parse(text) as TimetableJob);
}

export function saveJob(ctx: ActionContext, job: TimetableJob): void {
  const name = ctx.tables.nameFor(timetableJobSheet);
  if (!ctx.tables.find(timetableJobSheet)) ctx.ports.workbook.ensureSheet({ ...sheetLayout(timetableJobSheet, ctx.lang, name), hidden: true, protectHeader: false, dropdowns: {} });
  ctx.ports.workbook.replaceValues(name, [timetableJobSheet.columns.map((c) => c.header[ctx.lang]), ...jobRows(job)], { numberFormats: { 2: '@' } });
}

export function loadJob(ctx: ActionContext, token: string): TimetableJob | null {
  if (!ctx.tables.find(timetableJobSheet)) return null;
  const values = ctx.tables.values(ctx.tables.nameFor(timetableJobSheet)) ?? [];
  const rows = values.slice(1).map((r) => ({ job: String(r[0] ?? ''), part: Number(r[1]), text: String(r[2] ?? '') }));
  return jobFromRows(rows, token);
}

export function clearJob(ctx: ActionContext): void {
  if (!ctx.tables.find(timetableJobSheet)) return;
  ctx.ports.workbook.replaceValues(ctx.tables.nameFor(timetableJobSheet), [timetableJobSheet.columns.map((c) => c.header[ctx.lang])]);
}
