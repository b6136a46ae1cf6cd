// Tests of the offerings builder: sections per discipline and language, several lecturers when demand allows,
// practice and lab sections, and the problems of a discipline without a teacher or a section with capacity 0.

import { describe, expect, it } from 'vitest';
import { buildOfferings, checkOfferings } from '../../../src/domain/registration/offerings';
import type { CurriculumEntry, Discipline, Teacher } from '../../../src/domain/types';

const sizes = { lectureMax: 150, lectureMin: 30, practiceMax: 30, labMax: 12, electiveDemandMargin: 1.5 };
const line = (disciplineCode: string, hoursLab = 0, electiveBlock = '', choose = 0): CurriculumEntry => ({ programmeCode: 'P', disciplineCode, year: 2, semester: 1, component: electiveBlock ? 'elective' : 'compulsory', cycle: 'basic', electiveBlock, choose, credits: 5, hoursLecture: 30, hoursPractice: 15, hoursLab, prerequisites: [] });
const discipline = (code: string, departmentCode = 'D'): Discipline => ({ code, name: { kk: code, ru: code, en: code }, credits: 5, departmentCode });
const teacher = (id: string, languages: Array<'kk' | 'ru' | 'en'>, departmentCode = 'D'): Teacher => ({ id, lastName: id, firstName: 'A', patronymic: '', email: `${id}@u.kz`, departmentCode, position: 'lecturer', languages, maxLoadHours: 600 });

describe('buildOfferings', () => {
  it('offers two lecturers when demand reaches twice the minimum stream, with practice and lab sections', () => {
    const { sections, issues } = buildOfferings([line('M', 15)], [discipline('M')], [teacher('T1', ['ru']), teacher('T2', ['ru'])], [{ programmeCode: 'P', year: 2, language: 'ru', students: 70 }], sizes);
    expect(issues).toEqual([]);
    expect(sections.filter((s) => s.lessonType === 'lecture').map((s) => [s.id, s.teacherId])).toEqual([
      ['M.1.ru.1', 'T1'],
      ['M.1.ru.2', 'T2'],
    ]);
    expect(sections.filter((s) => s.lessonType !== 'lecture').map((s) => [s.id, s.lectureSectionId])).toEqual([
      ['M.1.ru.1.P', 'M.1.ru.1'],
      ['M.1.ru.1.B', 'M.1.ru.1'],
      ['M.1.ru.2.P', 'M.1.ru.2'],
      ['M.1.ru.2.B', 'M.1.ru.2'],
    ]);
    expect(sections[0].audience).toEqual(['P/2']);
  });

  it('separates sections by language of instruction and needs a teacher of that language', () => {
    const { sections, issues } = buildOfferings([line('M')], [discipline('M')], [teacher('T1', ['ru'])], [
      { programmeCode: 'P', year: 2, language: 'ru', students: 20 },
      { programmeCode: 'P', year: 2, language: 'kk', students: 20 },
    ], sizes);
    expect(sections.filter((s) => s.lessonType === 'lecture').map((s) => s.language)).toEqual(['ru']);
    expect(issues).toEqual([{ code: 'noTeacher', subject: 'M', params: { discipline: 'M', department: 'D', language: 'kk' }, severity: 'error' }]);
  });

  it('reports a curriculum discipline missing from the catalogue instead of failing', () => {
    const { sections, issues } = buildOfferings([line('GHOST')], [], [teacher('T1', ['ru'])], [{ programmeCode: 'P', year: 2, language: 'ru', students: 20 }], sizes);
    expect(sections).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['disciplineNotInCatalogue']);
  });

  it('offers nothing to a programme and year with no students', () => {
    expect(buildOfferings([line('M')], [discipline('M')], [teacher('T1', ['ru'])], [], sizes).sections).toEqual([]);
  });
});

describe('checkOfferings', () => {
  it('closes a section with capacity 0 and a lecture without a teacher, each with a warning', () => {
    const { sections } = buildOfferings([line('M')], [discipline('M')], [teacher('T1', ['ru']), teacher('T2', ['ru'])], [{ programmeCode: 'P', year: 2, language: 'ru', students: 70 }], sizes);
    const edited = sections.map((s) => (s.id === 'M.1.ru.1' ? { ...s, capacity: 0 } : s.id === 'M.1.ru.2' ? { ...s, teacherId: '' } : s));
    const { usable, issues } = checkOfferings(edited);
    expect(usable.filter((s) => s.lessonType === 'lecture').map((s) => s.open)).toEqual([false, false]);
    expect(issues.map((i) => [i.code, i.subject])).toEqual([
      ['sectionZeroCapacity', 'M.1.ru.1'],
      ['sectionNoTeacher', 'M.1.ru.2'],
    ]);
    expect(edited[0].open).toBe(true);
  });
});
