// The midterm monitoring report (plan item 16) and each advisor's digest, as data: blocks for the Doc, text for the mail.

import type { DocBlock } from '../../ports';
import { bullets, chart, heading, paragraph, signature, table } from '../blocks';

export interface MidtermReportInput {
  university: string;
  title: string;
  summary: string;
  dueLine: string;
  faculty: { title: string; columns: string[]; rows: string[][]; chartTitle: string; labels: string[]; shares: number[] };
  sections: Array<{ title: string; columns: string[]; rows: string[][] }>;
  missingTitle: string;
  missing: string[];
  signatures: string[];
}

export function midtermReportBlocks(input: MidtermReportInput): DocBlock[] {
  return [
    paragraph(input.university, { align: 'center', bold: true }),
    heading(input.title, 1),
    paragraph(input.summary),
    paragraph(input.dueLine, { bold: true }),
    heading(input.faculty.title, 2),
    table(input.faculty.columns, input.faculty.rows),
    chart(input.faculty.chartTitle, input.faculty.labels, input.faculty.shares),
    ...input.sections.flatMap((s) => [heading(s.title, 2), table(s.columns, s.rows)]),
    heading(input.missingTitle, 2),
    input.missing.length > 0 ? bullets(input.missing) : paragraph('—'),
    signature(input.signatures),
  ];
}

export interface DigestLine {
  student: string;
  group: string;
  disciplines: string;
}

/** The plain-text body of an advisor's digest: a greeting, one line per student at risk, a closing line. */
export function advisorDigestBody(greeting: string, lines: readonly DigestLine[], closing: string): string {
  return [greeting, '', ...lines.map((l, i) => `${i + 1}. ${l.student} (${l.group}): ${l.disciplines}`), '', closing].join('\n');
}
