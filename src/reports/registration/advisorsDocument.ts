// The "list of advisors for approval" document, as blocks: one table of groups with their proposed advisors.

import type { DocBlock } from '../../ports';
import { heading, paragraph, signature, table } from '../blocks';
import type { Translate } from './translate';

export interface AdvisorListLine {
  group: string;
  programme: string;
  year: number;
  language: string;
  students: number;
  advisor: string;
  department: string;
}

export function advisorsDocument(t: Translate, university: string, academicYear: string, lines: readonly AdvisorListLine[]): DocBlock[] {
  return [
    paragraph(university, { align: 'center', bold: true }),
    heading(t('reg.doc.advisorsTitle', { year: academicYear }), 1),
    paragraph(t('reg.doc.advisorsIntro', { count: lines.length })),
    table(
      [t('reg.doc.no'), t('reg.doc.group'), t('reg.doc.programme'), t('reg.doc.year'), t('reg.doc.language'), t('reg.doc.students'), t('reg.doc.advisor'), t('reg.doc.department')],
      lines.map((l, i) => [String(i + 1), l.group, l.programme, String(l.year), l.language, String(l.students), l.advisor || t('reg.doc.noAdvisor'), l.department]),
    ),
    signature([t('reg.doc.signHead'), t('reg.doc.signViceRector')]),
  ];
}
