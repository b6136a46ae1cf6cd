// The enrolment form-submit handler over in-memory ports: identity by verified email, validation, one row per
// response (duplicates ignored), superseding, rejections told by email, the live policy's capacities and waitlist.

import { beforeEach, describe, expect, it } from 'vitest';
import { buildContext, runAction } from '../../../src/actions/runner';
import { readEffectiveRequests } from '../../../src/actions/registration/requestsReader';
import { registrationSubmitHandler } from '../../../src/actions/registration/submissionHandler';
import type { ActionContext } from '../../../src/actions/types';
import type { FormSpec, SubmittedResponse } from '../../../src/ports';
import { debtsSheet } from '../../../src/sheets/grades';
import { formatTable } from '../../../src/sheets/schema';
import { memoryPorts, type MemoryPorts } from '../attestation/memoryPorts';

interface World {
  ports: MemoryPorts;
  specs: Map<string, FormSpec>;
  removed: string[][];
}

function setting(ports: MemoryPorts, key: string, value: string): void {
  const sheet = ports.sheets.get('Settings') as unknown[][];
  const row = sheet.find((r) => r[0] === key) as unknown[];
  row[2] = value;
}

function must(ports: MemoryPorts, id: string, params: Record<string, unknown> = {}) {
  const r = runAction(ports, id, params, 'en');
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

function world(options: { live?: boolean; capacity?: number; students?: number } = {}): World {
  const ports = memoryPorts();
  const specs = new Map<string, FormSpec>();
  const removed: string[][] = [];
  let n = 0;
  ports.forms = {
    upsert: (spec, existingId) => {
      const id = existingId ?? `form-${++n}`;
      specs.set(id, spec);
      return { id, publishedUrl: `https://forms/${id}`, editUrl: `https://forms/${id}/edit` };
    },
    setChoices: () => undefined,
    removeChoices: (_id, codes) => {
      removed.push(codes);
      return codes.length;
    },
    exists: (id) => specs.has(id),
  };
  must(ports, 'setupWorkbook');
  must(ports, 'loadSampleUniversity', { students: options.students ?? 400, seed: 5 });
  if (options.live) setting(ports, 'registration.policy', 'live');
  must(ports, 'buildOfferings');
  if (options.capacity !== undefined) {
    const offerings = ports.sheets.get('Offerings') as unknown[][];
    const cap = offerings[0].indexOf('Capacity');
    for (const row of offerings.slice(1)) row[cap] = options.capacity;
  }
  must(ports, 'createEnrollmentForms');
  return { ports, specs, removed };
}

/** A student of a form and a valid set of answers: the first allowed choices of every block. */
function studentOf(w: World, formKey: string): { email: string; id: string } {
  const [programme, year] = formKey.split('/');
  const students = w.ports.sheets.get('Students') as unknown[][];
  const row = students.find((r) => r[5] === programme && Number(r[6]) === Number(year) && /active|reinstated|transferred/i.test(String(r[11]))) as unknown[];
  return { email: String(row[4]).toLowerCase(), id: String(row[0]) };
}

function answers(spec: FormSpec, pick = 0): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of spec.items) {
    if (item.kind === 'checkbox' && item.selectExactly > 0) {
      const start = Math.min(pick, item.choices.length - item.selectExactly);
      out[item.title] = item.choices.slice(start, start + item.selectExactly);
    }
  }
  return out;
}

function regularForm(w: World): [string, FormSpec] {
  return [...w.specs].find(([, s]) => s.key.endsWith('/regular') && s.items.some((i) => i.kind === 'checkbox')) as [string, FormSpec];
}

function submit(w: World, formId: string, email: string, answerMap: Record<string, string[]>, responseId: string, at = '2027-04-10T05:00:00Z'): ActionContext {
  const ctx = buildContext(w.ports, 'en');
  const response: SubmittedResponse = { responseId, formId, email, submittedAt: new Date(at), answers: answerMap };
  if (registrationSubmitHandler.owns(ctx, formId)) registrationSubmitHandler.handle(ctx, response);
  return ctx;
}

/** The Enrolment requests sheet's rows as records by English header (the sheet is written in the office language, en here). */
function table(w: World): Array<Record<string, string>> {
  const values = w.ports.sheets.get('Enrolment requests') ?? [];
  const header = (values[0] ?? []).map(String);
  return values.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, String(r[i] ?? '')])));
}
const rowOf = (w: World, email: string) => table(w).find((r) => r['Verified email'] === email) as Record<string, string>;
/** A form's rows with status "form" (one for each part of its block), their histories joined. */
const formRowOf = (w: World, formKey: string) => {
  const rows = table(w).filter((r) => r['Form key'] === formKey && r.Status === 'form');
  return { ...rows[0], 'Earlier responses': rows.map((r) => r['Earlier responses']).filter(Boolean).join('\n') } as Record<string, string>;
};
const historyLines = (text: string) => text.split('\n').filter(Boolean);
/** Responses the sheet holds: rows' own responses and every history line. */
const responsesHeld = (w: World) => table(w).reduce((n, r) => n + (r['Response ID'] ? 1 : 0) + historyLines(r['Earlier responses']).length, 0);

describe('the enrolment form-submit handler', () => {
  let w: World;
  beforeEach(() => {
    w = world();
  });

  it('records a valid submission in the row of the student identified by the verified email and confirms by email', () => {
    const [formId, spec] = regularForm(w);
    const student = studentOf(w, spec.key);
    expect(rowOf(w, student.email).Status).toBe('not submitted');
    const before = { ...w.ports.calls };
    const studentReads = w.ports.reads['Students'] ?? 0;
    submit(w, formId, student.email.toUpperCase(), answers(spec), 'r1');
    const row = rowOf(w, student.email);
    expect([row['Student ID'], row.Status, row['Response ID']]).toEqual([student.id, 'recorded', 'r1']);
    expect(row.Chosen).not.toBe('');
    expect(w.ports.outbox.at(-1)?.to).toBe(student.email);
    const delta = (k: string) => (w.ports.calls[k] ?? 0) - (before[k] ?? 0);
    // One block read (the form row and its students), one row written, nothing appended, no whole sheet.
    expect([delta('readBlock'), delta('writeBlock'), delta('appendRows') + delta('appendRow')]).toEqual([1, 1, 0]);
    expect((w.ports.reads['Students'] ?? 0) - studentReads).toBe(0);
  });

  it('handles the same response arriving twice once: one record, one e-mail', () => {
    const [formId, spec] = regularForm(w);
    const student = studentOf(w, spec.key);
    submit(w, formId, student.email, answers(spec), 'same');
    submit(w, formId, student.email, answers(spec), 'same');
    expect(responsesHeld(w)).toBe(1);
    expect(w.ports.outbox).toHaveLength(1);
  });

  it('lets a later submission supersede the earlier one, keeping the earlier one in the history', () => {
    const [formId, spec] = regularForm(w);
    const student = studentOf(w, spec.key);
    submit(w, formId, student.email, answers(spec, 0), 'first');
    const firstChosen = rowOf(w, student.email).Chosen;
    submit(w, formId, student.email, answers(spec, 1), 'second', '2027-04-11T05:00:00Z');
    const row = rowOf(w, student.email);
    expect(row['Response ID']).toBe('second');
    expect(row.Chosen).not.toBe(firstChosen);
    const lines = historyLines(row['Earlier responses']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('| first | recorded |');
    expect(lines[0]).toContain(firstChosen);
    expect(lines[0]).toContain('superseded by second');
  });

  it('keeps the later response in effect when the earlier one is recorded after it (lock order is not arrival order)', () => {
    const [formId, spec] = regularForm(w);
    const student = studentOf(w, spec.key);
    submit(w, formId, student.email, answers(spec, 1), 'later', '2027-04-11T05:00:00Z');
    const ctx = submit(w, formId, student.email, answers(spec, 0), 'earlier', '2027-04-10T05:00:00Z');
    expect(rowOf(w, student.email)['Response ID']).toBe('later');
    expect(rowOf(w, student.email)['Earlier responses']).toContain('| earlier |');
    expect(w.ports.outbox.at(-1)?.body).toMatch(/later one stays in effect|в силе остаётся он|күшінде сол жауап қалады/);
    const effective = readEffectiveRequests(ctx).requests.get(student.id);
    expect(effective?.submittedAt).toBe('2027-04-11T05:00:00.000Z');
    // The same late event again changes nothing; a third, newest response supersedes the later one.
    submit(w, formId, student.email, answers(spec, 0), 'earlier', '2027-04-10T05:00:00Z');
    expect(historyLines(rowOf(w, student.email)['Earlier responses'])).toHaveLength(1);
    submit(w, formId, student.email, answers(spec, 0), 'newest', '2027-04-12T05:00:00Z');
    expect(rowOf(w, student.email)['Response ID']).toBe('newest');
    expect(rowOf(w, student.email)['Earlier responses']).toContain('| later | recorded |');
  });

  it('rejects an address not on the form\'s list (unknown, or a student of another programme), giving the reason by email', () => {
    const [formId, spec] = regularForm(w);
    submit(w, formId, 'stranger@gmail.com', answers(spec), 'x1');
    const other = [...w.specs.values()].find((s) => s.key !== spec.key && s.key.endsWith('/regular')) as FormSpec;
    const otherStudent = studentOf(w, other.key);
    submit(w, formId, otherStudent.email, answers(spec), 'x2');
    const lines = historyLines(formRowOf(w, spec.key)['Earlier responses']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('| x1 | rejected |');
    expect(lines[0]).toContain('stranger@gmail.com');
    expect(lines[1]).toContain(otherStudent.email);
    expect(lines[1]).toContain('not on the list of this form');
    // The other programme's student keeps an untouched row on their own form.
    expect(rowOf(w, otherStudent.email).Status).toBe('not submitted');
    expect(w.ports.outbox.map((m) => m.to)).toEqual(['stranger@gmail.com', otherStudent.email]);
    expect(w.ports.outbox[0].body).toContain(spec.key);
    submit(w, formId, 'stranger@gmail.com', answers(spec), 'x1');
    expect(historyLines(formRowOf(w, spec.key)['Earlier responses'])).toHaveLength(2);
    expect(w.ports.outbox).toHaveLength(2);
  });

  it('rejects choices above the semester credit limit, and a later valid response replaces the rejection', () => {
    setting(w.ports, 'credits.maxPerSemester', '10');
    must(w.ports, 'createEnrollmentForms');
    const [formId, spec] = regularForm(w);
    const student = studentOf(w, spec.key);
    submit(w, formId, student.email, answers(spec), 'c1');
    expect(rowOf(w, student.email).Status).toBe('rejected');
    expect(rowOf(w, student.email).Reason).toMatch(/\b30\b.*\b10\b/);
    expect(rowOf(w, student.email)['Earlier responses']).toContain('| c1 | rejected |');
    setting(w.ports, 'credits.maxPerSemester', '40');
    must(w.ports, 'createEnrollmentForms');
    submit(w, formId, student.email, answers(spec), 'c2', '2027-04-11T05:00:00Z');
    expect([rowOf(w, student.email).Status, rowOf(w, student.email).Reason, rowOf(w, student.email)['Response ID']]).toEqual(['recorded', '', 'c2']);
    expect(readEffectiveRequests(buildContext(w.ports, 'en')).rejected).toBe(1);
  });

  it('keeps an earlier accepted request in effect when a later response is refused', () => {
    const [formId, spec] = regularForm(w);
    const student = studentOf(w, spec.key);
    submit(w, formId, student.email, answers(spec), 'ok1');
    setting(w.ports, 'credits.maxPerSemester', '10');
    must(w.ports, 'createEnrollmentForms');
    submit(w, formId, student.email, answers(spec, 1), 'bad1', '2027-04-11T05:00:00Z');
    const row = rowOf(w, student.email);
    expect([row.Status, row['Response ID']]).toEqual(['recorded', 'ok1']);
    expect(row.Reason).toMatch(/\b10\b/);
    expect(row['Earlier responses']).toContain('| bad1 | rejected |');
    expect(readEffectiveRequests(buildContext(w.ports, 'en')).requests.get(student.id)?.submittedAt).toBe('2027-04-10T05:00:00.000Z');
  });

  it('refuses a prerequisite the student has an open academic debt in (the Debts sheet of the grades area)', () => {
    // A regular form with a compulsory discipline whose prerequisite was taken in an earlier year.
    const picked = [...w.specs].flatMap(([formId, spec]) => {
      if (!spec.key.endsWith('/regular')) return [];
      const block = table(w).find((r) => r['Form key'] === spec.key && r.Status === 'form') as Record<string, string>;
      const state = JSON.parse(block['Form state']) as { r: { compulsory: Array<{ disciplineCode: string }>; prerequisites: Record<string, string[]>; earlier: string[] } };
      const compulsory = new Set(state.r.compulsory.map((c) => c.disciplineCode));
      const hit = Object.entries(state.r.prerequisites).find(([code, pres]) => compulsory.has(code) && pres.some((p) => state.r.earlier.includes(p)));
      return hit ? [{ formId, spec, code: hit[0], pre: hit[1].find((p) => state.r.earlier.includes(p)) as string }] : [];
    })[0];
    expect(picked, 'the sample university has a compulsory discipline with an earlier prerequisite').toBeDefined();
    const student = studentOf(w, picked.spec.key);
    const debt = { studentId: student.id, studentName: '', group: '', language: 'ru', disciplineCode: picked.pre, disciplineName: '', credits: 5, academicYear: '2026-2027', term: 'autumn', statementNo: '', letter: 'F', reason: 'f', restudy: '', status: 'waiting' };
    w.ports.sheets.set('Academic debts', formatTable(debtsSheet, [debt as never], 'en'));
    must(w.ports, 'createEnrollmentForms');
    expect(rowOf(w, student.email).Debts).toBe(picked.pre);
    submit(w, picked.formId, student.email, answers(picked.spec), 'd1');
    expect(rowOf(w, student.email).Status).toBe('rejected');
    expect(rowOf(w, student.email).Reason).toContain(picked.code);
    // A student of the same form without the debt is recorded.
    const other = (w.ports.sheets.get('Students') as unknown[][]).find((r) => r[0] !== student.id && `${r[5]}/${r[6]}/regular` === picked.spec.key && r[11] === 'active') as unknown[];
    submit(w, picked.formId, String(other[4]).toLowerCase(), answers(picked.spec), 'd2');
    expect(rowOf(w, String(other[4]).toLowerCase()).Status).toBe('recorded');
  });

  it('keeps a valid response in effect when a later refused one was handled first, and never lets an older valid one supersede a newer', () => {
    const [formId, spec] = regularForm(w);
    const student = studentOf(w, spec.key);
    /** A response the credit limit of 10 refuses (the forms re-made with that limit, then with 40 again). */
    const refused = (id: string, at: string) => {
      setting(w.ports, 'credits.maxPerSemester', '10');
      must(w.ports, 'createEnrollmentForms');
      submit(w, formId, student.email, answers(spec), id, at);
      setting(w.ports, 'credits.maxPerSemester', '40');
      must(w.ports, 'createEnrollmentForms');
    };
    // R2 (refused, 05:00:02) is handled before R1 (valid, 05:00:01).
    refused('R2', '2027-04-10T05:00:02Z');
    submit(w, formId, student.email, answers(spec), 'R1', '2027-04-10T05:00:01Z');
    expect([rowOf(w, student.email).Status, rowOf(w, student.email)['Response ID']]).toEqual(['recorded', 'R1']);
    // Rc (05:00:09) in effect; Ra refused at 05:00:03 arrives; then Rb (05:00:05) — older than Rc: Rc stays.
    submit(w, formId, student.email, answers(spec, 1), 'Rc', '2027-04-10T05:00:09Z');
    refused('Ra', '2027-04-10T05:00:03Z');
    submit(w, formId, student.email, answers(spec), 'Rb', '2027-04-10T05:00:05Z');
    const row = rowOf(w, student.email);
    expect(row['Response ID']).toBe('Rc');
    expect(row['Last response'].startsWith('Rc|')).toBe(true);
    expect(row['Earlier responses']).toContain('| Rb | recorded |');
  });

  it('keeps the row of a student who is on no form any more (history and all) when the forms are re-made', () => {
    const [formId, spec] = regularForm(w);
    const student = studentOf(w, spec.key);
    submit(w, formId, student.email, answers(spec), 'gone1');
    const students = w.ports.sheets.get('Students') as unknown[][];
    students.splice(students.findIndex((r) => String(r[0]) === student.id), 1);
    must(w.ports, 'createEnrollmentForms');
    expect(rowOf(w, student.email)['Response ID']).toBe('gone1');
    // Outside every block: a new response of that address is not on the form's list.
    submit(w, formId, student.email, answers(spec), 'gone2', '2027-04-11T05:00:00Z');
    expect(rowOf(w, student.email)['Response ID']).toBe('gone1');
    expect(formRowOf(w, spec.key)['Earlier responses']).toContain('| gone2 | rejected |');
  });

  it('will not re-make the forms over a request row that does not read back: the row is named and nothing is written', () => {
    const [formId, spec] = regularForm(w);
    const student = studentOf(w, spec.key);
    submit(w, formId, student.email, answers(spec), 'kept');
    const sheet = w.ports.sheets.get('Enrolment requests') as unknown[][];
    const i = sheet.findIndex((r) => r[1] === student.email);
    sheet[i][13] = 'thirty';
    const before = JSON.stringify(sheet);
    const r = runAction(w.ports, 'createEnrollmentForms', {}, 'en');
    expect(r.ok).toBe(false);
    // The Problems sheet names the sheet, the row and the column.
    const problems = (w.ports.sheets.get('Problems') ?? []).map((row) => row.map(String).join(' | '));
    expect(problems.some((line) => line.includes('Enrolment requests') && line.includes(String(i + 1)) && /Credits, sem\. 1/.test(line))).toBe(true);
    expect(JSON.stringify(w.ports.sheets.get('Enrolment requests'))).toBe(before);
  });

  it('writes an address that looks like a formula as text', () => {
    const [formId, spec] = regularForm(w);
    submit(w, formId, '=HYPERLINK("http://evil")@x.kz', answers(spec), 'f1');
    const values = w.ports.sheets.get('Enrolment requests') ?? [];
    expect(values.flat().some((c) => String(c).toLowerCase().includes('=hyperlink'))).toBe(true);
    expect(values.flat().every((c) => !String(c).startsWith('='))).toBe(true);
  });

  it('ignores responses of forms it does not own', () => {
    const ctx = buildContext(w.ports, 'en');
    expect(registrationSubmitHandler.owns(ctx, 'someone-elses-form')).toBe(false);
  });
});

describe('the live policy', () => {
  it('never fills a section over capacity, starts a waitlist and removes full options from the form', () => {
    const w = world({ live: true, capacity: 2 });
    const [formId, spec] = regularForm(w);
    const [programme, year] = spec.key.split('/');
    const students = (w.ports.sheets.get('Students') as unknown[][]).filter((r) => r[5] === programme && Number(r[6]) === Number(year) && r[11] === 'active');
    expect(students.length).toBeGreaterThan(2);
    students.forEach((r, i) => submit(w, formId, String(r[4]), answers(spec), `live-${i}`));
    const rows = table(w).filter((r) => r['Response ID'].startsWith('live-'));
    expect(rows).toHaveLength(students.length);
    const taken = new Map<string, number>();
    for (const r of rows) for (const part of r['Placed (live)'].split(';')) {
      const [, section] = part.split('=');
      if (section?.includes('.')) taken.set(section, (taken.get(section) ?? 0) + 1);
    }
    expect(Math.max(...taken.values())).toBeLessThanOrEqual(2);
    expect(rows.some((r) => /waitlist/.test(r.Status))).toBe(true);
    expect(w.removed.length).toBeGreaterThan(0);
    // A student's second response gives back the seats of the first before taking new ones.
    const first = rows[0];
    submit(w, formId, first['Verified email'], answers(spec), 'live-again', '2027-04-11T05:00:00Z');
    const again = table(w).filter((r) => r['Response ID'].startsWith('live-'));
    const takenAgain = new Map<string, number>();
    for (const r of again) for (const id of r['Seats held (live)'].split(',').filter(Boolean)) takenAgain.set(id, (takenAgain.get(id) ?? 0) + 1);
    expect(Math.max(...takenAgain.values())).toBeLessThanOrEqual(2);
  });
});

describe('a form of more students than one part of a block holds', () => {
  it('splits its block into parts by a hash of the email; every part finds its students, and a re-run keeps what was recorded', () => {
    const w = world({ students: 5000 });
    const parts = new Map<string, number>();
    for (const r of table(w)) if (r.Status === 'form') parts.set(r['Form key'], (parts.get(r['Form key']) ?? 0) + 1);
    const [key] = [...parts].find(([, n]) => n > 1) ?? [''];
    expect(key, 'the sample university at 5,000 students has a form of more than 60 students').not.toBe('');
    const [formId, spec] = [...w.specs].find(([, s]) => s.key === key) as [string, FormSpec];
    // One student from each part (rows between one form row and the next).
    const rows = table(w);
    const firstOfEachPart = rows.flatMap((r, i) => (r.Status === 'form' && r['Form key'] === key ? [rows[i + 1]] : [])).filter((r) => r && r.Status !== 'form');
    expect(firstOfEachPart.length).toBe(parts.get(key));
    firstOfEachPart.forEach((r, i) => submit(w, formId, r['Verified email'], answers(spec), `p${i}`));
    submit(w, formId, 'stranger@gmail.com', answers(spec), 'px');
    for (const r of firstOfEachPart) expect(rowOf(w, r['Verified email']).Status).toBe('recorded');
    expect(formRowOf(w, key)['Earlier responses']).toContain('stranger@gmail.com');
    must(w.ports, 'createEnrollmentForms');
    for (const [i, r] of firstOfEachPart.entries()) expect(rowOf(w, r['Verified email'])['Response ID']).toBe(`p${i}`);
    expect(historyLines(formRowOf(w, key)['Earlier responses'])).toHaveLength(1);
    // The same stranger's event again, after the re-run, is still recognised.
    submit(w, formId, 'stranger@gmail.com', answers(spec), 'px');
    expect(historyLines(formRowOf(w, key)['Earlier responses'])).toHaveLength(1);
  });
});

describe('the live policy when a sheet write is not visible yet', () => {
  /**
   * A live submission rewrites its form's whole block through the range it read. If the previous execution's write
   * were not visible yet (Google does not document the order of "apply the writes" and "release the lock" at the
   * end of an execution), the block would be written back without it. The rows written by the last submissions are
   * kept in document properties and laid over the block read: this world serves the block as it was before the
   * previous submission, and the previous student's request must survive.
   */
  function staleWorld(overlay: boolean) {
    const w = world({ live: true });
    let staleCopy: unknown[][] | null = null;
    const sheets = w.ports.sheets;
    w.ports.workbook.openBlock = (name, row, column, numRows, numColumns) => {
      const source = staleCopy ?? sheets.get(name) ?? [];
      const values = Array.from({ length: numRows }, (_, i) => Array.from({ length: numColumns }, (_, j) => source[row - 1 + i]?.[column - 1 + j] ?? ''));
      return {
        values,
        write: (next) => {
          const v = sheets.get(name) as unknown[][];
          next.forEach((r, i) => r.forEach((c, j) => (v[row - 1 + i][column - 1 + j] = c)));
        },
      };
    };
    const freeze = () => {
      staleCopy = (sheets.get('Enrolment requests') ?? []).map((r) => [...r]);
    };
    if (!overlay) {
      const props = w.ports.properties;
      const set = props.set.bind(props);
      props.set = (k, v) => (k.startsWith('reg.rows.') ? undefined : set(k, v));
    }
    return { w, freeze };
  }

  it('does not put back a row the sheet already has as written: an office edit made since stays', () => {
    const { w } = staleWorld(true);
    const [formId, spec] = regularForm(w);
    const [programme, year] = spec.key.split('/');
    const [a, b] = (w.ports.sheets.get('Students') as unknown[][]).filter((r) => r[5] === programme && Number(r[6]) === Number(year) && r[11] === 'active');
    submit(w, formId, String(a[4]).toLowerCase(), answers(spec), 'ea');
    const sheet = w.ports.sheets.get('Enrolment requests') as unknown[][];
    const rowA = sheet.findIndex((r) => r[1] === String(a[4]).toLowerCase());
    sheet[rowA][18] = 'checked by the office';
    submit(w, formId, String(b[4]).toLowerCase(), answers(spec), 'eb');
    expect(rowOf(w, String(a[4]).toLowerCase()).Reason).toBe('checked by the office');
  });

  for (const overlay of [true, false]) {
    it(overlay ? 'keeps the previous student\'s request although the block read is stale' : 'control: without the rows kept in properties the stale read loses it (the test above can fail)', () => {
      const { w, freeze } = staleWorld(overlay);
      const [formId, spec] = regularForm(w);
      const [programme, year] = spec.key.split('/');
      const [a, b] = (w.ports.sheets.get('Students') as unknown[][]).filter((r) => r[5] === programme && Number(r[6]) === Number(year) && r[11] === 'active');
      freeze();
      submit(w, formId, String(a[4]).toLowerCase(), answers(spec), 'sa');
      submit(w, formId, String(b[4]).toLowerCase(), answers(spec), 'sb');
      expect(rowOf(w, String(b[4]).toLowerCase()).Status).toBe('recorded');
      expect(rowOf(w, String(a[4]).toLowerCase()).Status).toBe(overlay ? 'recorded' : 'not submitted');
    });
  }
});

describe('bad reference data', () => {
  it('refuses to plan registration while a student is in a programme without a curriculum, naming the problem and writing nothing', () => {
    const ports = memoryPorts();
    must(ports, 'setupWorkbook');
    must(ports, 'loadSampleUniversity', { students: 120, seed: 8 });
    const programmes = ports.sheets.get('Programmes') as unknown[][];
    programmes.push(['NOCUR', 'Жоқ', 'Нет', 'None', ...programmes[1].slice(4)]);
    const students = ports.sheets.get('Students') as unknown[][];
    const lost = students.find((r, i) => i > 0 && r[11] === 'active') as unknown[];
    lost[5] = 'NOCUR';
    for (const id of ['proposeAdvisors', 'buildOfferings', 'createEnrollmentForms', 'formStreams', 'registerStudyPlans', 'reportRegistration']) {
      const r = runAction(ports, id, {}, 'en');
      expect(r.ok).toBe(false);
      expect(r.problems?.some((p) => p.code === 'noCurriculum' && p.row === students.indexOf(lost) + 1)).toBe(true);
    }
    expect(ports.sheets.has('Offerings')).toBe(false);
    expect(ports.sheets.has('Advisors')).toBe(false);
  });
});
