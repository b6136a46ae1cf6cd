// The tracker's benchmark: plan setup, one registration, tracker refresh, dashboard, reminders, export and the annual report.

import type { DemoHost } from '../demo/types';
import { type BenchRow, ensureSampleUniversity, measure, mustRun } from './measure';

/**
 * Measures the tracker's actions on a workbook of `students` (made here when the host has none).
 * Service calls should not grow with `students`: every sheet is read once and each output written once.
 */
export async function benchTracker(host: DemoHost, students: number): Promise<BenchRow[]> {
  ensureSampleUniversity(host, students);
  const rows: BenchRow[] = [];
  rows.push(measure(host, 'setupWorkPlan', students, () => host.runAction('setupWorkPlan')));
  rows.push(measure(host, 'setupRecords', students, () => host.runAction('setupRecords')));
  mustRun(host, 'registerIncoming', { correspondent: 'Ministry of Science and Higher Education', subject: 'Warm-up' });
  rows.push(measure(host, 'registerIncoming', students, () => host.runAction('registerIncoming', { correspondent: 'Akimat of Atyrau region', subject: 'Request for the list of graduates', executor: 'registrar@atu.edu.kz', deadline: '2027-06-30' })));
  rows.push(measure(host, 'registerOutgoing', students, () => host.runAction('registerOutgoing', { correspondent: 'Akimat of Atyrau region', subject: 'List of graduates' })));
  rows.push(measure(host, 'refreshPlanTracker', students, () => host.runAction('refreshPlanTracker')));
  rows.push(measure(host, 'trackerDashboard (rpc)', students, () => host.call<{ ok: boolean }>('rpc', ['trackerDashboard', {}])));
  rows.push(measure(host, 'searchRegister (rpc)', students, () => host.call<{ ok: boolean }>('rpc', ['searchRegister', { text: 'graduates' }])));
  rows.push(measure(host, 'sendPlanReminders', students, () => host.runAction('sendPlanReminders')));
  rows.push(measure(host, 'exportWorkPlan', students, () => host.runAction('exportWorkPlan')));
  rows.push(measure(host, 'reportAnnual', students, () => host.runAction('reportAnnual')));
  return rows;
}
