// The default template of an answer to an information request (plan items 25, 26): who asked, what, and the grouped data.

import type { DocBlock } from '../../ports';
import { heading, paragraph, signature } from '../blocks';
import type { Translate } from '../tracker/workPlanTemplate';

/** Placeholders: {{title}}, {{requestedBy}}, {{subject}}, {{date}}, {{total}}, {{headName}}, {{university}}; table {{table summary}}, {{table details}}; chart {{chart groups}}. */
export function queryAnswerTemplate(t: Translate): DocBlock[] {
  return [
    paragraph('{{university}}', { align: 'center' }),
    heading('{{title}}', 1),
    paragraph(t('report.query.to', { requestedBy: '{{requestedBy}}' })),
    paragraph(t('report.query.subject', { subject: '{{subject}}' })),
    paragraph(t('report.annual.date', { date: '{{date}}' }), { align: 'right' }),
    paragraph(t('report.query.total', { total: '{{total}}' }), { bold: true }),
    paragraph('{{#if grouped}}'),
    paragraph('{{table summary}}'),
    paragraph('{{chart groups}}'),
    paragraph('{{/if}}'),
    paragraph('{{table details}}'),
    signature([t('tracker.doc.headTitle'), `________________ {{headName}}`]),
  ];
}
