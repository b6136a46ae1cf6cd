// Generates a realistic, deterministic sample university of any size (faculties to calendar) from a seed.

import type {
  CalendarEvent,
  CurriculumEntry,
  Department,
  Discipline,
  Faculty,
  Lang,
  Position,
  Programme,
  Room,
  RoomType,
  Student,
  StudentStatus,
  Teacher,
  TimeSlot,
  Trilingual,
  University,
} from '../types';
import { FACULTIES, GENERAL_DEPARTMENT, GENERAL_DISCIPLINES, PROGRAMMES, type ProgrammeSeed, UNIVERSITY_NAME } from './catalogue';
import { randomName, transliterate } from './names';
import { createRandom, type Random } from './random';

export interface SampleOptions {
  students: number;
  seed: number;
  /** First calendar year of the academic year, e.g. 2026 for 2026-2027. */
  startYear: number;
}

export const DEFAULT_SAMPLE: SampleOptions = { students: 2000, seed: 1, startYear: 2026 };

const GROUP_MAX = 25;
const CREDITS = 5;

interface Variant {
  suffix: Trilingual;
  prefix?: Trilingual;
}

const VARIANTS: Variant[] = [
  { suffix: { en: ' 1', ru: ' 1', kk: ' 1' } },
  { suffix: { en: ' 2', ru: ' 2', kk: ' 2' } },
  { suffix: { en: '', ru: '', kk: '' } },
  { suffix: { en: ': special course', ru: ': спецкурс', kk: ': арнайы курс' } },
  { suffix: { en: ': practicum', ru: ': практикум', kk: ': практикум' } },
];

const MASTER_VARIANTS: Variant[] = [
  { suffix: { en: ' (advanced course)', ru: ' (углублённый курс)', kk: ' (тереңдетілген курс)' } },
  { suffix: { en: ': research methods', ru: ': методы исследования', kk: ': зерттеу әдістері' } },
];

const MASTER_GENERAL: Array<{ code: string; name: Trilingual; semester: 1 | 2 }> = [
  { code: 'MGEN-701', name: { en: 'History and Philosophy of Science', ru: 'История и философия науки', kk: 'Ғылым тарихы мен философиясы' }, semester: 1 },
  { code: 'MGEN-702', name: { en: 'Foreign Language (professional)', ru: 'Иностранный язык (профессиональный)', kk: 'Шетел тілі (кәсіби)' }, semester: 1 },
  { code: 'MGEN-703', name: { en: 'Higher School Pedagogy', ru: 'Педагогика высшей школы', kk: 'Жоғары мектеп педагогикасы' }, semester: 1 },
  { code: 'MGEN-704', name: { en: 'Psychology of Management', ru: 'Психология управления', kk: 'Басқару психологиясы' }, semester: 2 },
];

const FINAL_LINES = {
  practice: { code: 'PRAC-401', name: { en: 'Professional Practice', ru: 'Производственная практика', kk: 'Өндірістік практика' } },
  finalAttestation: { code: 'FIN-402', name: { en: 'Final Attestation', ru: 'Итоговая аттестация', kk: 'Қорытынды аттестаттау' } },
  research: { code: 'MRES-801', name: { en: "Master's Research Work", ru: 'Научно-исследовательская работа магистранта', kk: 'Магистранттың ғылыми-зерттеу жұмысы' } },
  researchPractice: { code: 'MRES-802', name: { en: 'Research Practice', ru: 'Исследовательская практика', kk: 'Зерттеу практикасы' } },
  masterFinal: { code: 'MFIN-803', name: { en: "Final Attestation (master's thesis)", ru: 'Итоговая аттестация (магистерская диссертация)', kk: 'Қорытынды аттестаттау (магистрлік диссертация)' } },
};

interface PoolDiscipline {
  code: string;
  name: Trilingual;
  departmentCode: string;
  topic: number;
  variant: number;
  lab: boolean;
}

function withVariant(name: Trilingual, v: Variant): Trilingual {
  return { en: name.en + v.suffix.en, ru: name.ru + v.suffix.ru, kk: name.kk + v.suffix.kk };
}

const LAB_DEPARTMENTS = new Set(['CS', 'PET', 'CHB']);

/** Every faculty's pool of disciplines: each topic in several variants (parts 1 and 2, special course, practicum). */
function facultyPools(): Map<string, { bachelor: PoolDiscipline[]; master: PoolDiscipline[] }> {
  const pools = new Map<string, { bachelor: PoolDiscipline[]; master: PoolDiscipline[] }>();
  for (const faculty of FACULTIES) {
    const bachelor: PoolDiscipline[] = [];
    const master: PoolDiscipline[] = [];
    faculty.topics.forEach((topic, t) => {
      const dept = faculty.departments[t % faculty.departments.length].code;
      VARIANTS.forEach((v, vi) => {
        bachelor.push({ code: `${dept}-${String(100 + t * 10 + vi)}`, name: withVariant(topic, v), departmentCode: dept, topic: t, variant: vi, lab: LAB_DEPARTMENTS.has(dept) && vi !== 4 });
      });
      MASTER_VARIANTS.forEach((v, vi) => {
        master.push({ code: `${dept}-${String(700 + t * 10 + vi)}`, name: withVariant(topic, v), departmentCode: dept, topic: t, variant: vi, lab: false });
      });
    });
    pools.set(faculty.code, { bachelor, master });
  }
  return pools;
}

/** One semester's plan: how many compulsory basic/profile lines and elective blocks (block size = options). */
interface SemesterPlan {
  year: number;
  semester: 1 | 2;
  general: number;
  basic: number;
  profile: number;
  electiveBlocks: number;
  options: number;
}

const BACHELOR_PLAN: SemesterPlan[] = [
  { year: 1, semester: 1, general: 4, basic: 2, profile: 0, electiveBlocks: 0, options: 2 },
  { year: 1, semester: 2, general: 3, basic: 2, profile: 0, electiveBlocks: 1, options: 2 },
  { year: 2, semester: 1, general: 1, basic: 3, profile: 0, electiveBlocks: 2, options: 2 },
  { year: 2, semester: 2, general: 1, basic: 3, profile: 0, electiveBlocks: 2, options: 2 },
  { year: 3, semester: 1, general: 0, basic: 0, profile: 3, electiveBlocks: 3, options: 3 },
  { year: 3, semester: 2, general: 0, basic: 0, profile: 3, electiveBlocks: 3, options: 3 },
  { year: 4, semester: 1, general: 0, basic: 0, profile: 2, electiveBlocks: 4, options: 3 },
  { year: 4, semester: 2, general: 0, basic: 0, profile: 0, electiveBlocks: 2, options: 3 },
];

const MASTER_PLAN: SemesterPlan[] = [
  { year: 1, semester: 1, general: 3, basic: 1, profile: 0, electiveBlocks: 2, options: 2 },
  { year: 1, semester: 2, general: 1, basic: 0, profile: 2, electiveBlocks: 3, options: 2 },
  { year: 2, semester: 1, general: 0, basic: 0, profile: 3, electiveBlocks: 3, options: 2 },
];

function hoursFor(lab: boolean, lectureCourse: boolean): { hoursLecture: number; hoursPractice: number; hoursLab: number } {
  if (!lectureCourse) return { hoursLecture: 0, hoursPractice: 45, hoursLab: 0 };
  return lab ? { hoursLecture: 15, hoursPractice: 15, hoursLab: 15 } : { hoursLecture: 15, hoursPractice: 30, hoursLab: 0 };
}

function curriculumFor(seed: ProgrammeSeed, pool: PoolDiscipline[], random: Random): CurriculumEntry[] {
  const lines: CurriculumEntry[] = [];
  const master = seed.level === 'master';
  const plan = master ? MASTER_PLAN : BACHELOR_PLAN;
  const order = random.shuffle(pool);
  // Compulsory lines prefer parts 1 and 2 and plain topics; electives take what is left.
  const compulsoryFirst = [...order.filter((d) => d.variant <= 2), ...order.filter((d) => d.variant > 2)];
  const used = new Set<string>();
  const take = (prefer: PoolDiscipline[]): PoolDiscipline => {
    const d = prefer.find((x) => !used.has(x.code)) ?? order.find((x) => !used.has(x.code));
    if (!d) throw new Error(`Sample pool too small for ${seed.code}`);
    used.add(d.code);
    return d;
  };
  const earlier = new Map<number, string[]>();
  const prerequisitesFor = (d: PoolDiscipline): string[] => (earlier.get(d.topic) ?? []).slice(-1);
  const generalQueue = master ? MASTER_GENERAL.slice() : GENERAL_DISCIPLINES.slice();
  let blockNo = 0;
  for (const sem of plan) {
    const semesterLines: Array<{ d: PoolDiscipline; entry: CurriculumEntry }> = [];
    for (let i = 0; i < sem.general; i++) {
      const g = generalQueue.shift();
      if (!g) break;
      const lecture = 'lecture' in g ? (g as { lecture: boolean }).lecture : true;
      const lab = 'lab' in g ? (g as { lab: boolean }).lab : false;
      lines.push({
        programmeCode: seed.code, disciplineCode: g.code, year: sem.year, semester: sem.semester,
        component: 'compulsory', cycle: 'general', electiveBlock: '', choose: 0, credits: CREDITS,
        ...hoursFor(lab, lecture), prerequisites: [],
      });
    }
    const compulsory = (count: number, cycle: 'basic' | 'profile') => {
      for (let i = 0; i < count; i++) {
        const d = take(compulsoryFirst);
        semesterLines.push({
          d,
          entry: {
            programmeCode: seed.code, disciplineCode: d.code, year: sem.year, semester: sem.semester,
            component: cycle === 'basic' && i === 0 && sem.year > 1 ? 'university' : 'compulsory', cycle, electiveBlock: '', choose: 0,
            credits: CREDITS, ...hoursFor(d.lab, d.variant !== 4), prerequisites: prerequisitesFor(d),
          },
        });
      }
    };
    compulsory(sem.basic, 'basic');
    compulsory(sem.profile, 'profile');
    for (let b = 0; b < sem.electiveBlocks; b++) {
      blockNo++;
      const block = `${seed.code}-E${String(blockNo).padStart(2, '0')}`;
      for (let o = 0; o < sem.options; o++) {
        const d = take(order);
        semesterLines.push({
          d,
          entry: {
            programmeCode: seed.code, disciplineCode: d.code, year: sem.year, semester: sem.semester,
            component: 'elective', cycle: sem.year <= 2 ? 'basic' : 'profile', electiveBlock: block, choose: 1,
            credits: CREDITS, ...hoursFor(d.lab, d.variant !== 4), prerequisites: prerequisitesFor(d),
          },
        });
      }
    }
    for (const { d, entry } of semesterLines) {
      lines.push(entry);
      if (entry.component !== 'elective') earlier.set(d.topic, [...(earlier.get(d.topic) ?? []), d.code]);
    }
  }
  const finals = master
    ? [FINAL_LINES.research, FINAL_LINES.researchPractice, FINAL_LINES.masterFinal]
    : [FINAL_LINES.practice, FINAL_LINES.finalAttestation];
  const lastYear = master ? 2 : 4;
  for (const f of finals) {
    lines.push({
      programmeCode: seed.code, disciplineCode: f.code, year: lastYear, semester: 2,
      component: 'compulsory', cycle: 'profile', electiveBlock: '', choose: 0, credits: master ? 10 : 10,
      hoursLecture: 0, hoursPractice: 0, hoursLab: 0, prerequisites: [],
    });
  }
  return lines;
}

const YEAR_SHARES: Record<number, number[]> = { 4: [0.28, 0.26, 0.24, 0.22], 2: [0.55, 0.45] };
const LANG_SUFFIX: Record<Lang, string> = { kk: 'kz', ru: 'ru', en: 'en' };

/** Splits `total` into parts proportional to `weights`, the parts summing exactly to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k].i]++;
  return out;
}

const STATUS_WEIGHTS: Array<[StudentStatus, number]> = [
  ['active', 0.955],
  ['reinstated', 0.01],
  ['transferredIn', 0.01],
  ['academicLeave', 0.015],
  ['expelled', 0.005],
  ['graduated', 0.005],
];

function pickStatus(random: Random): StudentStatus {
  let r = random.next();
  for (const [status, w] of STATUS_WEIGHTS) {
    if ((r -= w) < 0) return status;
  }
  return 'active';
}

/**
 * The programmes a university of this size offers: about one per 110 students (at least 8, at most all),
 * the most popular first, keeping at least one evening and one master's programme — so that cohorts
 * are of a realistic size (a 2,000-student university does not run 28 programmes in three languages).
 */
export function offeredProgrammes(students: number): ProgrammeSeed[] {
  const count = Math.min(PROGRAMMES.length, Math.max(8, Math.ceil(students / 110)));
  const ranked = PROGRAMMES.map((p, i) => ({ p, i })).sort((a, b) => b.p.weight - a.p.weight || a.i - b.i);
  const chosen = new Set(ranked.slice(0, count).map((r) => r.p.code));
  for (const need of [(p: ProgrammeSeed) => p.studyForm === 'evening', (p: ProgrammeSeed) => p.level === 'master']) {
    if (![...chosen].some((code) => need(PROGRAMMES.find((p) => p.code === code) as ProgrammeSeed))) {
      const add = ranked.find((r) => need(r.p));
      const drop = [...ranked].reverse().find((r) => chosen.has(r.p.code) && !need(r.p));
      if (add && drop) {
        chosen.delete(drop.p.code);
        chosen.add(add.p.code);
      }
    }
  }
  return PROGRAMMES.filter((p) => chosen.has(p.code));
}

/** A cohort is taught in a second language only when it is large enough for a group of its own. */
const SECOND_LANGUAGE_MIN = 40;

function students(options: SampleOptions, programmes: Programme[], random: Random): Student[] {
  const out: Student[] = [];
  const perProgramme = apportion(options.students, offeredProgrammes(options.students).map((p) => p.weight));
  let seq = 0;
  programmes.forEach((programme, pi) => {
    const perYear = apportion(perProgramme[pi], YEAR_SHARES[programme.years]);
    perYear.forEach((count, yi) => {
      const year = yi + 1;
      const languages = count >= SECOND_LANGUAGE_MIN ? programme.languages.length : 1;
      const langWeights = programme.languages.map((_, li) => (li >= languages ? 0 : li === 0 ? (languages === 1 ? 1 : 0.6) : 0.4 / Math.max(1, languages - 1)));
      const perLang = apportion(count, langWeights);
      perLang.forEach((n, li) => {
        if (n === 0) return;
        const lang = programme.languages[li];
        const entryYY = String((options.startYear - year + 1) % 100).padStart(2, '0');
        const groups = Math.max(1, Math.ceil(n / GROUP_MAX));
        const sizes = apportion(n, new Array(groups).fill(1));
        sizes.forEach((size, gi) => {
          const group = `${programme.code}-${entryYY}-${LANG_SUFFIX[lang]}${groups > 1 ? `-${gi + 1}` : ''}`;
          for (let s = 0; s < size; s++) {
            seq++;
            const name = randomName(random, lang === 'ru' ? 0.45 : lang === 'en' ? 0.2 : 0.03);
            const id = `${entryYY}${String(seq).padStart(6, '0')}`;
            const gpa = year === 1 ? null : Math.round(Math.min(4, Math.max(1.2, 2.9 + (random.next() + random.next() + random.next() - 1.5) * 0.9)) * 100) / 100;
            out.push({
              id,
              ...name,
              email: `${transliterate(name.firstName).slice(0, 1)}.${transliterate(name.lastName)}${String(seq).padStart(5, '0')}@stud.atu.edu.kz`,
              programmeCode: programme.code,
              year,
              group,
              studyForm: programme.studyForm,
              language: lang,
              funding: random.chance(0.62) ? 'grant' : 'paid',
              status: pickStatus(random),
              gpa,
            });
          }
        });
      });
    });
  });
  return out;
}

const POSITIONS: Array<[Position, number]> = [
  ['professor', 0.08],
  ['associateProfessor', 0.22],
  ['seniorLecturer', 0.4],
  ['lecturer', 0.22],
  ['assistant', 0.08],
];

function teachers(options: SampleOptions, departments: Department[], programmes: Programme[], students: readonly Student[], random: Random): Teacher[] {
  const total = Math.max(departments.length * 4, Math.round(options.students / 16));
  const weights = departments.map((d) => (d.code === GENERAL_DEPARTMENT.code ? 3 : 1));
  const perDept = apportion(total, weights);
  const englishDepts = new Set(programmes.filter((p) => p.languages.includes('en')).map((p) => p.departmentCode));
  // English-taught students of a faculty are taught by its departments (the general department: everyone's), so
  // each department has at least as many English-speaking teachers as that share of its staff, with a margin.
  const facultyOf = new Map(programmes.map((p) => [p.code, p.facultyCode]));
  const byFaculty = new Map<string, { all: number; en: number }>();
  const tally = (key: string, en: boolean) => {
    const t = byFaculty.get(key) ?? { all: 0, en: 0 };
    t.all++;
    if (en) t.en++;
    byFaculty.set(key, t);
  };
  for (const st of students) {
    tally(facultyOf.get(st.programmeCode) ?? '', st.language === 'en');
    tally('*', st.language === 'en');
  }
  const englishNeeded = departments.map((d, di) => {
    const t = byFaculty.get(d.code === GENERAL_DEPARTMENT.code ? '*' : d.facultyCode);
    return t && t.en > 0 ? Math.ceil((perDept[di] * t.en * 1.5) / t.all) + 1 : 0;
  });
  const out: Teacher[] = [];
  let seq = 0;
  departments.forEach((dept, di) => {
    for (let i = 0; i < perDept[di]; i++) {
      seq++;
      const name = randomName(random, 0.3);
      const r = random.next();
      const languages: Lang[] = r < 0.7 ? ['kk', 'ru'] : r < 0.85 ? ['kk'] : ['ru'];
      if (i < 2 || (englishDepts.has(dept.code) && random.chance(0.25)) || (dept.code === GENERAL_DEPARTMENT.code && random.chance(0.2)) || i < englishNeeded[di]) {
        if (!languages.includes('en')) languages.push('en');
      }
      if (i < 2 && !languages.includes('kk')) languages.unshift('kk');
      if (i < 2 && !languages.includes('ru')) languages.splice(1, 0, 'ru');
      let pr = random.next();
      let position: Position = 'lecturer';
      for (const [pos, w] of POSITIONS) {
        if ((pr -= w) < 0) {
          position = pos;
          break;
        }
      }
      out.push({
        id: `T${String(seq).padStart(5, '0')}`,
        ...name,
        email: `${transliterate(name.firstName).slice(0, 1)}.${transliterate(name.lastName)}${String(seq).padStart(4, '0')}@atu.edu.kz`,
        departmentCode: dept.code,
        position,
        languages,
        maxLoadHours: random.pick([560, 600, 680, 720, 800]),
      });
    }
  });
  return out;
}

/** Weekly pairs a room can host at a realistic 60 % use of a 6-day, 6-pair week. */
const ROOM_PAIRS_PER_WEEK = 21;

/**
 * Rooms sized to what the students need: lecture halls for the lecture streams (one per programme,
 * year and language, about 5 lecture pairs a week each, halls as large as the streams), classrooms for
 * the groups' practice (about 6 pairs a week per group), labs for lab subgroups.
 */
/**
 * Sizes of the lecture sections registration will form: a compulsory discipline's students of one semester and
 * language are merged across the programmes that share it, split into streams of at most `streamMax`
 * (registration's `size.lectureStreamMax` default), as src/domain/registration/offerings.ts does.
 */
export function mergedLectureSizes(curriculum: readonly CurriculumEntry[], students: readonly Student[], streamMax = 150): number[] {
  const cohort = new Map<string, Map<string, number>>();
  for (const s of students) {
    const k = `${s.programmeCode}|${s.year}`;
    const byLang = cohort.get(k) ?? new Map<string, number>();
    byLang.set(s.language, (byLang.get(s.language) ?? 0) + 1);
    cohort.set(k, byLang);
  }
  const demand = new Map<string, number>();
  for (const c of curriculum) {
    if (c.electiveBlock !== '' || c.hoursLecture <= 0) continue;
    for (const [language, n] of cohort.get(`${c.programmeCode}|${c.year}`) ?? []) {
      const k = `${c.disciplineCode}|${c.semester}|${language}`;
      demand.set(k, (demand.get(k) ?? 0) + n);
    }
  }
  const sizes: number[] = [];
  for (const d of demand.values()) {
    const streams = Math.ceil(d / streamMax);
    for (let i = 0; i < streams; i++) sizes.push(Math.ceil(d / streams));
  }
  return sizes.sort((a, b) => b - a);
}

function rooms(options: SampleOptions, students: readonly Student[], curriculum: readonly CurriculumEntry[], random: Random): Room[] {
  const cohorts = new Map<string, number>();
  const groups = new Set<string>();
  for (const s of students) {
    const key = `${s.programmeCode}|${s.year}|${s.language}`;
    cohorts.set(key, (cohorts.get(key) ?? 0) + 1);
    groups.add(s.group);
  }
  const cohortSizes = [...cohorts.values()].map((n) => Math.min(150, n));
  const halls = Math.max(6, Math.ceil((cohortSizes.length * 5) / ROOM_PAIRS_PER_WEEK));
  // Halls follow the lecture sections registration will form (merged across programmes), so the largest
  // merged stream always has a hall; with no curriculum, the cohorts themselves.
  const merged = mergedLectureSizes(curriculum, students);
  const streamSizes = merged.length > 0 ? merged : cohortSizes.sort((a, b) => b - a);
  const practice = Math.max(8, Math.ceil((groups.size * 6) / ROOM_PAIRS_PER_WEEK));
  const labs = Math.max(2, Math.ceil((groups.size * 1.5) / ROOM_PAIRS_PER_WEEK));
  const spec: Array<[RoomType, number, (i: number) => number, string[]]> = [
    // Each hall fits one of the streams, largest first, with a little room to spare.
    ['lecture', halls, (i) => Math.max(40, Math.ceil((streamSizes[Math.floor((i * streamSizes.length) / halls)] * 1.15) / 10) * 10), ['projector', 'microphone']],
    ['practice', practice, () => random.int(25, 32), ['whiteboard']],
    ['computerLab', labs, () => random.int(15, 25), ['computers', 'projector']],
    ['lab', labs, () => random.int(12, 16), ['fume hood']],
    ['gym', Math.max(1, Math.ceil(options.students / 4000)), () => random.int(40, 60), []],
  ];
  const buildings = ['1', '2', '3', '4', '5'].slice(0, Math.max(2, Math.min(5, Math.ceil(options.students / 4000) + 1)));
  const out: Room[] = [];
  const perFloor = new Map<string, number>();
  for (const [type, count, capacity, features] of spec) {
    for (let i = 0; i < count; i++) {
      const building = buildings[(out.length + i) % buildings.length];
      const floor = type === 'gym' ? 1 : 1 + ((i + out.length) % 4);
      const key = `${building}-${floor}`;
      const k = (perFloor.get(key) ?? 0) + 1;
      perFloor.set(key, k);
      out.push({ number: `${building}-${floor}${String(k).padStart(2, '0')}`, building, capacity: capacity(i), type, features });
    }
  }
  return out;
}

function timeGrid(): TimeSlot[] {
  const fulltime: Array<[string, string]> = [['08:00', '09:40'], ['09:50', '11:30'], ['11:40', '13:20'], ['14:00', '15:40'], ['15:50', '17:30'], ['17:40', '19:20']];
  const evening: Array<[string, string]> = [['18:00', '19:40'], ['19:50', '21:30']];
  const masters: Array<[string, string]> = [['14:00', '15:40'], ['15:50', '17:30'], ['17:40', '19:20'], ['19:30', '21:10']];
  const slots: TimeSlot[] = [];
  fulltime.forEach(([start, end], i) => slots.push({ studyForm: 'fulltime', pair: i + 1, start, end, days: [1, 2, 3, 4, 5, 6] }));
  evening.forEach(([start, end], i) => slots.push({ studyForm: 'evening', pair: i + 1, start, end, days: [1, 2, 3, 4, 5, 6] }));
  masters.forEach(([start, end], i) => slots.push({ studyForm: 'masters', pair: i + 1, start, end, days: [1, 2, 3, 4, 5] }));
  return slots;
}

function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function calendar(startYear: number): CalendarEvent[] {
  const y = startYear;
  const ay = `${y}-${y + 1}`;
  const ev = (term: CalendarEvent['term'], kind: CalendarEvent['kind'], start: string, end: string, en: string, ru: string, kk: string): CalendarEvent => ({
    academicYear: ay, term, kind, studyForm: 'all', start, end, name: { en, ru, kk },
  });
  return [
    ev('autumn', 'registration', isoDay(y, 8, 10), isoDay(y, 8, 25), 'Registration of 1st-year, reinstated and transferred students', 'Регистрация студентов 1 курса, восстановленных и переведённых', '1-курс, қайта қабылданған және ауысқан студенттерді тіркеу'),
    ev('autumn', 'semester', isoDay(y, 9, 1), isoDay(y, 12, 12), 'Autumn semester classes (15 weeks)', 'Занятия осеннего семестра (15 недель)', 'Күзгі семестр сабақтары (15 апта)'),
    ev('autumn', 'midterm1', isoDay(y, 10, 12), isoDay(y, 10, 24), 'Midterm control 1 (weeks 7–8)', 'Рубежный контроль 1 (7–8 недели)', 'Аралық бақылау 1 (7–8 апталар)'),
    ev('autumn', 'midterm2', isoDay(y, 12, 7), isoDay(y, 12, 12), 'Midterm control 2 (week 15)', 'Рубежный контроль 2 (15 неделя)', 'Аралық бақылау 2 (15 апта)'),
    ev('autumn', 'session', isoDay(y, 12, 14), isoDay(y + 1, 1, 9), 'Winter examination session', 'Зимняя экзаменационная сессия', 'Қысқы емтихан сессиясы'),
    ev('autumn', 'holiday', isoDay(y + 1, 1, 11), isoDay(y + 1, 1, 24), 'Winter holidays', 'Зимние каникулы', 'Қысқы демалыс'),
    ev('spring', 'semester', isoDay(y + 1, 1, 25), isoDay(y + 1, 5, 8), 'Spring semester classes (15 weeks)', 'Занятия весеннего семестра (15 недель)', 'Көктемгі семестр сабақтары (15 апта)'),
    ev('spring', 'midterm1', isoDay(y + 1, 3, 8), isoDay(y + 1, 3, 20), 'Midterm control 1 (weeks 7–8)', 'Рубежный контроль 1 (7–8 недели)', 'Аралық бақылау 1 (7–8 апталар)'),
    ev('spring', 'registration', isoDay(y + 1, 4, 1), isoDay(y + 1, 4, 20), 'Registration for disciplines of the next academic year', 'Регистрация на дисциплины следующего учебного года', 'Келесі оқу жылының пәндеріне тіркелу'),
    ev('spring', 'midterm2', isoDay(y + 1, 5, 3), isoDay(y + 1, 5, 8), 'Midterm control 2 (week 15)', 'Рубежный контроль 2 (15 неделя)', 'Аралық бақылау 2 (15 апта)'),
    ev('spring', 'session', isoDay(y + 1, 5, 10), isoDay(y + 1, 6, 5), 'Summer examination session', 'Летняя экзаменационная сессия', 'Жазғы емтихан сессиясы'),
    ev('summer', 'summerSemester', isoDay(y + 1, 6, 14), isoDay(y + 1, 7, 24), 'Summer semester (6 weeks, paid)', 'Летний семестр (6 недель, платный)', 'Жазғы семестр (6 апта, ақылы)'),
    ev('summer', 'holiday', isoDay(y + 1, 7, 26), isoDay(y + 1, 8, 31), 'Summer holidays', 'Летние каникулы', 'Жазғы демалыс'),
  ];
}

/**
 * A whole sample university.
 * @example generateUniversity({ students: 2000, seed: 1, startYear: 2026 }).students.length // → 2000
 */
export function generateUniversity(options: Partial<SampleOptions> = {}): University {
  const opts: SampleOptions = { ...DEFAULT_SAMPLE, ...options };
  const random = createRandom(opts.seed);
  const faculties: Faculty[] = FACULTIES.map((f) => {
    const dean = randomName(random, 0.2);
    return { code: f.code, name: f.name, dean: `${dean.lastName} ${dean.firstName.slice(0, 1)}. ${dean.patronymic.slice(0, 1)}.`, deanEmail: `dean.${f.code.toLowerCase()}@atu.edu.kz` };
  });
  const departments: Department[] = [
    ...FACULTIES.flatMap((f) =>
      f.departments.map((d) => {
        const head = randomName(random, 0.2);
        return { code: d.code, facultyCode: f.code, name: d.name, head: `${head.lastName} ${head.firstName.slice(0, 1)}.` };
      }),
    ),
    { ...GENERAL_DEPARTMENT, head: 'Жұмабаева Г.' },
  ];
  const offered = offeredProgrammes(opts.students);
  const programmes: Programme[] = offered.map((p) => ({
    code: p.code, name: p.name, facultyCode: p.facultyCode, departmentCode: p.departmentCode, level: p.level,
    languages: p.languages, studyForm: p.studyForm, years: p.level === 'master' ? 2 : 4, creditsToGraduate: p.level === 'master' ? 120 : 240,
  }));
  const pools = facultyPools();
  const curriculum: CurriculumEntry[] = [];
  for (const seed of offered) {
    const pool = pools.get(seed.facultyCode);
    if (!pool) continue;
    curriculum.push(...curriculumFor(seed, seed.level === 'master' ? pool.master : pool.bachelor, createRandom(opts.seed * 7919 + hash(seed.code))));
  }
  const usedCodes = new Set(curriculum.map((c) => c.disciplineCode));
  const disciplines: Discipline[] = [];
  const credit = new Map(curriculum.map((c) => [c.disciplineCode, c.credits]));
  const addDiscipline = (code: string, name: Trilingual, departmentCode: string) => {
    if (usedCodes.has(code) && !disciplines.some((d) => d.code === code)) disciplines.push({ code, name, credits: credit.get(code) ?? CREDITS, departmentCode });
  };
  for (const g of GENERAL_DISCIPLINES) addDiscipline(g.code, g.name, GENERAL_DEPARTMENT.code);
  for (const g of MASTER_GENERAL) addDiscipline(g.code, g.name, GENERAL_DEPARTMENT.code);
  for (const f of Object.values(FINAL_LINES)) addDiscipline(f.code, f.name, GENERAL_DEPARTMENT.code);
  for (const pool of pools.values()) for (const d of [...pool.bachelor, ...pool.master]) addDiscipline(d.code, d.name, d.departmentCode);
  const studentList = students(opts, programmes, random);
  return {
    name: UNIVERSITY_NAME,
    academicYear: `${opts.startYear}-${opts.startYear + 1}`,
    faculties,
    departments,
    programmes,
    disciplines,
    curriculum,
    students: studentList,
    teachers: teachers(opts, departments, programmes, studentList, random),
    rooms: rooms(opts, studentList, curriculum, random),
    timeGrid: timeGrid(),
    calendar: calendar(opts.startYear),
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
