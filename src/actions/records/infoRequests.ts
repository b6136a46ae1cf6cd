// Information requests (plan items 25, 26): answers each open request with a Doc built from its saved query; sets up the records sheets.

import { RegistrarError } from '../../domain/errors';
import { type QueryRow as DataRow, type QueryResult, runQuery } from '../../domain/records/query';
import { textSetting, universityName } from '../../domain/settings';
import type { TemplateData } from '../../ports';
import { formatFigure } from '../../reports/blocks';
import { queryAnswerTemplate } from '../../reports/records/queryAnswerTemplate';
import { sheetLayout } from '../../sheets/layout';
import { programmesSheet } from '../../sheets/programmesSheet';
import { infoRequestsSheet, queriesSheet, RECORDS_SHEETS } from '../../sheets/records';
import type { QueryRow } from '../../sheets/records/queriesSheet';
import { formatTable } from '../../sheets/schema';
import { studentsSheet } from '../../sheets/studentsSheet';
import { teachersSheet } from '../../sheets/teachersSheet';
import { defineAction } from '../types';
import type { ActionContext, ActionResult } from '../types';
import { shareWith, TEMPLATES_FOLDER } from '../tracker/exportWorkPlan';
import { planYear, todayIso } from '../tracker/planData';
import { knownExecutors, readRegister, rememberExecutors } from './registerData';

/** The rows and field names of a dataset, read once. */
export function dataset(ctx: ActionContext, name: QueryRow['dataset']): { fields: string[]; rows: DataRow[] } {
  switch (name) {
    case 'students': {
      const faculty = new Map(ctx.tables.read(programmesSheet).rows.map((r) => [r.record.code, r.record.facultyCode]));
      const rows = ctx.tables.read(studentsSheet).rows.map(({ record: s }) => ({
        id: s.id, lastName: s.lastName, firstName: s.firstName, patronymic: s.patronymic, email: s.email, programme: s.programmeCode,
        faculty: faculty.get(s.programmeCode) ?? '', year: s.year, group: s.group, studyForm: s.studyForm, language: s.language, funding: s.funding, status: s.status, gpa: s.gpa,
      }));
      return { fields: ['id', 'lastName', 'firstName', 'patronymic', 'email', 'programme', 'faculty', 'year', 'group', 'studyForm', 'language', 'funding', 'status', 'gpa'], rows };
    }
    case 'teachers': {
      const rows = ctx.tables.read(teachersSheet).rows.map(({ record: x }) => ({ id: x.id, lastName: x.lastName, firstName: x.firstName, email: x.email, department: x.departmentCode, position: x.position }));
      return { fields: ['id', 'lastName', 'firstName', 'email', 'department', 'position'], rows };
    }
    case 'incoming':
    case 'outgoing': {
      const rows = readRegister(ctx, name).map((d) => ({ number: d.number, registeredOn: d.registeredOn, correspondent: d.correspondent, subject: d.subject, docType: d.docType, executor: d.executor, deadline: d.deadline, status: d.status }));
      return { fields: ['number', 'registeredOn', 'correspondent', 'subject', 'docType', 'executor', 'deadline', 'status'], rows };
    }
    default:
      throw new RegistrarError('unknownDataset', { dataset: String(name) });
  }
}

function answerData(ctx: ActionContext, result: QueryResult, request: { requestedBy: string; subject: string }, title: string): TemplateData {
  const header = result.columns.map((c) => ctx.t(`report.field.${c}`));
  const cell = (v: unknown) => (typeof v === 'number' ? formatFigure(v) : String(v ?? ''));
  const grouped = result.groups.length > 1 || (result.groups[0]?.key ?? '') !== '';
  const details: string[][] = [grouped ? [ctx.t('report.query.group'), ...header] : header];
  for (const g of result.groups) for (const r of g.rows) details.push(grouped ? [g.key, ...r.map(cell)] : r.map(cell));
  return {
    values: { title, requestedBy: request.requestedBy, subject: request.subject, date: todayIso(ctx), total: String(result.total), headName: textSetting(ctx.settings, 'tracker.headName'), university: universityName(ctx.settings, ctx.lang) },
    tables: { summary: [[ctx.t('report.query.group'), ctx.t('report.query.count')], ...result.groups.map((g) => [g.key || '—', String(g.rows.length)])], details },
    flags: { grouped },
    charts: { groups: { title, labels: result.groups.map((g) => g.key || '—'), values: result.groups.map((g) => g.rows.length) } },
  };
}

export const answerInfoRequests = defineAction<{ id?: string }>({
  id: 'answerInfoRequests',
  area: 'E',
  planItems: [25, 26],
  titleKey: 'action.answerInfoRequests',
  inMenu: true,
  mutates: true,
  run(ctx, params): ActionResult {
    const requests = ctx.tables.readStrict(infoRequestsSheet);
    const queries = new Map(ctx.tables.readStrict(queriesSheet).rows.map((r) => [r.record.name.toLowerCase(), r.record]));
    const wanted = requests.rows.filter((r) => (params.id ? r.record.id === String(params.id) : r.record.status !== 'answered' && r.record.query.trim() !== ''));
    if (params.id && wanted.length === 0) throw new RegistrarError('unknownRequest', { id: String(params.id) });
    // Validate and compute every answer before creating any document.
    const answers = wanted.map((r) => {
      const query = queries.get(r.record.query.trim().toLowerCase());
      if (!query) throw new RegistrarError('unknownQuery', { id: r.record.id, query: r.record.query });
      const { fields, rows } = dataset(ctx, query.dataset);
      const result = runQuery(rows, { filter: query.filter, groupBy: query.groupBy, columns: query.columns }, fields);
      return { request: r, query, result };
    });
    if (answers.length === 0) return { ok: true, message: ctx.t('report.query.nothing'), counts: { answered: 0 } };
    const template = ctx.ports.docs.ensureTemplate(ctx.ports.drive.folder(TEMPLATES_FOLDER), `${ctx.t('report.query.templateName')} (${ctx.lang})`, queryAnswerTemplate(ctx.t));
    const folder = ctx.ports.drive.folder([planYear(ctx), 'Requests']);
    const links = [];
    const updated = new Map<number, { answeredOn: string; answeredBy: string; answerUrl: string }>();
    for (const a of answers) {
      const title = a.query.title || a.query.name;
      const out = ctx.ports.docs.fillTemplate(template.id, folder, `${ctx.t('report.query.fileName', { id: a.request.record.id })} — ${a.query.name}`, answerData(ctx, a.result, a.request.record, title), { pdf: false, shareWith: shareWith(ctx) });
      links.push(out.doc);
      updated.set(a.request.rowNumber, { answeredOn: todayIso(ctx), answeredBy: ctx.user, answerUrl: out.doc.url });
    }
    const all = requests.rows.map((r) => ({ ...r.record, ...(updated.has(r.rowNumber) ? { ...updated.get(r.rowNumber)!, status: 'answered' } : {}) }));
    ctx.ports.workbook.replaceValues(requests.sheetName, formatTable(infoRequestsSheet, all, ctx.lang));
    return { ok: true, message: ctx.t('report.query.answered', { count: answers.length }), counts: { answered: answers.length, rows: answers.reduce((s, a) => s + a.result.total, 0) }, links };
  },
});

/** An example saved query the office can copy: students with a GPA below 2.0, by faculty. */
export function exampleQuery(ctx: ActionContext): QueryRow {
  return { name: ctx.t('report.query.exampleName'), dataset: 'students', filter: 'gpa < 2.0; status = active', groupBy: 'faculty', columns: ['id', 'lastName', 'firstName', 'programme', 'year', 'gpa'], title: ctx.t('report.query.exampleTitle'), note: '' };
}

export const setupRecords = defineAction({
  id: 'setupRecords',
  area: 'E',
  planItems: [],
  titleKey: 'action.setupRecords',
  inMenu: true,
  mutates: true,
  needsValidReferenceData: false,
  run(ctx) {
    const queries = ctx.tables.read(queriesSheet);
    let created = 0;
    for (const schema of RECORDS_SHEETS) if (ctx.ports.workbook.ensureSheet(sheetLayout(schema, ctx.lang)).created) created++;
    ctx.tables.invalidate();
    rememberExecutors(ctx, knownExecutors(ctx));
    const seeded = queries.rows.length === 0;
    if (seeded) ctx.ports.workbook.replaceValues(ctx.tables.nameFor(queriesSheet), formatTable(queriesSheet, [exampleQuery(ctx)], ctx.lang));
    return { ok: true, message: ctx.t('records.setupDone', { sheets: created }), counts: { sheetsCreated: created, queriesSeeded: seeded ? 1 : 0 } };
  },
});
