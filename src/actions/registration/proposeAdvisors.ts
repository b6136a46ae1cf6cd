// proposeAdvisors (plan item 1): an advisor for every academic group from the teachers of the programme's department,
// written to the Advisors sheet (the office's edits are kept on re-runs) and a "list of advisors for approval" Doc.

import { proposeAdvisors as propose, type AcademicGroupInfo } from '../../domain/registration/advisors';
import { numberSetting, textSetting, universityName } from '../../domain/settings';
import type { Lang } from '../../domain/types';
import { advisorsDocument } from '../../reports/registration/advisorsDocument';
import { advisorsSheet } from '../../sheets/registration';
import type { AdvisorRow } from '../../sheets/registration/advisorsSheet';
import { LANGUAGE_OPTIONS } from '../../sheets/options';
import { defineAction } from '../types';
import { issueProblem, personName, readRegistrationData, registrationFolder, refuse, structural, writeProblems, writeSheet } from './common';

export const proposeAdvisorsAction = defineAction({
  id: 'proposeAdvisors',
  area: 'A',
  planItems: [1],
  titleKey: 'action.proposeAdvisors',
  inMenu: true,
  mutates: true,
  run(ctx) {
    const data = readRegistrationData(ctx);
    const blocking = structural(data.problems);
    if (blocking.length > 0) refuse(ctx, blocking);
    const previous = ctx.tables.read(advisorsSheet);
    const groups = new Map<string, AcademicGroupInfo & { langCount: Map<Lang, number> }>();
    for (const s of data.students) {
      const p = data.programmes.get(s.programmeCode);
      let g = groups.get(s.group);
      if (!g) {
        g = { group: s.group, programmeCode: s.programmeCode, departmentCode: p?.departmentCode ?? '', year: s.year, language: s.language, students: 0, langCount: new Map() };
        groups.set(s.group, g);
      }
      g.students++;
      g.langCount.set(s.language, (g.langCount.get(s.language) ?? 0) + 1);
    }
    for (const g of groups.values()) g.language = [...g.langCount].sort((a, b) => b[1] - a[1])[0][0];
    const kept = new Map<string, string>();
    const previousStatus = new Map<string, AdvisorRow>();
    for (const { record } of previous.rows) {
      previousStatus.set(record.group, record);
      if (record.advisorId !== '') kept.set(record.group, record.advisorId);
    }
    const max = numberSetting(ctx.settings, 'registration.maxGroupsPerAdvisor');
    const teachers = [...data.teachers.values()];
    const result = propose([...groups.values()], teachers, max, kept);
    const rows: AdvisorRow[] = result.assignments.map((a) => {
      const g = groups.get(a.group) as AcademicGroupInfo;
      const teacher = data.teachers.get(a.teacherId);
      const before = previousStatus.get(a.group);
      return {
        group: a.group,
        programmeCode: g.programmeCode,
        year: g.year,
        language: g.language,
        students: g.students,
        advisorId: a.teacherId,
        advisorName: teacher ? personName(teacher) : '',
        advisorEmail: teacher?.email ?? '',
        departmentCode: g.departmentCode,
        status: a.basis === 'none' ? 'missing' : a.basis === 'kept' && before?.status === 'approved' ? 'approved' : 'proposed',
        note: a.basis === 'kept' ? ctx.t('reg.advisor.kept') : a.basis === 'none' ? ctx.t(`problem.${result.issues.find((i) => i.subject === a.group)?.code ?? 'advisorAllBusy'}`, { group: a.group, department: g.departmentCode, language: g.language, max }) : '',
      };
    });
    const sheetName = writeSheet(ctx, advisorsSheet, rows);
    const problems = result.issues.map((i) => issueProblem(i, sheetName));
    writeProblems(ctx, problems);
    const lines = rows.map((r) => ({ group: r.group, programme: r.programmeCode, year: r.year, language: LANGUAGE_OPTIONS[r.language][ctx.lang], students: r.students, advisor: r.advisorName, department: r.departmentCode }));
    const rendered = ctx.ports.docs.render(registrationFolder(ctx), ctx.t('reg.doc.advisorsFile', { year: textSetting(ctx.settings, 'academicYear') }), advisorsDocument(ctx.t, universityName(ctx.settings, ctx.lang), textSetting(ctx.settings, 'academicYear'), lines), { pdf: false, shareWith: [] });
    const counts = { groups: rows.length, proposed: rows.filter((r) => r.status === 'proposed').length, kept: kept.size, missing: rows.filter((r) => r.status === 'missing').length, advisors: new Set(rows.map((r) => r.advisorId).filter((x) => x !== '')).size };
    return { ok: true, message: ctx.t('reg.advisors.done', counts), counts, problems, links: [rendered.doc] };
  },
});
