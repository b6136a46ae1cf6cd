// formRetakeStreams (plan item 14): streams for re-studied disciplines from the accepted re-study choices, grouped by
// discipline × language × semester within the re-study size settings.

import { formRetakeStreams as formStreams, type RestudyRegistration } from '../../domain/grades';
import type { Lang } from '../../domain/types';
import { numberSetting } from '../../domain/settings';
import { disciplinesSheet } from '../../sheets';
import { debtsSheet, retakeStreamsSheet } from '../../sheets/grades';
import { defineAction } from '../types';
import { writeTable } from './common';

export const formRetakeStreamsAction = defineAction<Record<string, never>>({
  id: 'formRetakeStreams',
  area: 'B',
  planItems: [14],
  titleKey: 'action.formRetakeStreams',
  inMenu: true,
  mutates: true,
  run(ctx) {
    const debts = ctx.tables.read(debtsSheet);
    if (!debts.exists) return { ok: false, message: ctx.t('attestation.noDebtsSheet'), counts: {} };
    const regs: RestudyRegistration[] = debts.rows
      .map((r) => r.record)
      .filter((r) => r.status === 'accepted' && r.restudy !== '')
      .map((r) => ({ studentId: r.studentId, disciplineCode: r.disciplineCode, language: (r.language || 'ru') as Lang, when: r.restudy as 'regular' | 'summer' }));
    const sizes = { min: numberSetting(ctx.settings, 'restudy.streamMin'), max: numberSetting(ctx.settings, 'restudy.streamMax') };
    const streams = formStreams(regs, sizes);
    const nameKey = ctx.lang === 'kk' ? 'nameKk' : ctx.lang === 'ru' ? 'nameRu' : 'nameEn';
    const names = new Map(ctx.tables.read(disciplinesSheet).rows.map((r) => [r.record.code, r.record[nameKey]]));
    writeTable(ctx, retakeStreamsSheet, streams.map((s) => ({ streamId: s.id, disciplineCode: s.disciplineCode, disciplineName: names.get(s.disciplineCode) ?? '', language: s.language, when: s.when, students: s.studentIds.length, studentIds: s.studentIds, belowMinimum: s.belowMinimum })));
    ctx.tables.invalidate();
    const counts = { streams: streams.length, students: regs.length, belowMinimum: streams.filter((s) => s.belowMinimum).length, summer: streams.filter((s) => s.when === 'summer').length };
    return { ok: true, message: ctx.t('attestation.streamsFormed', { ...counts, ...sizes }), counts };
  },
});
