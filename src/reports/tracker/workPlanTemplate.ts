// The default template of the exported work plan, in the original's layout: approval block, title, numbered table by section, signature.

import type { DocBlock } from '../../ports';
import { heading, paragraph, signature, table } from '../blocks';

/** Localizes a message key (the caller passes its ctx.t): templates hold no language of their own. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Placeholders: {{university}}, {{approverName}}, {{approvalYear}}, {{academicYear}}, {{headName}};
 * repeated rows {{#rows plan}} (section rows and item rows, five cells each).
 */
export function workPlanTemplate(t: Translate): DocBlock[] {
  return [
    paragraph(t('tracker.doc.approved'), { align: 'right', bold: true }),
    paragraph(t('tracker.doc.approverTitle'), { align: 'right' }),
    paragraph('{{university}}', { align: 'right' }),
    paragraph('{{approverName}}', { align: 'right' }),
    paragraph(t('tracker.doc.approvalDate', { year: '{{approvalYear}}' }), { align: 'right' }),
    heading(t('tracker.doc.title', { year: '{{academicYear}}' }), 1),
    table([t('tracker.doc.colNo'), t('tracker.doc.colItem'), t('tracker.doc.colDeadline'), t('tracker.doc.colResponsible'), t('tracker.doc.colMark')], [['{{#rows plan}}', '', '', '', '']]),
    signature([t('tracker.doc.headTitle'), `________________ {{headName}}`]),
  ];
}
