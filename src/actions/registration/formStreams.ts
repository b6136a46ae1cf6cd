// formStreams (plan item 4): allocates students to sections by their ranked choices, capacities and the priority rule,
// closes electives and sections below their minimum until stable, then forms lecture streams, practice groups and lab
// subgroups. Writes Streams, Groups, Enrolments, the Allocation log and Unallocated — or, in what-if mode, nothing.

import type { Problem } from '../../domain/errors';
import { RegistrarError } from '../../domain/errors';
import { allocateSections } from '../../domain/registration/allocation';
import { planRulesFor, type PlanRules } from '../../domain/registration/audit';
import { audienceKey, checkOfferings } from '../../domain/registration/offerings';
import { buildNeeds } from '../../domain/registration/requests';
import { formStreamsAndGroups } from '../../domain/registration/streams';
import type { AllocationResult, AllocationStudent, PriorityRule, Section } from '../../domain/registration/types';
import { booleanSetting, numberSetting, textSetting } from '../../domain/settings';
import { studentsSheet } from '../../sheets';
import { academicDifferenceSheet, allocationLogSheet, enrolmentsSheet, streamsSheet, studyGroupsSheet, unallocatedSheet } from '../../sheets/registration';
import type { AllocationLogRow } from '../../sheets/registration/allocationLogSheet';
import type { EnrolmentRow } from '../../sheets/registration/enrolmentsSheet';
import type { StreamRow } from '../../sheets/registration/streamsSheet';
import type { StudyGroupRow } from '../../sheets/registration/studyGroupsSheet';
import type { UnallocatedRow } from '../../sheets/registration/unallocatedSheet';
import type { ActionContext } from '../types';
import { defineAction } from '../types';
import { creditLimits, issueProblem, personName, readOfferings, readRegistrationData, registrationPolicy, refuse, structural, writeProblems, writeSheet } from './common';
import { readEffectiveRequests } from './requestsReader';

export interface FormStreamsParams {
  /** Compute and report without writing. */
  whatIf?: boolean;
  /** What-if only: settings to try instead of the Settings sheet's, e.g. { 'size.electiveMin': 10 }. */
  settings?: Record<string, number | string | boolean>;
}

/** Everything formStreams computes, before any write. */
export interface StreamsPlan {
  allocation: AllocationResult;
  streams: StreamRow[];
  groups: StudyGroupRow[];
  enrolments: EnrolmentRow[];
  log: AllocationLogRow[];
  unallocated: UnallocatedRow[];
  problems: Problem[];
  counts: Record<string, number>;
}

export function computeStreams(ctx: ActionContext): StreamsPlan {
  const data = readRegistrationData(ctx);
  const offerings = readOfferings(ctx);
  if (!offerings.exists) throw new RegistrarError('registrationNeedsOfferings', { sheet: offerings.sheetName });
  const blocking = structural([...data.problems, ...offerings.problems]);
  if (blocking.length > 0) refuse(ctx, blocking);
  const checked = checkOfferings(offerings.sections);
  const problems: Problem[] = [...offerings.problems, ...checked.issues.map((i) => issueProblem(i, offerings.sheetName))];
  const sections = checked.usable;
  const separate = booleanSetting(ctx.settings, 'size.separateStreamsByLanguage');
  const lectureIndex = new Map<string, Section[]>();
  for (const s of sections) {
    if (s.lessonType !== 'lecture' || !s.open) continue;
    for (const a of s.audience) {
      const k = `${s.disciplineCode}|${a}|${separate ? s.language : '*'}`;
      const list = lectureIndex.get(k);
      if (list) list.push(s);
      else lectureIndex.set(k, [s]);
    }
  }
  const limits = creditLimits(ctx);
  const rulesCache = new Map<string, PlanRules | null>();
  const rulesOf = (p: string, y: number) => {
    const k = `${p}/${y}`;
    if (!rulesCache.has(k)) rulesCache.set(k, planRulesFor(data.university.curriculum, p, y, limits));
    return rulesCache.get(k) ?? null;
  };
  const requests = readEffectiveRequests(ctx);
  const studentsSheetName = ctx.tables.nameFor(studentsSheet);
  const allocationStudents: AllocationStudent[] = [];
  const studentById = new Map(data.students.map((s) => [s.id, s]));
  for (const s of data.students) {
    const rules = rulesOf(s.programmeCode, s.year);
    if (!rules) {
      problems.push({ sheet: studentsSheetName, row: 0, column: '', value: s.id, code: 'studentNoCurriculum', params: { student: s.id, programme: s.programmeCode, year: s.year, columnLabel: '' }, severity: 'warning' });
      continue;
    }
    const audience = audienceKey(s.programmeCode, s.year);
    const request = requests.requests.get(s.id) ?? null;
    allocationStudents.push({
      id: s.id,
      gpa: s.gpa,
      year: s.year,
      submittedAt: request?.submittedAt ?? '',
      needs: buildNeeds(rules, request, (code) => lectureIndex.get(`${code}|${audience}|${separate ? s.language : '*'}`) ?? []),
    });
  }
  const policy = registrationPolicy(ctx);
  const priority: PriorityRule = policy === 'live' ? 'timeOnly' : (textSetting(ctx.settings, 'registration.priority') as PriorityRule);
  const allocation = allocateSections(allocationStudents, sections.filter((s) => s.lessonType === 'lecture'), {
    priority,
    electiveMin: numberSetting(ctx.settings, 'size.electiveMin'),
    sectionMin: numberSetting(ctx.settings, 'size.lectureStreamMin'),
  });
  const hoursOf = new Map<string, { practice: boolean; lab: boolean }>();
  for (const c of data.university.curriculum) {
    const h = hoursOf.get(c.disciplineCode) ?? { practice: false, lab: false };
    hoursOf.set(c.disciplineCode, { practice: h.practice || c.hoursPractice > 0, lab: h.lab || c.hoursLab > 0 });
  }
  const formed = formStreamsAndGroups({
    enrolments: allocation.enrolments,
    sections,
    academicGroupOf: new Map(data.students.map((s) => [s.id, s.group])),
    hoursOf,
    sizes: {
      lectureMax: numberSetting(ctx.settings, 'size.lectureStreamMax'),
      lectureMin: numberSetting(ctx.settings, 'size.lectureStreamMin'),
      practiceMin: numberSetting(ctx.settings, 'size.practiceGroupMin'),
      practiceMax: numberSetting(ctx.settings, 'size.practiceGroupMax'),
      labMin: numberSetting(ctx.settings, 'size.labSubgroupMin'),
      labMax: numberSetting(ctx.settings, 'size.labSubgroupMax'),
    },
  });
  const teacherName = (id: string) => {
    const t = data.teachers.get(id);
    return t ? personName(t) : '';
  };
  const dName = (code: string) => data.disciplines.get(code)?.name[ctx.lang] ?? code;
  const streamOf = new Map<string, string>();
  for (const st of formed.streams) for (const id of st.studentIds) streamOf.set(`${id}|${st.sectionId}`, st.id);
  const practiceOf = new Map<string, string>();
  const labOf = new Map<string, string>();
  for (const g of formed.groups) for (const id of g.studentIds) (g.kind === 'practice' ? practiceOf : labOf).set(`${id}|${g.streamId}`, g.id);
  const streams: StreamRow[] = formed.streams.map((st) => ({
    streamId: st.id,
    sectionId: st.sectionId,
    disciplineCode: st.disciplineCode,
    disciplineName: dName(st.disciplineCode),
    semester: st.semester,
    language: st.language,
    teacherId: st.teacherId,
    teacherName: teacherName(st.teacherId),
    students: st.studentIds.length,
    academicGroups: st.academicGroups,
    note: st.belowMinimum ? ctx.t('reg.note.streamBelowMinimum', { min: numberSetting(ctx.settings, 'size.lectureStreamMin') }) : '',
  }));
  const streamDiscipline = new Map(formed.streams.map((s) => [s.id, s.disciplineCode]));
  const groups: StudyGroupRow[] = formed.groups.map((g) => ({
    groupId: g.id,
    streamId: g.streamId,
    kind: g.kind,
    parentGroupId: g.parentGroupId,
    disciplineCode: streamDiscipline.get(g.streamId) ?? '',
    teacherId: g.teacherId,
    teacherName: teacherName(g.teacherId),
    students: g.studentIds.length,
    note: g.belowMinimum ? ctx.t('reg.note.groupBelowMinimum', { min: numberSetting(ctx.settings, g.kind === 'lab' ? 'size.labSubgroupMin' : 'size.practiceGroupMin') }) : '',
  }));
  const rowOf = new Map<string, EnrolmentRow>();
  const enrolmentRow = (id: string): EnrolmentRow => {
    let row = rowOf.get(id);
    if (!row) {
      const s = studentById.get(id);
      row = { studentId: id, programmeCode: s?.programmeCode ?? '', year: s?.year ?? 1, compulsory: [], electives: [], difference: [] };
      rowOf.set(id, row);
    }
    return row;
  };
  for (const s of allocationStudents) enrolmentRow(s.id);
  for (const e of allocation.enrolments) {
    const streamId = streamOf.get(`${e.studentId}|${e.sectionId}`) ?? '';
    const group = labOf.get(`${e.studentId}|${streamId}`) ?? practiceOf.get(`${e.studentId}|${streamId}`) ?? streamId;
    const row = enrolmentRow(e.studentId);
    if (e.rank === 0) row.compulsory.push(`${e.sectionId}>${group}`);
    else row.electives.push(`${e.sectionId}>${group}${e.rank > 1 ? '*' : ''}`);
  }
  for (const { record } of ctx.tables.read(academicDifferenceSheet).rows) {
    if (!studentById.has(record.studentId)) continue;
    enrolmentRow(record.studentId).difference.push(`${record.disciplineCode}:${record.semester}:${record.credits}`);
  }
  const enrolments = [...rowOf.values()];
  // Closures one row each; moves grouped by closure round, origin and destination (the students listed).
  const log: AllocationLogRow[] = [];
  const grouped = new Map<string, AllocationLogRow>();
  for (const e of allocation.events) {
    const discipline = `${e.disciplineCode} ${dName(e.disciplineCode)}`;
    if (e.studentId === '') {
      log.push({ round: e.round, event: ctx.t(`reg.event.${e.kind}`), students: [], count: e.count, disciplineCode: e.disciplineCode, fromSection: e.sectionId, toSection: '', message: ctx.t(`reg.log.${e.kind}`, { discipline, section: e.sectionId, count: e.count, minimum: e.minimum }) });
      continue;
    }
    const key = `${e.round}|${e.kind}|${e.sectionId}|${e.toSectionId}`;
    let row = grouped.get(key);
    if (!row) {
      row = { round: e.round, event: ctx.t(`reg.event.${e.kind}`), students: [], count: 0, disciplineCode: e.disciplineCode, fromSection: e.sectionId, toSection: e.toSectionId, message: '' };
      grouped.set(key, row);
      log.push(row);
    }
    row.students.push(e.studentId);
    row.count++;
  }
  for (const row of grouped.values()) {
    const kind = row.toSection === '' ? 'studentUnallocated' : 'studentMoved';
    row.message = ctx.t(`reg.log.${kind}`, { discipline: `${row.disciplineCode} ${dName(row.disciplineCode)}`, section: row.fromSection, to: row.toSection, count: row.count });
  }
  const unallocated: UnallocatedRow[] = allocation.unallocated.map((u) => {
    const s = studentById.get(u.studentId);
    const reason = u.reason === 'noOptions' && !requests.requests.has(u.studentId) ? 'noRequest' : u.reason;
    return { studentId: u.studentId, studentName: s ? personName(s) : '', programmeCode: s?.programmeCode ?? '', year: s?.year ?? 1, need: u.needKey.slice(2), missing: u.missing, reason: ctx.t(`reg.unallocated.${reason}`) };
  });
  const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
  const counts = {
    students: allocationStudents.length,
    requests: requests.requests.size,
    enrolments: allocation.enrolments.length,
    streams: streams.length,
    practiceGroups: groups.filter((g) => g.kind === 'practice').length,
    labGroups: groups.filter((g) => g.kind === 'lab').length,
    sectionsClosed: allocation.closedSections.length,
    disciplinesClosed: allocation.closedDisciplines.length,
    unallocated: new Set(unallocated.map((u) => u.studentId)).size,
    firstChoicePct: pct(allocation.stats.firstChoice, allocation.stats.choices),
    anyChoicePct: pct(allocation.stats.anyChoice, allocation.stats.choices),
    rounds: allocation.rounds,
  };
  return { allocation, streams, groups, enrolments, log, unallocated, problems, counts };
}

export const formStreamsAction = defineAction<FormStreamsParams>({
  id: 'formStreams',
  area: 'A',
  planItems: [4],
  titleKey: 'action.formStreams',
  inMenu: true,
  mutates: true,
  run(ctx, params) {
    const trial = params.whatIf === true && params.settings ? { ...ctx, settings: { ...ctx.settings, ...params.settings } } : ctx;
    const plan = computeStreams(trial);
    if (params.whatIf === true) {
      return { ok: true, message: ctx.t('reg.streams.whatIf', plan.counts), counts: plan.counts, problems: plan.problems, data: { whatIf: true } };
    }
    writeSheet(ctx, streamsSheet, plan.streams);
    writeSheet(ctx, studyGroupsSheet, plan.groups);
    writeSheet(ctx, enrolmentsSheet, plan.enrolments);
    writeSheet(ctx, allocationLogSheet, plan.log);
    writeSheet(ctx, unallocatedSheet, plan.unallocated);
    writeProblems(ctx, plan.problems);
    ctx.ports.properties.set('reg.streams.summary', JSON.stringify(plan.counts));
    return { ok: true, message: ctx.t('reg.streams.done', plan.counts), counts: plan.counts, problems: plan.problems };
  },
});
