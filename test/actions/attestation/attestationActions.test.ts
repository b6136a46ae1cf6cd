import { describe, expect, it } from 'vitest';
import { runAction } from '../../../src/actions/runner';
import { generateUniversity } from '../../../src/domain/sample/generateUniversity';
import { finalGradesSheet, gradeEntrySheet, statementsSheet } from '../../../src/sheets/grades';
import { universityTables } from '../../../src/sheets/universityRows';
import { type MemoryFile, type MemoryPorts, memoryPorts } from './memoryPorts';

const REGISTRAR = 'registrar@atu.edu.kz';

function university(ports: MemoryPorts, students: number, seed = 3): void {
  const u = generateUniversity({ students, seed, startYear: 2026 });
  for (const { schema, values } of universityTables(u, 'en')) ports.sheets.set(schema.name.en, values);
}

function run(ports: MemoryPorts, id: string, params: Record<string, unknown> = {}) {
  const r = runAction(ports, id, params, 'en');
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

const col = (key: string) => gradeEntrySheet.columns.findIndex((c) => c.key === key);

/** The grade sheet of a teacher's file (the first made, or the one with this id). */
function gradeSheet(ports: MemoryPorts, id?: string): unknown[][] {
  const file = id ? ports.files.get(id) : [...ports.files.values()][0];
  return [...(file?.sheets.values() ?? [])][0] as unknown[][];
}

const register = (ports: MemoryPorts) => ports.sheets.get(statementsSheet.name.en) as unknown[][];
const regCol = (key: string) => statementsSheet.columns.findIndex((c) => c.key === key);

describe('createGradeSheets', () => {
  it('makes one file per teacher, shared for editing with that teacher and the registrar only, linked from the register', () => {
    const ports = memoryPorts();
    university(ports, 120);
    const r = run(ports, 'createGradeSheets');
    for (const [name, n] of Object.entries(ports.reads)) expect([name, n]).toEqual([name, 1]);
    expect(ports.files.size).toBe(r.counts.teacherFiles);
    expect(r.counts.filesCreated).toBe(r.counts.teacherFiles);
    // No teacher sheet in the office workbook: its register, the grade scale and the run log only are written.
    expect([...ports.sheets.keys()].filter((n) => n.startsWith('Grades'))).toEqual([]);
    expect(ports.calls.replaceValues).toBe(3);
    const rows = register(ports).slice(1);
    for (const row of rows) {
      const file = ports.files.get(String(row[regCol('fileId')])) as MemoryFile;
      expect(file.editors).toEqual([String(row[regCol('teacherEmail')])]);
      expect(file.owner).toBe(REGISTRAR);
      expect(row[regCol('fileUrl')]).toBe(`https://docs/${file.id}`);
      expect(file.name).toContain(String(row[regCol('teacherId')]));
    }
    // Every line of a teacher's statements, and only those, is in the teacher's file; scores warn outside 0–100.
    const first = rows[0];
    const own = rows.filter((x) => x[regCol('fileId')] === first[regCol('fileId')]).reduce((n, x) => n + Number(x[regCol('students')]), 0);
    expect(gradeSheet(ports, String(first[regCol('fileId')])).length - 1).toBe(own);
    const layout = (ports.files.get(String(first[regCol('fileId')])) as MemoryFile).layout;
    expect(layout.numberRange).toMatchObject({ columns: [col('current'), col('midterm1'), col('midterm2'), col('exam')], min: 0, max: 100 });
    expect(ports.protections.get('Grade statements')).toEqual([REGISTRAR]);
  });

  it('never makes a second file for a teacher: a re-run keeps numbers and typed grades and writes nothing unchanged', () => {
    const ports = memoryPorts();
    university(ports, 80);
    run(ports, 'createGradeSheets');
    const files = ports.files.size;
    const sheet = gradeSheet(ports);
    sheet[1][col('current')] = '77,5';
    sheet[1][col('exam')] = 'отл';
    const before = JSON.stringify([...ports.files.values()].map((f) => [...f.sheets.entries()]));
    const registerBefore = JSON.stringify(register(ports));
    const r = run(ports, 'createGradeSheets');
    expect(ports.files.size).toBe(files);
    expect(r.counts).toMatchObject({ filesCreated: 0, filesUpdated: 0, filesUnchanged: files });
    expect(ports.calls.openFile ?? 0).toBe(0);
    expect(JSON.stringify([...ports.files.values()].map((f) => [...f.sheets.entries()]))).toBe(before);
    expect(JSON.stringify(register(ports))).toBe(registerBefore);
  });

  it('finds a file by name when the register lost its id (a run stopped before writing the register)', () => {
    const ports = memoryPorts();
    university(ports, 60);
    run(ports, 'createGradeSheets');
    const files = ports.files.size;
    const reg = register(ports);
    for (const row of reg.slice(1)) row[regCol('fileId')] = '';
    const r = run(ports, 'createGradeSheets');
    expect(ports.files.size).toBe(files);
    expect(r.counts.filesCreated).toBe(0);
    expect(register(ports).slice(1).every((row) => ports.files.has(String(row[regCol('fileId')])))).toBe(true);
  });

  it('stops at the daily quota of new spreadsheets and resumes the next day where it stopped', () => {
    const ports = memoryPorts();
    university(ports, 120);
    ports.sheets.set('Settings', [['Key', 'Value'], ['grade.filesPerDay', '3']]);
    const day1 = run(ports, 'createGradeSheets');
    expect(day1.counts).toMatchObject({ filesCreated: 3 });
    expect(day1.counts.filesPending).toBe(day1.counts.teacherFiles - 3);
    expect(day1.continueToken).toBeUndefined();
    expect(day1.message).toMatch(/3 created today, \d+ wait for tomorrow — the daily limit of 3 new spreadsheets/);
    const again = run(ports, 'createGradeSheets');
    expect(again.counts.filesCreated).toBe(0);
    ports.setNow('2026-10-27T06:00:00Z');
    const day2 = run(ports, 'createGradeSheets');
    expect(day2.counts.filesCreated).toBe(3);
    expect(ports.files.size).toBe(6);
    // Google's own refusal (the quota of the account) stops creation the same way, without failing the run.
    ports.quota.files = 0;
    ports.setNow('2026-10-28T06:00:00Z');
    const day3 = run(ports, 'createGradeSheets');
    expect(day3.counts.filesCreated).toBe(0);
    expect(day3.counts.filesPending).toBe(day1.counts.teacherFiles - 6);
    const ids = register(ports).slice(1).map((row) => String(row[regCol('fileId')])).filter((id) => id !== '');
    expect(new Set(ids).size).toBe(6);
  });
});

describe('a workbook per faculty', () => {
  it('makes statements for the chosen faculty only, keeping the others\' and continuing the numbering', () => {
    const ports = memoryPorts();
    university(ports, 120);
    const all = run(ports, 'createGradeSheets');
    const fac = regCol('facultyCode');
    const rows = () => register(ports).slice(1);
    const faculty = String(rows()[0][fac]);
    const again = run(ports, 'createGradeSheets', { faculty });
    expect(again.counts.statements).toBe(rows().filter((r) => r[fac] === faculty).length);
    expect(rows()).toHaveLength(all.counts.statements);
  });
});

describe('computeFinalGrades', () => {
  it('reads each teacher file once, writes the record once and each file\'s computed columns once; a second run changes nothing', () => {
    const ports = memoryPorts();
    university(ports, 80);
    run(ports, 'createGradeSheets');
    run(ports, 'fillSampleGrades', { phase: 'all', seed: 2 });
    const opens0 = ports.calls.openFile ?? 0;
    const writes0 = ports.calls.writeBlock ?? 0;
    const r = run(ports, 'computeFinalGrades');
    expect((ports.calls.openFile ?? 0) - opens0).toBe(ports.files.size);
    expect((ports.calls.writeBlock ?? 0) - writes0).toBe(ports.files.size);
    const record = JSON.stringify(ports.sheets.get(finalGradesSheet.name.en));
    expect(r.counts.recordRowsWritten).toBe(r.counts.lines);
    const again = run(ports, 'computeFinalGrades');
    expect(again.counts).toEqual({ ...r.counts, blocksWritten: 0, filesUnchanged: ports.files.size, recordRowsWritten: 0 });
    expect(JSON.stringify(ports.sheets.get(finalGradesSheet.name.en))).toBe(record);
    // One score changed in one file: one row of the record is written, and it is the right one.
    const sheet = gradeSheet(ports);
    sheet[1][col('current')] = sheet[1][col('current')] === 11 ? 12 : 11;
    const third = run(ports, 'computeFinalGrades');
    expect(third.counts.recordRowsWritten).toBe(1);
    const rec = (ports.sheets.get(finalGradesSheet.name.en) as unknown[][]).find((x) => x[0] === sheet[1][0] && x[3] === sheet[1][col('studentId')]) as unknown[];
    expect(rec[finalGradesSheet.columns.findIndex((c) => c.key === 'current')]).toBe(sheet[1][col('current')]);
  });

  it('locks after the deadline (the teacher becomes a viewer), keeps the record when a locked line is edited, and logs it once', () => {
    const ports = memoryPorts();
    university(ports, 60);
    run(ports, 'createGradeSheets');
    run(ports, 'fillSampleGrades', { phase: 'all', seed: 2 });
    ports.setNow('2027-03-01T06:00:00Z');
    run(ports, 'computeFinalGrades');
    const reg = register(ports);
    expect(reg.slice(1).every((r) => r[regCol('status')] === 'locked')).toBe(true);
    const file = [...ports.files.values()][0];
    expect(file.editors).toEqual([]);
    expect(file.viewers).toHaveLength(1);
    const sheet = gradeSheet(ports, file.id);
    const old = sheet[1][col('exam')];
    sheet[1][col('exam')] = 3;
    const r1 = runAction(ports, 'computeFinalGrades', {}, 'en');
    const r2 = runAction(ports, 'computeFinalGrades', {}, 'en');
    expect(r1.problems?.map((p) => p.code)).toEqual(['gradeAfterLock']);
    expect(r2.problems?.map((p) => p.code)).toEqual(['gradeAfterLock']);
    // The message names the file, the sheet, the row and the column.
    expect(r1.problems?.[0]).toMatchObject({ sheet: `${file.name} › Grades`, row: 2, column: 'exam', value: '3' });
    expect(r1.problems?.[0].message).toMatch(new RegExp(`^Sheet "${file.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} › Grades", row 2, column "Exam": statement .* is locked; "3" was not taken`));
    const log = ports.sheets.get('Grade changes log') as unknown[][];
    expect(log).toHaveLength(2);
    const asNumber = (v: unknown) => Number(String(v).replace(',', '.'));
    expect([log[1][4], asNumber(log[1][5]), log[1][6]]).toEqual(['exam', asNumber(old), '3']);
    const rec = (ports.sheets.get(finalGradesSheet.name.en) as unknown[][]).find((x) => x[0] === sheet[1][0] && x[3] === sheet[1][col('studentId')]) as unknown[];
    expect(rec[finalGradesSheet.columns.findIndex((c) => c.key === 'exam')]).toBe(old === 'н/я' ? '' : Number(String(old).replace(',', '.')));
    // After locking, only changeGrade (registrar, reason) changes it: record, file and log together.
    const statementNo = String(sheet[1][0]);
    const studentId = String(sheet[1][col('studentId')]);
    const changed = run(ports, 'changeGrade', { statementNo, studentId, field: 'exam', value: '88,5', reason: 'appeal 12' });
    expect(changed.counts.changed).toBe(1);
    expect(gradeSheet(ports, file.id)[1][col('exam')]).toBe('88.5');
    expect((ports.sheets.get('Grade changes log') as unknown[][]).at(-1)?.slice(1, 9)).toEqual([REGISTRAR, statementNo, studentId, 'exam', String(old === 'н/я' ? 'н/я' : asNumber(old)), '88.5', 'appeal 12', 'applied']);
  });

  it('accepts "85,5", refuses "отл" and 101 without losing what was typed, naming file, sheet, row and column', () => {
    const ports = memoryPorts();
    university(ports, 50);
    run(ports, 'createGradeSheets');
    const file = [...ports.files.values()][0];
    const sheet = gradeSheet(ports, file.id);
    sheet[1][col('current')] = '85,5';
    sheet[2][col('midterm2')] = '101';
    sheet[3][col('midterm1')] = 'отл';
    const r = runAction(ports, 'computeFinalGrades', {}, 'en');
    const where = `${file.name} › Grades`;
    expect(r.problems).toEqual([
      expect.objectContaining({ sheet: where, row: 3, column: 'midterm2', value: '101', code: 'gradeOutOfRange' }),
      expect.objectContaining({ sheet: where, row: 4, column: 'midterm1', value: 'отл', code: 'gradeNotANumber' }),
    ]);
    expect(sheet[2][col('midterm2')]).toBe('101');
    expect(sheet[3][col('midterm1')]).toBe('отл');
    const rec = (ports.sheets.get(finalGradesSheet.name.en) as unknown[][]).find((x) => x[0] === sheet[1][0] && x[3] === sheet[1][col('studentId')]) as unknown[];
    expect(rec[finalGradesSheet.columns.findIndex((c) => c.key === 'current')]).toBe(85.5);
  });

  it('refuses a line of another teacher\'s statement copied into a file', () => {
    const ports = memoryPorts();
    university(ports, 60);
    run(ports, 'createGradeSheets');
    const [a, b] = [...ports.files.values()];
    const theirs = gradeSheet(ports, b.id)[1];
    gradeSheet(ports, a.id).push([...theirs.slice(0, col('current')), 100, 100, 100, 100]);
    const r = runAction(ports, 'computeFinalGrades', {}, 'en');
    expect(r.problems?.map((p) => [p.code, p.sheet])).toEqual([['foreignStatement', `${a.name} › Grades`]]);
  });

  it('collects many files across executions with a checkpoint, then writes the results once', () => {
    const ports = memoryPorts();
    university(ports, 80);
    run(ports, 'createGradeSheets');
    run(ports, 'fillSampleGrades', { phase: 'all', seed: 2 });
    const oneGo = memoryPorts();
    university(oneGo, 80);
    run(oneGo, 'createGradeSheets');
    run(oneGo, 'fillSampleGrades', { phase: 'all', seed: 2 });
    run(oneGo, 'computeFinalGrades');
    // Each file read costs 100 simulated seconds: the 240-second budget reads three per execution.
    ports.costPerOpenMs = 100_000;
    let r = run(ports, 'computeFinalGrades');
    let executions = 1;
    const tokens: string[] = [];
    while (r.continueToken) {
      tokens.push(r.continueToken);
      ports.resetElapsed();
      r = run(ports, 'computeFinalGrades', { continueToken: r.continueToken });
      executions++;
    }
    expect(tokens[0]).toMatch(/^collect\|.+\|3\|1$/);
    expect(executions).toBeGreaterThan(Math.ceil(ports.files.size / 3));
    expect(JSON.stringify(ports.sheets.get(finalGradesSheet.name.en))).toBe(JSON.stringify(oneGo.sheets.get(finalGradesSheet.name.en)));
    expect(JSON.stringify([...ports.files.values()].map((f) => [...f.sheets.values()]))).toBe(JSON.stringify([...oneGo.files.values()].map((f) => [...f.sheets.values()])));
    // The checkpoint is emptied once the job is done.
    expect(ports.sheets.get('Grade collection')).toHaveLength(1);
  });
});

describe('documents', () => {
  it('prints a statement with its number, the grade table in the office language and signature lines', () => {
    const ports = memoryPorts();
    university(ports, 60);
    run(ports, 'createGradeSheets');
    run(ports, 'fillSampleGrades', { phase: 'all', seed: 2 });
    run(ports, 'computeFinalGrades');
    const r = runAction(ports, 'printStatements', { statementNo: '2026A-00001' }, 'ru');
    expect(r.ok).toBe(true);
    const doc = ports.documents.at(-1) as { name: string; blocks: Array<{ kind: string; text?: string; header?: string[]; rows?: string[][]; lines?: string[] }> };
    expect(doc.name).toBe('Ведомость 2026A-00001');
    expect(doc.blocks.find((b) => b.kind === 'heading')?.text).toBe('ЭКЗАМЕНАЦИОННАЯ ВЕДОМОСТЬ № 2026A-00001');
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.header).toContain('Рейтинг допуска');
    expect(table?.rows?.length).toBeGreaterThan(0);
    expect(doc.blocks.at(-1)?.lines?.[0]).toMatch(/^Преподаватель ____________ /);
  });

  it('reports midterm results by faculty with a chart and names the teachers who have not entered grades', () => {
    const ports = memoryPorts();
    university(ports, 60);
    run(ports, 'createGradeSheets');
    const r = runAction(ports, 'monitorMidterms', { control: 'midterm1' }, 'kk');
    expect(r.ok).toBe(true);
    expect(r.counts.teachersMissing).toBeGreaterThan(0);
    const doc = ports.documents.at(-1) as { blocks: Array<{ kind: string; title?: string; items?: string[] }> };
    expect(doc.blocks.some((b) => b.kind === 'chart' && b.title === 'Факультеттер бойынша шектен төмен үлесі, %')).toBe(true);
    expect(doc.blocks.find((b) => b.kind === 'bullets')?.items?.length).toBe(r.counts.teachersMissing);
    expect(r.message).toContain('Эдвайзерлердің email-і бар парақ әлі жоқ');
  });
});
