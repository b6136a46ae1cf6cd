// Builds the sections of the coming year from the curricula and the elective catalogue: for each discipline and
// language of instruction, lecture sections (several teachers when demand allows), each with its practice and lab
// sections; capacities from the size settings; teachers of the discipline's department, least loaded first.

import type { CurriculumEntry, Discipline, Lang, Teacher } from '../types';
import type { RegistrationIssue } from './issues';
import type { Section } from './types';

export interface OfferingSizes {
  lectureMax: number;
  lectureMin: number;
  practiceMax: number;
  labMax: number;
  /** Expected share of a block's students choosing one of its disciplines is choose / size × this margin. */
  electiveDemandMargin: number;
}

export interface CohortInfo {
  programmeCode: string;
  year: number;
  language: Lang;
  students: number;
}

export const audienceKey = (programmeCode: string, year: number): string => `${programmeCode}/${year}`;

export function sectionId(disciplineCode: string, semester: number, language: string, n: number, lessonType: 'lecture' | 'practice' | 'lab' = 'lecture'): string {
  const base = `${disciplineCode}.${semester}.${language}.${n}`;
  return lessonType === 'lecture' ? base : `${base}.${lessonType === 'practice' ? 'P' : 'B'}`;
}

interface Demand {
  disciplineCode: string;
  semester: number;
  language: Lang;
  audience: Set<string>;
  demand: number;
  electiveBlock: string;
  credits: number;
  hoursLecture: number;
  hoursPractice: number;
  hoursLab: number;
}

/**
 * @example
 * // 70 ru students of 6B06101/2 with compulsory INF201 (lectureMax 150, lectureMin 30) and two ru teachers in its
 * // department → two lecture sections INF201.1.ru.1 and INF201.1.ru.2 (students may choose their teacher)
 */
export function buildOfferings(
  curriculum: readonly CurriculumEntry[],
  disciplines: readonly Discipline[],
  teachers: readonly Teacher[],
  cohorts: readonly CohortInfo[],
  sizes: OfferingSizes,
): { sections: Section[]; issues: RegistrationIssue[] } {
  const issues: RegistrationIssue[] = [];
  const disciplineByCode = new Map(disciplines.map((d) => [d.code, d]));
  const cohortsByAudience = new Map<string, CohortInfo[]>();
  for (const c of cohorts) {
    const k = audienceKey(c.programmeCode, c.year);
    const list = cohortsByAudience.get(k);
    if (list) list.push(c);
    else cohortsByAudience.set(k, [c]);
  }
  const blockSize = new Map<string, number>();
  for (const c of curriculum) {
    if (c.electiveBlock === '') continue;
    const k = `${c.programmeCode}/${c.year}/${c.electiveBlock}`;
    blockSize.set(k, (blockSize.get(k) ?? 0) + 1);
  }
  const demands = new Map<string, Demand>();
  const missing = new Set<string>();
  for (const c of curriculum) {
    const audience = audienceKey(c.programmeCode, c.year);
    const present = cohortsByAudience.get(audience);
    if (!present) continue;
    if (!disciplineByCode.has(c.disciplineCode) && !missing.has(c.disciplineCode)) {
      missing.add(c.disciplineCode);
      issues.push({ code: 'disciplineNotInCatalogue', subject: c.disciplineCode, params: { discipline: c.disciplineCode }, severity: 'error' });
    }
    for (const cohort of present) {
      const share = c.electiveBlock === '' ? 1 : Math.min(1, ((c.choose || 1) / (blockSize.get(`${c.programmeCode}/${c.year}/${c.electiveBlock}`) ?? 1)) * sizes.electiveDemandMargin);
      const key = `${c.disciplineCode}|${c.semester}|${cohort.language}`;
      let d = demands.get(key);
      if (!d) {
        d = { disciplineCode: c.disciplineCode, semester: c.semester, language: cohort.language, audience: new Set(), demand: 0, electiveBlock: c.electiveBlock, credits: c.credits, hoursLecture: c.hoursLecture, hoursPractice: c.hoursPractice, hoursLab: c.hoursLab };
        demands.set(key, d);
      }
      if (!d.audience.has(audience)) d.audience.add(audience);
      d.demand += Math.ceil(cohort.students * share);
    }
  }
  const load = new Map<string, number>();
  const pickTeachers = (departmentCode: string, language: Lang, count: number, hours: number, exclude: ReadonlySet<string> = new Set()): string[] => {
    const pool = teachers.filter((t) => t.departmentCode === departmentCode && t.languages.includes(language));
    const out: string[] = [];
    for (let i = 0; i < count && pool.length > 0; i++) {
      const ranked = [...pool].sort((a, b) => {
        const ua = out.includes(a.id) || exclude.has(a.id) ? 1 : 0;
        const ub = out.includes(b.id) || exclude.has(b.id) ? 1 : 0;
        const la = load.get(a.id) ?? 0;
        const lb = load.get(b.id) ?? 0;
        const overA = la + hours > a.maxLoadHours ? 1 : 0;
        const overB = lb + hours > b.maxLoadHours ? 1 : 0;
        return ua - ub || overA - overB || la - lb || a.id.localeCompare(b.id);
      });
      out.push(ranked[0].id);
      load.set(ranked[0].id, (load.get(ranked[0].id) ?? 0) + hours);
    }
    return out;
  };
  const sections: Section[] = [];
  const ordered = [...demands.values()].sort((a, b) => a.disciplineCode.localeCompare(b.disciplineCode) || a.semester - b.semester || a.language.localeCompare(b.language));
  for (const d of ordered) {
    const discipline = disciplineByCode.get(d.disciplineCode);
    if (!discipline) continue;
    const audience = [...d.audience].sort();
    const wanted = Math.max(1, Math.ceil(d.demand / sizes.lectureMax), d.demand >= 2 * sizes.lectureMin ? 2 : 1);
    const lecturers = pickTeachers(discipline.departmentCode, d.language, wanted, d.hoursLecture);
    if (lecturers.length === 0) {
      issues.push({ code: 'noTeacher', subject: d.disciplineCode, params: { discipline: d.disciplineCode, department: discipline.departmentCode, language: d.language }, severity: 'error' });
      continue;
    }
    const distinct = [...new Set(lecturers)];
    const capacity = Math.max(sizes.lectureMax, Math.ceil(d.demand / distinct.length));
    distinct.forEach((teacherId, i) => {
      const id = sectionId(d.disciplineCode, d.semester, d.language, i + 1);
      const common = { disciplineCode: d.disciplineCode, semester: d.semester, language: d.language, audience, electiveBlock: d.electiveBlock, credits: d.credits, open: true };
      sections.push({ ...common, id, lessonType: 'lecture', teacherId, capacity, lectureSectionId: '' });
      const expected = Math.ceil(d.demand / distinct.length);
      if (d.hoursPractice > 0) {
        const groups = Math.max(1, Math.ceil(expected / sizes.practiceMax));
        const [helper] = pickTeachers(discipline.departmentCode, d.language, 1, d.hoursPractice * groups);
        sections.push({ ...common, id: sectionId(d.disciplineCode, d.semester, d.language, i + 1, 'practice'), lessonType: 'practice', teacherId: helper ?? teacherId, capacity, lectureSectionId: id });
      }
      if (d.hoursLab > 0) {
        const groups = Math.max(1, Math.ceil(expected / sizes.labMax));
        const [helper] = pickTeachers(discipline.departmentCode, d.language, 1, d.hoursLab * groups);
        sections.push({ ...common, id: sectionId(d.disciplineCode, d.semester, d.language, i + 1, 'lab'), lessonType: 'lab', teacherId: helper ?? teacherId, capacity, lectureSectionId: id });
      }
    });
  }
  return { sections, issues };
}

/** Problems in office-edited offerings: capacity 0 and lecture sections without a teacher are closed, with a warning. */
export function checkOfferings(sections: readonly Section[]): { usable: Section[]; issues: RegistrationIssue[] } {
  const issues: RegistrationIssue[] = [];
  const usable = sections.map((s) => {
    if (!s.open) return s;
    if (s.capacity <= 0) {
      issues.push({ code: 'sectionZeroCapacity', subject: s.id, params: { section: s.id, discipline: s.disciplineCode }, severity: 'warning' });
      return { ...s, open: false };
    }
    if (s.teacherId === '' && s.lessonType === 'lecture') {
      issues.push({ code: 'sectionNoTeacher', subject: s.id, params: { section: s.id, discipline: s.disciplineCode }, severity: 'warning' });
      return { ...s, open: false };
    }
    return s;
  });
  return { usable, issues };
}
