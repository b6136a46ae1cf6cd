// registerStudyPlans (plan item 5): each student's ИУП for the year (compulsory + allocated electives + academic
// difference), audited, with a status (draft / problems / approved by the advisor / registered); ИУП documents
// (Doc + PDF, trilingual) for the rows marked "requested", in batches within the daily document quota, resuming
// from the Document column (the result carries a continueToken while any remain).

import type { Problem } from '../../domain/errors';
import { RegistrarError } from '../../domain/errors';
import { auditStudyPlan, planRulesFor, planStatus, type PlanRules } from '../../domain/registration/audit';
import type { PlanLine } from '../../domain/registration/types';
import { isoDate } from '../../domain/values';
import { textSetting, universityName } from '../../domain/settings';
import { LANGS } from '../../domain/types';
import { t } from '../../i18n';
import type { DriveFileRef } from '../../ports';
import { studyPlanDocument } from '../../reports/registration/studyPlanDocument';
import { advisorsSheet, enrolmentsSheet, parseEnrolment, studyPlansSheet } from '../../sheets/registration';
import type { StudyPlanRow } from '../../sheets/registration/studyPlansSheet';
import { PLAN_STATUS_OPTIONS, ENROLMENT_SOURCE_OPTIONS } from '../../sheets/registration/registrationOptions';
import { defineAction } from '../types';
import { creditLimits, personName, readOfferings, readRegistrationData, registrationFolder, refuse, structural, writeSheet } from './common';

export interface RegisterPlansParams {
  /** 'all' marks every plan without a document as requested; 'none' makes no documents this run. */
  documents?: 'requested' | 'all' | 'none';
  /** Most documents this run (default 25). */
  batch?: number;
  continueToken?: string;
}

/** Counts of plan statuses and problem codes, for the registration report. */
export const PLAN_SUMMARY_KEY = 'reg.plans.summary';

/** Time-box for one execution (Apps Script stops at 6 minutes). */
const TIME_BOX_MS = 270_000;
const DAILY_DOCS: Record<string, number> = { consumer: 250, workspace: 1500 };

export const registerStudyPlansAction = defineAction<RegisterPlansParams>({
  id: 'registerStudyPlans',
  area: 'A',
  planItems: [5],
  titleKey: 'action.registerStudyPlans',
  inMenu: true,
  mutates: true,
  run(ctx, params) {
    const data = readRegistrationData(ctx);
    const enrolmentTable = ctx.tables.read(enrolmentsSheet);
    if (!enrolmentTable.exists) throw new RegistrarError('registrationNeedsStreams', { sheet: enrolmentTable.sheetName || enrolmentsSheet.name[ctx.lang] });
    const blocking = structural([...data.problems, ...enrolmentTable.problems]);
    if (blocking.length > 0) refuse(ctx, blocking);
    const limits = creditLimits(ctx);
    const rulesCache = new Map<string, PlanRules | null>();
    const rulesOf = (p: string, y: number) => {
      const k = `${p}/${y}`;
      if (!rulesCache.has(k)) rulesCache.set(k, planRulesFor(data.university.curriculum, p, y, limits));
      return rulesCache.get(k) ?? null;
    };
    const offerings = readOfferings(ctx).sections;
    const sectionById = new Map(offerings.map((o) => [o.id, o]));
    const linesOf = new Map<string, PlanLine[]>();
    for (const { record } of enrolmentTable.rows) {
      const lines: PlanLine[] = [];
      for (const [list, source] of [[record.compulsory, 'compulsory'], [record.electives, 'elective']] as const) {
        for (const entry of list) {
          const { sectionId } = parseEnrolment(entry);
          const sec = sectionById.get(sectionId);
          if (sec) lines.push({ disciplineCode: sec.disciplineCode, semester: sec.semester, credits: sec.credits, source, electiveBlock: sec.electiveBlock, sectionId });
        }
      }
      for (const entry of record.difference) {
        const [code, semester, credits] = entry.split(':');
        lines.push({ disciplineCode: code, semester: Number(semester) || 1, credits: Number(credits) || 0, source: 'difference', electiveBlock: '', sectionId: '' });
      }
      linesOf.set(record.studentId, lines);
    }
    const previous = new Map(ctx.tables.read(studyPlansSheet).rows.map((r) => [r.record.studentId, r.record]));
    const advisorOf = new Map(ctx.tables.read(advisorsSheet).rows.map((r) => [r.record.group, r.record.advisorName]));
    const rows: StudyPlanRow[] = [];
    const problemsByStudent = new Map<string, string[]>();
    const statusCounts: Record<string, number> = { draft: 0, problems: 0, approved: 0, registered: 0 };
    const problemCounts: Record<string, number> = {};
    for (const s of data.students) {
      const rules = rulesOf(s.programmeCode, s.year);
      const lines = linesOf.get(s.id) ?? [];
      const found = auditStudyPlan(lines, rules);
      for (const p of found) problemCounts[p.code] = (problemCounts[p.code] ?? 0) + 1;
      const texts = found.map((p) => ctx.t(`reg.plan.${p.code}`, { discipline: p.disciplineCode, semester: p.semester, value: p.value, limit: p.limit }));
      problemsByStudent.set(s.id, texts);
      const before = previous.get(s.id);
      const status = planStatus(found, before?.status ?? '');
      statusCounts[status]++;
      const credits = (sem: number) => lines.filter((l) => l.semester === sem).reduce((n, l) => n + l.credits, 0);
      let document = before?.document ?? '';
      if (params.documents === 'all' && document !== 'done') document = 'requested';
      rows.push({
        studentId: s.id,
        studentName: personName(s),
        programmeCode: s.programmeCode,
        year: s.year,
        group: s.group,
        advisorName: advisorOf.get(s.group) ?? '',
        credits1: credits(1),
        credits2: credits(2),
        disciplines: lines.map((l) => l.disciplineCode).sort(),
        problems: texts.join('; '),
        status,
        document,
        documentUrl: before?.documentUrl ?? '',
      });
    }
    // Documents: a batch within the daily quota and the time box; the Document column says where to resume.
    const links: DriveFileRef[] = [];
    let made = 0;
    const queue = params.documents === 'none' ? [] : rows.filter((r) => r.document === 'requested');
    if (queue.length > 0) {
      const today = isoDate(ctx.ports.clock.now(), 300);
      const quotaKey = `reg.docs.${today}`;
      const usedToday = Number(ctx.ports.properties.get(quotaKey) ?? '0') || 0;
      const daily = DAILY_DOCS[textSetting(ctx.settings, 'google.accountType')] ?? 250;
      const budget = Math.max(0, Math.min(Math.round(params.batch ?? 25), daily - usedToday));
      const teacherOfSection = new Map(offerings.map((o) => [o.id, o.teacherId]));
      const tri = (key: string, p?: Readonly<Record<string, string | number>>) => LANGS.map((l) => t(l, key, p)).join(' / ');
      const university = universityName(ctx.settings, ctx.lang);
      const year = textSetting(ctx.settings, 'academicYear');
      const studentById = new Map(data.students.map((s) => [s.id, s]));
      for (const row of queue) {
        if (made >= budget || ctx.ports.clock.elapsedMs() > TIME_BOX_MS) break;
        const s = studentById.get(row.studentId);
        if (!s) continue;
        const lines = (linesOf.get(s.id) ?? []).map((l) => {
          const d = data.disciplines.get(l.disciplineCode);
          const teacher = data.teachers.get(teacherOfSection.get(l.sectionId) ?? '');
          const source = l.source === 'compulsory' ? 'compulsory' : l.source === 'difference' ? 'difference' : 'choice';
          return { code: l.disciplineCode, name: d ? `${d.name.kk} / ${d.name.ru} / ${d.name.en}` : l.disciplineCode, semester: l.semester, credits: l.credits, kind: `${ENROLMENT_SOURCE_OPTIONS[source].kk} / ${ENROLMENT_SOURCE_OPTIONS[source].ru} / ${ENROLMENT_SOURCE_OPTIONS[source].en}`, teacher: teacher ? personName(teacher) : '' };
        });
        const programme = data.programmes.get(s.programmeCode);
        const blocks = studyPlanDocument(tri, {
          university,
          academicYear: year,
          student: personName(s),
          studentId: s.id,
          programme: `${s.programmeCode} ${programme ? programme.name[ctx.lang] : ''}`,
          year: s.year,
          group: s.group,
          advisor: row.advisorName,
          status: `${PLAN_STATUS_OPTIONS[row.status].kk} / ${PLAN_STATUS_OPTIONS[row.status].ru} / ${PLAN_STATUS_OPTIONS[row.status].en}`,
          lines,
          problems: problemsByStudent.get(s.id) ?? [],
        });
        const rendered = ctx.ports.docs.render(registrationFolder(ctx, ctx.t('reg.folder.plans'), s.programmeCode), `${ctx.t('reg.doc.planFile')} ${s.id} ${personName(s)}`, blocks, { pdf: true, shareWith: [] });
        row.document = 'done';
        row.documentUrl = rendered.pdf ? `${rendered.doc.url} ${rendered.pdf.url}` : rendered.doc.url;
        links.push(rendered.doc);
        made++;
      }
      if (made > 0) ctx.ports.properties.set(quotaKey, String(usedToday + made));
    }
    writeSheet(ctx, studyPlansSheet, rows);
    ctx.ports.properties.set(PLAN_SUMMARY_KEY, JSON.stringify({ status: statusCounts, problems: problemCounts }));
    const remaining = rows.filter((r) => r.document === 'requested').length;
    const problems: Problem[] = [];
    const counts = { students: rows.length, ...statusCounts, documents: made, documentsRemaining: remaining, ...Object.fromEntries(Object.entries(problemCounts).map(([k, v]) => [`problem_${k}`, v])) };
    return {
      ok: true,
      message: ctx.t(remaining > 0 ? 'reg.plans.doneContinue' : 'reg.plans.done', { students: rows.length, registered: statusCounts.registered, problems: statusCounts.problems, documents: made, remaining }),
      counts,
      problems,
      links,
      continueToken: remaining > 0 ? `registerStudyPlans:${remaining}` : undefined,
    };
  },
});
