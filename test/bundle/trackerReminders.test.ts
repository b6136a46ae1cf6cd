// Reminder digests in the emulator: one per person per day, items and documents together, within the mail quota, from the hourly trigger.

import { describe, expect, it } from 'vitest';
import type { Host } from '../../local/cli/host';
import { trackerHost } from './trackerHost';

function run(host: Host, id: string, params: Record<string, unknown> = {}) {
  const r = host.runAction(id, params, { lang: 'en' });
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

/** 25 September 2026, 10:00 in Atyrau: item 1 (August–September) is due soon; a document registered with a past deadline is overdue. */
function remindersHost(): Host {
  const host = trackerHost(new Date('2026-09-25T05:00:00Z'));
  run(host, 'setupWorkbook');
  run(host, 'loadSampleUniversity', { students: 60, seed: 6 });
  run(host, 'setupWorkPlan');
  run(host, 'setupRecords');
  run(host, 'registerIncoming', { correspondent: 'Ministry', subject: 'Urgent letter', executor: 'registrar@atu.edu.kz', registeredOn: '2026-09-20', deadline: '2026-09-22' });
  return host;
}

describe('plan reminders', () => {
  it('sends each responsible person one digest with their overdue and due-soon items and documents', () => {
    const host = remindersHost();
    const r = run(host, 'sendPlanReminders');
    const mine = host.emulator.outbox.filter((m) => m.to.includes('registrar@atu.edu.kz'));
    expect(mine).toHaveLength(1);
    expect(mine[0].body).toContain('OVERDUE document 02-15/1 “Urgent letter”');
    expect(mine[0].body).toMatch(/item 1 “Submit for approval the list of advisors/);
    expect(r.counts.sent).toBe(host.emulator.outbox.length);
    expect(host.emulator.outbox.length).toBeGreaterThan(1);
  });

  it('sends nothing twice on the same day', () => {
    const host = remindersHost();
    run(host, 'sendPlanReminders');
    const sent = host.emulator.outbox.length;
    expect(run(host, 'sendPlanReminders').counts.sent).toBe(0);
    expect(host.emulator.outbox.length).toBe(sent);
  });

  it('stops at the mail quota and sends the rest on a later run', () => {
    const host = remindersHost();
    host.emulator.useQuota('email', host.emulator.remainingQuota('email') - 1);
    const first = run(host, 'sendPlanReminders');
    expect(first.counts.sent).toBe(1);
    expect(first.counts.pending).toBeGreaterThan(0);
  });

  it('runs from the hourly trigger installed once by the plan setup', () => {
    const host = remindersHost();
    run(host, 'setupWorkPlan');
    const triggers = host.emulator.triggers.filter((t) => t.handler === 'onTimeTrigger');
    expect(triggers).toHaveLength(1);
    const fired = host.emulator.fireTimeTriggers(new Date('2026-09-25T07:00:00Z'));
    expect(fired.errors).toEqual([]);
    expect(host.emulator.outbox.some((m) => m.subject.includes('Registrar’s Office') || m.subject.includes('Офис регистрации') || m.subject.includes('Тіркеу офисі'))).toBe(true);
  });
});
