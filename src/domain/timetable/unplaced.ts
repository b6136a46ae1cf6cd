// Turns the solver's reasons for unplaced lessons into message codes with parameters, for localized reports.

export interface UnplacedReason {
  /** Message key suffix: timetable.unplaced.<code>. */
  code: string;
  params: Record<string, string | number>;
}

const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => UnplacedReason]> = [
  [/^teacher (.+) has no available period$/, (m) => ({ code: 'teacherUnavailable', params: { teacher: m[1] } })],
  [/^group (.+) has no available period$/, (m) => ({ code: 'groupUnavailable', params: { group: m[1] } })],
  [/^no room has type (.+?) and features seats:(\d+)$/, (m) => ({ code: 'noRoomSeats', params: { roomTypes: m[1].replace(/ or /g, '|'), students: Number(m[2]) } })],
  [/^no room has features seats:(\d+)$/, (m) => ({ code: 'noRoomSeats', params: { roomTypes: '', students: Number(m[1]) } })],
  [/^no room has type (.+?)$/, (m) => ({ code: 'noRoomType', params: { roomTypes: m[1].replace(/ or /g, '|') } })],
  [/^no room slot left \(all (\d+) suitable/, (m) => ({ code: 'noSlotLeft', params: { slots: Number(m[1]) } })],
  [/^teacher (.+) has (\d+) lessons but only (\d+) available periods$/, (m) => ({ code: 'teacherOverloaded', params: { teacher: m[1], lessons: Number(m[2]), periods: Number(m[3]) } })],
  [/^group (.+) has (\d+) lessons but only (\d+) available periods$/, (m) => ({ code: 'groupOverloaded', params: { group: m[1], lessons: Number(m[2]), periods: Number(m[3]) } })],
  [/^every free suitable slot clashes/, () => ({ code: 'clashes', params: {} })],
  [/fixed/, () => ({ code: 'pinnedSlot', params: {} })],
];

/**
 * The code of a solver reason; unknown wordings keep the solver's text as `detail`.
 * @example reasonCode('teacher T00012 has no available period') // → { code: 'teacherUnavailable', params: { teacher: 'T00012' } }
 */
export function reasonCode(reason: string): UnplacedReason {
  for (const [re, make] of PATTERNS) {
    const m = reason.match(re);
    if (m) return make(m);
  }
  return { code: 'other', params: { detail: reason } };
}
