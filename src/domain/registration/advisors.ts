// Proposes an advisor (эдвайзер) for every academic group: a teacher of the programme's department who teaches
// in the group's language, balancing load, at most `maxGroupsPerAdvisor` groups each; office edits are kept.

import type { Lang } from '../types';
import type { RegistrationIssue } from './issues';

export interface AcademicGroupInfo {
  group: string;
  programmeCode: string;
  departmentCode: string;
  year: number;
  language: Lang;
  students: number;
}

export interface AdvisorCandidate {
  id: string;
  departmentCode: string;
  languages: readonly Lang[];
  position: string;
}

export interface AdvisorAssignment {
  group: string;
  teacherId: string;
  /** 'kept' (office's choice kept), 'proposed', or 'none'. */
  basis: 'kept' | 'proposed' | 'none';
}

const SENIORITY: Record<string, number> = { associateProfessor: 0, seniorLecturer: 1, professor: 2, lecturer: 3, assistant: 4 };

/**
 * @example
 * // two kk groups of department D, one kk teacher T, max 3 → both groups get T
 */
export function proposeAdvisors(
  groups: readonly AcademicGroupInfo[],
  teachers: readonly AdvisorCandidate[],
  maxGroupsPerAdvisor: number,
  kept: ReadonlyMap<string, string> = new Map(),
): { assignments: AdvisorAssignment[]; load: Map<string, number>; issues: RegistrationIssue[] } {
  const byId = new Map(teachers.map((t) => [t.id, t]));
  const load = new Map<string, number>();
  const assignments = new Map<string, AdvisorAssignment>();
  const issues: RegistrationIssue[] = [];
  const ordered = [...groups].sort((a, b) => a.departmentCode.localeCompare(b.departmentCode) || a.year - b.year || a.group.localeCompare(b.group));
  for (const g of ordered) {
    const keep = kept.get(g.group);
    if (keep && byId.has(keep)) {
      assignments.set(g.group, { group: g.group, teacherId: keep, basis: 'kept' });
      load.set(keep, (load.get(keep) ?? 0) + 1);
    }
  }
  for (const g of ordered) {
    if (assignments.has(g.group)) continue;
    const sameDepartment = teachers.filter((t) => t.departmentCode === g.departmentCode);
    const speaking = sameDepartment.filter((t) => t.languages.includes(g.language));
    const free = speaking
      .filter((t) => (load.get(t.id) ?? 0) < maxGroupsPerAdvisor)
      .sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || (SENIORITY[a.position] ?? 9) - (SENIORITY[b.position] ?? 9) || a.id.localeCompare(b.id));
    const pick = free[0];
    if (!pick) {
      const code = sameDepartment.length === 0 ? 'advisorNoTeachers' : speaking.length === 0 ? 'advisorNoLanguage' : 'advisorAllBusy';
      issues.push({ code, subject: g.group, params: { group: g.group, department: g.departmentCode, language: g.language, max: maxGroupsPerAdvisor }, severity: 'warning' });
      assignments.set(g.group, { group: g.group, teacherId: '', basis: 'none' });
      continue;
    }
    load.set(pick.id, (load.get(pick.id) ?? 0) + 1);
    assignments.set(g.group, { group: g.group, teacherId: pick.id, basis: 'proposed' });
  }
  return { assignments: ordered.map((g) => assignments.get(g.group) as AdvisorAssignment), load, issues };
}
