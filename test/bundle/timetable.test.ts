// buildTimetable through the built add-on in the emulator: resumption across executions, check, approval, bad input.

import { describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../local/cli/host';

function sampleHost(students = 300): Host {
  const host = createHost();
  for (const [id, params] of [['setupWorkbook', {}], ['loadSampleUniversity', { students, seed: 2 }]] as const) {
    const r = host.runAction(id, params, { lang: 'en' });
    if (!r.ok) throw new Error(r.message);
  }
  return host;
}

describe('buildTimetable in the emulator (300 students, one faculty)', () => {
  it('continues across executions with a saved checkpoint and writes a timetable whose clashes the checker re-finds', () => {
    const host = sampleHost();
    let r = host.runAction('buildTimetable', { term: 'autumn', studyForm: 'fulltime', faculty: 'FMIT', iterationsPerStep: 3000, maxExecutions: 3 }, { lang: 'en' });
    expect(r.ok).toBe(true);
    let executions = 1;
    while (r.continueToken) {
      r = host.runAction('buildTimetable', { continueToken: r.continueToken, iterationsPerStep: 3000 }, { lang: 'en' });
      executions++;
    }
    expect(executions).toBeGreaterThanOrEqual(2);
    expect(r.counts.executions).toBe(executions);
    expect(r.counts.placed).toBeGreaterThan(0);
    expect(r.counts.placed + r.counts.unplaced).toBe(r.counts.lessons);
    const check = host.runAction('checkTimetable', {}, { lang: 'en' });
    expect(check.counts.rows).toBe(r.counts.placed);
    // The checker re-finds exactly the clashes the solver's own evaluation counts among placed lessons.
    const hard = r.data?.hardByKind as Record<string, number>;
    expect(check.counts.conflicts).toBe(Object.entries(hard).filter(([k]) => k !== 'unplacedLesson').reduce((a, [, v]) => a + v, 0));
  });

  it('refuses a study form without pairs, naming the Time grid sheet', () => {
    const host = sampleHost();
    const sheet = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive().getSheetByName('Time grid');
    const values = sheet!.getDataRange().getValues();
    const kept = values.filter((row, i) => i === 0 || !String(row[0]).includes('evening'));
    sheet!.clearContents();
    sheet!.getRange(1, 1, kept.length, kept[0].length).setValues(kept);
    const r = host.runAction('buildTimetable', { term: 'autumn', studyForm: 'evening' }, { lang: 'en' }) as { ok: boolean; problems?: Array<{ code: string; sheet: string }> };
    expect(r.ok).toBe(false);
    expect(r.problems?.map((p) => p.code)).toContain('timetable.noGrid');
  });

  it('refuses to approve a timetable whose last build left lessons unplaced, and says how many', () => {
    const host = sampleHost();
    // No lecture hall at all: every lecture stays unplaced (more lessons than suitable room slots).
    const rooms = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive().getSheetByName('Rooms');
    const values = rooms!.getDataRange().getValues();
    const kept = values.filter((row, i) => i === 0 || row[3] !== 'lecture hall');
    expect(kept.length).toBeLessThan(values.length);
    rooms!.clearContents();
    rooms!.getRange(1, 1, kept.length, kept[0].length).setValues(kept);
    let r = host.runAction('buildTimetable', { term: 'autumn', studyForm: 'fulltime', faculty: 'FMIT', iterationsPerStep: 2000, maxExecutions: 1 }, { lang: 'en' });
    while (r.continueToken) r = host.runAction('buildTimetable', { continueToken: r.continueToken, iterationsPerStep: 2000 }, { lang: 'en' });
    expect(r.counts.unplaced).toBeGreaterThan(0);
    const approval = host.runAction('approveTimetable', { term: 'autumn', studyForm: 'fulltime' }, { lang: 'en' });
    expect(approval.ok).toBe(false);
    expect(approval.message).toContain('lesson(s) unplaced or in conflict');
    expect(approval.counts.hardViolations).toBeGreaterThanOrEqual(r.counts.unplaced);
  });
});

