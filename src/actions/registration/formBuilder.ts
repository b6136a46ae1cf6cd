// Builds one enrolment form (FormSpec) for a programme and year: a question per elective block (choose exactly the
// allowed number), reserve choices, a teacher question for each discipline with several lecturers; trilingual labels.
// Also the compact state the form-submit handler needs, so it never reads the big sheets.

import type { PlanRules } from '../../domain/registration/audit';
import { shortHash } from '../../domain/registration/hashing';
import { choiceLabel } from '../../domain/registration/requests';
import type { Section } from '../../domain/registration/types';
import type { Discipline, Lang } from '../../domain/types';
import { LANGS } from '../../domain/types';
import { t, type MessageParams } from '../../i18n';
import type { FormChoiceItem, FormSpec } from '../../ports';
import { LANGUAGE_OPTIONS } from '../../sheets/options';

export type FormKind = 'regular' | 'newcomers';

export const ANY_TEACHER_CODE = '*';

/** The state a form's submissions need (JSON in a document property, well under 9 KB). */
export interface FormState {
  /** Form key 'programme/year/kind'. */
  k: string;
  /** The rules of the year. */
  r: PlanRules;
  /** Question title hash → 'B|block', 'R|block' or 'T|discipline'. */
  t: Record<string, string>;
  /** Lecture section → [discipline, language, capacity, 0] (seats taken live in the seats sheet, shared by all forms). */
  s: Record<string, [string, string, number, number]>;
  /** Hashes of the last response ids handled (duplicate trigger events are ignored). */
  h: string[];
  /** Sections whose option was removed because they are full. */
  f: string[];
  /** Hash of the form's content when it was last written to Google Forms (unchanged forms are not touched). */
  v?: string;
}

/** Form state as stored: sections packed as 'id:lang:capacity:filled' entries (ids shortened after their discipline). */
export function encodeFormState(state: FormState): string {
  const packed: Record<string, string> = {};
  for (const [id, [code, lang, cap, fill]] of Object.entries(state.s)) {
    const short = id.startsWith(`${code}.`) ? id.slice(code.length + 1) : `=${id}`;
    packed[code] = packed[code] ? `${packed[code]} ${short}:${lang}:${cap}:${fill}` : `${short}:${lang}:${cap}:${fill}`;
  }
  return JSON.stringify({ ...state, s: packed });
}

export function decodeFormState(text: string | null): FormState | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as Omit<FormState, 's'> & { s: Record<string, string> };
    const s: FormState['s'] = {};
    for (const [code, list] of Object.entries(raw.s)) {
      for (const entry of list.split(' ')) {
        const [short, lang, cap, fill] = entry.split(':');
        s[short.startsWith('=') ? short.slice(1) : `${code}.${short}`] = [code, lang, Number(cap), Number(fill)];
      }
    }
    return { ...raw, s };
  } catch {
    return null;
  }
}

export const formKeyOf = (programmeCode: string, year: number, kind: FormKind): string => `${programmeCode}/${year}/${kind}`;

const tri = (key: string, params: MessageParams = {}): string => LANGS.map((l) => t(l, key, params)).join(' / ');
const nameTri = (d: Discipline | undefined, code: string): string => (d ? `${d.name.kk} / ${d.name.ru} / ${d.name.en}` : code);

export interface FormInputs {
  programmeCode: string;
  programmeName: string;
  year: number;
  kind: FormKind;
  rules: PlanRules;
  /** Open lecture sections of this programme and year. */
  sections: readonly Section[];
  disciplines: ReadonlyMap<string, Discipline>;
  teacherName: (id: string) => string;
  deadline: string;
  policy: 'live' | 'batch';
  /** The form's state from an earlier run (recent responses, options already removed). */
  previous: FormState | null;
  /** Seats taken per lecture section so far (live policy). */
  seats: ReadonlyMap<string, number>;
}

export function buildEnrollmentForm(input: FormInputs): { spec: FormSpec; state: FormState; shortBlocks: Array<{ block: string; available: number; choose: number }> } {
  const { rules } = input;
  const items: FormChoiceItem[] = [];
  const titleKeys: Record<string, string> = {};
  const shortBlocks: Array<{ block: string; available: number; choose: number }> = [];
  const sectionsOf = new Map<string, Section[]>();
  for (const s of input.sections) {
    const list = sectionsOf.get(s.disciplineCode);
    if (list) list.push(s);
    else sectionsOf.set(s.disciplineCode, [s]);
  }
  const full = new Set(input.policy === 'live' ? input.sections.filter((s) => (input.seats.get(s.id) ?? 0) >= s.capacity).map((s) => s.id) : []);
  const hasRoom = (code: string) => (sectionsOf.get(code) ?? []).some((s) => !full.has(s.id));
  // Every question names its form (programme, year; ' · N' on a later year's newcomers form), so the question titles
  // of a response say which form it came from and the submit handler reads only that form's block.
  const formMark = `[${input.programmeCode} · ${input.year}${input.kind === 'newcomers' && input.year > 1 ? ' · N' : ''}] `;
  const add = (item: FormChoiceItem, key: string) => {
    const named = { ...item, title: `${formMark}${item.title}` };
    items.push(named);
    titleKeys[shortHash(named.title)] = key;
  };
  items.push({ key: 'intro', title: tri('reg.form.introTitle'), help: tri('reg.form.introHelp', { deadline: input.deadline || '—' }), kind: 'section', choices: [], selectExactly: 0, required: false });
  if (input.kind === 'newcomers') {
    items.push({ key: 'difference', title: tri('reg.form.differenceTitle'), help: tri('reg.form.differenceHelp'), kind: 'section', choices: [], selectExactly: 0, required: false });
  }
  const electiveCodes = (block: string) =>
    Object.entries(rules.electives)
      .filter(([, e]) => e[0] === block)
      .map(([code]) => code)
      .sort();
  for (const b of rules.blocks) {
    const offered = electiveCodes(b.block).filter((code) => (sectionsOf.get(code) ?? []).length > 0);
    const open = offered.filter(hasRoom);
    const label = (code: string) => choiceLabel(code, `${nameTri(input.disciplines.get(code), code)} — ${rules.electives[code][2]} ${tri('reg.form.credits')}`);
    const semester = rules.electives[offered[0] ?? electiveCodes(b.block)[0]]?.[1] ?? 1;
    if (open.length < b.choose) shortBlocks.push({ block: b.block, available: open.length, choose: b.choose });
    if (open.length === 0) continue;
    const exactly = Math.min(b.choose, open.length);
    add({ key: `block-${b.block}`, title: tri('reg.form.blockTitle', { block: b.block, semester, choose: b.choose }), help: tri('reg.form.blockHelp', { choose: b.choose }), kind: 'checkbox', choices: open.map(label), selectExactly: exactly, required: true }, `B|${b.block}`);
    if (open.length > b.choose) {
      add({ key: `reserve-${b.block}`, title: tri('reg.form.reserveTitle', { block: b.block }), help: tri('reg.form.reserveHelp'), kind: 'checkbox', choices: open.map(label), selectExactly: 0, required: false }, `R|${b.block}`);
    }
  }
  const disciplineOrder = [...rules.compulsory.map((c) => c.disciplineCode), ...Object.keys(rules.electives).sort()];
  for (const code of disciplineOrder) {
    const list = (sectionsOf.get(code) ?? []).filter((s) => !full.has(s.id)).sort((a, b) => a.id.localeCompare(b.id));
    if (list.length < 2) continue;
    const d = input.disciplines.get(code);
    add(
      {
        key: `teacher-${code}`,
        title: tri('reg.form.teacherTitle', { code, name: d ? d.name.en : code }),
        help: tri('reg.form.teacherHelp'),
        kind: 'multipleChoice',
        choices: [...list.map((s) => choiceLabel(s.id, `${input.teacherName(s.teacherId)} (${LANGUAGE_OPTIONS[s.language as Lang].kk} / ${LANGUAGE_OPTIONS[s.language as Lang].ru} / ${LANGUAGE_OPTIONS[s.language as Lang].en})`)), choiceLabel(ANY_TEACHER_CODE, tri('reg.form.anyTeacher'))],
        selectExactly: 0,
        required: false,
      },
      `T|${code}`,
    );
  }
  const sections: FormState['s'] = {};
  for (const s of input.sections) sections[s.id] = [s.disciplineCode, s.language, s.capacity, 0];
  const key = formKeyOf(input.programmeCode, input.year, input.kind);
  const spec: FormSpec = {
    key,
    title: `${tri('reg.form.title', { year: input.year })} — ${input.programmeCode} ${input.programmeName}`,
    description: tri(input.policy === 'live' ? 'reg.form.descriptionLive' : 'reg.form.descriptionBatch', { deadline: input.deadline || '—' }),
    items,
    confirmation: tri('reg.form.confirmation'),
  };
  // Only earlier disciplines that are prerequisites of this year matter to a submission.
  const prerequisites = new Set(Object.values(rules.prerequisites).flat());
  const compactRules: PlanRules = { ...rules, earlier: rules.earlier.filter((c) => prerequisites.has(c)) };
  const state: FormState = { k: key, r: compactRules, t: titleKeys, s: sections, h: input.previous?.h ?? [], f: [...full].filter((id) => sections[id] !== undefined) };
  return { spec, state, shortBlocks };
}
