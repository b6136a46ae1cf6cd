// Clash units from real student lists: two meetings share a unit exactly when some student attends both.

import type { Meeting } from './meetings';

/**
 * Gives each meeting the clash units of its students (replacing `units`): students with the same set of meetings form
 * one class; a class whose meetings another class also attends (a superset) adds no clash and is dropped. Two meetings
 * then share a unit exactly when some student attends both. A unit is named after its first student's academic group
 * (`ИС-21-1~2`). Returns the number of units.
 * @example assignStudentUnits([a, b], [['s1'], ['s1', 's2']], () => 'G') // → 1 (s1 attends both: a and b share 'G~1')
 */
export function assignStudentUnits(meetings: readonly Meeting[], members: ReadonlyArray<readonly string[]>, groupOf: (studentId: string) => string): number {
  const attends = new Map<string, number[]>();
  members.forEach((ids, m) => {
    for (const id of ids) {
      const list = attends.get(id);
      if (list) {
        if (list[list.length - 1] !== m) list.push(m);
      } else attends.set(id, [m]);
    }
  });
  const classes = new Map<string, { meetings: number[]; group: string; set: Set<number> }>();
  for (const [studentId, list] of attends) {
    const ids = Array.from(new Set(list)).sort((a, b) => a - b);
    const key = ids.join(',');
    if (!classes.has(key)) classes.set(key, { meetings: ids, group: groupOf(studentId), set: new Set(ids) });
  }
  const byMeeting: Array<Array<{ meetings: number[]; set: Set<number> }>> = meetings.map(() => []);
  const list = Array.from(classes.values());
  for (const c of list) for (const m of c.meetings) byMeeting[m].push(c);
  const kept = list.filter((c) => {
    let rarest = c.meetings[0];
    for (const m of c.meetings) if (byMeeting[m].length < byMeeting[rarest].length) rarest = m;
    return !byMeeting[rarest].some((o) => o !== c && o.meetings.length > c.meetings.length && c.meetings.every((m) => o.set.has(m)));
  });
  kept.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.meetings.join(',') < b.meetings.join(',') ? -1 : 1));
  for (const m of meetings) m.units = [];
  const perGroup = new Map<string, number>();
  for (const c of kept) {
    const n = (perGroup.get(c.group) ?? 0) + 1;
    perGroup.set(c.group, n);
    const unit = `${c.group || 'students'}~${n}`;
    for (const m of c.meetings) meetings[m].units.push(unit);
  }
  return kept.length;
}
