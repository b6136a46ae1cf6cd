// The tracker's demo step, run last: which plan items the demo's own run completed (with evidence), a few registered documents, the reports.

import { mapHeaders } from '../../src/sheets/schema';
import { planTrackerSheet } from '../../src/sheets/tracker/planTrackerSheet';
import type { DemoActionResult, DemoHost, DemoStep } from './types';

function must(host: DemoHost, id: string, params: Record<string, unknown> = {}): DemoActionResult {
  const r = host.runAction(id, params);
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

function sheetByKey(host: DemoHost, names: string[]): GoogleAppsScript.Spreadsheet.Sheet | null {
  const ss = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
  return ss.getSheets().find((s) => names.includes(s.getName())) ?? null;
}

const TRACKER_NAMES = ['Plan tracker', 'Исполнение плана', 'Жоспардың орындалуы'];
const REQUEST_NAMES = ['Information requests', 'Запросы информации', 'Ақпарат сұраулары'];

/** An ISO date `days` from the emulator's today (deadlines in the demo follow the demo's own clock). */
function dayFrom(host: DemoHost, days: number): string {
  const now = host.emulator.now() as Date;
  return new Date(now.getTime() + 5 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export const trackerDemo: DemoStep = async (host) => {
  must(host, 'setupWorkPlan');
  must(host, 'setupRecords');
  const first = must(host, 'refreshPlanTracker');
  host.log(`Plan tracker: ${first.message}`);

  // A handful of documents through the registers.
  const incoming = [
    { correspondent: 'Министерство науки и высшего образования РК', theirNumber: '3-12/457', theirDate: dayFrom(host, -3), subject: 'Об утверждении академического календаря', docType: 'letter', deadline: dayFrom(host, 10), resolution: 'Подготовить ответ' },
    { correspondent: 'Акимат Атырауской области', subject: 'Запрос списка выпускников 2026 года', docType: 'request', deadline: dayFrom(host, 2) },
    { correspondent: 'Декан факультета информационных технологий', subject: 'Служебная записка о переводе студентов', docType: 'other' },
  ];
  const numbers: string[] = [];
  for (const doc of incoming) numbers.push(String(must(host, 'registerIncoming', doc).data?.number ?? ''));
  must(host, 'registerOutgoing', { correspondent: 'Акимат Атырауской области', subject: 'Список выпускников 2026 года', docType: 'letter', inReplyTo: numbers[1] });
  must(host, 'registerOutgoing', { correspondent: 'Министерство науки и высшего образования РК', subject: 'Отчёт о регистрации обучающихся', docType: 'report', inReplyTo: numbers[0] });
  host.log(`Registers: incoming ${numbers.join(', ')}; 2 outgoing answers`);

  // An information request answered from the saved query.
  const requests = sheetByKey(host, REQUEST_NAMES);
  const queryName = { ru: 'GPA ниже 2.0 по факультетам', kk: 'Факультеттер бойынша GPA 2.0-ден төмен', en: 'GPA below 2.0 by faculty' }[host.lang];
  let answered = 0;
  if (requests && requests.getLastRow() < 2) {
    requests.getRange(2, 1, 1, 6).setValues([['1', dayFrom(host, -1), 'Проректор по академическим вопросам', 'Обучающиеся с низким GPA', dayFrom(host, 5), queryName]]);
    const r = host.runAction('answerInfoRequests');
    answered = r.ok ? (r.counts.answered ?? 0) : 0;
    host.log(`Information requests: ${r.message}`);
  }

  const refreshed = must(host, 'refreshPlanTracker');
  host.log(`Plan tracker after the registers: ${refreshed.message}`);
  // What the demo's run completed, as the tracker recorded it from the run log (with the evidence links).
  const tracker = sheetByKey(host, TRACKER_NAMES);
  if (tracker) {
    const values = tracker.getDataRange().getValues();
    const at = mapHeaders(planTrackerSheet, values[0]);
    for (const row of values.slice(1)) {
      if (String(row[at.evidence]).trim() === '') continue;
      host.log(`  item ${row[at.no]} (${row[at.occurrence]}): ${row[at.status]} — ${String(row[at.evidence]).slice(0, 140)}`);
    }
  }

  const plan = must(host, 'exportWorkPlan');
  const report = must(host, 'reportAnnual');
  host.log(`Work plan: ${plan.links?.map((l) => l.url).join(' ')}`);
  host.log(`Annual report: ${report.message} ${report.links?.map((l) => l.url).join(' ')}`);
  return {
    planOccurrences: refreshed.counts.occurrences ?? 0,
    planDone: refreshed.counts.done ?? 0,
    planOverdue: refreshed.counts.overdue ?? 0,
    planFlagged: refreshed.counts.flagged ?? 0,
    documentsRegistered: numbers.length + 2,
    requestsAnswered: answered,
    annualReport: report.links?.[0]?.url ?? '',
  };
};
