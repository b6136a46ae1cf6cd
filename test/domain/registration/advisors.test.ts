// Tests of the advisor proposal: department, language, load balance, the maximum, and kept office choices.

import { describe, expect, it } from 'vitest';
import { type AcademicGroupInfo, type AdvisorCandidate, proposeAdvisors } from '../../../src/domain/registration/advisors';

const g = (group: string, language: 'kk' | 'ru' | 'en' = 'kk', departmentCode = 'D1'): AcademicGroupInfo => ({ group, programmeCode: 'P', departmentCode, year: 1, language, students: 20 });
const t = (id: string, languages: Array<'kk' | 'ru' | 'en'>, departmentCode = 'D1', position = 'seniorLecturer'): AdvisorCandidate => ({ id, languages, departmentCode, position });

describe('proposeAdvisors', () => {
  it('balances load among teachers of the department who speak the group language', () => {
    const r = proposeAdvisors([g('G1'), g('G2'), g('G3'), g('G4')], [t('T1', ['kk']), t('T2', ['kk', 'ru']), t('T3', ['ru'])], 3);
    expect(r.assignments.map((a) => a.teacherId)).toEqual(['T1', 'T2', 'T1', 'T2']);
  });
  it('respects the maximum groups per advisor and reports groups left without one', () => {
    const r = proposeAdvisors([g('G1'), g('G2'), g('G3')], [t('T1', ['kk'])], 2);
    expect(r.assignments.map((a) => a.teacherId)).toEqual(['T1', 'T1', '']);
    expect(r.issues.map((i) => [i.code, i.subject])).toEqual([['advisorAllBusy', 'G3']]);
  });
  it('reports a group whose language no teacher of the department speaks', () => {
    const r = proposeAdvisors([g('G1', 'en')], [t('T1', ['kk'])], 3);
    expect(r.issues[0].code).toBe('advisorNoLanguage');
  });
  it('reports a department without teachers', () => {
    expect(proposeAdvisors([g('G1', 'kk', 'D9')], [t('T1', ['kk'])], 3).issues[0].code).toBe('advisorNoTeachers');
  });
  it('keeps the office’s choice and counts it in the load', () => {
    const r = proposeAdvisors([g('G1'), g('G2')], [t('T1', ['kk']), t('T2', ['kk'])], 1, new Map([['G2', 'T1']]));
    expect(r.assignments).toEqual([
      { group: 'G1', teacherId: 'T2', basis: 'proposed' },
      { group: 'G2', teacherId: 'T1', basis: 'kept' },
    ]);
  });
});
