// monitorSession (plan item 11): per faculty and exam day, statements expected, filled, locked and overdue — written
// to the Session monitoring sheet and returned as data for the sidebar, from the teachers' files as they are now.
// Nothing else changes (no locking).

import { semesterCode } from '../../domain/grades';
import { sessionMonitoringSheet } from '../../sheets/grades';
import { defineAction } from '../types';
import { defineRpc } from '../extensions';
import { readRegister, semesterParam, today, writeTable } from './common';
import { refreshedStatements, sessionFigures } from './computeFinalGrades';
import { evaluateSemester } from './evaluate';
import { collectTeacherFiles, fileRefs } from './teacherFiles';

export interface MonitorSessionParams {
  academicYear?: string;
  term?: string;
  /** Resuming the reading of the teachers' files (see collectTeacherFiles). */
  continueToken?: string;
}

export const monitorSessionAction = defineAction<MonitorSessionParams>({
  id: 'monitorSession',
  area: 'B',
  planItems: [11],
  titleKey: 'action.monitorSession',
  inMenu: true,
  mutates: true,
  run(ctx, params) {
    const semester = semesterParam(ctx, params);
    const register = readRegister(ctx, semester);
    const refs = fileRefs(register.current);
    // The teachers' files are read (resumably) to count what is filled now; nothing is locked or written into them.
    const collected = collectTeacherFiles(ctx, refs, params.continueToken, { finishFresh: true });
    if (!collected.done) {
      return { ok: true, message: ctx.t('attestation.collecting', { read: collected.read, total: collected.total, semester: semesterCode(semester) }), counts: { filesRead: collected.read, files: collected.total }, continueToken: collected.token };
    }
    const ev = evaluateSemester(ctx, semester, { lock: false }, collected.sheets);
    const figures = sessionFigures(ev, refreshedStatements(ctx, ev));
    writeTable(ctx, sessionMonitoringSheet, figures);
    const sum = (k: 'expected' | 'filled' | 'locked' | 'overdue') => figures.reduce((n, f) => n + f[k], 0);
    const counts = { expected: sum('expected'), filled: sum('filled'), locked: sum('locked'), overdue: sum('overdue'), days: figures.length, filesRead: collected.sheets.size, executions: collected.executions };
    return { ok: true, message: ctx.t('attestation.sessionMonitored', { ...counts, semester: semesterCode(semester) }), counts, data: { figures } };
  },
});

/** Sidebar data: the figures as of the last collection (the register's graded counts), read-only: no file is opened. */
export const sessionMonitoringRpc = defineRpc<MonitorSessionParams, { figures: unknown[]; today: string }>({
  name: 'attestation.sessionMonitoring',
  mutates: false,
  run(ctx, args) {
    const semester = semesterParam(ctx, args ?? {});
    const register = readRegister(ctx, semester);
    const now = today(ctx);
    return { figures: sessionFigures({ semester, today: now }, register.all), today: now };
  },
});
