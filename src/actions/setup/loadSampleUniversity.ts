// loadSampleUniversity: fills the core sheets with a generated, realistic university (for trying the add-on).

import { RegistrarError } from '../../domain/errors';
import { generateUniversity } from '../../domain/sample/generateUniversity';
import { studentsSheet } from '../../sheets';
import { sheetLayout } from '../../sheets/layout';
import { universityTables } from '../../sheets/universityRows';
import type { ActionContext } from '../types';
import { defineAction } from '../types';
import { ensureCoreSheets } from './setupWorkbook';

export interface SampleParams {
  students?: number;
  seed?: number;
  /** Allow replacing reference sheets that already hold data. */
  replace?: boolean;
}

export const MAX_SAMPLE_STUDENTS = 50_000;

export const loadSampleUniversity = defineAction<SampleParams>({
  id: 'loadSampleUniversity',
  area: 'setup',
  planItems: [],
  titleKey: 'action.loadSampleUniversity',
  inMenu: true,
  mutates: true,
  run(ctx: ActionContext, params) {
    const students = Math.round(Number(params.students ?? 2000));
    const seed = Math.round(Number(params.seed ?? 1));
    if (!Number.isFinite(students) || students < 50 || students > MAX_SAMPLE_STUDENTS) {
      throw new RegistrarError('sampleSize', { min: 50, max: MAX_SAMPLE_STUDENTS });
    }
    const existingStudents = ctx.tables.read(studentsSheet);
    if (existingStudents.rows.length > 0 && params.replace !== true) {
      throw new RegistrarError('sampleWouldOverwrite', { sheet: existingStudents.sheetName, count: existingStudents.rows.length });
    }
    const startYear = Number(String(ctx.settings.academicYear ?? '2026').slice(0, 4)) || 2026;
    const u = generateUniversity({ students, seed, startYear });
    const lang = ctx.lang;
    // Every output is built before the first write.
    const tables = universityTables(u, lang);
    ensureCoreSheets(ctx);
    for (const { schema, values } of tables) {
      const name = ctx.tables.nameFor(schema);
      ctx.ports.workbook.replaceValues(name, values, { numberFormats: sheetLayout(schema, lang).numberFormats });
    }
    ctx.tables.invalidate();
    return {
      ok: true,
      message: ctx.t('sample.result', {
        students: u.students.length,
        programmes: u.programmes.length,
        teachers: u.teachers.length,
        disciplines: u.disciplines.length,
      }),
      counts: {
        students: u.students.length,
        programmes: u.programmes.length,
        faculties: u.faculties.length,
        disciplines: u.disciplines.length,
        curriculumLines: u.curriculum.length,
        teachers: u.teachers.length,
        rooms: u.rooms.length,
        groups: new Set(u.students.map((s) => s.group)).size,
      },
    };
  },
});
