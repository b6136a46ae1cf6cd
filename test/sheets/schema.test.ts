import { describe, expect, it } from 'vitest';
import { formatTable, mapHeaders, parseTable, translateValues } from '../../src/sheets/schema';
import { studentsSheet } from '../../src/sheets/studentsSheet';
import { curriculaSheet } from '../../src/sheets/curriculaSheet';
import { calendarSheet } from '../../src/sheets/calendarSheet';

const header = ['ID студента', 'Фамилия', 'Имя', 'Отчество', 'Email', 'ОП', 'Курс', 'Группа', 'Форма обучения', 'Язык обучения', 'Основа обучения', 'Статус', 'GPA'];
const row = ['24000001', 'Ахметов', 'Ерлан', 'Серікұлы', 'E.Akhmetov@stud.atu.edu.kz', '6B06101', '2', '6B06101-25-kz', 'очная', 'казахский', 'госгрант', 'обучается', '3,25'];

describe('parseTable', () => {
  it('reads a Russian header and converts numbers stored as text, comma decimals included', () => {
    const { rows, problems } = parseTable(studentsSheet, [header, row]);
    expect(problems).toEqual([]);
    expect(rows[0].rowNumber).toBe(2);
    expect(rows[0].record).toMatchObject({ id: '24000001', year: 2, gpa: 3.25, email: 'e.akhmetov@stud.atu.edu.kz', studyForm: 'fulltime', language: 'kk', funding: 'grant', status: 'active' });
  });

  it('finds columns by header in any language and in any order', () => {
    const english = ['Status', 'Student ID', 'Last name', 'First name', 'Email', 'Programme', 'Year', 'Group', 'Study form', 'Language', 'Funding'];
    const kazakhRow = ['оқып жүр', '1', 'А', 'Б', 'a@b.kz', 'P', 1, 'G', 'күндізгі', 'қазақ', 'ақылы'];
    const { rows, problems } = parseTable(studentsSheet, [english, kazakhRow]);
    expect(problems).toEqual([]);
    expect(rows[0].record).toMatchObject({ status: 'active', studyForm: 'fulltime', language: 'kk', funding: 'paid', gpa: null });
    expect(mapHeaders(studentsSheet, english).status).toBe(0);
  });

  it('reports a missing required column once, naming it, and parses nothing', () => {
    const { rows, problems } = parseTable(studentsSheet, [header.filter((h) => h !== 'Email'), row], 'Студенты', 'ru');
    expect(rows).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ code: 'missingColumn', column: 'email', row: 1, params: expect.objectContaining({ columnLabel: 'Email' }) })]);
  });

  it('skips empty rows and reports each bad cell with its sheet row and column', () => {
    const bad = row.slice();
    bad[6] = 'второй';
    bad[4] = 'not-an-email';
    const { rows, problems } = parseTable(studentsSheet, [header, ['', '', ''], bad], 'Студенты', 'ru');
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'email', 'notAnEmail'],
      [3, 'year', 'notANumber'],
    ]);
  });

  it('reports a duplicate key with the row it repeats', () => {
    const { rows, problems } = parseTable(studentsSheet, [header, row, row.map((c, i) => (i === 4 ? 'other@stud.atu.edu.kz' : c))]);
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ row: 3, column: 'id', code: 'duplicate', params: expect.objectContaining({ firstRow: 2 }) })]);
  });

  it('rejects numbers outside their range, such as a discipline of 0 credits', () => {
    const h = ['Programme', 'Discipline', 'Year', 'Semester', 'Component', 'Cycle', 'Credits'];
    const { problems } = parseTable(curriculaSheet, [h, ['P', 'D', 1, 1, 'ОК', 'ООД', 0]]);
    expect(problems).toEqual([expect.objectContaining({ column: 'credits', code: 'belowMin', row: 2 })]);
  });

  it('accepts dates typed as DD.MM.YYYY and as ISO text', () => {
    const h = ['Academic year', 'Term', 'Event', 'Study form', 'Start', 'End'];
    const { rows, problems } = parseTable(calendarSheet, [h, ['2026-2027', 'autumn', 'semester', 'all', '01.09.2026', '2026-12-12']]);
    expect(problems).toEqual([]);
    expect(rows[0].record).toMatchObject({ start: '2026-09-01', end: '2026-12-12' });
  });

  it('rejects an impossible date', () => {
    const h = ['Academic year', 'Term', 'Event', 'Study form', 'Start', 'End'];
    const { problems } = parseTable(calendarSheet, [h, ['2026-2027', 'autumn', 'semester', 'all', '31.02.2026', '2026-12-12']]);
    expect(problems).toEqual([expect.objectContaining({ column: 'start', code: 'notADate' })]);
  });
});

describe('formatTable', () => {
  it('writes option labels in the chosen language and neutralises text that looks like a formula', () => {
    const [head, first] = formatTable(studentsSheet, [{ ...parseTable(studentsSheet, [header, row]).rows[0].record, lastName: '=HYPERLINK("http://x","y")' }], 'kk');
    expect(head[0]).toBe('Студент ID');
    expect(first[1]).toBe('\'=HYPERLINK("http://x","y")');
    expect(first[8]).toBe('күндізгі');
    expect(first[12]).toBe(3.25);
  });

  it('does not change the records it formats', () => {
    const record = parseTable(studentsSheet, [header, row]).rows[0].record;
    const copy = JSON.parse(JSON.stringify(record));
    formatTable(studentsSheet, [record], 'en');
    expect(record).toEqual(copy);
  });
});

describe('translateValues', () => {
  it('translates headers and option labels and keeps every other cell as it was', () => {
    const values = [[...header, 'Своя колонка'], [...row, 'заметка'], [...row.slice(0, 8), 'непонятно', ...row.slice(9), 'x']];
    const out = translateValues(studentsSheet, values, 'en');
    expect(out[0][0]).toBe('Student ID');
    expect(out[0][13]).toBe('Своя колонка');
    expect(out[1][8]).toBe('full-time');
    expect(out[1][13]).toBe('заметка');
    expect(out[2][8]).toBe('непонятно');
  });
});
