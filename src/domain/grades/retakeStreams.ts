// Streams for re-studied disciplines: students grouped by discipline × language × semester (regular or summer),
// split into balanced streams no larger than the maximum; streams below the minimum are flagged, not dropped.
// The registration engine's formStreamsAndGroups works on its own sections and academic groups and does not fit
// re-study; its size splitter (splitSizes) does, and is reused here.

import { splitSizes } from '../registration/streams';
import type { Lang } from '../types';
import type { RestudyWhen } from './debts';

export interface RestudyRegistration {
  studentId: string;
  disciplineCode: string;
  language: Lang;
  when: RestudyWhen;
}

export interface RetakeStream {
  id: string;
  disciplineCode: string;
  language: Lang;
  when: RestudyWhen;
  studentIds: string[];
  /** Fewer students than the minimum: the office decides (individual schedule or merge). */
  belowMinimum: boolean;
}

/**
 * Splits `n` into `k` = ceil(n / max) parts as equal as possible (larger parts first).
 * @example balancedSizes(31, 30) // → [16, 15]
 * @example balancedSizes(0, 30) // → []
 */
export function balancedSizes(n: number, max: number): number[] {
  return splitSizes(n, max);
}

/**
 * Forms re-study streams. Deterministic: students in id order, streams numbered per discipline, language and
 * semester. The input is not changed.
 * @example formRetakeStreams(registrations, { min: 5, max: 25 }) // → [{ id: 'MAT101-ru-summer-1', studentIds: [...], ... }]
 */
export function formRetakeStreams(registrations: readonly RestudyRegistration[], sizes: { min: number; max: number }): RetakeStream[] {
  const groups = new Map<string, RestudyRegistration[]>();
  for (const r of registrations) {
    const key = `${r.disciplineCode}|${r.language}|${r.when}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const streams: RetakeStream[] = [];
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key) as RestudyRegistration[];
    const ids = [...new Set(list.map((r) => r.studentId))].sort();
    const { disciplineCode, language, when } = list[0];
    let offset = 0;
    balancedSizes(ids.length, sizes.max).forEach((size, i) => {
      streams.push({
        id: `${disciplineCode}-${language}-${when}-${i + 1}`,
        disciplineCode,
        language,
        when,
        studentIds: ids.slice(offset, offset + size),
        belowMinimum: size < sizes.min,
      });
      offset += size;
    });
  }
  return streams;
}
