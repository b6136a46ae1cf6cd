// The Registration area's benchmark: every action at the given size, one form submission (calls and simulated time),
// and the allocation quality. The wave of requests is written straight into the Requests sheet (what thousands of
// form submissions would leave there), so formStreams and registerStudyPlans are measured at full size.

import type { FormModel } from '../emulator/services/forms';
import { answersFor, byKey, inScriptTimeZone, randomFrom, readStudents, REQUESTS_SHEET_NAMES, sheetOf } from '../demo/registration';
import type { DemoHost } from '../demo/types';
import { type BenchRow, ensureSampleUniversity, measure } from './measure';

type Row = { action: string; calls: number; cellsRead: number; cellsWritten: number; simulatedSeconds: number; cpuMs: number; peakMb: number; ok?: boolean; extra?: Record<string, number> };

const REQUEST_STATUS: Record<string, string> = { en: 'recorded', ru: 'принята', kk: 'қабылданды' };

/** Writes one accepted request into the row of each participating student, as the submission handler would have. */
function writeWave(host: DemoHost, formIds: Record<string, string>, share: number): number {
  const random = randomFrom(host.seed + 11);
  const sheet = sheetOf(host, REQUESTS_SHEET_NAMES);
  if (!sheet) throw new Error('no Enrolment requests sheet');
  const values = sheet.getDataRange().getValues();
  const rowOf = new Map(values.map((r, i) => [String(r[1]).toLowerCase(), i]));
  let written = 0;
  const code = (label: string) => /^\[([^\]]+)\]/.exec(label)?.[1] ?? '';
  for (const s of readStudents(host)) {
    if (random() > share) continue;
    const formId = formIds[byKey(s)];
    const form = formId ? (host.emulator.forms.get(formId) as FormModel | undefined) : undefined;
    if (!form) continue;
    const answers = answersFor(form, s, random);
    const chosen: string[] = [];
    const reserve: string[] = [];
    const teachers: string[] = [];
    for (const item of form.items) {
      const a = answers[item.title];
      if (a === undefined) continue;
      const codes = (Array.isArray(a) ? a : [a]).map(code);
      const block = /\b([A-Z0-9]+-E\d+)\b/.exec(item.title)?.[1] ?? '';
      if (item.type === 'CHECKBOX' && item.validation) chosen.push(`${block}:${codes.join(',')}`);
      else if (item.type === 'CHECKBOX') reserve.push(`${block}:${codes.join(',')}`);
      else if (item.type === 'MULTIPLE_CHOICE' && codes[0] && codes[0] !== '*') teachers.push(`${codes[0].split('.')[0]}=${codes[0]}`);
    }
    const at = new Date(Date.UTC(2027, 3, 1, 4) + Math.floor(random() * 14 * 86_400_000)).toISOString();
    const i = rowOf.get(s.email.toLowerCase());
    if (i === undefined || i === 0) continue;
    // Columns status … lastResponse (8 … 18) of the student's row.
    values[i].splice(7, 11, REQUEST_STATUS[host.lang], at, `bench-${s.id}`, chosen.join(';'), reserve.join(';'), teachers.join(';'), 30, 30, '', '', `bench-${s.id}|${at}`);
    written++;
  }
  if (written > 0) sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  return written;
}

/** Sets registration.policy in the Settings sheet as a person would (the onEdit simple trigger drops the settings snapshot). */
function setPolicy(host: DemoHost, policy: 'batch' | 'live'): void {
  const settings = sheetOf(host, ['Settings', 'Настройки', 'Баптаулар']);
  if (!settings) throw new Error('no Settings sheet');
  const keys = settings.getRange(1, 1, settings.getLastRow(), 1).getValues().map((r) => r[0]);
  const cell = settings.getRange(keys.indexOf('registration.policy') + 1, 3);
  cell.setValue(policy);
  host.call('onEdit', [{ authMode: 'LIMITED', range: cell, value: policy }]);
}

/**
 * Measures the registration actions on a workbook of `students` (made here when the host has none).
 * Service calls of formStreams and registerStudyPlans should not grow with `students`.
 */
export async function benchRegistration(host: DemoHost, students: number): Promise<Row[]> {
  ensureSampleUniversity(host, students);
  const rows: BenchRow[] = [];
  const row = (r: BenchRow, extra?: Record<string, number>) => rows.push(extra ? { ...r, extra } : r);
  row(measure(host, 'proposeAdvisors', students, () => host.runAction('proposeAdvisors')));
  row(measure(host, 'buildOfferings', students, () => host.runAction('buildOfferings')));
  let forms = host.runAction('createEnrollmentForms');
  let runs = 1;
  while (forms.ok && forms.continueToken && runs < 80) {
    forms = host.runAction('createEnrollmentForms');
    runs++;
  }
  const formIds = (forms.data?.forms ?? {}) as Record<string, string>;
  row(measure(host, 'createEnrollmentForms (re-run, forms unchanged)', students, () => host.runAction('createEnrollmentForms')), { runsToCreateAll: runs, forms: Object.keys(formIds).length });

  // One submission at a time through the real trigger: calls and simulated time of each execution, under the batch
  // policy (the default), then under the live policy (seats counted at once) on the same forms.
  const studentsInfo = readStudents(host);
  const random = randomFrom(host.seed + 5);
  const step = Math.max(1, Math.floor(studentsInfo.length / 20));
  const submissions = (label: string, offset: number) => {
    const sample = studentsInfo.filter((_, i) => i % step === offset).slice(0, 20);
    host.emulator.resetStats();
    inScriptTimeZone(() => {
      for (const s of sample) {
        const formId = formIds[byKey(s)];
        const form = formId ? (host.emulator.forms.get(formId) as FormModel | undefined) : undefined;
        if (form) host.emulator.submitForm(formId, { email: s.email, answers: answersFor(form, s, random) });
      }
    });
    const executions = host.emulator.stats().byExecution.filter((e: { fn: string }) => e.fn === 'onFormSubmitTrigger') as Array<{ totalCalls: number; elapsedMs: number; calls: Record<string, number> }>;
    const avg = (f: (e: (typeof executions)[number]) => number) => (executions.length === 0 ? 0 : executions.reduce((n, e) => n + f(e), 0) / executions.length);
    rows.push({
      action: label,
      students,
      calls: Math.round(avg((e) => e.totalCalls) * 10) / 10,
      cellsRead: 0,
      cellsWritten: 0,
      simulatedSeconds: Math.round(avg((e) => e.elapsedMs)) / 1000,
      cpuMs: 0,
      peakMb: 0,
      ok: executions.length > 0 && host.emulator.triggerErrors.length === 0,
      extra: {
        submissions: executions.length,
        minCalls: Math.min(...executions.map((e) => e.totalCalls)),
        maxCalls: Math.max(0, ...executions.map((e) => e.totalCalls)),
        formUrlLookups: executions.filter((e) => (e.calls['SpreadsheetApp.Sheet.getFormUrl'] ?? 0) > 0).length,
        flushes: executions.reduce((n, e) => n + (e.calls['SpreadsheetApp.flush'] ?? 0), 0),
        maxSimulatedMs: Math.round(Math.max(0, ...executions.map((e) => e.elapsedMs))),
      },
    });
  };
  submissions('form submission, batch policy (one, average of 20)', 0);
  setPolicy(host, 'live');
  submissions('form submission, live policy (one, average of 20)', 1);
  setPolicy(host, 'batch');

  const wave = writeWave(host, formIds, 0.85);
  const quality: Record<string, number> = {};
  const streams = measure(host, 'formStreams', students, () => {
    const r = host.runAction('formStreams');
    Object.assign(quality, r.counts);
    return r;
  });
  row(streams, { requests: wave, firstChoicePct: quality.firstChoicePct ?? 0, anyChoicePct: quality.anyChoicePct ?? 0, sectionsClosed: quality.sectionsClosed ?? 0, disciplinesClosed: quality.disciplinesClosed ?? 0, unallocatedStudents: quality.unallocated ?? 0, rounds: quality.rounds ?? 0 });
  row(measure(host, 'formStreams (what-if)', students, () => host.runAction('formStreams', { whatIf: true })));
  row(measure(host, 'registerStudyPlans', students, () => host.runAction('registerStudyPlans', { documents: 'none' })));
  row(measure(host, 'registerStudyPlans (5 ИУП documents)', students, () => host.runAction('registerStudyPlans', { documents: 'all', batch: 5 })));
  row(measure(host, 'reportRegistration', students, () => host.runAction('reportRegistration')));
  return rows;
}
