// Graded sections of a semester: read from enrolments (student × section) when they exist, else derived from the
// curriculum (one per discipline × group for practice disciplines, × stream for lecture-only ones); checked for
// unknown teachers, two teachers on a section and a student in two sections of one discipline.

import type { CurriculumEntry, Discipline, Lang, Programme, Student, Teacher } from '../types';

export type Term = 'autumn' | 'spring' | 'summer';
export const TERMS: readonly Term[] = ['autumn', 'spring', 'summer'];

export interface SemesterRef {
  academicYear: string;
  term: Term;
}

/** A section that gets one grade statement: its students, its one teacher, the discipline's credits. */
export interface GradedSection {
  id: string;
  disciplineCode: string;
  credits: number;
  unit: 'group' | 'stream';
  /** The group name, or the stream label (programme-year-language). */
  unitLabel: string;
  teacherId: string;
  teacherEmail: string;
  language: Lang;
  facultyCode: string;
  studentIds: string[];
}

/** A problem found in the section input; rowNumber is the sheet row of the enrolment (0 when derived). */
export interface SectionProblem {
  rowNumber: number;
  column: string;
  value: string;
  code: 'teacherUnknown' | 'sectionTwoTeachers' | 'studentTwoSections' | 'studentUnknown' | 'disciplineUnknown' | 'noSectionTeacher';
  params: Record<string, string | number>;
}

const ACTIVE = new Set(['active', 'reinstated', 'transferredIn']);

/** The curriculum semester (1 or 2) a term teaches; null for the summer term. */
export function curriculumSemester(term: Term): 1 | 2 | null {
  return term === 'autumn' ? 1 : term === 'spring' ? 2 : null;
}

/** The short code of a semester used in statement numbers and section ids. @example semesterCode({ academicYear: '2026-2027', term: 'spring' }) // → '2026S' */
export function semesterCode(s: SemesterRef): string {
  return `${s.academicYear.slice(0, 4)}${s.term === 'autumn' ? 'A' : s.term === 'spring' ? 'S' : 'L'}`;
}

export interface DeriveInput {
  students: readonly Student[];
  teachers: readonly Teacher[];
  disciplines: readonly Discipline[];
  curriculum: readonly CurriculumEntry[];
  programmes: readonly Programme[];
}

/**
 * Derives the semester's graded sections from the curriculum, as the registration issue's enrolments would give
 * them: every active student takes the compulsory lines of their programme, year and semester, and the first
 * `choose` disciplines (by code) of each elective block. The teacher is picked round-robin from the discipline's
 * department, preferring one who teaches in the section's language. Deterministic; inputs are not changed.
 */
export function deriveSections(input: DeriveInput, semester: SemesterRef): { sections: GradedSection[]; problems: SectionProblem[] } {
  const sem = curriculumSemester(semester.term);
  if (sem === null) return { sections: [], problems: [] };
  const code = semesterCode(semester);
  const disciplines = new Map(input.disciplines.map((d) => [d.code, d]));
  const programmes = new Map(input.programmes.map((p) => [p.code, p]));
  const linesByPlan = new Map<string, CurriculumEntry[]>();
  for (const line of input.curriculum) {
    if (line.semester !== sem) continue;
    const key = `${line.programmeCode}|${line.year}`;
    const list = linesByPlan.get(key) ?? [];
    list.push(line);
    linesByPlan.set(key, list);
  }
  const planCache = new Map<string, CurriculumEntry[]>();
  const plannedLines = (programmeCode: string, year: number): CurriculumEntry[] => {
    const key = `${programmeCode}|${year}`;
    let chosen = planCache.get(key);
    if (!chosen) {
      const lines = linesByPlan.get(key) ?? [];
      chosen = lines.filter((l) => l.electiveBlock === '');
      const blocks = new Map<string, CurriculumEntry[]>();
      for (const l of lines) if (l.electiveBlock !== '') blocks.set(l.electiveBlock, [...(blocks.get(l.electiveBlock) ?? []), l]);
      for (const block of [...blocks.values()]) {
        const sorted = [...block].sort((a, b) => a.disciplineCode.localeCompare(b.disciplineCode));
        chosen.push(...sorted.slice(0, Math.max(1, block[0].choose)));
      }
      planCache.set(key, chosen);
    }
    return chosen;
  };
  const byId = new Map<string, GradedSection>();
  for (const st of input.students) {
    if (!ACTIVE.has(st.status)) continue;
    const programme = programmes.get(st.programmeCode);
    for (const line of plannedLines(st.programmeCode, st.year)) {
      const practice = line.hoursPractice + line.hoursLab > 0;
      const unitLabel = practice ? st.group : `${st.programmeCode}-${st.year}-${st.language}`;
      const id = `${line.disciplineCode}/${unitLabel}/${code}`;
      let section = byId.get(id);
      if (!section) {
        section = {
          id,
          disciplineCode: line.disciplineCode,
          credits: line.credits || disciplines.get(line.disciplineCode)?.credits || 0,
          unit: practice ? 'group' : 'stream',
          unitLabel,
          teacherId: '',
          teacherEmail: '',
          language: st.language,
          facultyCode: programme?.facultyCode ?? '',
          studentIds: [],
        };
        byId.set(id, section);
      }
      section.studentIds.push(st.id);
    }
  }
  const sections = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  const problems: SectionProblem[] = [];
  const teachersByDept = new Map<string, Teacher[]>();
  for (const t of [...input.teachers].sort((a, b) => a.id.localeCompare(b.id))) {
    teachersByDept.set(t.departmentCode, [...(teachersByDept.get(t.departmentCode) ?? []), t]);
  }
  const turn = new Map<string, number>();
  for (const s of sections) {
    s.studentIds.sort();
    const dept = disciplines.get(s.disciplineCode)?.departmentCode ?? '';
    const staff = teachersByDept.get(dept) ?? [];
    const speakers = staff.filter((t) => t.languages.includes(s.language));
    const pool = speakers.length > 0 ? speakers : staff;
    if (pool.length === 0) {
      problems.push({ rowNumber: 0, column: 'teacher', value: s.id, code: 'noSectionTeacher', params: { section: s.id, department: dept } });
      continue;
    }
    const key = `${dept}|${pool === speakers ? s.language : '*'}`;
    const i = turn.get(key) ?? 0;
    turn.set(key, i + 1);
    const teacher = pool[i % pool.length];
    s.teacherId = teacher.id;
    s.teacherEmail = teacher.email;
  }
  return { sections, problems };
}

/** One enrolment line as the registration issue's Enrolments sheet gives it. */
export interface EnrolmentInput {
  rowNumber: number;
  studentId: string;
  sectionId: string;
  disciplineCode: string;
  /** Teacher email or id. */
  teacher: string;
  /** Group or stream label of the section. */
  unitLabel: string;
}

/**
 * Builds sections from enrolment lines, reporting every line that would make a statement ambiguous:
 * an unknown teacher, a second teacher on a section, a student in two sections of one discipline.
 * Offending lines are left out; nothing is guessed.
 */
export function sectionsFromEnrolments(
  rows: readonly EnrolmentInput[],
  input: Pick<DeriveInput, 'students' | 'teachers' | 'disciplines' | 'programmes'>,
): { sections: GradedSection[]; problems: SectionProblem[] } {
  const teachers = new Map<string, Teacher>();
  for (const t of input.teachers) {
    teachers.set(t.email.toLowerCase(), t);
    teachers.set(t.id.toLowerCase(), t);
  }
  const students = new Map(input.students.map((s) => [s.id, s]));
  const disciplines = new Map(input.disciplines.map((d) => [d.code, d]));
  const programmes = new Map(input.programmes.map((p) => [p.code, p]));
  const problems: SectionProblem[] = [];
  const byId = new Map<string, GradedSection>();
  const sectionOf = new Map<string, { sectionId: string; row: number }>();
  for (const row of rows) {
    const teacher = teachers.get(row.teacher.trim().toLowerCase());
    if (!teacher) {
      problems.push({ rowNumber: row.rowNumber, column: 'teacher', value: row.teacher, code: 'teacherUnknown', params: { section: row.sectionId } });
      continue;
    }
    const student = students.get(row.studentId);
    if (!student) {
      problems.push({ rowNumber: row.rowNumber, column: 'studentId', value: row.studentId, code: 'studentUnknown', params: {} });
      continue;
    }
    const discipline = disciplines.get(row.disciplineCode);
    if (!discipline) {
      problems.push({ rowNumber: row.rowNumber, column: 'disciplineCode', value: row.disciplineCode, code: 'disciplineUnknown', params: {} });
      continue;
    }
    const key = `${row.studentId}|${row.disciplineCode}`;
    const earlier = sectionOf.get(key);
    if (earlier && earlier.sectionId !== row.sectionId) {
      problems.push({ rowNumber: row.rowNumber, column: 'sectionId', value: row.sectionId, code: 'studentTwoSections', params: { student: row.studentId, discipline: row.disciplineCode, other: earlier.sectionId, firstRow: earlier.row } });
      continue;
    }
    if (earlier) continue;
    let section = byId.get(row.sectionId);
    if (section && section.teacherId !== teacher.id) {
      problems.push({ rowNumber: row.rowNumber, column: 'teacher', value: row.teacher, code: 'sectionTwoTeachers', params: { section: row.sectionId, other: section.teacherEmail } });
      continue;
    }
    sectionOf.set(key, { sectionId: row.sectionId, row: row.rowNumber });
    if (!section) {
      section = {
        id: row.sectionId,
        disciplineCode: row.disciplineCode,
        credits: discipline.credits,
        unit: 'group',
        unitLabel: row.unitLabel || student.group,
        teacherId: teacher.id,
        teacherEmail: teacher.email.toLowerCase(),
        language: student.language,
        facultyCode: programmes.get(student.programmeCode)?.facultyCode ?? '',
        studentIds: [],
      };
      byId.set(row.sectionId, section);
    }
    section.studentIds.push(row.studentId);
  }
  const sections = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  for (const s of sections) s.studentIds.sort();
  return { sections, problems };
}

/**
 * Statement numbers: existing numbers are kept (re-running gives the same numbers); new sections continue the
 * semester's sequence in section-id order.
 * @example assignStatementNumbers(['B', 'A'], new Map(), '2026A') // → Map { 'A' → '2026A-00001', 'B' → '2026A-00002' }
 */
export function assignStatementNumbers(sectionIds: readonly string[], existing: ReadonlyMap<string, string>, code: string): Map<string, string> {
  const out = new Map<string, string>();
  let max = 0;
  for (const no of existing.values()) {
    const m = new RegExp(`^${code}-(\\d+)$`).exec(no);
    if (m) max = Math.max(max, Number(m[1]));
  }
  for (const id of [...sectionIds].sort()) {
    const known = existing.get(id);
    if (known) out.set(id, known);
    else out.set(id, `${code}-${String(++max).padStart(5, '0')}`);
  }
  return out;
}
