// A printable grade statement (ведомость) as report blocks: header, the table of grades, signature lines.

import type { DocBlock } from '../../ports';
import { heading, paragraph, signature, table } from '../blocks';

export interface StatementReportLabels {
  university: string;
  title: string;
  /** "Discipline: …", "Credits: …" … already localized. */
  details: string[];
  columns: string[];
  signatures: string[];
}

/**
 * Blocks of one statement. `rows` are already formatted cells (№, student, ID, scores, letter …).
 * @example statementBlocks(labels, [['1', 'Ахметов А.', '26000001', '80', '75', '78', '77.5', '85', '80.5', 'B', '3', 'хорошо']])
 */
export function statementBlocks(labels: StatementReportLabels, rows: string[][]): DocBlock[] {
  return [
    paragraph(labels.university, { align: 'center', bold: true }),
    heading(labels.title, 1),
    ...labels.details.map((d) => paragraph(d)),
    table(labels.columns, rows),
    signature(labels.signatures),
  ];
}
