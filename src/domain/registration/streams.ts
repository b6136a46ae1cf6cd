// Forms lecture streams, practice groups and lab subgroups from allocated sections, within the size settings,
// keeping students of one academic group together.

import type { Lang } from '../types';
import type { AcademicStream, Enrolment, Section, StudyGroup } from './types';

export interface StreamSizes {
  lectureMax: number;
  lectureMin: number;
  practiceMin: number;
  practiceMax: number;
  labMin: number;
  labMax: number;
}

export interface StreamInputs {
  enrolments: readonly Enrolment[];
  sections: readonly Section[];
  /** Student id → academic group (e.g. 'ИС-21-1'), to keep groups together. */
  academicGroupOf: ReadonlyMap<string, string>;
  /** Discipline code → which group kinds it needs (from curriculum hours). */
  hoursOf: ReadonlyMap<string, { practice: boolean; lab: boolean }>;
  sizes: StreamSizes;
}

/**
 * Splits `n` items into the fewest parts of at most `max`, as equal as possible.
 * @example splitSizes(31, 30) // → [16, 15]
 * @example splitSizes(0, 30) // → []
 */
export function splitSizes(n: number, max: number): number[] {
  if (n <= 0) return [];
  const parts = Math.ceil(n / Math.max(1, max));
  const base = Math.floor(n / parts);
  const extra = n % parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

function chunk<T>(items: readonly T[], sizes: readonly number[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(items.slice(at, at + size));
    at += size;
  }
  return out;
}

export function formStreamsAndGroups(input: StreamInputs): { streams: AcademicStream[]; groups: StudyGroup[] } {
  const bySection = new Map<string, string[]>();
  for (const e of input.enrolments) {
    const list = bySection.get(e.sectionId);
    if (list) list.push(e.studentId);
    else bySection.set(e.sectionId, [e.studentId]);
  }
  const helpers = new Map<string, { practice: string[]; lab: string[] }>();
  for (const s of input.sections) {
    if (s.lessonType === 'lecture' || s.lectureSectionId === '' || !s.open || s.teacherId === '') continue;
    const h = helpers.get(s.lectureSectionId) ?? { practice: [], lab: [] };
    h[s.lessonType === 'lab' ? 'lab' : 'practice'].push(s.teacherId);
    helpers.set(s.lectureSectionId, h);
  }
  const streams: AcademicStream[] = [];
  const groups: StudyGroup[] = [];
  const { sizes } = input;
  const lectures = input.sections.filter((s) => s.lessonType === 'lecture').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const section of lectures) {
    const students = bySection.get(section.id);
    if (!students || students.length === 0) continue;
    const groupOf = (id: string) => input.academicGroupOf.get(id) ?? '';
    const sorted = [...students].sort((a, b) => groupOf(a).localeCompare(groupOf(b)) || (a < b ? -1 : a > b ? 1 : 0));
    const kinds = input.hoursOf.get(section.disciplineCode) ?? { practice: true, lab: false };
    const helper = helpers.get(section.id) ?? { practice: [], lab: [] };
    let practiceTurn = 0;
    let labTurn = 0;
    chunk(sorted, splitSizes(sorted.length, sizes.lectureMax)).forEach((members, si) => {
      const streamId = `${section.id}-S${si + 1}`;
      streams.push({
        id: streamId,
        sectionId: section.id,
        disciplineCode: section.disciplineCode,
        semester: section.semester,
        language: section.language as Lang,
        teacherId: section.teacherId,
        studentIds: members,
        academicGroups: [...new Set(members.map(groupOf).filter((g) => g !== ''))],
        belowMinimum: members.length < sizes.lectureMin,
      });
      const parents: Array<{ id: string; members: string[] }> = [];
      if (kinds.practice) {
        chunk(members, splitSizes(members.length, sizes.practiceMax)).forEach((pm, pi) => {
          const id = `${streamId}-P${pi + 1}`;
          const teacherId = helper.practice.length > 0 ? helper.practice[practiceTurn++ % helper.practice.length] : section.teacherId;
          groups.push({ id, streamId, kind: 'practice', parentGroupId: '', teacherId, studentIds: pm, belowMinimum: pm.length < sizes.practiceMin });
          parents.push({ id, members: pm });
        });
      } else parents.push({ id: '', members });
      if (kinds.lab) {
        for (const parent of parents) {
          chunk(parent.members, splitSizes(parent.members.length, sizes.labMax)).forEach((lm, li) => {
            const id = `${parent.id || streamId}-L${li + 1}`;
            const teacherId = helper.lab.length > 0 ? helper.lab[labTurn++ % helper.lab.length] : section.teacherId;
            groups.push({ id, streamId, kind: 'lab', parentGroupId: parent.id, teacherId, studentIds: lm, belowMinimum: lm.length < sizes.labMin });
          });
        }
      }
    });
  }
  return { streams, groups };
}
