// monitorMidterms (plan item 16): after РК1 or РК2 — per faculty, programme, group and discipline the share below the
// threshold, the students at risk, the teachers without grades; a report Doc; a digest to each advisor about their own
// groups (within the mail quota; the rest stays queued and a later run resumes); the "+2 days" deadline checked.

import { RegistrarError } from '../../domain/errors';
import { type MidtermLine, midtermDueDate, monitorMidterm, parseScore, semesterCode } from '../../domain/grades';
import { numberSetting, universityName } from '../../domain/settings';
import { advisorDigestBody, midtermReportBlocks } from '../../reports/attestation/midtermReport';
import { calendarSheet, programmesSheet, studentsSheet, teachersSheet } from '../../sheets';
import { advisorsSheet } from '../../sheets/registration';
import { advisorDigestSheet, type AdvisorDigestRow, atRiskSheet, type AtRiskRow, midtermMonitoringSheet, type MidtermMonitoringRow } from '../../sheets/grades';
import { defineAction } from '../types';
import type { ActionResult } from '../types';
import { readRegister, semesterParam, studentName, today, writeTable } from './common';
import { collectTeacherFiles, fileRefs } from './teacherFiles';

export interface MonitorMidtermsParams {
  academicYear?: string;
  term?: string;
  control?: 'midterm1' | 'midterm2';
  /** Resuming the reading of the teachers' files (see collectTeacherFiles). */
  continueToken?: string;
}

export const monitorMidterms = defineAction<MonitorMidtermsParams>({
  id: 'monitorMidterms',
  area: 'C',
  planItems: [16],
  titleKey: 'action.monitorMidterms',
  inMenu: true,
  mutates: true,
  run(ctx, params): ActionResult {
    const semester = semesterParam(ctx, params);
    const control = params.control ?? 'midterm1';
    if (control !== 'midterm1' && control !== 'midterm2') throw new RegistrarError('badControl', { value: String(control) });
    const now = today(ctx);
    const register = readRegister(ctx, semester);
    if (register.current.length === 0) return { ok: false, message: ctx.t('attestation.noStatements', { semester: semesterCode(semester) }), counts: {} };
    const students = new Map(ctx.tables.read(studentsSheet).rows.map((r) => [r.record.id, r.record]));
    const facultyOf = new Map(ctx.tables.read(programmesSheet).rows.map((r) => [r.record.code, r.record.facultyCode]));
    const teachers = new Map(ctx.tables.read(teachersSheet).rows.map((r) => [r.record.id, r.record]));
    const collected = collectTeacherFiles(ctx, fileRefs(register.current), params.continueToken, { finishFresh: true });
    if (!collected.done) {
      return { ok: true, message: ctx.t('attestation.collecting', { read: collected.read, total: collected.total, semester: semesterCode(semester) }), counts: { filesRead: collected.read, files: collected.total }, continueToken: collected.token };
    }
    const sheets = collected.sheets;
    const byNo = new Map(register.current.map((s) => [s.statementNo, s]));
    const problems = [];
    const lines: MidtermLine[] = [];
    for (const sheet of sheets.values()) {
      for (const l of sheet.lines) {
        const st = byNo.get(l.statementNo);
        if (!st) continue;
        const p = parseScore(l[control]);
        if (p.kind === 'error') {
          problems.push({ sheet: l.sheetName, row: l.rowNumber, column: control, value: String(l[control]), code: p.code, params: { columnLabel: ctx.t(`att.field.${control}`) }, severity: 'error' as const });
        }
        const s = students.get(l.studentId);
        lines.push({
          statementNo: st.statementNo,
          studentId: l.studentId,
          disciplineCode: st.disciplineCode,
          teacherId: st.teacherId,
          facultyCode: facultyOf.get(s?.programmeCode ?? '') ?? st.facultyCode,
          programmeCode: s?.programmeCode ?? '',
          group: s?.group ?? st.unit,
          score: p.kind === 'score' ? p.value : null,
        });
      }
    }
    const threshold = numberSetting(ctx.settings, 'midterm.riskThreshold');
    const report = monitorMidterm(lines, threshold, numberSetting(ctx.settings, 'midterm.severalDisciplines'));

    // The deadline: the control's last day in the academic calendar + calendar.midtermMonitoringDays.
    const event = ctx.tables.read(calendarSheet).rows.map((r) => r.record).find((e) => e.academicYear === semester.academicYear && e.term === semester.term && e.kind === control);
    const due = event ? midtermDueDate(event.end, numberSetting(ctx.settings, 'calendar.midtermMonitoringDays')) : '';
    const dueLine = due === '' ? ctx.t('att.midterm.noCalendar') : now > due ? ctx.t('att.midterm.late', { due, today: now }) : ctx.t('att.midterm.onTime', { due, today: now });

    const monitoringRows: MidtermMonitoringRow[] = [
      ...report.figures.map((f) => ({ control, level: f.level, key: f.key, lines: f.lines, entered: f.entered, below: f.below, share: f.share })),
      ...report.missingTeachers.map((m) => ({ control, level: 'teacher' as const, key: `${m.teacherId} ${studentName(teachers.get(m.teacherId))}`.trim(), lines: m.missing, entered: 0, below: 0, share: null })),
    ];
    const atRiskRows: AtRiskRow[] = report.atRisk.map((r) => ({ control, studentId: r.studentId, studentName: studentName(students.get(r.studentId)), group: r.group, facultyCode: r.facultyCode, disciplines: r.disciplines, count: r.disciplines.length, several: r.several }));
    const keepOther = <R extends { control: string }>(rows: readonly R[]) => rows.filter((r) => r.control !== control);
    const monitoringAll = [...keepOther(ctx.tables.read(midtermMonitoringSheet).rows.map((r) => r.record)), ...monitoringRows];
    const atRiskAll = [...keepOther(ctx.tables.read(atRiskSheet).rows.map((r) => r.record)), ...atRiskRows];

    // Advisor digests: queue per advisor (their own groups only), send within the remaining quota.
    const advisorsTable = ctx.tables.read(advisorsSheet);
    const digestTable = ctx.tables.read(advisorDigestSheet);
    const digests: AdvisorDigestRow[] = digestTable.rows.map((r) => ({ ...r.record }));
    const mails: Array<{ row: AdvisorDigestRow; to: string; subject: string; body: string }> = [];
    let advisorsMissing = !advisorsTable.exists;
    if (advisorsTable.exists) {
      const advisorOf = new Map(advisorsTable.rows.filter((r) => r.record.advisorEmail.includes('@')).map((r) => [r.record.group, r.record.advisorEmail.trim().toLowerCase()]));
      if (advisorOf.size === 0) advisorsMissing = true;
      const perAdvisor = new Map<string, AtRiskRow[]>();
      for (const r of atRiskRows) {
        const email = advisorOf.get(r.group);
        if (email) perAdvisor.set(email, [...(perAdvisor.get(email) ?? []), r]);
      }
      for (const [email, list] of [...perAdvisor.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        let row = digests.find((d) => d.control === control && d.academicYear === semester.academicYear && d.advisorEmail === email);
        if (!row) {
          row = { control, academicYear: semester.academicYear, advisorEmail: email, groups: [...new Set(list.map((l) => l.group))].sort(), students: list.length, status: 'queued', sentAt: '' };
          digests.push(row);
        }
        if (row.status === 'sent') continue;
        const body = advisorDigestBody(
          ctx.t('att.digest.greeting', { control: ctx.t(`att.field.${control}`), threshold }),
          list.map((l) => ({ student: l.studentName, group: l.group, disciplines: l.disciplines.join(', ') })),
          ctx.t('att.digest.closing'),
        );
        mails.push({ row, to: email, subject: ctx.t('att.digest.subject', { control: ctx.t(`att.field.${control}`), year: semester.academicYear }), body });
      }
    }

    // Report Doc (faculty table and chart; programme, group and discipline tables; teachers without grades).
    const cols = [ctx.t('att.midterm.col.key'), ctx.t('att.midterm.col.lines'), ctx.t('att.midterm.col.entered'), ctx.t('att.midterm.col.below'), ctx.t('att.midterm.col.share')];
    const rowsOf = (level: string) => report.figures.filter((f) => f.level === level).map((f) => [f.key, String(f.lines), String(f.entered), String(f.below), f.share === null ? '—' : String(f.share)]);
    const facultyFigures = report.figures.filter((f) => f.level === 'faculty');
    const blocks = midtermReportBlocks({
      university: universityName(ctx.settings, ctx.lang),
      title: ctx.t('att.midterm.title', { control: ctx.t(`att.field.${control}`), year: semester.academicYear, term: ctx.t(`att.term.${semester.term}`) }),
      summary: ctx.t('att.midterm.summary', { lines: lines.length, below: facultyFigures.reduce((n, f) => n + f.below, 0), atRisk: report.atRisk.length, several: report.atRisk.filter((r) => r.several).length, threshold }),
      dueLine,
      faculty: { title: ctx.t('att.midterm.byFaculty'), columns: cols, rows: rowsOf('faculty'), chartTitle: ctx.t('att.midterm.chart'), labels: facultyFigures.map((f) => f.key), shares: facultyFigures.map((f) => f.share ?? 0) },
      sections: (['programme', 'group', 'discipline'] as const).map((level) => ({ title: ctx.t(`att.midterm.by.${level}`), columns: cols, rows: rowsOf(level) })),
      missingTitle: ctx.t('att.midterm.missing'),
      missing: report.missingTeachers.map((m) => ctx.t('att.midterm.missingLine', { teacher: studentName(teachers.get(m.teacherId)) || m.teacherId, count: m.missing, statements: m.statements.join(', ') })),
      signatures: [ctx.t('att.print.sign.registrar')],
    });

    // Writes: the two sheets, the report, the mails within quota, the queue.
    writeTable(ctx, midtermMonitoringSheet, monitoringAll);
    writeTable(ctx, atRiskSheet, atRiskAll);
    const folder = ctx.ports.drive.folder([ctx.t('att.folder.root'), semesterCode(semester), ctx.t('att.folder.midterm')]);
    const doc = ctx.ports.docs.render(folder, `${ctx.t('att.midterm.fileName')} ${semesterCode(semester)} ${ctx.t(`att.field.${control}`)}`, blocks, { pdf: false, shareWith: [] });
    let quota = ctx.ports.mailer.remainingDailyQuota();
    let sent = 0;
    for (const m of mails) {
      if (quota <= 0) break;
      ctx.ports.mailer.send({ to: m.to, subject: m.subject, body: m.body });
      m.row.status = 'sent';
      m.row.sentAt = ctx.ports.clock.now().toISOString();
      quota--;
      sent++;
    }
    if (digests.length > 0) writeTable(ctx, advisorDigestSheet, digests);
    ctx.tables.invalidate();
    const queued = mails.length - sent;
    const counts = { lines: lines.length, atRisk: report.atRisk.length, several: report.atRisk.filter((r) => r.several).length, teachersMissing: report.missingTeachers.length, mailsSent: sent, mailsQueued: queued, late: due !== '' && now > due ? 1 : 0, filesRead: sheets.size, executions: collected.executions };
    const parts = [ctx.t('attestation.midtermDone', { ...counts, control: ctx.t(`att.field.${control}`) }), dueLine];
    if (advisorsMissing) parts.push(ctx.t('attestation.noAdvisors'));
    if (queued > 0) parts.push(ctx.t('attestation.mailQueued', { queued }));
    return {
      ok: true,
      message: parts.join(' '),
      counts,
      problems: problems.length > 0 ? problems : undefined,
      links: [doc.doc],
      // No continue token for queued mail: calling again today cannot send more; the next day's run does.
      data: { due, atRisk: report.atRisk.slice(0, 50), advisorsMissing, mailsQueued: queued },
    };
  },
});
