import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/domain/types';
import * as grades from '../../../src/sheets/grades';
import { formatTable, parseTable, type SheetSchema } from '../../../src/sheets/schema';

const schemas = (Object.values(grades) as unknown[]).filter((v): v is SheetSchema<unknown> => typeof v === 'object' && v !== null && 'columns' in v && 'key' in v);

describe('attestation sheet schemas', () => {
  it('name every sheet and column in Kazakh, Russian and English, without repeats', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(15);
    for (const s of schemas) {
      for (const lang of LANGS) {
        expect(s.name[lang].trim()).not.toBe('');
        const headers = s.columns.map((c) => c.header[lang].trim().toLowerCase());
        expect([s.key, lang, new Set(headers).size]).toEqual([s.key, lang, headers.length]);
      }
      expect(new Set(s.columns.map((c) => c.key)).size).toBe(s.columns.length);
    }
  });

  it('names a teacher\'s grade sheet in each language and finds the teacher back', () => {
    for (const lang of LANGS) expect(grades.teacherOfSheet(grades.teacherSheetName('T00012', lang))).toBe('T00012');
    expect(grades.teacherSheetName('T00012', 'ru')).toBe('Ведомости T00012');
    expect(grades.teacherOfSheet('Students')).toBeNull();
  });

  it('keeps typed text as text, numbers as numbers, and never writes a formula', () => {
    const cells = grades.gradeEntryCells(
      { statementNo: '2026A-00001', disciplineCode: 'MAT', disciplineName: '=HYPERLINK("x")', unit: 'G1', studentId: '1', studentName: '+Ахметов', current: '85,5', midterm1: '', midterm2: '', exam: '', admission: 77.5, final: null, letter: 'B', points: 3, traditional: 'good', outcome: 'passed' },
      'ru',
    );
    expect(cells[2]).toBe('\'=HYPERLINK("x")');
    expect(cells[5]).toBe("'+Ахметов");
    expect(cells[6]).toBe('85,5');
    expect(cells[10]).toBe(77.5);
    expect(cells[14]).toBe('хорошо');
    expect(cells[15]).toBe('сдано');
  });

  it('reads a teacher sheet without dropping a line for "отл" typed in a score or junk in a computed column', () => {
    const values = [
      grades.gradeEntrySheet.columns.map((c) => c.header.ru),
      ['2026A-00001', 'MAT', 'Математика', 'G1', '26000001', 'Ахметов А.', '85,5', 'отл', '', '', 'junk', '', '', 'x', '', ''],
    ];
    const parsed = parseTable(grades.gradeEntryReadSheet, values, 'Ведомости T1', 'ru');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0].record).toMatchObject({ studentId: '26000001', current: '85,5', midterm1: 'отл' });
  });

  it('round-trips a debt row written in Kazakh and read with English headers mapped by language', () => {
    const row = { studentId: '1', studentName: 'А', group: 'G', language: 'kk', disciplineCode: 'MAT', disciplineName: 'M', credits: 5, academicYear: '2026-2027', term: 'autumn' as const, statementNo: 'N', letter: 'F', reason: 'notAdmitted' as const, restudy: 'summer' as const, status: 'accepted' as const };
    const values = formatTable(grades.debtsSheet, [row], 'kk');
    const back = parseTable(grades.debtsSheet, values, 'x', 'en');
    expect(back.problems).toEqual([]);
    expect(back.rows[0].record).toEqual(row);
  });
});
