// Hard: a teacher cannot give two lessons at once; k lessons of a teacher in one period count k − 1.

import type { Model } from '../model';
import { describePeriod, type Solution } from '../solution';
import { lessonsAt } from './groupClash';

function teacherPeriodCounts(model: Model, s: Solution): Int32Array {
  const counts = new Int32Array(model.teacherCount * model.periodCount);
  for (let e = 0; e < model.eventCount; e++) {
    const p = s.periods[e];
    if (p < 0) continue;
    for (let i = model.eventTeacherStart[e]; i < model.eventTeacherStart[e + 1]; i++) {
      counts[model.eventTeacherList[i] * model.periodCount + p]++;
    }
  }
  return counts;
}

export function countTeacherClashes(model: Model, s: Solution): number {
  const counts = teacherPeriodCounts(model, s);
  let n = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i] > 1) n += counts[i] - 1;
  return n;
}

export function describeTeacherClashes(model: Model, s: Solution): string[] {
  const counts = teacherPeriodCounts(model, s);
  const out: string[] = [];
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] < 2) continue;
    const t = Math.floor(i / model.periodCount);
    const p = i % model.periodCount;
    const teaches = (e: number): boolean => {
      for (let j = model.eventTeacherStart[e]; j < model.eventTeacherStart[e + 1]; j++) if (model.eventTeacherList[j] === t) return true;
      return false;
    };
    out.push(`teacher ${model.teacherIds[t]} has ${counts[i]} lessons at ${describePeriod(p, model.periodsPerDay)}: ${lessonsAt(model, s, p, teaches)}`);
  }
  return out;
}
