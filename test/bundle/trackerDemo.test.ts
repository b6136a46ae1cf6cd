// The tracker's demo step and benchmark through the bundle: the demo completes items with evidence; calls do not grow with students.

import { describe, expect, it } from 'vitest';
import { benchTracker } from '../../local/bench/tracker';
import { demoHost } from '../../local/cli/host';
import { trackerHost } from './trackerHost';
import { trackerDemo } from '../../local/demo/tracker';

describe('the tracker demo step', () => {
  it('registers documents, answers a request and produces the plan and the annual report', async () => {
    const host = trackerHost();
    const lines: string[] = [];
    const demo = demoHost(host, '/tmp/tracker-demo', 'ru', 4, (l) => lines.push(l));
    for (const [id, p] of [['setupWorkbook', {}], ['loadSampleUniversity', { students: 150, seed: 4 }]] as const) expect(demo.runAction(id, p).ok).toBe(true);
    const figures = await trackerDemo(demo);
    expect(figures.documentsRegistered).toBe(5);
    expect(figures.requestsAnswered).toBe(1);
    expect(String(figures.annualReport)).toMatch(/^https:\/\//);
    expect(lines.join('\n')).toMatch(/item 23 .*в работе/);
  });
});

describe('the tracker benchmark', () => {
  it('uses the same number of service calls for 100 and 400 students', async () => {
    const small = await benchTracker(demoHost(trackerHost(), '/tmp/b1', 'en', 1, () => {}), 100);
    const large = await benchTracker(demoHost(trackerHost(), '/tmp/b2', 'en', 1, () => {}), 400);
    for (const row of small) {
      const other = large.find((r) => r.action === row.action)!;
      expect(row.ok && other.ok, row.action).toBe(true);
      expect(other.calls, row.action).toBe(row.calls);
    }
  });
});
