// monitorSession (plan item 11): per faculty and exam day, statements expected, filled, locked and overdue — written
// to the Session monitoring sheet and returned as data for the sidebar. Nothing else changes (no locking).

import { semesterCode } from '../../domain/grades';
import { sessionMonitoringSheet } from '../../sheets/grades';
import { defineAction } from '../types';
import { defineRpc } from '../extensions';
import { semesterParam, writeTable } from './common';
import { refreshedStatements, sessionFigures } from './computeFinalGrades';
import { evaluateSemester } from './evaluate';

export interface MonitorSessionParams {
  academicYear?: string;
  term?: string;
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
    const ev = evaluateSemester(ctx, semester, { lock: false });
    const figures = sessionFigures(ev, refreshedStatements(ctx, ev));
    writeTable(ctx, sessionMonitoringSheet, figures);
    const sum = (k: 'expected' | 'filled' | 'locked' | 'overdue') => figures.reduce((n, f) => n + f[k], 0);
    const counts = { expected: sum('expected'), filled: sum('filled'), locked: sum('locked'), overdue: sum('overdue'), days: figures.length };
    return { ok: true, message: ctx.t('attestation.sessionMonitored', { ...counts, semester: semesterCode(semester) }), counts, data: { figures } };
  },
});

/** Sidebar data: the same figures, read-only (JSON, no Dates). */
export const sessionMonitoringRpc = defineRpc<MonitorSessionParams, { figures: unknown[]; today: string }>({
  name: 'attestation.sessionMonitoring',
  mutates: false,
  run(ctx, args) {
    const semester = semesterParam(ctx, args ?? {});
    const ev = evaluateSemester(ctx, semester, { lock: false });
    return { figures: sessionFigures(ev, refreshedStatements(ctx, ev)), today: ev.today };
  },
});
