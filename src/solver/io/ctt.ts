// Reads and writes the ITC-2007 Track 3 formats: `.ctt` instances and `CourseID RoomID Day Period` solutions.

export interface CttCourse {
  id: string;
  teacher: string;
  lectures: number;
  minWorkingDays: number;
  students: number;
}

export interface CttInstance {
  name: string;
  days: number;
  periodsPerDay: number;
  courses: CttCourse[];
  rooms: { id: string; capacity: number }[];
  curricula: { id: string; courses: string[] }[];
  unavailability: { course: string; day: number; period: number }[];
}

/** One line of a solution: a lecture of `course` in `room` at `day`, `period` (both from 0). */
export interface CttLecture {
  course: string;
  room: string;
  day: number;
  period: number;
}

/** A malformed file; the message starts with `line N:` (1-based). */
export class CttFormatError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'CttFormatError';
    this.line = line;
  }
}

const COURSE_LINE = '"CourseID Teacher #Lectures MinWorkingDays #Students"';
const ROOM_LINE = '"RoomID Capacity"';
const CURRICULUM_LINE = '"CurriculumID #Courses CourseID..."';
const UNAVAILABILITY_LINE = '"CourseID Day Period"';

/** Lines with their 1-based numbers, blank ones dropped. */
function numberedLines(text: string): { n: number; words: string[] }[] {
  const out: { n: number; words: string[] }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const words = raw.trim().split(/\s+/).filter((w) => w.length > 0);
    if (words.length > 0) out.push({ n: i + 1, words });
  });
  return out;
}

function toCount(word: string | undefined, line: number, expected: string): number {
  if (word === undefined || !/^\d+$/.test(word)) throw new CttFormatError(line, `expected ${expected}`);
  return Number(word);
}

/**
 * Parses a `.ctt` instance.
 *
 * @example
 * parseCtt('Name: x\nCourses: 1\n...') // throws CttFormatError('line 3: expected "Rooms: <number>"') on a missing header
 */
export function parseCtt(text: string): CttInstance {
  const lines = numberedLines(text);
  let i = 0;
  const lastLine = text.split(/\r?\n/).length;
  const next = (expected: string): { n: number; words: string[] } => {
    const l = lines[i++];
    if (!l) throw new CttFormatError(lastLine, `unexpected end of file, expected ${expected}`);
    return l;
  };
  const header = (key: string, numeric: boolean): { n: number; value: string } => {
    const expected = numeric ? `"${key} <number>"` : `"${key} <text>"`;
    const l = next(expected);
    if (l.words[0] !== key || l.words.length < 2 || (numeric && l.words.length !== 2)) throw new CttFormatError(l.n, `expected ${expected}`);
    if (numeric) toCount(l.words[1], l.n, expected);
    return { n: l.n, value: l.words.slice(1).join(' ') };
  };
  const name = header('Name:', false).value;
  const courseCount = Number(header('Courses:', true).value);
  const roomCount = Number(header('Rooms:', true).value);
  const daysH = header('Days:', true);
  const ppdH = header('Periods_per_day:', true);
  const curriculumCount = Number(header('Curricula:', true).value);
  const constraintCount = Number(header('Constraints:', true).value);
  const days = Number(daysH.value);
  const periodsPerDay = Number(ppdH.value);
  if (days < 1) throw new CttFormatError(daysH.n, 'expected at least one day');
  if (periodsPerDay < 1) throw new CttFormatError(ppdH.n, 'expected at least one period per day');

  const section = (title: string): void => {
    const l = next(`"${title}"`);
    if (l.words.length !== 1 || l.words[0] !== title) throw new CttFormatError(l.n, `expected "${title}"`);
  };

  section('COURSES:');
  const courses: CttCourse[] = [];
  const courseIds = new Set<string>();
  for (let k = 0; k < courseCount; k++) {
    const l = next(COURSE_LINE);
    if (l.words.length !== 5) throw new CttFormatError(l.n, `expected ${COURSE_LINE}`);
    const [id, teacher] = l.words;
    if (courseIds.has(id)) throw new CttFormatError(l.n, `course ${id} is listed twice`);
    courseIds.add(id);
    courses.push({
      id,
      teacher,
      lectures: toCount(l.words[2], l.n, COURSE_LINE),
      minWorkingDays: toCount(l.words[3], l.n, COURSE_LINE),
      students: toCount(l.words[4], l.n, COURSE_LINE),
    });
  }

  section('ROOMS:');
  const rooms: { id: string; capacity: number }[] = [];
  const roomIds = new Set<string>();
  for (let k = 0; k < roomCount; k++) {
    const l = next(ROOM_LINE);
    if (l.words.length !== 2) throw new CttFormatError(l.n, `expected ${ROOM_LINE}`);
    if (roomIds.has(l.words[0])) throw new CttFormatError(l.n, `room ${l.words[0]} is listed twice`);
    roomIds.add(l.words[0]);
    rooms.push({ id: l.words[0], capacity: toCount(l.words[1], l.n, ROOM_LINE) });
  }

  section('CURRICULA:');
  const curricula: { id: string; courses: string[] }[] = [];
  for (let k = 0; k < curriculumCount; k++) {
    const l = next(CURRICULUM_LINE);
    const n = toCount(l.words[1], l.n, CURRICULUM_LINE);
    if (l.words.length !== 2 + n) throw new CttFormatError(l.n, `expected ${CURRICULUM_LINE} with ${n} courses`);
    const members = l.words.slice(2);
    for (const c of members) if (!courseIds.has(c)) throw new CttFormatError(l.n, `unknown course ${c}`);
    curricula.push({ id: l.words[0], courses: members });
  }

  section('UNAVAILABILITY_CONSTRAINTS:');
  const unavailability: { course: string; day: number; period: number }[] = [];
  for (let k = 0; k < constraintCount; k++) {
    const l = next(UNAVAILABILITY_LINE);
    if (l.words.length !== 3) throw new CttFormatError(l.n, `expected ${UNAVAILABILITY_LINE}`);
    if (!courseIds.has(l.words[0])) throw new CttFormatError(l.n, `unknown course ${l.words[0]}`);
    const day = toCount(l.words[1], l.n, UNAVAILABILITY_LINE);
    const period = toCount(l.words[2], l.n, UNAVAILABILITY_LINE);
    if (day >= days || period >= periodsPerDay) throw new CttFormatError(l.n, `day ${day} period ${period} is outside the ${days} x ${periodsPerDay} grid`);
    unavailability.push({ course: l.words[0], day, period });
  }
  const end = next('"END."');
  if (end.words[0] !== 'END.') throw new CttFormatError(end.n, 'expected "END."');
  return { name, days, periodsPerDay, courses, rooms, curricula, unavailability };
}

/** Reads a solution file; unknown courses or rooms and days or periods off the grid are line-numbered errors. */
export function parseCttSolution(text: string, instance: CttInstance): CttLecture[] {
  const courses = new Set(instance.courses.map((c) => c.id));
  const rooms = new Set(instance.rooms.map((r) => r.id));
  const expected = '"CourseID RoomID Day Period"';
  return numberedLines(text).map((l) => {
    if (l.words.length !== 4) throw new CttFormatError(l.n, `expected ${expected}`);
    const [course, room] = l.words;
    if (!courses.has(course)) throw new CttFormatError(l.n, `unknown course ${course}`);
    if (!rooms.has(room)) throw new CttFormatError(l.n, `unknown room ${room}`);
    const day = toCount(l.words[2], l.n, expected);
    const period = toCount(l.words[3], l.n, expected);
    if (day >= instance.days || period >= instance.periodsPerDay) {
      throw new CttFormatError(l.n, `day ${day} period ${period} is outside the ${instance.days} x ${instance.periodsPerDay} grid`);
    }
    return { course, room, day, period };
  });
}

/** One `CourseID RoomID Day Period` line per lecture, newline terminated. */
export function writeCttSolution(lectures: CttLecture[]): string {
  return lectures.map((l) => `${l.course} ${l.room} ${l.day} ${l.period}\n`).join('');
}
