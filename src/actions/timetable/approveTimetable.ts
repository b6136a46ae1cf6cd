// Approves a semester's timetable (plan item 9): no conflicts allowed, status by ctx.user, sheet protected, a Doc/PDF per faculty.

import { RegistrarError } from '../../domain/errors';
import { numberSetting, textSetting, universityName } from '../../domain/settings';
import { approvalDeadline, semesterStart } from '../../domain/timetable/deadlines';
import { gridFor } from '../../domain/timetable/grid';
import { facultyTimetableBlocks, lessonsOfFaculty, wholeGroup } from '../../reports/timetable/grids';
import type { DriveFileRef } from '../../ports';
import { timetableSheet } from '../../sheets/timetable';
import { readUniversity } from '../university';
import { defineAction, type ActionResult } from '../types';
import type { ActionContext } from '../types';
import { checkTimetableNow } from './checkTimetable';
import { deadlineText } from './buildTimetable';
import { parseScope } from './inputs';
import { dayNames, findApproval, gridLessons, writeApproval } from './outputs';

export function approveTimetableNow(ctx: ActionContext, params: Record<string, unknown>): ActionResult {
  const scope = parseScope(params);
  const academicYear = textSetting(ctx.settings, 'academicYear');
  const current = findApproval(ctx, academicYear, scope);
  if (!current) throw new RegistrarError('timetable.notBuilt', { term: ctx.t(`timetable.term.${scope.term}`), studyForm: ctx.t(`timetable.studyForm.${scope.studyForm}`) });
  // The last build left lessons unplaced (or clashing): the sheet alone would look clean, so say so first.
  const lastBuildHard = Number(current.hardViolations ?? 0);
  if (lastBuildHard > 0 && params.force !== true) {
    return { ok: false, message: ctx.t('timetable.cannotApproveIncomplete', { count: lastBuildHard }), counts: { hardViolations: lastBuildHard } };
  }
  const check = checkTimetableNow(ctx, { term: scope.term, studyForm: scope.studyForm });
  const conflicts = check.counts.conflicts ?? 0;
  if (conflicts > 0) return { ok: false, message: ctx.t('timetable.cannotApprove', { count: conflicts }), counts: { conflicts }, problems: check.problems };
  const { university } = readUniversity(ctx);
  const rows = ctx.tables.read(timetableSheet).rows.map((r) => r.record).filter((r) => r.term === scope.term && r.studyForm === scope.studyForm);
  const grid = gridFor(university.timeGrid, scope.studyForm);
  const now = ctx.ports.clock.now();
  const today = now.toISOString().slice(0, 10);
  const start = semesterStart(university.calendar, scope.term, scope.studyForm, academicYear);
  const deadline = start ? approvalDeadline(start, today, numberSetting(ctx.settings, 'timetable.approveLeadMonths')) : null;
  const title = ctx.t('timetable.title', { term: ctx.t(`timetable.term.${scope.term}`), studyForm: ctx.t(`timetable.studyForm.${scope.studyForm}`), year: academicYear, faculty: '' });
  const docs: Array<{ name: string; blocks: ReturnType<typeof facultyTimetableBlocks> }> = [];
  const programmeFaculty = new Map(university.programmes.map((p) => [p.code, p.facultyCode]));
  const groupFaculty = new Map<string, string>();
  for (const s of university.students) {
    const f = programmeFaculty.get(s.programmeCode);
    if (f && s.group) groupFaculty.set(s.group, f);
  }
  const lessons = gridLessons(rows, ctx.lang);
  // A faculty gets a Doc when a lesson is filed under it or one of its groups attends a lesson filed elsewhere.
  const facultySet = new Set(rows.map((r) => r.faculty));
  for (const l of lessons) for (const g of l.groups) facultySet.add(groupFaculty.get(wholeGroup(g)) ?? l.faculty);
  const faculties = Array.from(facultySet).sort();
  const times: Record<number, string> = {};
  for (const p of grid.pairs) times[p.pair] = `${p.start}–${p.end}`;
  for (const code of faculties) {
    const faculty = university.faculties.find((f) => f.code === code);
    const name = `${ctx.t('timetable.docName')} ${academicYear} ${scope.term} ${scope.studyForm} ${code || '—'}`;
    docs.push({
      name,
      blocks: facultyTimetableBlocks(lessonsOfFaculty(lessons, code, (g) => groupFaculty.get(g)), {
        universityName: universityName(ctx.settings, ctx.lang),
        approve: [ctx.t('timetable.doc.approve'), ctx.t('timetable.doc.approvedBy', { user: ctx.user }), today],
        title: `${title} — ${faculty ? faculty.name[ctx.lang] : code}`,
        group: ctx.t('timetable.doc.group'),
        header: ['when', 'discipline', 'kind', 'teacher', 'room'].map((k) => ctx.t(`timetable.doc.${k}`)),
        dayNames: dayNames(ctx.lang),
        times,
      }),
    });
  }
  // Outputs computed; now the writes.
  writeApproval(ctx, { ...current, status: 'approved', approvedBy: ctx.user, approvedAt: now.toISOString(), meetings: rows.length, hardViolations: 0, softCost: Number(check.counts.softCost ?? 0), onTime: deadlineText(ctx, deadline) });
  ctx.ports.workbook.protectSheet(ctx.tables.nameFor(timetableSheet), [ctx.user].filter(Boolean), 'timetable-approved');
  const links: DriveFileRef[] = [];
  if (docs.length > 0) {
    const folder = ctx.ports.drive.folder([ctx.t('timetable.folder'), academicYear]);
    for (const d of docs) {
      const made = ctx.ports.docs.render(folder, d.name, d.blocks, { pdf: true, shareWith: [] });
      links.push(made.doc);
      if (made.pdf) links.push(made.pdf);
    }
  }
  return {
    ok: true,
    message: `${ctx.t('timetable.approved', { user: ctx.user, lessons: rows.length, docs: docs.length })} ${deadlineText(ctx, deadline)}`,
    counts: { lessons: rows.length, documents: docs.length, onTime: deadline?.onTime ? 1 : 0 },
    links,
    data: { deadline: deadline ? { ...deadline } : null },
  };
}

export const approveTimetable = defineAction<Record<string, unknown>>({
  id: 'approveTimetable',
  area: 'B',
  planItems: [9],
  titleKey: 'action.approveTimetable',
  inMenu: false,
  mutates: true,
  run: (ctx, params) => approveTimetableNow(ctx, params),
});
