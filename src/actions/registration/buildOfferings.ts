// buildOfferings (plan items 2–3): the sections of the coming year from the curricula and the elective catalogue,
// written to the Offerings sheet; rows the office already has (same section id) keep the office's edits.

import { buildOfferings, type CohortInfo } from '../../domain/registration/offerings';
import { numberSetting } from '../../domain/settings';
import type { Lang } from '../../domain/types';
import { offeringsSheet } from '../../sheets/registration';
import type { OfferingRow } from '../../sheets/registration/offeringsSheet';
import { defineAction } from '../types';
import { issueProblem, personName, readOfferings, readRegistrationData, refuse, structural, writeProblems, writeSheet } from './common';

export const buildOfferingsAction = defineAction<{ rebuild?: boolean }>({
  id: 'buildOfferings',
  area: 'A',
  planItems: [2, 3],
  titleKey: 'action.buildOfferings',
  inMenu: true,
  mutates: true,
  run(ctx, params) {
    const data = readRegistrationData(ctx);
    const blocking = structural(data.problems);
    if (blocking.length > 0) refuse(ctx, blocking);
    const cohorts = new Map<string, CohortInfo>();
    for (const s of data.students) {
      const key = `${s.programmeCode}|${s.year}|${s.language}`;
      const c = cohorts.get(key) ?? { programmeCode: s.programmeCode, year: s.year, language: s.language as Lang, students: 0 };
      c.students++;
      cohorts.set(key, c);
    }
    const { sections, issues } = buildOfferings(data.university.curriculum, data.university.disciplines, data.university.teachers, [...cohorts.values()], {
      lectureMax: numberSetting(ctx.settings, 'size.lectureStreamMax'),
      lectureMin: numberSetting(ctx.settings, 'size.lectureStreamMin'),
      practiceMax: numberSetting(ctx.settings, 'size.practiceGroupMax'),
      labMax: numberSetting(ctx.settings, 'size.labSubgroupMax'),
      electiveDemandMargin: 1.5,
    });
    const existing = params.rebuild === true ? new Map<string, OfferingRow>() : new Map(ctx.tables.read(offeringsSheet).rows.map((r) => [r.record.sectionId, r.record]));
    const existingSections = params.rebuild === true ? [] : readOfferings(ctx).sections;
    let kept = 0;
    const rows: OfferingRow[] = sections.map((s) => {
      const before = existing.get(s.id);
      if (before) {
        kept++;
        return before;
      }
      const teacher = data.teachers.get(s.teacherId);
      const d = data.disciplines.get(s.disciplineCode);
      return {
        sectionId: s.id,
        disciplineCode: s.disciplineCode,
        disciplineName: d ? d.name[ctx.lang] : s.disciplineCode,
        semester: s.semester,
        lessonType: s.lessonType,
        language: s.language,
        teacherId: s.teacherId,
        teacherName: teacher ? personName(teacher) : '',
        capacity: s.capacity,
        audience: s.audience,
        electiveBlock: s.electiveBlock,
        credits: s.credits,
        lectureSectionId: s.lectureSectionId,
        open: true,
      };
    });
    const generated = new Set(sections.map((s) => s.id));
    // Sections the office added by hand (not generated) stay.
    for (const s of existingSections) {
      const row = existing.get(s.id);
      if (row && !generated.has(s.id)) rows.push(row);
    }
    const sheetName = writeSheet(ctx, offeringsSheet, rows);
    const problems = issues.map((i) => issueProblem(i, sheetName));
    writeProblems(ctx, problems);
    const lectures = rows.filter((r) => r.lessonType === 'lecture');
    const counts = { sections: rows.length, lectures: lectures.length, disciplines: new Set(lectures.map((r) => r.disciplineCode)).size, kept, problems: problems.length };
    return { ok: true, message: ctx.t('reg.offerings.done', counts), counts, problems };
  },
});
