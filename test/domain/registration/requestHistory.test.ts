// The History cell of an Enrolment requests row: lines written and parsed back, duplicates found, the cell's limit kept.

import { describe, expect, it } from 'vitest';
import { HISTORY_MAX_CHARS, historyHas, historyLine, parseHistory, withHistory } from '../../../src/domain/registration/requestHistory';

describe('the history of a request row', () => {
  it('writes a line that parses back, separators inside the fields made harmless', () => {
    const line = historyLine({ at: '2027-04-10T05:00:00.000Z', responseId: 'r:1', status: 'rejected', chosen: 'B1:E1', reason: 'a | b\nc' });
    expect(parseHistory(line)).toEqual([{ at: '2027-04-10T05:00:00.000Z', responseId: 'r:1', status: 'rejected', chosen: 'B1:E1', reason: 'a / b c' }]);
    expect(historyHas(line, 'r:1')).toBe(true);
    expect(historyHas(line, 'r:2')).toBe(false);
  });

  it('writes the status in the office language and reads it back in any of the three', () => {
    const entry = { at: 't', responseId: 'r:9', status: 'waitlisted' as const, chosen: '', reason: '' };
    expect(historyLine(entry, 'kk')).toContain('қабылданды, күту тізімінде');
    for (const lang of ['kk', 'ru', 'en'] as const) expect(parseHistory(historyLine(entry, lang))[0].status).toBe('waitlisted');
  });

  it('drops the oldest lines to stay under a cell’s 50,000 characters and the line limit', () => {
    let text = '';
    for (let i = 0; i < 400; i++) text = withHistory(text, { at: `t${i}`, responseId: `r${i}`, status: 'rejected', chosen: '', reason: 'x'.repeat(280) });
    expect(text.length).toBeLessThanOrEqual(HISTORY_MAX_CHARS);
    expect(historyHas(text, 'r399')).toBe(true);
    expect(historyHas(text, 'r0')).toBe(false);
    const lines = withHistory('', { at: 't', responseId: 'a', status: 'recorded', chosen: '', reason: '' }, 'en', 1);
    expect(withHistory(lines, { at: 't', responseId: 'b', status: 'recorded', chosen: '', reason: '' }, 'en', 1).split('\n')).toHaveLength(1);
  });
});
