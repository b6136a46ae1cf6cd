// fillSampleGrades (demo only, not in the menu): types a realistic, seed-determined grade distribution into the
// teachers' grade files — as teachers would — for one phase (РК1, РК2, exam) or all: most pass, some are not admitted,
// some get FX, a few miss the exam, a few teachers are late with РК1; some scores use a decimal comma.

import { RegistrarError } from '../../domain/errors';
import { INPUT_COLUMNS } from '../../sheets/grades';
import { defineAction } from '../types';
import type { Workbook } from '../../ports';
import { readRegister, semesterParam } from './common';
import { FILES_BUDGET_MS, fileRefs, readTeacherFile, type TeacherSheet } from './teacherFiles';

export interface FillSampleGradesParams {
  academicYear?: string;
  term?: string;
  phase?: 'midterm1' | 'midterm2' | 'exam' | 'all';
  seed?: number;
  /** Index of the next teacher file (resuming a long run). */
  continueToken?: string;
}

/** A deterministic number in [0, 1) from a seed and a text (FNV-1a, then a xorshift scramble). */
export function unitHash(seed: number, text: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  h ^= h << 13;
  h ^= h >>> 17;
  h ^= h << 5;
  return (h >>> 0) / 4294967296;
}

const clamp = (x: number) => Math.max(0, Math.min(100, Math.round(x)));

export const fillSampleGrades = defineAction<FillSampleGradesParams>({
  id: 'fillSampleGrades',
  area: 'B',
  planItems: [],
  titleKey: 'action.fillSampleGrades',
  inMenu: false,
  mutates: true,
  run(ctx, params) {
    const semester = semesterParam(ctx, params);
    const phase = params.phase ?? 'all';
    if (!['midterm1', 'midterm2', 'exam', 'all'].includes(phase)) throw new RegistrarError('badControl', { value: String(phase) });
    const seed = Math.round(Number(params.seed ?? 1)) || 1;
    const register = readRegister(ctx, semester);
    const statements = new Set(register.current.map((s) => s.statementNo));
    const teacherOf = new Map(register.current.map((s) => [s.statementNo, s.teacherId]));
    // Each file is opened and written once, as its teacher would (the demo runs as the registrar, who may edit every file).
    const refs = fileRefs(register.current);
    const start = Number(params.continueToken ?? 0) || 0;
    const opened = new Map<string, Workbook | null>();
    const sheets: TeacherSheet[] = [];
    let next = start;
    for (; next < refs.length; next++) {
      if (next > start && ctx.ports.clock.elapsedMs() > FILES_BUDGET_MS) break;
      sheets.push(readTeacherFile(ctx, refs[next], opened));
    }
    const fields = phase === 'all' ? ['current', 'midterm1', 'midterm2', 'exam'] : phase === 'midterm1' ? ['current', 'midterm1'] : phase === 'midterm2' ? ['current', 'midterm2'] : ['exam'];
    let cells = 0;
    let writes = 0;
    for (const sheet of sheets) {
      const book = opened.get(sheet.fileId);
      if (!sheet.exists || !book) continue;
      const cols = INPUT_COLUMNS.map((c) => sheet.columnIndex[c]);
      if (cols.some((c) => c === undefined) || !cols.every((c, i) => c === (cols[0] as number) + i)) continue;
      const values = sheet.values ?? [];
      const last = Math.max(1, ...sheet.lines.map((l) => l.rowNumber));
      const block: unknown[][] = [];
      const byRow = new Map(sheet.lines.map((l) => [l.rowNumber, l]));
      for (let r = 2; r <= last; r++) {
        const row = cols.map((c) => values[r - 1]?.[c as number] ?? '');
        const line = byRow.get(r);
        if (line && statements.has(line.statementNo)) {
          const teacherLate = unitHash(seed, `late|${teacherOf.get(line.statementNo)}`) < 0.06;
          const ability = 40 + 60 * unitHash(seed, `ability|${line.studentId}`) ** 0.5;
          const noise = (what: string, spread: number) => (unitHash(seed, `${what}|${line.studentId}|${line.statementNo}`) - 0.5) * 2 * spread;
          INPUT_COLUMNS.forEach((col, i) => {
            // A late teacher enters РК1 only with РК2 (the monitoring after РК1 names them meanwhile).
            const lateCatchUp = col === 'midterm1' && teacherLate && phase === 'midterm2' && row[i] === '';
            if (!fields.includes(col) && !lateCatchUp) return;
            if (col === 'midterm1' && teacherLate && phase === 'midterm1') return;
            let value: string | number = clamp(ability + noise(col, col === 'exam' ? 22 : 14));
            if (col === 'exam' && unitHash(seed, `absent|${line.studentId}|${line.statementNo}`) < 0.012) value = 'н/я';
            else if (unitHash(seed, `comma|${line.studentId}|${line.statementNo}|${col}`) < 0.05) value = `${value - 1},5`.replace(/^-1,5$/, '0,5');
            row[i] = value;
            cells++;
          });
        }
        block.push(row);
      }
      if (block.length > 0) {
        book.writeBlock(sheet.sheetName, 2, (cols[0] as number) + 1, block);
        writes++;
      }
    }
    const done = next >= refs.length;
    return { ok: true, message: ctx.t('attestation.sampleGrades', { cells, sheets: writes, phase }), counts: { cells, sheets: writes }, continueToken: done ? undefined : String(next) };
  },
});
