// The default template of the office's annual report (plan item 27): plan execution, key figures by area, runs of the year.

import type { DocBlock } from '../../ports';
import { heading, paragraph, signature, table } from '../blocks';
import type { Translate } from '../tracker/workPlanTemplate';

/**
 * Placeholders: {{university}}, {{academicYear}}, {{date}}, {{done}}, {{total}}, {{percent}}, {{overdue}},
 * {{unusedAreas}}, {{headName}}; flags {{#if hasUnused}}, {{#if hasOverdue}}; chart {{chart progress}};
 * repeated rows {{#rows plan}}, {{#rows figures}}, {{#rows runs}}.
 */
export function annualReportTemplate(t: Translate): DocBlock[] {
  return [
    paragraph('{{university}}', { align: 'center' }),
    heading(t('report.annual.title', { year: '{{academicYear}}' }), 1),
    paragraph(t('report.annual.date', { date: '{{date}}' }), { align: 'right' }),
    heading(t('report.annual.planHeading'), 2),
    paragraph(t('report.annual.planSummary', { done: '{{done}}', total: '{{total}}', percent: '{{percent}}' })),
    paragraph('{{#if hasOverdue}}'),
    paragraph(t('report.annual.overdue', { overdue: '{{overdue}}' }), { bold: true }),
    paragraph('{{/if}}'),
    paragraph('{{chart progress}}'),
    table([t('tracker.doc.colNo'), t('tracker.doc.colItem'), t('report.annual.colOccurrences'), t('report.annual.colDone'), t('report.annual.colEvidence')], [['{{#rows plan}}', '', '', '', '']]),
    heading(t('report.annual.figuresHeading'), 2),
    table([t('report.annual.colArea'), t('report.annual.colFigure'), t('report.annual.colValue')], [['{{#rows figures}}', '', '']]),
    paragraph('{{#if hasUnused}}'),
    paragraph(t('report.annual.unused', { areas: '{{unusedAreas}}' })),
    paragraph('{{/if}}'),
    heading(t('report.annual.runsHeading'), 2),
    table([t('report.annual.colAction'), t('report.annual.colRuns'), t('report.annual.colLast'), t('report.annual.colLastResult')], [['{{#rows runs}}', '', '', '']]),
    signature([t('tracker.doc.headTitle'), `________________ {{headName}}`]),
  ];
}
