// The attestation area through the built add-on (build/Code.js) in the emulator: statements in one spreadsheet per
// teacher (who may open and edit what), typed-score validation, final grades, locking, the audit log, the grade-change procedure, referrals, ratings, debts.

import { beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host, REGISTRAR_EMAIL } from '../../local/cli/host';
import { finalGradesSheet } from '../../src/sheets/grades';

/** 0-based column of a Final grades field (the sheet may carry its headers in any language). */
const fg = (key: string) => finalGradesSheet.columns.findIndex((c) => c.key === key);

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const DAY = 86_400_000;
const COL = { statementNo: 1, studentId: 5, current: 7, midterm1: 8, midterm2: 9, exam: 10, admission: 11, final: 12, letter: 13 };

function app(host: Host): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
}
/** Sheets are found by their name in any of the three languages (the first run names them in its language). */
const ALIASES: Record<string, string[]> = { 'Final grades': ['Итоговые оценки', 'Қорытынды бағалар'], 'Grade changes log': ['Журнал изменений оценок'] };
function sheet(host: Host, name: string): Sheet {
  const s = [name, ...(ALIASES[name] ?? [])].map((n) => app(host).getSheetByName(n)).find((x) => x !== null);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}
function rows(host: Host, name: string): unknown[][] {
  return sheet(host, name).getDataRange().getValues();
}
/** Types into a sheet of the office workbook as `user` (one execution), as a person would. */
function typeAs(host: Host, user: string, name: string, row: number, col: number, value: unknown): void {
  host.emulator.execute('typing', { user }, () => sheet(host, name).getRange(row, col).setValue(value));
}
/** A teacher's grade file opened by id as `user` (Apps Script refuses users the file is not shared with). */
function openFile(host: Host, fileId: string, user = REGISTRAR_EMAIL): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return host.emulator.execute('open', { user }, () => (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(fileId));
}
function fileRows(host: Host, fileId: string, sheetName: string): unknown[][] {
  return host.emulator.execute('read', { user: REGISTRAR_EMAIL }, () => openFile(host, fileId).getSheetByName(sheetName)?.getDataRange().getValues() ?? []);
}
/** Types into a teacher's file as `user`, as the teacher (or the registrar) would in the browser. */
function typeInFile(host: Host, user: string, fileId: string, sheetName: string, row: number, col: number, value: unknown): void {
  host.emulator.execute('typing', { user }, () => openFile(host, fileId, user).getSheetByName(sheetName)?.getRange(row, col).setValue(value));
}
function ok(host: Host, id: string, params: Record<string, unknown> = {}, user?: string) {
  const r = host.runAction(id, params, { lang: 'en', user });
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

/** The first statement: its teacher's file (id, name, grade sheet), the teacher's email and the statement's lines. */
function firstStatement(host: Host) {
  const register = rows(host, 'Grade statements');
  const h = register[0] as string[];
  const st = register[1];
  const sheetName = String(st[h.indexOf('Sheet')]);
  const fileId = String(st[h.indexOf('File ID')]);
  const fileName = String(st[h.indexOf('Teacher file')]);
  const email = String(st[h.indexOf('Teacher email')]);
  const no = String(st[h.indexOf('Statement No.')]);
  const lines = fileRows(host, fileId, sheetName).map((r, i) => ({ row: i + 1, r })).filter((x) => x.r[0] === no);
  return { sheetName, fileId, fileName, email, no, lines, register, h };
}

describe('attestation in the bundle', () => {
  let host: Host;
  beforeAll(() => {
    host = createHost({ start: new Date('2026-10-26T06:00:00Z') });
    ok(host, 'setupWorkbook');
    ok(host, 'loadSampleUniversity', { students: 200, seed: 5 });
  });

  it('creates a numbered statement per section in each teacher\'s own file, which only they and the registrar can open', () => {
    const r = ok(host, 'createGradeSheets');
    expect(r.counts.statements).toBeGreaterThan(50);
    expect(r.counts.teacherFiles).toBeGreaterThan(5);
    expect(r.counts.filesCreated).toBe(r.counts.teacherFiles);
    const { sheetName, fileId, fileName, email, no, register, h } = firstStatement(host);
    expect(no).toBe('2026A-00001');
    // The office workbook holds the register (with the link), not the teachers' grades.
    expect(app(host).getSheets().map((s) => s.getName()).filter((n) => n.startsWith('Grades'))).toEqual([]);
    expect(String(register[1][h.indexOf('Link')])).toContain(fileId);
    const drive = host.emulator.globals().DriveApp as GoogleAppsScript.Drive.DriveApp;
    const file = drive.getFileById(fileId);
    expect(file.getParents().next().getName()).toBe('Teacher grade files');
    expect(fileName).toContain(String(register[1][h.indexOf('Teacher ID')]));
    // Another teacher of the register cannot even open this file; its own teacher can, and types.
    const other = register.map((x) => String(x[h.indexOf('Teacher email')])).find((e, i) => i > 0 && e !== email) as string;
    expect(() => openFile(host, fileId, other)).toThrow(/permission to access the requested document/);
    typeInFile(host, email, fileId, sheetName, 2, COL.current, 90);
    expect(fileRows(host, fileId, sheetName)[1][COL.current - 1]).toBe(90);
    // Re-running makes no second file.
    const again = ok(host, 'createGradeSheets');
    expect(again.counts.filesCreated).toBe(0);
  });

  it('accepts "85,5", rejects "отл" and 120 naming file, sheet, row and column, and loses nothing typed', () => {
    const { sheetName, fileId, fileName, email, lines } = firstStatement(host);
    const row = lines[0].row;
    typeInFile(host, email, fileId, sheetName, row, COL.current, '85,5');
    typeInFile(host, email, fileId, sheetName, row, COL.midterm1, 'отл');
    typeInFile(host, email, fileId, sheetName, row, COL.midterm2, 120);
    const r = host.runAction('computeFinalGrades', {}, { lang: 'ru' });
    expect(r.ok).toBe(true);
    const messages = ((r as { problems?: Array<{ message: string }> }).problems ?? []).map((p) => p.message);
    expect(messages).toContain(`Лист «${fileName} › ${sheetName}», строка ${row}, столбец «РК1»: «отл» — не балл. Введите число от 0 до 100 (можно 85,5); оценка не принята.`);
    expect(messages.some((m) => m.includes(fileName) && m.includes(`строка ${row}`) && m.includes('120 вне диапазона 0–100'))).toBe(true);
    expect(fileRows(host, fileId, sheetName)[row - 1][COL.midterm1 - 1]).toBe('отл');
    const record = rows(host, 'Final grades').find((x) => x[0] === lines[0].r[0] && x[3] === lines[0].r[COL.studentId - 1]) as unknown[];
    expect(record[fg('current')]).toBe(85.5);
    expect(record[fg('midterm1')]).toBe('');
  });

  it('computes finals, locks statements after the deadline and makes fully locked files view-only for their teacher', () => {
    ok(host, 'fillSampleGrades', { phase: 'all', seed: 9 });
    host.emulator.advance(85 * DAY);
    const r = ok(host, 'computeFinalGrades');
    expect(r.counts.graded).toBeGreaterThan(0);
    expect(r.counts.passed + r.counts.fx + r.counts.notAdmitted + r.counts.absent + r.counts.f).toBe(r.counts.graded);
    expect(r.counts.locked).toBe(r.counts.statements);
    expect(r.counts.filesLocked).toBeGreaterThan(5);
    const { sheetName, fileId, email } = firstStatement(host);
    const ss = openFile(host, fileId);
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([REGISTRAR_EMAIL]);
    expect(ss.getViewers().map((u) => u.getEmail())).toEqual([email]);
    expect(() => typeInFile(host, email, fileId, sheetName, 2, COL.exam, 99)).toThrow(/permission to edit/);
    const again = ok(host, 'computeFinalGrades');
    expect(again.counts).toMatchObject({ graded: r.counts.graded, passed: r.counts.passed, locked: 0 });
    // Nothing changed: the grade record is compared with what the sheet holds and not written again.
    expect([r.counts.recordRowsWritten, again.counts.recordRowsWritten]).toEqual([r.counts.lines, 0]);
  });

  it('refuses a change typed into a locked statement and writes the attempt to the audit log', () => {
    const { sheetName, fileId, lines } = firstStatement(host);
    const row = lines[0].row;
    const before = fileRows(host, fileId, sheetName)[row - 1][COL.exam - 1];
    typeInFile(host, REGISTRAR_EMAIL, fileId, sheetName, row, COL.exam, 12);
    const r = host.runAction('computeFinalGrades', {}, { lang: 'en' });
    const problems = (r as { problems?: Array<{ message: string }> }).problems ?? [];
    expect(problems.some((p) => p.message.includes('is locked') && p.message.includes(`row ${row}`))).toBe(true);
    const log = rows(host, 'Grade changes log');
    expect(log.at(-1)).toEqual(expect.arrayContaining(['exam', String(before), '12', 'rejected: statement locked']));
    typeInFile(host, REGISTRAR_EMAIL, fileId, sheetName, row, COL.exam, before);
  });

  it('changes a locked grade only through the registrar, with a reason, and logs who did it', () => {
    const { no, lines, email, fileId, sheetName } = firstStatement(host);
    const studentId = String(lines[0].r[COL.studentId - 1]);
    const denied = host.runAction('changeGrade', { statementNo: no, studentId, field: 'exam', value: 95, reason: 'appeal' }, { lang: 'en', user: email });
    expect(denied.ok).toBe(false);
    expect(denied.message).toContain('is not a registrar');
    expect(host.runAction('changeGrade', { statementNo: no, studentId, field: 'exam', value: 95, reason: '' }, { lang: 'en' }).ok).toBe(false);
    expect(host.runAction('changeGrade', { statementNo: no, studentId, field: 'exam', value: 'отл', reason: 'x' }, { lang: 'en' }).message).toContain('is not a score');
    const r = ok(host, 'changeGrade', { statementNo: no, studentId, field: 'exam', value: '95', reason: 'Appeal commission decision No. 7' });
    expect(r.counts.changed).toBe(1);
    const log = rows(host, 'Grade changes log').at(-1) as unknown[];
    expect(log).toEqual(expect.arrayContaining([REGISTRAR_EMAIL, no, studentId, 'exam', '95', 'Appeal commission decision No. 7', 'applied']));
    expect(String(fileRows(host, fileId, sheetName)[lines[0].row - 1][COL.exam - 1])).toBe('95');
  });

  it('issues FX referrals, takes the examiner\'s retake score back into the final grade, and enforces the retake limit', () => {
    // The automatic FX referrals' deadline (exam + 14 days) has passed on this clock, so the office asks for one by hand.
    const grades = rows(host, 'Final grades');
    const fx = grades.find((x) => x[fg('letter')] === 'FX');
    if (!fx) throw new Error('the sample has no FX grade');
    const refSheet = app(host).getSheetByName('Referrals') ?? app(host).insertSheet('Referrals');
    refSheet.getRange(1, 1, 2, 4).setValues([
      ['Referral No.', 'Reason', 'Statement No.', 'Student ID'],
      ['', 'FX retake', fx[0], fx[3]],
    ]);
    const r = ok(host, 'createReferrals');
    expect(r.counts.issued).toBeGreaterThanOrEqual(1);
    const refs = rows(host, 'Referrals');
    const number = String(refs.find((x) => x[2] === fx[0] && x[3] === fx[3])?.[0]);
    expect(number).toMatch(/^2026A-R\d{4}$/);
    const { register, h } = firstStatement(host);
    const fileIds = [...new Set(register.slice(1).map((x) => String(x[h.indexOf('File ID')])))];
    const sheetName = String(register[1][h.indexOf('Sheet')]);
    const examinerFile = fileIds.find((id) => fileRows(host, id, sheetName).some((x) => x[0] === number)) as string;
    const line = fileRows(host, examinerFile, sheetName).findIndex((x) => x[0] === number) + 1;
    const admission = Number(fx[fg('admission')]);
    const exam = Math.ceil((70 - admission * 0.6) / 0.4);
    // The examiner may type again (edit access given back for the referral line).
    const examiner = String(register.slice(1).find((x) => x[h.indexOf('File ID')] === examinerFile)?.[h.indexOf('Teacher email')]);
    typeInFile(host, examiner, examinerFile, sheetName, line, COL.exam, Math.min(100, Math.max(50, exam)));
    ok(host, 'computeFinalGrades');
    const after = rows(host, 'Final grades').find((x) => x[0] === fx[0] && x[3] === fx[3]) as unknown[];
    expect(['FX', 'F', '']).not.toContain(after[fg('letter')]);
    expect(after[fg('retakesUsed')]).toBe(1);
    const doc = ok(host, 'printStatements', { statementNo: number });
    expect(doc.links?.[0].name).toBe(`Referral ${number}`);
    // A second retake is refused: the limit (1) is used up.
    sheet(host, 'Referrals').appendRow(['', 'FX retake', fx[0], fx[3]]);
    const second = ok(host, 'createReferrals');
    expect(second.counts.refused).toBe(1);
  });

  it('computes ratings, debts with kept re-study choices, and re-study streams', () => {
    const ratings = ok(host, 'computeRatings');
    expect(ratings.counts.rated).toBeGreaterThan(0);
    expect(rows(host, 'Teaching staff rating')[1].at(-1)).toBe('0.4×avg + 0.2×pass% + 0.2×quality% + 0.2×onTime%');
    const debts = ok(host, 'listAcademicDebts');
    expect(debts.counts.debts).toBeGreaterThan(0);
    const d = rows(host, 'Academic debts');
    const col = (d[0] as string[]).indexOf('Re-study in') + 1;
    typeAs(host, REGISTRAR_EMAIL, 'Academic debts', 2, col, 'summer semester');
    const again = ok(host, 'listAcademicDebts');
    expect(again.counts.accepted).toBe(1);
    expect(sheet(host, 'Academic debts').getRange(2, col).getValue()).toBe('summer semester');
    const streams = ok(host, 'formRetakeStreams');
    expect(streams.counts.streams).toBe(1);
  });

  it('monitors the session (sheet and sidebar RPC) and prints a statement with signature lines', () => {
    const m = ok(host, 'monitorSession');
    expect(m.counts.expected).toBeGreaterThan(0);
    expect(m.counts.locked).toBe(m.counts.expected);
    const rpc = host.bundle.run('rpc', ['attestation.sessionMonitoring', {}]) as { ok: boolean; value: { figures: Array<{ expected: number }>; today: string } };
    expect(rpc.ok).toBe(true);
    expect(rpc.value.figures.reduce((n, f) => n + f.expected, 0)).toBe(m.counts.expected);
    expect(rpc.value.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const p = ok(host, 'printStatements', { statementNo: '2026A-00001' });
    expect(p.links?.length).toBeGreaterThan(0);
  });
});

describe('midterm monitoring in the bundle', () => {
  it('finds students at risk, teachers without grades, checks the +2 days deadline and says when there are no advisors', () => {
    const host = createHost({ start: new Date('2026-10-26T06:00:00Z') });
    ok(host, 'setupWorkbook');
    ok(host, 'loadSampleUniversity', { students: 150, seed: 4 });
    ok(host, 'createGradeSheets');
    ok(host, 'fillSampleGrades', { phase: 'midterm1', seed: 4 });
    const r = ok(host, 'monitorMidterms', { control: 'midterm1' });
    expect(r.counts.atRisk).toBeGreaterThan(0);
    expect(r.counts.late).toBe(0);
    expect(r.message).toContain('no Advisors sheet');
    expect(r.counts.mailsSent).toBe(0);
    expect(rows(host, 'Students at risk').length - 1).toBe(r.counts.atRisk);
    host.emulator.advance(3 * DAY);
    expect(ok(host, 'monitorMidterms', { control: 'midterm1' }).counts.late).toBe(1);
  });
});

describe('grade statements from enrolments', () => {
  it('refuses an unknown teacher and a student in two sections of one discipline (one teacher per offering: two teachers on a section is tested in the domain), writing nothing', async () => {
    const { formatTable } = await import('../../src/sheets/schema');
    const { enrolmentsSheet, offeringsSheet } = await import('../../src/sheets/registration');
    const host = createHost({ start: new Date('2026-10-26T06:00:00Z') });
    ok(host, 'setupWorkbook');
    ok(host, 'loadSampleUniversity', { students: 100, seed: 6 });
    const students = rows(host, 'Students').slice(1, 4).map((r) => String(r[0]));
    const teachers = rows(host, 'Teachers').slice(1, 3).map((r) => String(r[0]));
    const discipline = String(rows(host, 'Disciplines')[1][0]);
    const offering = (sectionId: string, teacherId: string) => ({ sectionId, disciplineCode: discipline, disciplineName: '', semester: 1, lessonType: 'lecture', language: 'ru', teacherId, teacherName: '', capacity: 30, audience: ['x/1'], electiveBlock: '', credits: 5, lectureSectionId: '', open: true });
    const enrol = (studentId: string, sections: string[]) => ({ studentId, programmeCode: '', year: 1, compulsory: sections.map((s) => `${s}>G-1`), electives: [], difference: [] });
    host.emulator.execute('office', {}, () => {
      const ss = app(host);
      const off = formatTable(offeringsSheet, [offering('S-1', teachers[0]), offering('S-2', 'T-NOBODY'), offering('S-3', teachers[1])] as never[], 'en');
      ss.insertSheet('Offerings').getRange(1, 1, off.length, off[0].length).setValues(off as unknown[][]);
      const en = formatTable(enrolmentsSheet, [enrol(students[0], ['S-1', 'S-3']), enrol(students[1], ['S-2']), enrol(students[2], ['S-1', 'S-9'])] as never[], 'en');
      ss.insertSheet('Enrolments').getRange(1, 1, en.length, en[0].length).setValues(en as unknown[][]);
    });
    const r = host.runAction('createGradeSheets', {}, { lang: 'en' });
    expect(r.ok).toBe(false);
    const problems = (r as { problems?: Array<{ code: string; row: number; message: string }> }).problems ?? [];
    expect(problems.map((p) => [p.code, p.row])).toEqual([
      ['unknownSection', 4],
      ['studentTwoSections', 2],
      ['teacherUnknown', 3],
    ]);
    expect(problems[1].message).toContain(`student ${students[0]} is already in section S-1`);
    expect(app(host).getSheetByName('Grade statements')).toBeNull();
  });
});

describe('advisor digests', () => {
  it('send each advisor their own groups within the quota and resume the queue the next day', async () => {
    const { formatTable } = await import('../../src/sheets/schema');
    const { advisorsSheet } = await import('../../src/sheets/registration');
    const host = createHost({ start: new Date('2026-10-25T06:00:00Z') });
    ok(host, 'setupWorkbook');
    ok(host, 'loadSampleUniversity', { students: 150, seed: 4 });
    ok(host, 'createGradeSheets');
    ok(host, 'fillSampleGrades', { phase: 'midterm1', seed: 4 });
    const groups = [...new Set(rows(host, 'Students').slice(1).map((r) => String(r[7])))];
    const advisors = groups.map((group, i) => ({ group, programmeCode: 'P', year: 1, language: 'ru', students: 0, advisorId: '', advisorName: '', advisorEmail: `advisor${i % 3}@atu.edu.kz`, departmentCode: '', status: '', note: '' }));
    host.emulator.execute('office', {}, () => {
      const v = formatTable(advisorsSheet, advisors as never[], 'en');
      app(host).insertSheet('Advisors').getRange(1, 1, v.length, v[0].length).setValues(v as unknown[][]);
    });
    const day = Math.floor(host.emulator.now().getTime() / DAY);
    host.emulator.quotaUse.set(`email:${REGISTRAR_EMAIL}:${day}`, 1500 - 1);
    const first = ok(host, 'monitorMidterms', { control: 'midterm1' });
    expect(first.counts.mailsSent).toBe(1);
    expect(first.counts.mailsQueued).toBe(2);
    expect(first.message).toContain('2 digest(s) wait in the queue');
    expect(host.emulator.outbox).toHaveLength(1);
    const riskGroups = new Set(rows(host, 'Students at risk').slice(1).map((r) => String(r[3])));
    const mine = advisors.filter((a) => a.advisorEmail === host.emulator.outbox[0].to[0] && riskGroups.has(a.group)).map((a) => a.group);
    for (const g of mine) expect(host.emulator.outbox[0].body).toContain(g);
    host.emulator.advance(DAY);
    const second = ok(host, 'monitorMidterms', { control: 'midterm1' });
    expect(second.counts.mailsSent).toBe(2);
    expect(second.counts.mailsQueued).toBe(0);
    expect(new Set(host.emulator.outbox.map((m) => m.to[0])).size).toBe(3);
    expect(rows(host, 'Advisor digests').slice(1).map((r) => r[5])).toEqual(['sent', 'sent', 'sent']);
  });
});
