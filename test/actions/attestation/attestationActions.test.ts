import { describe, expect, it } from 'vitest';
import { runAction } from '../../../src/actions/runner';
import { generateUniversity } from '../../../src/domain/sample/generateUniversity';
import { finalGradesSheet, gradeEntrySheet, statementsSheet } from '../../../src/sheets/grades';
import { universityTables } from '../../../src/sheets/universityRows';
import { type MemoryPorts, memoryPorts } from './memoryPorts';

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

describe('createGradeSheets', () => {
  it('reads every input sheet once and writes each teacher sheet once, protected for its teacher and the registrar', () => {
    const ports = memoryPorts();
    university(ports, 120);
    const r = run(ports, 'createGradeSheets');
    for (const [name, n] of Object.entries(ports.reads)) expect([name, n]).toEqual([name, 1]);
    // Each teacher sheet, the register, the grade scale and the run log: one replace each.
    expect(ports.calls.replaceValues).toBe(r.counts.teacherSheets + 3);
    const register = ports.sheets.get('Grade statements') as unknown[][];
    const h = register[0] as string[];
    const first = register[1];
    expect(ports.protections.get(String(first[h.indexOf('Sheet')]))).toEqual([REGISTRAR, String(first[h.indexOf('Teacher email')])].sort());
    expect(ports.protections.get('Grade statements')).toEqual([REGISTRAR]);
  });

  it('keeps statement numbers and typed grades when run again, and changes nothing else', () => {
    const ports = memoryPorts();
    university(ports, 80);
    run(ports, 'createGradeSheets');
    const name = [...ports.sheets.keys()].find((n) => n.startsWith('Grades ')) as string;
    const sheet = ports.sheets.get(name) as unknown[][];
    sheet[1][col('current')] = '77,5';
    sheet[1][col('exam')] = 'отл';
    const before = JSON.stringify([...ports.sheets.entries()]);
    run(ports, 'createGradeSheets');
    expect(JSON.stringify([...ports.sheets.entries()].filter(([n]) => n !== 'Run log'))).toBe(
      JSON.stringify(JSON.parse(before).filter(([n]: [string]) => n !== 'Run log')),
    );
  });

  it('makes service calls per teacher sheet, not per student', () => {
    const small = memoryPorts();
    university(small, 100, 7);
    run(small, 'createGradeSheets');
    const big = memoryPorts();
    university(big, 200, 7);
    const r = run(big, 'createGradeSheets');
    const perTeacher = (p: MemoryPorts, teachers: number) => (p.calls.replaceValues + p.calls.protectSheet + p.calls.ensureSheet) / teachers;
    expect(perTeacher(big, r.counts.teacherSheets)).toBeLessThanOrEqual(perTeacher(small, Number(small.sheets.get('Teachers')?.length) - 1) + 1);
    expect(big.calls.readValues).toBeLessThanOrEqual(r.counts.teacherSheets + 15);
  });
});

describe('a workbook per faculty', () => {
  it('makes statements for the chosen faculty only, keeping the others\' and continuing the numbering', () => {
    const ports = memoryPorts();
    university(ports, 120);
    const all = run(ports, 'createGradeSheets');
    const fac = statementsSheet.columns.findIndex((c) => c.key === 'facultyCode');
    const register = () => (ports.sheets.get(statementsSheet.name.en) as unknown[][]).slice(1);
    const faculty = String(register()[0][fac]);
    const again = run(ports, 'createGradeSheets', { faculty });
    expect(again.counts.statements).toBe(register().filter((r) => r[fac] === faculty).length);
    expect(register()).toHaveLength(all.counts.statements);
  });
});

describe('the 10 million cells of a spreadsheet', () => {
  it('refuses, writing nothing, when the teachers\' sheets would take the workbook above the limit', () => {
    const ports = memoryPorts();
    university(ports, 60);
    for (let i = 0; i < 380; i++) ports.sheets.set(`Other ${i}`, [['x']]);
    const before = [...ports.sheets.keys()].length;
    const r = runAction(ports, 'createGradeSheets', {}, 'en');
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/^Nothing was changed: \d+ teachers' grade sheets \(\d+ new\) would take this workbook to about \d+ cells/);
    expect([...ports.sheets.keys()].filter((n) => n !== 'Run log')).toHaveLength(before);
  });
});

describe('computeFinalGrades', () => {
  it('writes the record and the computed columns once per sheet, and gives the same result when run twice', () => {
    const ports = memoryPorts();
    university(ports, 80);
    run(ports, 'createGradeSheets');
    run(ports, 'fillSampleGrades', { phase: 'all', seed: 2 });
    const writes0 = ports.calls.writeBlock ?? 0;
    const r = run(ports, 'computeFinalGrades');
    const teacherSheets = [...ports.sheets.keys()].filter((n) => n.startsWith('Grades ')).length;
    expect((ports.calls.writeBlock ?? 0) - writes0).toBe(teacherSheets);
    const record = JSON.stringify(ports.sheets.get(finalGradesSheet.name.en));
    const again = run(ports, 'computeFinalGrades');
    expect(again.counts).toEqual({ ...r.counts, blocksWritten: 0, sheetsUnchanged: teacherSheets });
    expect(JSON.stringify(ports.sheets.get(finalGradesSheet.name.en))).toBe(record);
  });

  it('locks after the deadline, keeps the record when a locked line is edited, and logs the attempt once', () => {
    const ports = memoryPorts();
    university(ports, 60);
    run(ports, 'createGradeSheets');
    run(ports, 'fillSampleGrades', { phase: 'all', seed: 2 });
    ports.setNow('2027-03-01T06:00:00Z');
    run(ports, 'computeFinalGrades');
    const register = ports.sheets.get(statementsSheet.name.en) as unknown[][];
    expect(register.slice(1).every((r) => r[statementsSheet.columns.findIndex((c) => c.key === 'status')] === 'locked')).toBe(true);
    const name = [...ports.sheets.keys()].find((n) => n.startsWith('Grades ')) as string;
    expect(ports.protections.get(name)).toEqual([REGISTRAR]);
    const sheet = ports.sheets.get(name) as unknown[][];
    const old = sheet[1][col('exam')];
    sheet[1][col('exam')] = 3;
    const r1 = runAction(ports, 'computeFinalGrades', {}, 'en');
    const r2 = runAction(ports, 'computeFinalGrades', {}, 'en');
    expect(r1.problems?.map((p) => p.code)).toEqual(['gradeAfterLock']);
    expect(r2.problems?.map((p) => p.code)).toEqual(['gradeAfterLock']);
    const log = ports.sheets.get('Grade changes log') as unknown[][];
    expect(log).toHaveLength(2);
    const asNumber = (v: unknown) => Number(String(v).replace(',', '.'));
    expect([log[1][4], asNumber(log[1][5]), log[1][6]]).toEqual(['exam', asNumber(old), '3']);
    const rec = (ports.sheets.get(finalGradesSheet.name.en) as unknown[][]).find((x) => x[0] === sheet[1][0] && x[3] === sheet[1][col('studentId')]) as unknown[];
    expect(rec[finalGradesSheet.columns.findIndex((c) => c.key === 'exam')]).toBe(old === 'н/я' ? '' : Number(String(old).replace(',', '.')));
  });

  it('refuses a score out of range without losing the typed value, naming sheet, row and column', () => {
    const ports = memoryPorts();
    university(ports, 50);
    run(ports, 'createGradeSheets');
    const name = [...ports.sheets.keys()].find((n) => n.startsWith('Grades ')) as string;
    (ports.sheets.get(name) as unknown[][])[2][col('midterm2')] = '101';
    const r = runAction(ports, 'computeFinalGrades', {}, 'en');
    expect(r.problems?.[0]).toMatchObject({ sheet: name, row: 3, column: 'midterm2', value: '101', code: 'gradeOutOfRange' });
    expect((ports.sheets.get(name) as unknown[][])[2][col('midterm2')]).toBe('101');
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
