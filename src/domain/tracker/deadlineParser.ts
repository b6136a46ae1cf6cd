// Reads a deadline as the plan writes it (Russian, Kazakh or English) into a DeadlineRule; an unknown wording is refused, never guessed.

import type { DeadlineRule, MonthRef } from './deadlineRule';

export type ParseDeadlineResult = { ok: true; rule: DeadlineRule } | { ok: false; code: 'unknownDeadline' | 'emptyDeadline' };

export interface ParseDeadlineOptions {
  /**
   * First calendar year of the academic year the wording was written for (2022 for "2022-2023"):
   * a written "April 2023" becomes April of the second year. Months written without a year are
   * placed by the academic year: August–December in the first year, January–July in the second.
   */
  planStartYear?: number;
}

const MONTH_WORDS: Array<[RegExp, number]> = [
  [/^(январ|january$|jan$|қаңтар)/, 1],
  [/^(феврал|february$|feb$|ақпан)/, 2],
  [/^(март|march$|mar$|наурыз)/, 3],
  [/^(апрел|april$|apr$|сәуір)/, 4],
  [/^(май$|мая$|мае$|may$|мамыр)/, 5],
  [/^(июн|june$|jun$|маусым)/, 6],
  [/^(июл|july$|jul$|шілде)/, 7],
  [/^(август|august$|aug$|тамыз)/, 8],
  [/^(сентябр|september$|sep$|sept$|қыркүйек)/, 9],
  [/^(октябр|october$|oct$|қазан)/, 10],
  [/^(ноябр|november$|nov$|қараша)/, 11],
  [/^(декабр|december$|dec$|желтоқсан)/, 12],
];

const NUMBER_WORDS: Record<string, number> = {
  один: 1, одного: 1, одну: 1, одной: 1, one: 1, a: 1, an: 1, бір: 1,
  два: 2, две: 2, двух: 2, two: 2, екі: 2,
  три: 3, трех: 3, трёх: 3, three: 3, үш: 3,
  четыре: 4, четырех: 4, four: 4, төрт: 4,
  пять: 5, пяти: 5, five: 5, бес: 5,
  десять: 10, десяти: 10, ten: 10, он: 10,
};

function monthOf(word: string): number | null {
  for (const [re, n] of MONTH_WORDS) if (re.test(word)) return n;
  return null;
}

function numberOf(word: string): number | null {
  const digits = /^(\d{1,3})(-?х|-?ти|-?и)?$/.exec(word);
  if (digits) return Number(digits[1]);
  return NUMBER_WORDS[word] ?? null;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[«»"“”]/g, ' ').replace(/\s+/g, ' ').trim();
}

const WORD = /[a-zа-яәғқңөұүһі]+|\d+(?:-?[а-яa-z]+)?/g;

/** The amount and unit of "две недели", "1 месяца", "2-х дней", "two weeks", "екі апта"; weeks become days. */
function amountBefore(words: string[], unitIndex: number): { amount: number; unit: 'd' | 'm' } | null {
  const unitWord = words[unitIndex];
  const n = unitIndex > 0 ? numberOf(words[unitIndex - 1]) : null;
  const amount = n ?? 1;
  if (/^(недел|week|апта)/.test(unitWord)) return { amount: amount * 7, unit: 'd' };
  if (/^(месяц|month|ай$|айдан|айға)/.test(unitWord)) return { amount, unit: 'm' };
  if (/^(дн|ден|day|күн)/.test(unitWord)) return { amount, unit: 'd' };
  return null;
}

const UNIT = /^(недел|week|апта|месяц|month|ай$|айдан|айға|дн|ден|day|күн$|күннен|күнге|күні|күндер)/;

/** The unit word, preferring one preceded by a number ("2 күннен" rather than "күнтізбе"). */
function findUnit(words: string[]): number {
  const counted = words.findIndex((w, i) => UNIT.test(w) && i > 0 && numberOf(words[i - 1]) !== null);
  return counted >= 0 ? counted : words.findIndex((w) => UNIT.test(w));
}

/**
 * Parses a deadline wording.
 * @example parseDeadline('Апрель 2023г.', { planStartYear: 2022 }) // → { ok: true, rule: { kind: 'months', months: [{ month: 4, yearOffset: 1 }] } }
 * @example parseDeadline('за две недели до очередного семестра') // → before:semester:14d
 * @example parseDeadline('не позднее 2-х дней после проведения рубежного контроля') // → after:midterm:2d
 * @example parseDeadline('Тұрақты түрде') // → continuous
 * @example parseDeadline('when convenient') // → { ok: false, code: 'unknownDeadline' }
 */
export function parseDeadline(text: string, options: ParseDeadlineOptions = {}): ParseDeadlineResult {
  const s = normalise(text);
  if (s === '') return { ok: false, code: 'emptyDeadline' };
  const words = s.match(WORD) ?? [];

  // Standing rules: no date.
  if (/(постоянно|тұрақты|continuous|ongoing|on an ongoing basis|регулярно|в течение года)/.test(s)) return { ok: true, rule: { kind: 'continuous' } };
  if (/(при входящ|по мере поступления|as documents arrive|кіріс)/.test(s)) return { ok: true, rule: { kind: 'event', event: 'incoming' } };
  if (/(при исходящ|по мере отправ|as documents are sent|шығыс)/.test(s)) return { ok: true, rule: { kind: 'event', event: 'outgoing' } };
  if (/(по запросу|по поручению|по требованию|по заявлению|on request|upon request|on instruction|at the request|сұраныс бойынша|сұраным бойынша|тапсырма бойынша|тапсырмасы бойынша|өтініш бойынша)/.test(s)) {
    return { ok: true, rule: { kind: 'request' } };
  }
  if (/(согласно плана|согласно планам|по плану|по планам|per the plans?|according to the plans?|жоспарына сәйкес|жоспарларына сәйкес)/.test(s)) {
    return { ok: true, rule: { kind: 'external' } };
  }

  // Relative to the calendar.
  const isMidterm = /(рубежн|midterm|аралық бақылау)/.test(s);
  const isSession = /(сесси|session|аттестац|attestation|аттестаттау|емтихан|экзамен|exam)/.test(s);
  const isSemester = /(семестр|semester)/.test(s);
  const after = /(после|after|кейін)/.test(s);
  const before = /(^|\s)(до|за|before|ahead|бұрын|дейін)(\s|$)/.test(s) || /бұрын/.test(s);
  const unitIndex = findUnit(words);
  if (unitIndex >= 0 && after && (isMidterm || isSession)) {
    const amount = amountBefore(words, unitIndex);
    if (amount) return { ok: true, rule: { kind: 'after', anchor: isMidterm ? 'midterm' : 'session', ...amount } };
  }
  if (unitIndex >= 0 && before && (isSemester || isSession)) {
    const amount = amountBefore(words, unitIndex);
    // "before each intermediate attestation" names the session; "before each semester" the classes.
    if (amount) return { ok: true, rule: { kind: 'before', anchor: isSession && !isSemester ? 'session' : isSemester ? 'semester' : 'session', ...amount } };
  }
  if (/(согласно|according to|per the|сәйкес)/.test(s) && (isSession || /(календар|calendar|күнтізбе|расписани|schedule|кесте)/.test(s))) {
    return { ok: true, rule: { kind: 'eachSession' } };
  }

  // Months: "Август-сентябрь 2022г", "Май, август 2023г", "Сентябрь 2022г, Январь, июнь 2023г".
  return parseMonths(s, options);
}

function parseMonths(s: string, options: ParseDeadlineOptions): ParseDeadlineResult {
  const tokens = [...s.matchAll(/(\d{4})|([-–—]|\bto\b)|([a-zа-яәғқңөұүһі]+)/g)];
  const items: Array<{ month: number; year: number | null; rangeToPrevious: boolean }> = [];
  let pendingFrom = 0;
  let dash = false;
  let unknownWords = 0;
  // Kazakh writes the year first ("2023 ж. маусым, шілде"); Russian and English after the months.
  const yearFirst = tokens.length > 0 && tokens[0][1] !== undefined;
  let currentYear: number | null = null;
  for (const t of tokens) {
    if (t[1]) {
      const year = Number(t[1]);
      if (yearFirst) currentYear = year;
      else for (let i = pendingFrom; i < items.length; i++) items[i].year = year;
      pendingFrom = items.length;
      dash = false;
    } else if (t[2]) {
      dash = items.length > 0;
    } else if (t[3]) {
      const month = monthOf(t[3]);
      if (month !== null) {
        items.push({ month, year: yearFirst ? currentYear : null, rangeToPrevious: dash });
        dash = false;
      } else if (!/^(г|гг|год|года|жыл|жылы|ж|and|и|және|of|year|to|в|по|с|not|later|than|no|by|until|до|the|end|конец|конца|соңы|соңына|in|during|течение)$/.test(t[3])) unknownWords++;
    }
  }
  if (items.length === 0 || unknownWords > 0) return { ok: false, code: 'unknownDeadline' };
  const start = options.planStartYear;
  const ref = (i: { month: number; year: number | null }): MonthRef => {
    if (i.year !== null && start !== undefined) return { month: i.month, yearOffset: i.year > start ? 1 : 0 };
    return { month: i.month, yearOffset: i.month >= 8 ? 0 : 1 };
  };
  if (items.length === 2 && items[1].rangeToPrevious) return { ok: true, rule: { kind: 'range', from: ref(items[0]), to: ref(items[1]) } };
  const months: MonthRef[] = [];
  for (let i = 0; i < items.length; i++) {
    if (items[i].rangeToPrevious && i > 0) {
      // A range among other months: every month between the two ends.
      const from = ref(items[i - 1]);
      const to = ref(items[i]);
      let cursor = monthIndex(from) + 1;
      while (cursor <= monthIndex(to)) {
        months.push(fromIndex(cursor));
        cursor++;
      }
    } else months.push(ref(items[i]));
  }
  return { ok: true, rule: { kind: 'months', months: dedupeMonths(months) } };
}

/** Months counted from September of the first year … so that ordering follows the academic year. */
const monthIndex = (m: MonthRef) => m.yearOffset * 12 + m.month;
const fromIndex = (i: number): MonthRef => ({ month: ((i - 1) % 12) + 1, yearOffset: i > 12 ? 1 : 0 });

function dedupeMonths(months: MonthRef[]): MonthRef[] {
  const seen = new Set<number>();
  return months.filter((m) => {
    const k = monthIndex(m);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
