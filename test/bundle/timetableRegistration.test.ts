// Registration → timetable through the built add-on: meetings from Streams/Groups/Enrolments (curricula only as a
// fallback), student clashes from enrolments, build and check agreeing on soft totals, and the summer semester from
// re-study registrations.

import { beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../local/cli/host';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function must(host: Host, id: string, params: Record<string, unknown> = {}) {
  const r = host.runAction(id, params, { lang: 'en' });
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

function sheet(host: Host, name: string): Sheet {
  const s = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive().getSheetByName(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** A sheet's rows as objects keyed by the English header, with their 1-based row numbers. */
function records(host: Host, name: string): Array<Record<string, unknown> & { _row: number }> {
  const [head, ...rows] = sheet(host, name).getDataRange().getValues();
  return rows.filter((r) => r.some((v) => v !== '')).map((r, i) => ({ ...Object.fromEntries(head.map((h, j) => [String(h), r[j]])), _row: i + 2 }));
}

function build(host: Host, params: Record<string, unknown>) {
  let r = must(host, 'buildTimetable', { iterationsPerStep: 40000, maxExecutions: 2, ...params });
  while (r.continueToken) r = must(host, 'buildTimetable', { continueToken: r.continueToken, iterationsPerStep: 40000 });
  return r;
}

function sampleHost(students: number, seed: number): Host {
  const host = createHost({ buildDir: process.env.REGISTRAR_BUILD_DIR, start: new Date('2026-08-01T04:00:00Z') });
  must(host, 'setupWorkbook');
  must(host, 'loadSampleUniversity', { students, seed });
  return host;
}

const clashesAmongPlaced = (hardByKind: Record<string, number>) => Object.entries(hardByKind).filter(([k]) => k !== 'unplacedLesson').reduce((a, [, v]) => a + v, 0);

describe('a timetable from registration (150 students, whole university)', () => {
  let host: Host;
  let built: ReturnType<typeof build>;

  beforeAll(() => {
    host = sampleHost(150, 4);
    must(host, 'buildOfferings');
    must(host, 'formStreams');
    built = build(host, { term: 'autumn', studyForm: 'fulltime' });
  });

  it('schedules a lecture per stream of the semester, practice per group and lab per subgroup, with the sections\' teachers, and says so', () => {
    expect(built.data?.source).toBe('registration');
    expect(built.message).toContain('Meetings from registration');
    const streams = new Map(records(host, 'Streams').filter((s) => Number(s.Semester) === 1).map((s) => [String(s.Stream), s]));
    const groups = records(host, 'Groups').filter((g) => streams.has(String(g.Stream)));
    const emailOf = new Map(records(host, 'Teachers').map((t) => [String(t['Teacher ID']), String(t.Email).toLowerCase()]));
    const rows = records(host, 'Timetable');
    expect(rows.length).toBe(built.counts.placed);
    for (const r of rows) expect(streams.has(String(r.Stream))).toBe(true);
    const lectureRows = rows.filter((r) => r.Type === 'lecture');
    for (const r of lectureRows) {
      const stream = streams.get(String(r.Stream));
      if (emailOf.has(String(stream?.['Teacher ID']))) expect(String(r['Teacher email']).toLowerCase()).toBe(emailOf.get(String(stream?.['Teacher ID'])));
    }
    // Every practice group and lab subgroup of a scheduled stream is scheduled under its own id (unless left unplaced).
    const scheduledStreams = new Set(rows.map((r) => String(r.Stream)));
    const scheduled = new Set(rows.filter((r) => r.Type !== 'lecture').map((r) => String(r.Groups)));
    const missing = groups.filter((g) => scheduledStreams.has(String(g.Stream)) && !scheduled.has(String(g.Group)));
    expect(missing.length).toBeLessThanOrEqual(built.counts.unplaced ?? 0);
    expect(groups.length).toBeGreaterThan(0);
    expect(records(host, 'Timetable approvals')[0]['Built from']).toBe('from registration');
  });

  it('leaves no conflict the checker finds, and the check reports the build\'s own soft totals', () => {
    const hard = built.data?.hardByKind as Record<string, number>;
    expect(clashesAmongPlaced(hard)).toBe(0);
    const check = must(host, 'checkTimetable');
    expect(check.counts.conflicts).toBe(0);
    expect(check.counts.softCost).toBe(built.counts.soft);
    const { total, ...byCriterion } = (check.data?.soft ?? {}) as Record<string, number>;
    expect(total).toBe(built.counts.soft);
    expect(byCriterion).toEqual(built.data?.softByCriterion);
    expect(built.counts.soft).toBeGreaterThan(0);
  });

  it('finds a student clash when the office moves a practice onto its own stream\'s lecture', () => {
    const rows = records(host, 'Timetable');
    const practice = rows.find((r) => r.Type === 'practice' && rows.some((l) => l.Type === 'lecture' && l.Stream === r.Stream));
    const lecture = rows.find((l) => l.Type === 'lecture' && l.Stream === practice?.Stream);
    if (!practice || !lecture) throw new Error('no practice with its lecture in the timetable');
    const head = sheet(host, 'Timetable').getRange(1, 1, 1, sheet(host, 'Timetable').getLastColumn()).getValues()[0].map(String);
    sheet(host, 'Timetable').getRange(practice._row, head.indexOf('Day') + 1, 1, 2).setValues([[lecture.Day, lecture.Pair]]);
    const check = host.runAction('checkTimetable', {}, { lang: 'en' }) as { counts: Record<string, number>; problems?: Array<{ code: string; row: number; message?: string }> };
    const clashes = (check.problems ?? []).filter((p) => p.code === 'timetable.studentClash');
    expect(clashes.length).toBeGreaterThanOrEqual(1);
    expect(clashes.some((p) => [practice._row, lecture._row].includes(p.row))).toBe(true);
    sheet(host, 'Timetable').getRange(practice._row, head.indexOf('Day') + 1, 1, 2).setValues([[practice.Day, practice.Pair]]);
  });
});

describe('without registration streams', () => {
  it('builds from the curricula and says so in the message and the approvals row', () => {
    const host = sampleHost(150, 4);
    const r = build(host, { term: 'autumn', studyForm: 'fulltime', faculty: 'FMIT' });
    expect(r.data?.source).toBe('curricula');
    expect(r.message).toContain('Meetings from the curricula');
    expect(records(host, 'Timetable approvals')[0]['Built from']).toBe('from the curricula');
  });
});

describe('the summer semester from re-study registrations', () => {
  it('schedules the summer re-study streams over the summer weeks, keeps students with two streams clash-free and checks against the summer calendar', () => {
    const host = sampleHost(150, 4);
    const students = records(host, 'Students').slice(0, 9);
    const disciplines = records(host, 'Curricula').filter((c) => Number(c['Lecture hours'] ?? 0) > 0);
    const [d1, d2] = Array.from(new Set(disciplines.map((c) => String(c.Discipline)))).slice(0, 2);
    // s0..s5 re-study d1 in the summer, s3..s8 d2: s3..s5 are in both streams.
    const debts = [
      ['Student ID', 'Discipline', 'Credits', 'Reason', 'Re-study in', 'Status', 'Language'],
      ...students.slice(0, 6).map((s) => [s['Student ID'], d1, 5, 'F', 'summer semester', 'accepted', 'ru']),
      ...students.slice(3, 9).map((s) => [s['Student ID'], d2, 5, 'F', 'summer semester', 'accepted', 'ru']),
    ];
    const ss = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
    ss.insertSheet('Academic debts').getRange(1, 1, debts.length, debts[0].length).setValues(debts);
    const formed = must(host, 'formRetakeStreams');
    expect(formed.counts.summer).toBe(2);
    const r = build(host, { term: 'summer', studyForm: 'fulltime' });
    expect(r.data?.source).toBe('restudyStreams');
    expect(r.message).toContain('Re-study streams');
    expect(r.counts.unplaced).toBe(0);
    const deadline = r.data?.deadline as { item: number; semesterStart: string };
    expect(deadline.item).toBe(15);
    expect(deadline.semesterStart).toMatch(/-06-14$/);
    const rows = records(host, 'Timetable').filter((x) => x.Term === 'summer');
    expect(rows.length).toBe(r.counts.lessons);
    // Two streams that share students never meet in the same pair.
    const slots = (code: string) => new Set(rows.filter((x) => x.Discipline === code).map((x) => `${x.Day}|${x.Pair}`));
    const a = slots(d1);
    expect(a.size).toBeGreaterThan(0);
    for (const s of slots(d2)) expect(a.has(s)).toBe(false);
    const check = must(host, 'checkTimetable', { term: 'summer' });
    expect(check.counts.conflicts).toBe(0);
    expect(check.counts.softCost).toBe(r.counts.soft);
  });

  it('says what input the summer needs when there are no summer re-study streams', () => {
    const host = sampleHost(60, 5);
    const r = host.runAction('buildTimetable', { term: 'summer', studyForm: 'fulltime' }, { lang: 'en' });
    expect(r.ok).toBe(false);
    expect(r.message).toContain('Re-study streams');
  });
});
