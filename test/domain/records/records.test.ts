// Tests of registration numbering, gaps, deadline control, register search and saved queries.
import { describe, expect, it } from 'vitest';
import { counterKey, formatNumber, numberGaps, schemeProblem, sequenceOf } from '../../../src/domain/records/numbering';
import { deadlineState, type RegisteredDocument, searchRegister } from '../../../src/domain/records/register';
import { parseFilter, runQuery } from '../../../src/domain/records/query';

describe('numbering', () => {
  it('formats the office default as index/sequence', () => expect(formatNumber('{index}/{seq}', { index: '02-15', seq: 123, year: 2026 })).toBe('02-15/123'));
  it('pads the sequence and adds the year', () => expect(formatNumber('{index}/{seq:4}-{yy}', { index: '02-15', seq: 7, year: 2026 })).toBe('02-15/0007-26'));
  it('refuses a scheme without a sequence field', () => expect(schemeProblem('{index}/{year}')).toBe('schemeWithoutSequence'));
  it('refuses an unknown field', () => expect(schemeProblem('{index}/{seq}/{month}')).toBe('schemeUnknownField'));
  it('accepts the default scheme', () => expect(schemeProblem('{index}/{seq}')).toBeNull());
  it('reads the sequence back from a number', () => {
    expect(sequenceOf('{index}/{seq}', '02-15', 2026, '02-15/123')).toBe(123);
    expect(sequenceOf('{index}/{seq:4}-{yy}', '02-15', 2026, '02-15/0007-26')).toBe(7);
    expect(sequenceOf('{index}/{seq}', '02-15', 2026, '01-01/5')).toBeNull();
  });
  it('keeps one counter per register and calendar year', () => expect(counterKey('incoming', 2027)).toBe('records.counter.incoming.2027'));
  it('shows issued numbers missing from the register as gaps', () => expect(numberGaps([1, 2, 4], 5)).toEqual([3, 5]));
});

const doc = (over: Partial<RegisteredDocument>): RegisteredDocument => ({
  kind: 'incoming', row: 2, number: '02-15/1', registeredOn: '2026-09-01', correspondent: 'Министерство науки', theirNumber: '', theirDate: '',
  subject: 'О графике', docType: 'letter', executor: 'a@uni.kz', deadline: '', resolution: '', status: 'registered', fileUrl: '', inReplyTo: '', registeredBy: '', ...over,
});

describe('deadline control', () => {
  it('flags an open document past its deadline as overdue', () => expect(deadlineState(doc({ deadline: '2026-09-01' }), '2026-09-02', 3)).toBe('overdue'));
  it('flags a deadline within the due-soon days', () => expect(deadlineState(doc({ deadline: '2026-09-05' }), '2026-09-02', 3)).toBe('dueSoon'));
  it('does not flag a done document', () => expect(deadlineState(doc({ deadline: '2026-09-01', status: 'done' }), '2026-09-02', 3)).toBe('closed'));
  it('leaves a document without deadline alone', () => expect(deadlineState(doc({}), '2026-09-02', 3)).toBe('noDeadline'));
});

describe('searchRegister', () => {
  const docs = [
    doc({ row: 2, number: '02-15/1', registeredOn: '2026-09-01' }),
    doc({ row: 3, number: '02-15/2', registeredOn: '2026-09-10', correspondent: 'Акимат', subject: 'Запрос о студентах', executor: 'b@uni.kz', deadline: '2026-09-11' }),
    doc({ row: 4, kind: 'outgoing', number: '02-15/1', registeredOn: '2026-09-12', correspondent: 'Акимат', subject: 'Ответ' }),
  ];
  it('finds by correspondent and period, newest first', () => {
    expect(searchRegister(docs, { correspondent: 'акимат', from: '2026-09-05' }, '2026-09-12', 3).map((d) => d.row)).toEqual([4, 3]);
  });
  it('finds by free words across fields and by register kind', () => {
    expect(searchRegister(docs, { text: 'запрос студентах', kind: 'incoming' }, '2026-09-12', 3).map((d) => d.row)).toEqual([3]);
  });
  it('finds documents needing attention', () => {
    expect(searchRegister(docs, { attention: true }, '2026-09-12', 3).map((d) => d.row)).toEqual([3]);
  });
  it('finds by executor', () => expect(searchRegister(docs, { executor: 'b@' }, '2026-09-12', 3).map((d) => d.row)).toEqual([3]));
});

describe('saved queries', () => {
  const fields = ['id', 'name', 'faculty', 'gpa', 'status'];
  const rows = [
    { id: '1', name: 'A', faculty: 'FIT', gpa: 1.5, status: 'active' },
    { id: '2', name: 'B', faculty: 'FIT', gpa: 3.1, status: 'active' },
    { id: '3', name: 'C', faculty: 'PED', gpa: 1.9, status: 'active' },
    { id: '4', name: 'D', faculty: 'PED', gpa: 1.2, status: 'expelled' },
    { id: '5', name: 'E', faculty: 'PED', gpa: null, status: 'active' },
  ];
  it('lists students with GPA below 2.0 by faculty', () => {
    const r = runQuery(rows, { filter: 'gpa < 2,0; status = active', groupBy: 'faculty', columns: ['id', 'gpa'] }, fields);
    expect(r.total).toBe(2);
    expect(r.groups).toEqual([{ key: 'FIT', rows: [['1', 1.5]] }, { key: 'PED', rows: [['3', 1.9]] }]);
  });
  it('refuses an unknown field with a coded error', () => expect(() => parseFilter('rating > 3', fields)).toThrow(/queryUnknownField/));
  it('refuses a condition it cannot read', () => expect(() => parseFilter('gpa is low', fields)).toThrow(/queryBadFilter/));
  it('matches text containing a value with ~', () => expect(runQuery(rows, { filter: 'name ~ c', groupBy: '', columns: ['id'] }, fields).groups[0].rows).toEqual([['3']]));
});
