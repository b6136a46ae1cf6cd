// Where the form-submit handler finds its form's block: the pointer's encoding, the parts a big form is split into,
// the question-title map, and the rows kept for the live policy.

import { describe, expect, it } from 'vitest';
import { shortHash } from '../../../src/domain/registration/hashing';
import { BLOCK_STUDENTS, candidateForms, decodeForms36, decodeRecentRows, decodeTitles, encodeForms36, partFor, partsFor, recentRowEntries, titleEntries } from '../../../src/actions/registration/state';

describe('the forms pointer', () => {
  it('round-trips forms with several parts, contiguous from the first row', () => {
    const text = encodeForms36([
      { tag: 'a1', parts: [{ tag: 'a1', first: 2, count: 41 }] },
      { tag: 'b2', parts: [{ tag: 'b2', first: 43, count: 61 }, { tag: 'b2', first: 104, count: 58 }] },
    ]);
    const forms = decodeForms36(text);
    expect(forms.map((f) => f.parts.map((p) => [p.first, p.count]))).toEqual([[[2, 41]], [[43, 61], [104, 58]]]);
  });

  it('splits a form into parts of at most BLOCK_STUDENTS and always finds the same part for an email, whatever its case', () => {
    expect([partsFor(0), partsFor(BLOCK_STUDENTS), partsFor(BLOCK_STUDENTS + 1), partsFor(600)]).toEqual([1, 1, 2, 10]);
    const form = { tag: 't', parts: Array.from({ length: 10 }, (_, i) => ({ tag: 't', first: 2 + i * 61, count: 61 })) };
    expect(partFor(form, 'A.Student@Stud.atu.edu.kz')).toBe(partFor(form, 'a.student@stud.atu.edu.kz'));
    const used = new Set(Array.from({ length: 600 }, (_, i) => partFor(form, `s${i}@stud.atu.edu.kz`)));
    expect(used.size).toBe(10);
  });
});

describe('the question-title map', () => {
  it('names the form whose questions the response answered, best match first', () => {
    const entries = titleEntries([['h1', 'h2'], ['h2', 'h3']], []);
    const titles = decodeTitles(entries);
    expect(titles.get('h2')).toEqual([0, 1]);
    const map = new Map([
      [shortHash('Block 1'), [0]],
      [shortHash('Block 2'), [0, 1]],
      [shortHash('Teacher'), [1]],
    ]);
    expect(candidateForms(map, ['Block 2', 'Teacher'])).toEqual([1, 0]);
    expect(candidateForms(map, ['Unknown question'])).toEqual([]);
  });

  it('empties the keys of an earlier, longer map', () => {
    const entries = titleEntries([['h1']], ['reg.titles.0', 'reg.titles.1', 'other']);
    expect(entries['reg.titles.1']).toBe('');
    expect(entries.other).toBeUndefined();
  });
});

describe('the rows kept for the live policy', () => {
  it('keeps the newest row per sheet row, drops a row too long for one property, and empties unused keys', () => {
    const first = recentRowEntries([], [{ r: 5, e: 'a@x', c: ['recorded', 'r1'] }], []);
    const rows = decodeRecentRows(first);
    const next = recentRowEntries(rows, [{ r: 5, e: 'a@x', c: ['recorded', 'r2'] }, { r: 9, e: 'b@x', c: ['x'.repeat(9000)] }], [...Object.keys(first), 'reg.rows.7']);
    const kept = decodeRecentRows(next);
    expect(kept).toEqual([{ r: 5, e: 'a@x', c: ['recorded', 'r2'] }]);
    expect(next['reg.rows.7']).toBe('');
    for (const v of Object.values(next)) expect(v.length).toBeLessThan(9000);
  });
});
