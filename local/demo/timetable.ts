// The timetable demo step: builds the autumn full-time timetable as the sidebar would (from the streams the registration
// demo formed just before), checks it, approves it.

import type { DemoStep } from './types';

export const timetableDemo: DemoStep = async (host) => {
  const seconds = 20;
  let r = host.runAction('buildTimetable', { term: 'autumn', studyForm: 'fulltime', seconds, maxExecutions: 3 });
  let executions = 1;
  while (r.ok && r.continueToken) {
    r = host.runAction('buildTimetable', { continueToken: r.continueToken, seconds });
    executions++;
  }
  host.log(`timetable: ${r.message}`);
  if (r.data?.source !== 'registration') host.log('timetable: WARNING — not built from registration\'s streams (run the registration demo first)');
  const check = host.runAction('checkTimetable');
  host.log(`timetable check: ${check.message}`);
  let approve = host.runAction('approveTimetable', { term: 'autumn', studyForm: 'fulltime' });
  host.log(`timetable approval: ${approve.message}`);
  if (!approve.ok && (approve.counts.hardViolations ?? 0) > 0 && (check.counts.conflicts ?? 0) === 0) {
    // Lessons no room can take (listed above) but no conflict: the office may accept the incomplete timetable.
    approve = host.runAction('approveTimetable', { term: 'autumn', studyForm: 'fulltime', force: true });
    host.log(`timetable approval (forced, ${r.counts.unplaced ?? 0} lesson(s) to place by hand): ${approve.message}`);
  }
  return {
    'timetable source': String(r.data?.source ?? ''),
    'timetable lessons': r.counts.lessons ?? 0,
    'timetable placed': r.counts.placed ?? 0,
    'timetable hard violations (check)': check.counts.conflicts ?? -1,
    'timetable soft cost': check.counts.softCost ?? r.counts.soft ?? 0,
    'timetable executions': executions,
    'timetable documents': approve.counts.documents ?? 0,
  };
};
