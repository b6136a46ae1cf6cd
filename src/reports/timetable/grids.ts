// Printable weekly grids of a timetable: one block per group, teacher or room (title, day header, a row per pair).

import type { DocBlock } from '../../ports';
import { heading, paragraph, table, approvalBlock } from '../blocks';

/** A placed lesson, already in the words of the output language. */
export interface GridLesson {
  day: number;
  pair: number;
  discipline: string;
  type: string;
  teacher: string;
  room: string;
  groups: string[];
  faculty: string;
}

export interface GridLabels {
  title: string;
  pair: string;
  dayNames: Record<number, string>;
}

export interface GridSheet {
  values: string[][];
  boldRows: number[];
  fillRows: Array<{ row: number; colour: string }>;
  blocks: number;
}

export type GridKind = 'group' | 'teacher' | 'room';

/** The academic group a (sub)group belongs to: 'G/2' → 'G'. */
export function wholeGroup(unit: string): string {
  const slash = unit.lastIndexOf('/');
  return slash < 0 ? unit : unit.slice(0, slash);
}

function entitiesOf(kind: GridKind, l: GridLesson): string[] {
  if (kind === 'teacher') return l.teacher ? [l.teacher] : [];
  if (kind === 'room') return [l.room];
  return Array.from(new Set(l.groups.map(wholeGroup)));
}

function cellText(kind: GridKind, l: GridLesson): string {
  const sub = l.groups.filter((g) => g.includes('/')).join(', ');
  const lines = [`${l.discipline} (${l.type})`];
  if (kind === 'group') lines.push(`${sub ? `${sub}: ` : ''}${l.room}`, l.teacher);
  if (kind === 'teacher') lines.push(l.groups.join(', '), l.room);
  if (kind === 'room') lines.push(l.groups.join(', '), l.teacher);
  return lines.filter((x) => x !== '').join('\n');
}

/**
 * The values of one grid sheet, for ONE write, with the rows to make bold and to fill.
 * Columns: pair (with its time), then one per working day. Lessons sharing a cell are joined with ' / '.
 */
export function buildGridSheet(kind: GridKind, lessons: readonly GridLesson[], days: readonly number[], pairs: ReadonlyArray<{ pair: number; start: string; end: string }>, labels: GridLabels): GridSheet {
  const byEntity = new Map<string, GridLesson[]>();
  for (const l of lessons) for (const e of entitiesOf(kind, l)) byEntity.set(e, [...(byEntity.get(e) ?? []), l]);
  const names = Array.from(byEntity.keys()).sort((a, b) => a.localeCompare(b));
  const width = days.length + 1;
  const pad = (row: string[]) => [...row, ...new Array(Math.max(0, width - row.length)).fill('')];
  const values: string[][] = [pad([labels.title])];
  const boldRows: number[] = [1];
  const fillRows: Array<{ row: number; colour: string }> = [];
  for (const name of names) {
    values.push(pad([]));
    values.push(pad([name]));
    boldRows.push(values.length);
    fillRows.push({ row: values.length, colour: '#d9e2f3' });
    values.push([labels.pair, ...days.map((d) => labels.dayNames[d] ?? String(d))]);
    boldRows.push(values.length);
    fillRows.push({ row: values.length, colour: '#f2f2f2' });
    const mine = byEntity.get(name) ?? [];
    for (const p of pairs) {
      const row = [`${p.pair}\n${p.start}–${p.end}`];
      for (const d of days) {
        const here = mine.filter((l) => l.day === d && l.pair === p.pair);
        row.push(here.map((l) => cellText(kind, l)).join(' / '));
      }
      values.push(row);
    }
  }
  return { values, boldRows, fillRows, blocks: names.length };
}

/**
 * The lessons a faculty's published timetable shows: every lesson of the faculty's own groups, wherever the lesson is
 * filed (a lecture shared by several faculties is filed under one of them), each with only the faculty's groups.
 * `facultyOfGroup` knows academic groups (from the Students sheet); a group it does not know (a registration practice
 * group or lab subgroup) goes with the lesson's own faculty.
 */
export function lessonsOfFaculty(lessons: readonly GridLesson[], faculty: string, facultyOfGroup: (group: string) => string | undefined): GridLesson[] {
  const out: GridLesson[] = [];
  for (const l of lessons) {
    const groups = l.groups.filter((g) => (facultyOfGroup(wholeGroup(g)) ?? l.faculty) === faculty);
    if (groups.length > 0) out.push({ ...l, groups });
  }
  return out;
}

export interface FacultyDocLabels {
  universityName: string;
  approve: string[];
  title: string;
  group: string;
  header: string[];
  dayNames: Record<number, string>;
  times: Record<number, string>;
}

/** The publishable timetable of one faculty: approval block, title, then per group a table of its week. */
export function facultyTimetableBlocks(lessons: readonly GridLesson[], labels: FacultyDocLabels): DocBlock[] {
  const blocks: DocBlock[] = [...approvalBlock(labels.approve), heading(labels.universityName, 2), heading(labels.title, 1)];
  const byGroup = new Map<string, GridLesson[]>();
  for (const l of lessons) for (const g of new Set(l.groups.map(wholeGroup))) byGroup.set(g, [...(byGroup.get(g) ?? []), l]);
  for (const group of Array.from(byGroup.keys()).sort((a, b) => a.localeCompare(b))) {
    const rows = (byGroup.get(group) ?? [])
      .slice()
      .sort((a, b) => a.day - b.day || a.pair - b.pair || a.discipline.localeCompare(b.discipline))
      .map((l) => {
        // Five columns (when, discipline, type with subgroup, teacher, room) so a portrait page leaves the discipline room.
        const when = `${labels.dayNames[l.day] ?? String(l.day)}, ${l.pair}${labels.times[l.pair] ? ` (${labels.times[l.pair]})` : ''}`;
        const subgroups = l.groups.filter((g) => g.includes('/')).join(', ');
        return [when, l.discipline, subgroups ? `${l.type} (${subgroups})` : l.type, l.teacher, l.room];
      });
    blocks.push(heading(`${labels.group} ${group}`, 3), table(labels.header, rows));
  }
  if (byGroup.size === 0) blocks.push(paragraph('—'));
  return blocks;
}
