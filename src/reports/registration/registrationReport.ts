// The registration report for the leadership and the Academic Council (plan item 6), as data: registered vs expected,
// students not registered, closed disciplines, stream and group sizes, teacher loads, waitlists, study-plan problems.

import type { DocBlock } from '../../ports';
import { bullets, chart, heading, paragraph, signature, table } from '../blocks';
import type { Translate } from './translate';

export interface CohortFigures {
  faculty: string;
  programme: string;
  year: number;
  expected: number;
  submitted: number;
  registered: number;
}

export interface RegistrationReportInput {
  university: string;
  academicYear: string;
  date: string;
  cohorts: readonly CohortFigures[];
  notRegistered: readonly string[];
  closures: readonly string[];
  streamSizes: readonly number[];
  groupSizes: readonly number[];
  teacherLoads: ReadonlyArray<{ teacher: string; streams: number; groups: number; students: number }>;
  waitlists: ReadonlyArray<{ discipline: string; students: number }>;
  planStatus: Readonly<Record<string, number>>;
  planProblems: ReadonlyArray<{ problem: string; plans: number }>;
  unallocated: number;
  firstChoicePct: number;
  anyChoicePct: number;
  /** How many names to list before "and N more". */
  listLimit?: number;
}

/** Counts values into bands [from, to] given by ascending lower bounds; the last band is open. */
export function sizeBands(values: readonly number[], bounds: readonly number[]): Array<{ label: string; count: number }> {
  return bounds.map((lo, i) => {
    const hi = bounds[i + 1];
    const count = values.filter((v) => v >= lo && (hi === undefined || v < hi)).length;
    return { label: hi === undefined ? `${lo}+` : `${lo}–${hi - 1}`, count };
  });
}

const pct = (n: number, d: number) => (d === 0 ? '0' : ((100 * n) / d).toFixed(1));

export function buildRegistrationReport(t: Translate, input: RegistrationReportInput): DocBlock[] {
  const limit = input.listLimit ?? 60;
  const blocks: DocBlock[] = [
    paragraph(input.university, { align: 'center', bold: true }),
    heading(t('reg.report.title', { year: input.academicYear }), 1),
    paragraph(t('reg.report.date', { date: input.date })),
  ];
  const expected = input.cohorts.reduce((n, c) => n + c.expected, 0);
  const submitted = input.cohorts.reduce((n, c) => n + c.submitted, 0);
  const registered = input.cohorts.reduce((n, c) => n + c.registered, 0);
  blocks.push(heading(t('reg.report.summary'), 2));
  blocks.push(
    bullets([
      t('reg.report.summaryExpected', { expected, submitted, pct: pct(submitted, expected) }),
      t('reg.report.summaryRegistered', { registered, pct: pct(registered, expected) }),
      t('reg.report.summaryChoices', { first: input.firstChoicePct, any: input.anyChoicePct, unallocated: input.unallocated }),
    ]),
  );
  blocks.push(heading(t('reg.report.byFaculty'), 2));
  const faculties = [...new Set(input.cohorts.map((c) => c.faculty))].sort();
  const facultyRows = faculties.map((f) => {
    const list = input.cohorts.filter((c) => c.faculty === f);
    const e = list.reduce((n, c) => n + c.expected, 0);
    const s = list.reduce((n, c) => n + c.submitted, 0);
    const r = list.reduce((n, c) => n + c.registered, 0);
    return { f, e, s, r };
  });
  blocks.push(table([t('reg.report.faculty'), t('reg.report.expected'), t('reg.report.submitted'), t('reg.report.registered'), '%'], facultyRows.map((x) => [x.f, String(x.e), String(x.s), String(x.r), pct(x.s, x.e)])));
  blocks.push(chart(t('reg.report.chartFaculty'), facultyRows.map((x) => x.f), facultyRows.map((x) => Number(pct(x.s, x.e)))));
  blocks.push(heading(t('reg.report.byProgramme'), 2));
  blocks.push(
    table(
      [t('reg.report.faculty'), t('reg.report.programme'), t('reg.report.year'), t('reg.report.expected'), t('reg.report.submitted'), t('reg.report.registered'), '%'],
      [...input.cohorts].sort((a, b) => a.faculty.localeCompare(b.faculty) || a.programme.localeCompare(b.programme) || a.year - b.year).map((c) => [c.faculty, c.programme, String(c.year), String(c.expected), String(c.submitted), String(c.registered), pct(c.submitted, c.expected)]),
    ),
  );
  blocks.push(heading(t('reg.report.notRegistered', { count: input.notRegistered.length }), 2));
  if (input.notRegistered.length === 0) blocks.push(paragraph(t('reg.report.none')));
  else blocks.push(bullets([...input.notRegistered.slice(0, limit), ...(input.notRegistered.length > limit ? [t('reg.report.andMore', { count: input.notRegistered.length - limit })] : [])]));
  blocks.push(heading(t('reg.report.closed', { count: input.closures.length }), 2));
  blocks.push(input.closures.length === 0 ? paragraph(t('reg.report.none')) : bullets([...input.closures]));
  blocks.push(heading(t('reg.report.sizes'), 2));
  const streamBands = sizeBands(input.streamSizes, [1, 30, 60, 90, 120, 151]);
  const groupBands = sizeBands(input.groupSizes, [1, 10, 13, 20, 31]);
  blocks.push(chart(t('reg.report.chartStreams'), streamBands.map((b) => b.label), streamBands.map((b) => b.count)));
  blocks.push(table([t('reg.report.band'), t('reg.report.streams')], streamBands.map((b) => [b.label, String(b.count)])));
  blocks.push(table([t('reg.report.band'), t('reg.report.groups')], groupBands.map((b) => [b.label, String(b.count)])));
  blocks.push(heading(t('reg.report.loads'), 2));
  blocks.push(
    table(
      [t('reg.report.teacher'), t('reg.report.streams'), t('reg.report.groups'), t('reg.report.students')],
      [...input.teacherLoads].sort((a, b) => b.students - a.students || a.teacher.localeCompare(b.teacher)).slice(0, limit).map((l) => [l.teacher, String(l.streams), String(l.groups), String(l.students)]),
    ),
  );
  blocks.push(heading(t('reg.report.waitlists'), 2));
  blocks.push(input.waitlists.length === 0 ? paragraph(t('reg.report.none')) : table([t('reg.report.discipline'), t('reg.report.students')], input.waitlists.map((w) => [w.discipline, String(w.students)])));
  blocks.push(heading(t('reg.report.plans'), 2));
  blocks.push(bullets(Object.entries(input.planStatus).map(([status, n]) => `${t(`reg.report.status.${status}`)}: ${n}`)));
  if (input.planProblems.length > 0) blocks.push(table([t('reg.report.problem'), t('reg.report.plansCount')], input.planProblems.map((p) => [p.problem, String(p.plans)])));
  blocks.push(signature([t('reg.doc.signHead')]));
  return blocks;
}
