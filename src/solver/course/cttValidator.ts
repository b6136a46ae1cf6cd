// Scores competition solution lines exactly as the ITC-2007 Track 3 rules (H1–H4, S1–S4) say.

import type { CttInstance, CttLecture } from '../io/ctt';

export interface CttScore {
  H1: number;
  H2: number;
  H3: number;
  H4: number;
  hard: number;
  /** Room capacity. */
  S1: number;
  /** Min working days, already ×5. */
  S2: number;
  /** Curriculum compactness, already ×2. */
  S3: number;
  /** Room stability. */
  S4: number;
  cost: number;
}

/**
 * H1: per course |lectures − distinct periods used| (missing, surplus, or two in one period).
 * H2: per period, each pair of distinct courses with a lecture there that share a curriculum or
 * a teacher. H3: k lectures in one room and period count k − 1. H4: each lecture in an
 * unavailable period. S1: Σ max(0, students − capacity) per lecture. S2: 5 × Σ max(0, minDays −
 * days used). S3: 2 × each lecture of a curriculum with no lecture of that curriculum in an
 * adjacent period of the same day. S4: Σ (distinct rooms − 1) per course that uses any.
 */
export function scoreCtt(instance: CttInstance, lectures: CttLecture[]): CttScore {
  const D = instance.days;
  const ppd = instance.periodsPerDay;
  const P = D * ppd;
  const C = instance.courses.length;
  const courseIndex = new Map(instance.courses.map((c, i) => [c.id, i] as [string, number]));
  const roomIndex = new Map(instance.rooms.map((r, i) => [r.id, i] as [string, number]));
  const R = instance.rooms.length;
  const at = new Int32Array(C * P);
  const roomUse = new Int32Array(R * P);
  const courseRoom = new Uint8Array(C * R);
  let S1 = 0;
  for (const l of lectures) {
    const c = courseIndex.get(l.course);
    const r = roomIndex.get(l.room);
    if (c === undefined || r === undefined) throw new Error(`unknown course ${l.course} or room ${l.room}`);
    const p = l.day * ppd + l.period;
    at[c * P + p]++;
    roomUse[r * P + p]++;
    courseRoom[c * R + r] = 1;
    S1 += Math.max(0, instance.courses[c].students - instance.rooms[r].capacity);
  }

  let H1 = 0;
  let S2 = 0;
  let S4 = 0;
  for (let c = 0; c < C; c++) {
    let periods = 0;
    const days = new Uint8Array(D);
    for (let p = 0; p < P; p++) {
      if (at[c * P + p] > 0) {
        periods++;
        days[Math.floor(p / ppd)] = 1;
      }
    }
    H1 += Math.abs(instance.courses[c].lectures - periods);
    let used = 0;
    for (let d = 0; d < D; d++) used += days[d];
    S2 += Math.max(0, instance.courses[c].minWorkingDays - used);
    let rooms = 0;
    for (let r = 0; r < R; r++) rooms += courseRoom[c * R + r];
    S4 += Math.max(0, rooms - 1);
  }

  const conflict = new Uint8Array(C * C);
  for (let a = 0; a < C; a++) {
    for (let b = a + 1; b < C; b++) {
      if (instance.courses[a].teacher === instance.courses[b].teacher) conflict[a * C + b] = 1;
    }
  }
  for (const q of instance.curricula) {
    const members = q.courses.map((id) => courseIndex.get(id) as number);
    for (const a of members) for (const b of members) if (a < b) conflict[a * C + b] = 1;
  }
  let H2 = 0;
  for (let p = 0; p < P; p++) {
    const present: number[] = [];
    for (let c = 0; c < C; c++) if (at[c * P + p] > 0) present.push(c);
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) H2 += conflict[present[i] * C + present[j]];
    }
  }

  let H3 = 0;
  for (let i = 0; i < roomUse.length; i++) if (roomUse[i] > 1) H3 += roomUse[i] - 1;

  const blocked = new Uint8Array(C * P);
  for (const u of instance.unavailability) blocked[(courseIndex.get(u.course) as number) * P + u.day * ppd + u.period] = 1;
  let H4 = 0;
  for (let i = 0; i < at.length; i++) if (blocked[i]) H4 += at[i];

  let isolated = 0;
  for (const q of instance.curricula) {
    const load = new Int32Array(P);
    for (const id of q.courses) {
      const c = courseIndex.get(id) as number;
      for (let p = 0; p < P; p++) load[p] += at[c * P + p];
    }
    for (let p = 0; p < P; p++) {
      if (load[p] === 0) continue;
      const slot = p % ppd;
      const before = slot > 0 ? load[p - 1] : 0;
      const after = slot < ppd - 1 ? load[p + 1] : 0;
      if (before === 0 && after === 0) isolated += load[p];
    }
  }

  const hard = H1 + H2 + H3 + H4;
  const score = { H1, H2, H3, H4, hard, S1, S2: 5 * S2, S3: 2 * isolated, S4, cost: 0 };
  score.cost = score.S1 + score.S2 + score.S3 + score.S4;
  return score;
}
