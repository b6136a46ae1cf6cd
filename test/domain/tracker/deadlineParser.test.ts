// Tests of the deadline parser and rule codes: every wording of the plan, in Russian, Kazakh and English.
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/domain/tracker/deadlineParser';
import { parseRuleCode, ruleCode } from '../../../src/domain/tracker/deadlineRule';
import { SEED_PLAN, SEED_PLAN_START_YEAR } from '../../../src/domain/tracker/seedPlan';

const code = (text: string) => {
  const r = parseDeadline(text, { planStartYear: 2022 });
  return r.ok ? ruleCode(r.rule) : r.code;
};

const EXPECTED: Record<string, string> = {
  '1': 'range:8@0-9@0',
  '2': 'months:4@1',
  '3': 'months:8@0,4@1',
  '4': 'months:4@1',
  '5': 'months:5@1,8@1',
  '6': 'months:5@1,8@1',
  '7': 'before:session:14d',
  '8': 'before:semester:14d',
  '9': 'before:semester:1m',
  '10': 'months:11@0,4@1',
  '11': 'each:session',
  '12': 'each:session',
  '13': 'months:1@1,6@1',
  '14': 'months:9@0,1@1,6@1',
  '15': 'months:6@1',
  '16': 'after:midterm:2d',
  '17': 'request',
  '18': 'after:session:1m',
  '19': 'months:6@1,7@1',
  '20': 'continuous',
  '21': 'months:11@0,8@0',
  '22': 'months:1@1,6@1',
  '23': 'event:incoming',
  '24': 'event:outgoing',
  '25': 'external',
  '26': 'request',
  '27': 'months:7@1,8@1',
};

describe('parseDeadline on the plan’s own wordings', () => {
  for (const item of SEED_PLAN) {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      it(`reads item ${item.no} in ${lang}: "${item.deadline[lang]}"`, () => {
        expect(code(item.deadline[lang])).toBe(EXPECTED[item.no]);
      });
    }
  }
  it('uses 2022 as the seed’s first year', () => expect(SEED_PLAN_START_YEAR).toBe(2022));
});

describe('parseDeadline on other wordings', () => {
  it('reads "август–сентябрь 2022 г." with an en dash as a month range', () => expect(code('август–сентябрь 2022 г.')).toBe('range:8@0-9@0'));
  it('reads "апрель 2023 г." as one month of the second year', () => expect(code('апрель 2023 г.')).toBe('months:4@1'));
  it('reads "за две недели до начала каждого семестра"', () => expect(code('за две недели до начала каждого семестра')).toBe('before:semester:14d'));
  it('reads "не позднее 2 дней после проведения каждого рубежного контроля"', () => expect(code('не позднее 2 дней после проведения каждого рубежного контроля')).toBe('after:midterm:2d'));
  it('reads "постоянно" as continuous', () => expect(code('постоянно')).toBe('continuous'));
  it('reads "3 weeks before the session"', () => expect(code('3 weeks before the session')).toBe('before:session:21d'));
  it('places months without a year by the academic year', () => expect(code('October, March')).toBe('months:10@0,3@1'));
  it('reads "конец апреля"', () => expect(code('конец апреля')).toBe('months:4@1'));
  it('refuses an unknown wording', () => expect(code('когда будет время')).toBe('unknownDeadline'));
  it('refuses a month with unknown words around it', () => expect(code('every other Thursday in May')).toBe('unknownDeadline'));
  it('refuses an empty wording', () => expect(code('  ')).toBe('emptyDeadline'));
});

describe('rule codes', () => {
  it('round-trip every expected code', () => {
    for (const c of Object.values(EXPECTED)) expect(ruleCode(parseRuleCode(c)!)).toBe(c);
  });
  it('reject malformed codes', () => {
    for (const c of ['months:13@0', 'range:8@0', 'before:exam:2d', 'after:midterm:2w', 'sometimes', 'months:4@2']) expect(parseRuleCode(c)).toBeNull();
  });
});
