// One student's individual study plan (ИУП / ЖОЖ) as blocks, trilingual headings, per semester tables.

import type { DocBlock } from '../../ports';
import { heading, paragraph, signature, table } from '../blocks';

export interface StudyPlanDocLine {
  code: string;
  /** Name in kk / ru / en. */
  name: string;
  semester: number;
  credits: number;
  kind: string;
  teacher: string;
}

export interface StudyPlanDocInput {
  university: string;
  academicYear: string;
  student: string;
  studentId: string;
  programme: string;
  year: number;
  group: string;
  advisor: string;
  status: string;
  lines: readonly StudyPlanDocLine[];
  problems: readonly string[];
}

/** Labels in the three languages, joined: the ИУП is one document for every reader. */
export type TriLabel = (key: string, params?: Readonly<Record<string, string | number>>) => string;

export function studyPlanDocument(tri: TriLabel, input: StudyPlanDocInput): DocBlock[] {
  const blocks: DocBlock[] = [
    paragraph(input.university, { align: 'center', bold: true }),
    heading(tri('reg.doc.planTitle', { year: input.academicYear }), 1),
    paragraph(`${tri('reg.doc.student')}: ${input.student} (${input.studentId})`),
    paragraph(`${tri('reg.doc.programme')}: ${input.programme}; ${tri('reg.doc.year')}: ${input.year}; ${tri('reg.doc.group')}: ${input.group}`),
    paragraph(`${tri('reg.doc.advisor')}: ${input.advisor || '—'}; ${tri('reg.doc.status')}: ${input.status}`),
  ];
  const semesters = [...new Set(input.lines.map((l) => l.semester))].sort();
  for (const s of semesters) {
    const lines = input.lines.filter((l) => l.semester === s);
    blocks.push(heading(tri('reg.doc.semester', { semester: s }), 2));
    blocks.push(
      table(
        [tri('reg.doc.no'), tri('reg.doc.code'), tri('reg.doc.discipline'), tri('reg.doc.credits'), tri('reg.doc.kind'), tri('reg.doc.teacher')],
        [...lines.map((l, i) => [String(i + 1), l.code, l.name, String(l.credits), l.kind, l.teacher]), ['', '', tri('reg.doc.total'), String(lines.reduce((n, l) => n + l.credits, 0)), '', '']],
      ),
    );
  }
  if (input.problems.length > 0) {
    blocks.push(heading(tri('reg.doc.problems'), 2));
    blocks.push({ kind: 'bullets', items: [...input.problems] });
  }
  blocks.push(signature([`${tri('reg.doc.signStudent')} ________`, `${tri('reg.doc.signAdvisor')} ________ ${input.advisor}`, `${tri('reg.doc.signRegistrar')} ________`]));
  return blocks;
}
