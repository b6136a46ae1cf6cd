// Reminders: once a day, each responsible person gets one digest of their plan items due soon or overdue and their documents, within the mail quota.

import { numberSetting, textSetting } from '../../domain/settings';
import { deadlineState } from '../../domain/records/register';
import { dueSoon } from '../../domain/tracker/planStatus';
import { addDays } from '../../domain/tracker/occurrences';
import { facultiesSheet } from '../../sheets/facultiesSheet';
import type { OutgoingMail } from '../../ports';
import type { TimeJob } from '../extensions';
import { defineAction } from '../types';
import type { ActionContext } from '../types';
import { readRegister } from '../records/registerData';
import { itemText, loadPlanData, occurrenceLabel } from './planData';
import { TIME_TRIGGER_HANDLER } from './setupWorkPlan';

/** Document-property keys: the day of the last digest round and who has had theirs that day (to resume within the quota). */
export const DIGEST_DAY_KEY = 'tracker.digest.day';
export const DIGEST_SENT_KEY = 'tracker.digest.sent';

const DEAN_WORDS = /(декан|dean)/i;

/** Every digest due today, by recipient (lower-case email), built from one read of each sheet. */
export function buildDigests(ctx: ActionContext): OutgoingMail[] {
  const data = loadPlanData(ctx);
  const soonDays = numberSetting(ctx.settings, 'tracker.dueSoonDays');
  const soon = new Set(dueSoon(data.rows, data.today, soonDays, addDays));
  const deans = ctx.tables.read(facultiesSheet).rows.map((r) => r.record.deanEmail.toLowerCase()).filter(Boolean);
  const lines = new Map<string, string[]>();
  const add = (email: string, line: string) => {
    const key = email.trim().toLowerCase();
    if (!key) return;
    const list = lines.get(key) ?? [];
    list.push(line);
    lines.set(key, list);
  };
  for (const r of data.rows) {
    if (r.status !== 'overdue' && !soon.has(r)) continue;
    const item = data.items.find((i) => i.record.no === r.item)!;
    const line = ctx.t(r.status === 'overdue' ? 'tracker.digest.overdueItem' : 'tracker.digest.dueItem', { no: r.item, text: itemText(item.record, ctx.lang), occurrence: occurrenceLabel(ctx, r.occurrence?.label), due: r.occurrence?.due ?? '' });
    add(item.record.responsibleEmail || textSetting(ctx.settings, 'tracker.headEmail'), line);
    if (DEAN_WORDS.test(item.record.coResponsible) || /декандар/i.test(item.record.coResponsible)) for (const d of deans) add(d, line);
  }
  const docDays = numberSetting(ctx.settings, 'records.dueSoonDays');
  for (const kind of ['incoming', 'outgoing'] as const) {
    for (const d of readRegister(ctx, kind)) {
      const state = deadlineState(d, data.today, docDays);
      if (state !== 'overdue' && state !== 'dueSoon') continue;
      add(d.executor, ctx.t(state === 'overdue' ? 'tracker.digest.overdueDocument' : 'tracker.digest.dueDocument', { number: d.number, subject: d.subject, deadline: d.deadline }));
    }
  }
  return [...lines.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([to, list]) => ({ to, subject: ctx.t('tracker.digest.subject', { date: data.today, count: list.length }), body: `${ctx.t('tracker.digest.intro')}\n\n${list.map((l) => `• ${l}`).join('\n')}\n\n${ctx.t('tracker.digest.footer')}` }));
}

/** Sends today's digests not yet sent, as far as the mail quota allows; the rest go out on the next hourly run. */
export function sendDigests(ctx: ActionContext, force: boolean): { sent: number; pending: number; skipped: boolean } {
  const now = ctx.ports.clock.now();
  const localHour = (now.getUTCHours() + 5) % 24;
  if (!force && localHour < numberSetting(ctx.settings, 'tracker.digestHour')) return { sent: 0, pending: 0, skipped: true };
  const data = loadPlanData(ctx);
  const day = data.today;
  const sentBefore: string[] = ctx.ports.properties.get(DIGEST_DAY_KEY) === day ? JSON.parse(ctx.ports.properties.get(DIGEST_SENT_KEY) ?? '[]') : [];
  const pending = buildDigests(ctx).filter((m) => !sentBefore.includes(m.to));
  const quota = Math.max(0, ctx.ports.mailer.remainingDailyQuota());
  const now_ = pending.slice(0, quota);
  const sent = [...sentBefore];
  try {
    for (const mail of now_) {
      ctx.ports.mailer.send(mail);
      sent.push(mail.to);
    }
  } finally {
    ctx.ports.properties.set(DIGEST_DAY_KEY, day);
    ctx.ports.properties.set(DIGEST_SENT_KEY, JSON.stringify(sent));
  }
  return { sent: sent.length - sentBefore.length, pending: pending.length - now_.length, skipped: false };
}

export const trackerDigestJob: TimeJob = {
  id: 'trackerDigest',
  run(ctx) {
    sendDigests(ctx, false);
  },
};

export const sendPlanReminders = defineAction({
  id: 'sendPlanReminders',
  area: 'E',
  planItems: [],
  titleKey: 'action.sendPlanReminders',
  inMenu: true,
  mutates: false,
  needsValidReferenceData: false,
  run(ctx) {
    const installed = ctx.ports.triggers.ensureTimeTrigger(TIME_TRIGGER_HANDLER, 1);
    const r = sendDigests(ctx, true);
    return { ok: true, message: ctx.t('tracker.remindersSent', { sent: r.sent, pending: r.pending }), counts: { sent: r.sent, pending: r.pending, triggerInstalled: installed ? 1 : 0 } };
  },
});
