// reportRegistration (plan item 6): the registration report for the leadership and the Academic Council, built as
// data (reports/registration) and rendered through the DocRenderer port, filed by year and semester, shared view-only.

import { textSetting, universityName } from '../../domain/settings';
import { isoDate } from '../../domain/values';
import { buildRegistrationReport, type CohortFigures } from '../../reports/registration/registrationReport';
import { allocationLogSheet, streamsSheet, studyGroupsSheet, studyPlansSheet, unallocatedSheet } from '../../sheets/registration';
import { defineAction } from '../types';
import { personName, readJson, readRegistrationData, registrationFolder, shareList } from './common';
import { PLAN_SUMMARY_KEY } from './registerStudyPlans';
import { readEffectiveRequests } from './requestsReader';

export interface ReportParams {
  /** 1 or 2: the semester the report is filed under (default: by the month, January–June → 2). */
  semester?: number;
}

export const reportRegistrationAction = defineAction<ReportParams>({
  id: 'reportRegistration',
  area: 'A',
  planItems: [6],
  titleKey: 'action.reportRegistration',
  inMenu: true,
  mutates: true,
  run(ctx, params) {
    const data = readRegistrationData(ctx);
    const requests = readEffectiveRequests(ctx);
    const plans = ctx.tables.read(studyPlansSheet);
    const streams = ctx.tables.read(streamsSheet);
    const groups = ctx.tables.read(studyGroupsSheet);
    const log = ctx.tables.read(allocationLogSheet);
    const unallocated = ctx.tables.read(unallocatedSheet);
    const registeredIds = new Set(plans.rows.filter((r) => r.record.status === 'registered').map((r) => r.record.studentId));
    const facultyName = new Map(data.university.faculties.map((f) => [f.code, f.name[ctx.lang]]));
    const cohorts = new Map<string, CohortFigures>();
    for (const s of data.students) {
      const p = data.programmes.get(s.programmeCode);
      const key = `${s.programmeCode}|${s.year}`;
      const c = cohorts.get(key) ?? { faculty: facultyName.get(p?.facultyCode ?? '') ?? p?.facultyCode ?? '', programme: `${s.programmeCode} ${p ? p.name[ctx.lang] : ''}`.trim(), year: s.year, expected: 0, submitted: 0, registered: 0 };
      c.expected++;
      if (requests.requests.has(s.id)) c.submitted++;
      if (registeredIds.has(s.id)) c.registered++;
      cohorts.set(key, c);
    }
    const notRegistered = data.students.filter((s) => !requests.requests.has(s.id)).map((s) => `${personName(s)} (${s.id}, ${s.group})`);
    const teacherLoads = new Map<string, { teacher: string; streams: number; groups: number; students: number }>();
    const load = (id: string) => {
      const t = data.teachers.get(id);
      const l = teacherLoads.get(id) ?? { teacher: t ? personName(t) : id, streams: 0, groups: 0, students: 0 };
      teacherLoads.set(id, l);
      return l;
    };
    for (const { record } of streams.rows) {
      const l = load(record.teacherId);
      l.streams++;
      l.students += record.students;
    }
    for (const { record } of groups.rows) load(record.teacherId).groups++;
    const summary = readJson<{ status: Record<string, number>; problems: Record<string, number> }>(ctx.ports.properties, PLAN_SUMMARY_KEY);
    const planStatus: Record<string, number> = { draft: 0, problems: 0, approved: 0, registered: 0 };
    for (const { record } of plans.rows) planStatus[record.status] = (planStatus[record.status] ?? 0) + 1;
    const lastCounts = readJson<Record<string, number>>(ctx.ports.properties, 'reg.streams.summary') ?? {};
    const now = ctx.ports.clock.now();
    const semester = params.semester === 1 || params.semester === 2 ? params.semester : now.getUTCMonth() < 6 ? 2 : 1;
    const year = textSetting(ctx.settings, 'academicYear');
    const blocks = buildRegistrationReport(ctx.t, {
      university: universityName(ctx.settings, ctx.lang),
      academicYear: year,
      date: isoDate(now, 300),
      cohorts: [...cohorts.values()],
      notRegistered,
      closures: log.rows.filter((r) => r.record.students.length === 0).map((r) => r.record.message),
      streamSizes: streams.rows.map((r) => r.record.students),
      groupSizes: groups.rows.map((r) => r.record.students),
      teacherLoads: [...teacherLoads.values()].filter((l) => l.teacher !== ''),
      waitlists: [...requests.waitlisted].map(([discipline, students]) => ({ discipline, students })).sort((a, b) => b.students - a.students),
      planStatus,
      planProblems: Object.entries(summary?.problems ?? {}).map(([code, plansCount]) => ({ problem: ctx.t(`reg.planProblem.${code}`), plans: plansCount })),
      unallocated: new Set(unallocated.rows.map((r) => r.record.studentId)).size,
      firstChoicePct: lastCounts.firstChoicePct ?? 0,
      anyChoicePct: lastCounts.anyChoicePct ?? 0,
    });
    const folder = registrationFolder(ctx, ctx.t('reg.folder.reports'), ctx.t('reg.folder.semester', { semester }));
    const shareWith = shareList(ctx);
    const rendered = ctx.ports.docs.render(folder, ctx.t('reg.report.file', { year, semester }), blocks, { pdf: true, shareWith });
    const counts = { expected: data.students.length, submitted: requests.requests.size, registered: registeredIds.size, notRegistered: notRegistered.length, closures: log.rows.filter((r) => r.record.students.length === 0).length, streams: streams.rows.length, groups: groups.rows.length, sharedWith: shareWith.length, charts: blocks.filter((b) => b.kind === 'chart').length };
    return { ok: true, message: ctx.t('reg.report.done', counts), counts, links: rendered.pdf ? [rendered.doc, rendered.pdf] : [rendered.doc] };
  },
});
